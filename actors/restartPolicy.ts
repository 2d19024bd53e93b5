/**
 * What the supervisor does when a child goes down: restart it (and, by
 * strategy, its siblings) — at once the first time in the intensity window,
 * with backoff after that — or give up when restart intensity is exceeded. Pure: state + event + clock in, plan out.
 *
 * Intensity is tracked per child: a restart is recorded on every child it
 * restarts, and an operation escalates when any of them already had
 * `maxRestarts` restarts in the window. For `one_for_all` this equals OTP's
 * supervisor-wide count; for `one_for_one` it keeps one flapping thread from
 * failing its healthy siblings. (OTP's supervisor dies when it escalates; ours
 * outlives the failed children, so a per-supervisor count would let unrelated
 * crashes add up.)
 *
 * @module
 */
import { SupervisorEscalationError } from '../src/errors/index.js';
import { restartDelay } from './backoff.js';
import { shouldRestart } from './childSpec.js';
import { findChild, noChange, updateChild, type ChildRecord, type PolicyEnv, type PolicyState, type SupervisorEffect, type SupervisorPlan } from './childRecord.js';
import { recordRestart } from './restartIntensity.js';
import { selectRestartTargets } from './restartStrategy.js';
import { beginStop } from './lifecyclePolicy.js';
import { isAbnormalExit, type ChildExitReason } from './supervisionProtocol.js';

/**
 * How a child went down:
 * - `crashed`: a protocol child reported `child.crashed`; its actor is alive and waits;
 * - `ended`: the child's actor is gone (XState done or error), with the reason.
 *
 * @example
 * ```ts
 * const down: ChildDown = { kind: 'ended', childId: 't1', reason: { error } };
 * ```
 */
export type ChildDown = { kind: 'crashed'; childId: string; error: unknown } | { kind: 'ended'; childId: string; reason: ChildExitReason };

/**
 * Plans the reaction to a child going down: restart per strategy and restart
 * type, or escalate. The caller has already checked that the report is about
 * the child's current generation and that the child is `running` or
 * `restarting`.
 *
 * @example
 * ```ts
 * const plan = planChildDown(context, { now: clock.now(), random: Math.random }, { kind: 'crashed', childId: 't1', error });
 * ```
 */
export function planChildDown(state: PolicyState, env: PolicyEnv, down: ChildDown): SupervisorPlan {
  const record = findChild(state.children, down.childId);
  if (!record) return noChange(state);
  const abnormal = down.kind === 'crashed' || isAbnormalExit(down.reason);
  const error = down.kind === 'crashed' ? down.error : isAbnormalExit(down.reason) ? down.reason.error : undefined;
  const effects: SupervisorEffect[] = [];
  if (abnormal) effects.push({ type: 'emit', event: { type: 'supervisor.child_crashed', childId: record.spec.id, generation: record.generation, error } });

  if (!shouldRestart(record.spec.restart, abnormal)) {
    const ended = endWithoutRestart(state, record, down, error);
    return { children: ended.children, effects: [...effects, ...ended.effects] };
  }

  const liveIds = state.children.filter((c) => c.spec.id === record.spec.id || c.status === 'running' || c.status === 'restarting').map((c) => c.spec.id);
  const targets = selectRestartTargets(state.options.strategy, liveIds, record.spec.id).map((id) => findChild(state.children, id)!);
  // OTP: a temporary sibling taken down by one_for_all / rest_for_one is stopped, not restarted.
  const toRestart = targets.filter((c) => c.spec.id === record.spec.id || c.spec.restart !== 'temporary');
  const toStop = targets.filter((c) => c.spec.id !== record.spec.id && c.spec.restart === 'temporary');

  const intensity = { maxRestarts: state.options.maxRestarts, withinMs: state.options.withinMs };
  const decisions = toRestart.map((c) => ({ record: c, decision: recordRestart(c.restartLog, env.now, intensity) }));
  const denied = decisions.filter((d) => !d.decision.allowed);
  const actorGone = (c: ChildRecord) => c.spec.id === record.spec.id && down.kind === 'ended';

  let plan: SupervisorPlan;
  if (denied.length > 0) {
    const restarts = Math.max(...denied.map((d) => (d.decision.allowed ? 0 : d.decision.restarts)));
    const escalation = new SupervisorEscalationError({ childIds: toRestart.map((c) => c.spec.id), restarts, withinMs: intensity.withinMs }, { cause: error });
    plan = escalate(state, toRestart, escalation, actorGone);
    plan.effects.push({ type: 'emit', event: { type: 'supervisor.escalated', childIds: toRestart.map((c) => c.spec.id), restarts, withinMs: intensity.withinMs, error: escalation } });
  } else {
    const attempt = Math.max(...decisions.map((d) => (d.decision.allowed ? d.decision.attempt : 1)));
    // The first restart in the window is immediate (OTP); backoff only for repeats.
    const delayMs = restartDelay(attempt, state.options.backoff, env.random);
    plan = { children: [...state.children], effects: [] };
    for (const { record: target, decision } of decisions) {
      if (!decision.allowed) continue;
      plan = restartOne(plan, target, { delayMs, attempt, log: decision.log, actorGone: actorGone(target) });
    }
  }
  for (const sibling of toStop) {
    const stopped = beginStop({ options: state.options, children: plan.children }, sibling.spec.id, false);
    plan = { children: stopped.children, effects: [...plan.effects, ...stopped.effects] };
  }
  return { children: plan.children, effects: [...effects, ...plan.effects] };
}

