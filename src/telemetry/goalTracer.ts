import type { Observable } from 'rxjs';
import type { TurnOutcome } from '../../machines/thread/threadTypes.js';
import { settleTurn, type SettledTurn } from '../turnResult.js';
import type { ThreadEvent } from '../protocol/publicEvents.js';
import * as S from './semconv.js';
import { errorMessageOf, errorTypeOf, traceTurn, turnAttributes, usageAttributes, type TracedTurn, type TracedTurnInfo, type TracerEnv } from './turnTracer.js';

/** One turn codex ran for a goal, as the goal handle reports it. */
export interface TracedContinuation {
  readonly continuation: number;
  readonly turnId: string;
  readonly events$: Observable<ThreadEvent>;
  readonly ended: Promise<TurnOutcome>;
}

/** What the goal tracer needs from a goal handle. */
export interface TracedGoal {
  readonly continuations$: Observable<TracedContinuation>;
  /** The goal's logical id, once codex started it. */
  readonly id: string | null;
  outcome(): Promise<SettledTurn & { turns?: number }>;
}

/** A continuation as a traced turn: its own events, settled like any turn. */
export function continuationTurn(c: TracedContinuation): TracedTurn {
  return { events$: c.events$, outcome: () => c.ended.then(settleTurn) };
}

/**
 * Traces a goal: one `invoke_agent` span for the whole goal (parent: the
 * context active when it was started) and, under it, the usual turn span of
 * every turn codex ran for it (`traceTurn`, with its tool spans and metrics),
 * tagged with its continuation number.
 *
 * @internal
 * @example
 * ```ts
 * traceGoal(env, goalHandle, { threadId: () => thread.id, model: () => undefined, provider: () => undefined });
 * ```
 */
export function traceGoal(env: TracerEnv, goal: TracedGoal, info: TracedTurnInfo): void {
  const { api } = env;
  const parent = api.context.active();
  const span = env.tracer.startSpan(
    `${S.GEN_AI_OPERATION_INVOKE_AGENT} ${S.CODEX_AGENT_NAME} goal`,
    { kind: api.SpanKind.INTERNAL, attributes: turnAttributes(info), startTime: Date.now() },
    parent,
  );
  const goalContext = api.trace.setSpan(parent, span);
  let turns = 0;
  const sub = goal.continuations$.subscribe((c) => {
    turns += 1;
    // The turn span is created with the goal's span active, so it becomes its child.
    api.context.with(goalContext, () => traceTurn(env, continuationTurn(c), info));
    span.addEvent('codex.goal.continuation', { [S.ATTR_CODEX_GOAL_CONTINUATION]: c.continuation, [S.ATTR_CODEX_TURN_ID]: c.turnId });
  });
  void goal.outcome().then((settled) => {
    sub.unsubscribe();
    span.setAttributes(turnAttributes(info));
    const result = settled.result;
    if (goal.id !== null) span.setAttribute(S.ATTR_CODEX_GOAL_ID, goal.id);
    span.setAttribute(S.ATTR_CODEX_GOAL_TURNS, turns);
    span.setAttribute(S.ATTR_CODEX_TURN_STATUS, settled.ok ? result!.status : result?.status === 'interrupted' ? 'interrupted' : 'failed');
    if (result?.usage) span.setAttributes(usageAttributes(result.usage));
    if (!settled.ok) {
      const limit = (settled.error as { limit?: unknown } | null)?.limit;
      if (typeof limit === 'string') span.setAttribute(S.ATTR_CODEX_GOAL_LIMIT, limit);
      span.setAttribute(S.ATTR_ERROR_TYPE, errorTypeOf(settled.error));
      span.setStatus({ code: api.SpanStatusCode.ERROR, message: env.redact(errorMessageOf(settled.error)) });
    }
    span.end();
  });
}
