import type { TurnAccumulator } from '../../machines/turn/turnAccumulator.js';
import type { TurnEndState } from '../../machines/turn/turnTypes.js';
import { emptyUsage, type ThreadError, type ThreadEvent, type Usage } from '../protocol/publicEvents.js';
import type { ThreadItem } from '../protocol/publicItems.js';
import type { TurnStatus } from '../turnResult.js';

/** codex goal statuses after which no continuation turn follows. */
const TERMINAL = new Set(['paused', 'blocked', 'usageLimited', 'budgetLimited', 'complete']);

/** How a logical goal turn ended, as folded from the wire. */
export interface GoalEnd {
  status: TurnStatus;
  error: ThreadError | null;
}

/**
 * Folds the turns codex runs for a goal into one logical turn.
 *
 * codex runs a goal as a chain of turns it starts itself (no `turn/start`
 * from us): after each turn it starts a continuation while the goal is still
 * `active`. The thread machine runs each as a turn actor whose accumulator
 * folds the turn's own traffic; this fold joins them: it is told when each
 * starts and ends, and reads the goal's status from `thread/goal/*`
 * notifications. The logical turn ends when no turn is running and the goal
 * is terminal (`complete`, `paused`, `blocked`, …) or cleared; an interrupted
 * turn ends it at once; a turn cut off by a crash does not (codex resumes
 * the goal with the thread). Only the first `turn.started` is published and
 * usage is summed across turns.
 *
 * @internal
 * @example
 * ```ts
 * const fold = new GoalFold((end) => settle(end));
 * fold.turnStarted(turnId); // … fold.turnEnded('completed', acc); fold.applyGoal('thread/goal/updated', params);
 * ```
 */
export class GoalFold {
  /** The first turn's id: the goal's stable, logical id. */
  logicalId: string | null = null;
  /** The turn running now. */
  currentTurnId: string | null = null;
  /** The last turn that ran (for steering/interrupting after it ended). */
  lastTurnId: string | null = null;
  goalStatus: string | null = null;
  /** How many turns codex has started for the goal. */
  turns = 0;
  /** The model marked the goal complete (a later pause of ours must not turn that into a stop). */
  sawComplete = false;
  readonly items: ThreadItem[] = [];
  readonly usage: Usage = emptyUsage();
  startedAt: number | null = null;
  completedAt: number | null = null;
  private cleared = false;
  private completedOnce = false;
  private lastWireStatus: string | null = null;
  private failure: ThreadError | null = null;
  private ended: GoalEnd | null = null;

  constructor(private readonly onEnd: (end: GoalEnd) => void) {}

  /** True once the logical turn has ended. */
  get done(): boolean {
    return this.ended !== null;
  }

  /**
   * What of a turn's event the logical turn publishes: continuation
   * boundaries stay internal (only the first `turn.started`), and token usage
   * is the goal's running sum. Null: not published.
   */
  view(event: ThreadEvent, continuation: number): ThreadEvent | null {
    if (event.type === 'turn.started') return continuation === 0 ? event : null;
    if (event.type === 'token_usage.updated') return { ...event, turn: sumUsage(this.usage, event.turn) };
    return event;
  }

  /** Applies a `thread/goal/updated` or `thread/goal/cleared` notification (or the answer of `thread/goal/get`). */
  applyGoal(method: string, params: Record<string, unknown>): void {
    if (this.ended) return;
    if (method === 'thread/goal/updated') {
      const goal = (params.goal ?? {}) as { status?: unknown };
      this.goalStatus = typeof goal.status === 'string' ? goal.status : this.goalStatus;
      if (this.goalStatus === 'complete') this.sawComplete = true;
      if (this.goalStatus === 'active') this.cleared = false;
    } else if (method === 'thread/goal/cleared') {
      this.cleared = true;
    } else return;
    this.maybeEnd();
  }

  /** A turn of the goal started (its actor was spawned). */
  turnStarted(turnId: string, startedAt: number): void {
    if (this.ended) return;
    this.logicalId ??= turnId;
    this.currentTurnId = turnId;
    this.lastTurnId = turnId;
    this.turns += 1;
    this.startedAt ??= startedAt;
  }

  /** A turn of the goal ended, as its actor's chart says. */
  turnEnded(state: TurnEndState, acc: TurnAccumulator): void {
    if (this.ended) return;
    this.items.push(...acc.items);
    Object.assign(this.usage, sumUsage(this.usage, acc.usage));
    this.completedAt = acc.completedAt ?? Date.now();
    this.currentTurnId = null;
    this.completedOnce = true;
    if (state === 'crashed') {
      // No verdict: codex resumes the goal with the thread and starts a new turn.
      this.lastWireStatus = null;
      return;
    }
    this.lastWireStatus = acc.wireStatus;
    if (acc.wireStatus === 'failed') this.failure = acc.error;
    if (acc.wireStatus === 'interrupted') return this.finish({ status: 'interrupted', error: null });
    this.maybeEnd();
  }

  /** Ends the logical turn from outside (the thread closed or failed). */
  abandon(error: ThreadError): void {
    if (this.ended) return;
    this.currentTurnId = null;
    this.finish({ status: 'failed', error });
  }

  private maybeEnd(): void {
    if (this.ended || this.currentTurnId !== null || !this.completedOnce) return;
    if (!this.cleared && !(this.goalStatus !== null && TERMINAL.has(this.goalStatus))) return;
    if (this.failure) return this.finish({ status: 'failed', error: this.failure });
    this.finish({ status: this.lastWireStatus === 'interrupted' ? 'interrupted' : 'completed', error: null });
  }

  private finish(end: GoalEnd): void {
    this.ended = end;
    this.completedAt ??= Date.now();
    this.onEnd(end);
  }
}

function sumUsage(a: Usage, b: Usage): Usage {
  return {
    input_tokens: a.input_tokens + b.input_tokens,
    cached_input_tokens: a.cached_input_tokens + b.cached_input_tokens,
    cache_write_input_tokens: a.cache_write_input_tokens + b.cache_write_input_tokens,
    output_tokens: a.output_tokens + b.output_tokens,
    reasoning_output_tokens: a.reasoning_output_tokens + b.reasoning_output_tokens,
  };
}