/** A child that is not restarted: a normal exit removes it, a crash fails it. */
function endWithoutRestart(state: PolicyState, record: ChildRecord, down: ChildDown, error: unknown): SupervisorPlan {
  const id = record.spec.id;
  if (down.kind === 'crashed') {
    // The actor is alive and holds callers' work: let it fail with the crash error.
    const effects: SupervisorEffect[] = record.ref ? [{ type: 'send', ref: record.ref, event: { type: 'supervisor.escalate', error } }] : [];
    return { children: updateChild(state.children, id, (r) => ({ ...r, status: 'failed', error })), effects };
  }
  const effects: SupervisorEffect[] = [{ type: 'cancelRespawn', childId: id }];
  if (record.ref) effects.push({ type: 'stopActor', ref: record.ref });
  if (isAbnormalExit(down.reason)) {
    return { children: updateChild(state.children, id, (r) => ({ ...r, status: 'failed', ref: undefined, error })), effects };
  }
  effects.push({ type: 'emit', event: { type: 'supervisor.child_stopped', childId: id, reason: down.reason === 'shutdown' ? 'shutdown' : 'normal' } });
  return { children: state.children.filter((c) => c.spec.id !== id), effects };
}

/** Restarts one child at generation + 1: by message when its protocol actor is alive, else by stop + delayed respawn. */
function restartOne(
  plan: SupervisorPlan,
  target: ChildRecord,
  how: { delayMs: number; attempt: number; log: number[]; actorGone: boolean },
): SupervisorPlan {
  const id = target.spec.id;
  const generation = target.generation + 1;
  const effects: SupervisorEffect[] = [{ type: 'cancelRespawn', childId: id }];
  let ref = target.ref;
  if (ref && target.spec.protocol === true && !how.actorGone) {
    effects.push({ type: 'send', ref, event: { type: 'supervisor.restart', generation, delayMs: how.delayMs } });
  } else {
    if (ref) effects.push({ type: 'stopActor', ref });
    ref = undefined;
    effects.push({ type: 'scheduleRespawn', childId: id, generation, delayMs: how.delayMs });
  }
  effects.push({ type: 'emit', event: { type: 'supervisor.restarting', childId: id, generation, delayMs: how.delayMs, attempt: how.attempt } });
  const children = updateChild(plan.children, id, (r) => ({
    ...r,
    generation,
    status: 'restarting',
    restarts: r.restarts + 1,
    restartLog: how.log,
    ref,
    exitReason: undefined,
  }));
  return { children, effects: [...plan.effects, ...effects] };
}

/** Gives up on `targets`: each ends `failed` with `error`; none is restarted again. */
function escalate(state: PolicyState, targets: readonly ChildRecord[], error: SupervisorEscalationError, actorGone: (c: ChildRecord) => boolean): SupervisorPlan {
  let children = [...state.children];
  const effects: SupervisorEffect[] = [];
  for (const target of targets) {
    const id = target.spec.id;
    effects.push({ type: 'cancelRespawn', childId: id });
    let ref = target.ref;
    if (ref && target.spec.protocol === true && !actorGone(target)) {
      // Keep the actor: in its failed state it answers callers with the error.
      effects.push({ type: 'send', ref, event: { type: 'supervisor.escalate', error } });
    } else if (ref) {
      effects.push({ type: 'stopActor', ref });
      ref = undefined;
    }
    children = updateChild(children, id, (r) => ({ ...r, status: 'failed', ref, error }));
  }
  return { children, effects };
}

/**
 * Plans `child.failed`: the child hit an error a restart cannot fix. It is
 * marked `failed` (its actor kept: it answers callers with the error) and any
 * pending respawn is cancelled; siblings are left alone, whatever the strategy,
 * because nothing crashed. The caller checked the generation.
 *
 * @example
 * ```ts
 * planChildFailed(context, 't1', 1, new CodexNotFoundError(tried, hint));
 * ```
 */
export function planChildFailed(state: PolicyState, childId: string, generation: number, error: unknown): SupervisorPlan {
  const record = findChild(state.children, childId);
  if (!record || record.generation !== generation || (record.status !== 'running' && record.status !== 'restarting')) return noChange(state);
  return {
    children: updateChild(state.children, childId, (r) => ({ ...r, status: 'failed', error })),
    effects: [
      { type: 'cancelRespawn', childId },
      { type: 'emit', event: { type: 'supervisor.child_failed', childId, generation, error } },
    ],
  };
}

/**
 * Plans `child.restarted`: a restarting child is running again. The caller
 * checked the generation.
 *
 * @example
 * ```ts
 * planChildRestarted(context, 't1', 3);
 * ```
 */
export function planChildRestarted(state: PolicyState, childId: string, generation: number): SupervisorPlan {
  const record = findChild(state.children, childId);
  if (!record || record.status !== 'restarting' || record.generation !== generation) return noChange(state);
  return {
    children: updateChild(state.children, childId, (r) => ({ ...r, status: 'running' })),
    effects: [{ type: 'emit', event: { type: 'supervisor.child_restarted', childId, generation } }],
  };
}

/**
 * Plans a due respawn: spawn the child's actor again at `generation`, unless
 * the child moved on since (stopped, failed, or restarted again).
 *
 * @example
 * ```ts
 * planRespawnDue(context, 't1', 2);
 * ```
 */
export function planRespawnDue(state: PolicyState, childId: string, generation: number): SupervisorPlan {
  const record = findChild(state.children, childId);
  if (!record || record.status !== 'restarting' || record.generation !== generation || record.ref !== undefined) return noChange(state);
  return {
    children: updateChild(state.children, childId, (r) => ({ ...r, status: 'running' })),
    effects: [
      { type: 'spawn', childId },
      { type: 'emit', event: { type: 'supervisor.child_restarted', childId, generation } },
    ],
  };
}
