/**
 * Starting and stopping children, and shutting the supervisor down. Pure:
 * state + event in, plan out.
 *
 * @module
 */
import type { AnyActorRef } from 'xstate';
import { InvalidOptionsError } from '../src/errors/index.js';
import { validateChildSpec } from './childSpec.js';
import { findChild, noChange, removeChild, updateChild, type PolicyState, type SupervisorEffect, type SupervisorPlan } from './childRecord.js';
import type { ChildExitReason } from './supervisionProtocol.js';

/**
 * Plans `supervisor.start_child`: validate the spec, refuse a duplicate id or
 * system id, then spawn at generation 1 (or, when replacing a `failed` child
 * with the same id, at its generation + 1, so its late reports stay stale).
 *
 * @param lookupSystemId - the actor registered under a system id, if any
 * @example
 * ```ts
 * planStartChild(context, spec, (id) => system.get(id));
 * ```
 */
export function planStartChild(state: PolicyState, spec: unknown, lookupSystemId: (systemId: string) => AnyActorRef | undefined): SupervisorPlan {
  const childId = typeof (spec as { id?: unknown } | null)?.id === 'string' ? (spec as { id: string }).id : '';
  const reject = (error: Error): SupervisorPlan => ({ ...noChange(state), effects: [{ type: 'emit', event: { type: 'supervisor.child_start_rejected', childId, error } }] });
  let valid;
  try {
    valid = validateChildSpec(spec);
  } catch (error) {
    return reject(error as Error);
  }
  const existing = findChild(state.children, valid.id);
  if (existing && existing.status !== 'failed' && existing.status !== 'stopped') {
    return reject(new InvalidOptionsError('childSpec.id', `a child with id '${valid.id}' is already supervised (${existing.status}); stop it first or pick another id`));
  }
  if (valid.systemId !== undefined) {
    const owner = lookupSystemId(valid.systemId);
    const sameSystemIdRecord = state.children.find((c) => c !== existing && c.spec.systemId === valid.systemId && c.status !== 'failed' && c.status !== 'stopped');
    if ((owner !== undefined && owner !== existing?.ref) || sameSystemIdRecord) {
      return reject(new InvalidOptionsError('childSpec.systemId', `system id '${valid.systemId}' is already taken by another actor`));
    }
  }
  const effects: SupervisorEffect[] = [];
  if (existing?.ref) effects.push({ type: 'stopActor', ref: existing.ref });
  const generation = existing ? existing.generation + 1 : 1;
  const children = [
    ...removeChild(state.children, valid.id),
    { spec: valid, generation, status: 'running' as const, restarts: 0, restartLog: [], ref: undefined },
  ];
  effects.push(
    { type: 'spawn', childId: valid.id },
    { type: 'emit', event: { type: 'supervisor.child_started', childId: valid.id, systemId: valid.systemId, generation } },
  );
  return { children, effects };
}

/**
 * Plans stopping a child. A live protocol child is asked to stop
 * (`supervisor.stop`) and given `shutdownTimeoutMs`; any other child is
 * stopped at once. Finished children are removed, or kept as `stopped` when
 * `keep` (during shutdown, so the final snapshot shows them).
 *
 * @example
 * ```ts
 * beginStop(context, 't1', false);
 * ```
 */
export function beginStop(state: PolicyState, childId: string, keep: boolean): SupervisorPlan {
  const record = findChild(state.children, childId);
  if (!record || record.status === 'stopping') return noChange(state);
  if (record.status === 'failed' || record.status === 'stopped') {
    const effects: SupervisorEffect[] = record.ref ? [{ type: 'stopActor', ref: record.ref }] : [];
    if (keep) return { children: updateChild(state.children, childId, (r) => ({ ...r, ref: undefined })), effects };
    effects.push({ type: 'emit', event: { type: 'supervisor.child_stopped', childId, reason: 'shutdown' } });
    return { children: removeChild(state.children, childId), effects };
  }
  const effects: SupervisorEffect[] = [{ type: 'cancelRespawn', childId }];
  if (record.ref && record.spec.protocol === true) {
    effects.push(
      { type: 'send', ref: record.ref, event: { type: 'supervisor.stop' } },
      { type: 'scheduleStopTimeout', childId, generation: record.generation, delayMs: record.spec.shutdownTimeoutMs },
    );
    return { children: updateChild(state.children, childId, (r) => ({ ...r, status: 'stopping' })), effects };
  }
  const finished = finishStop(state, childId, 'shutdown', keep);
  return { children: finished.children, effects: [...effects, ...finished.effects] };
}

/**
 * Plans the end of a stop: the child ended (`'shutdown'`) or ran out of time
 * (`'killed'`); its actor is stopped (a no-op if it already ended).
 *
 * @example
 * ```ts
 * finishStop(context, 't1', 'killed', false);
 * ```
 */
export function finishStop(state: PolicyState, childId: string, reason: 'shutdown' | 'killed', keep: boolean): SupervisorPlan {
  const record = findChild(state.children, childId);
  if (!record) return noChange(state);
  const effects: SupervisorEffect[] = [{ type: 'cancelStopTimeout', childId }];
  if (record.ref) effects.push({ type: 'stopActor', ref: record.ref });
  effects.push({ type: 'emit', event: { type: 'supervisor.child_stopped', childId, reason } });
  const children = keep ? updateChild(state.children, childId, (r) => ({ ...r, status: 'stopped', ref: undefined })) : removeChild(state.children, childId);
  return { children, effects };
}

/**
 * Plans `child.exited`: remember the reason until XState reports the actor
 * done (the done event carries no reason).
 *
 * @example
 * ```ts
 * planExitReported(context, 't1', { error });
 * ```
 */
export function planExitReported(state: PolicyState, childId: string, reason: ChildExitReason): SupervisorPlan {
  const record = findChild(state.children, childId);
  if (!record || record.status === 'failed' || record.status === 'stopped') return noChange(state);
  return { children: updateChild(state.children, childId, (r) => ({ ...r, exitReason: reason })), effects: [] };
}

/**
 * Plans the end of a failed child's actor (it reached a final state after
 * `supervisor.escalate`): release it, keep the `failed` record.
 *
 * @example
 * ```ts
 * planFailedActorEnded(context, 't1');
 * ```
 */
export function planFailedActorEnded(state: PolicyState, childId: string): SupervisorPlan {
  const record = findChild(state.children, childId);
  if (!record?.ref) return noChange(state);
  return { children: updateChild(state.children, childId, (r) => ({ ...r, ref: undefined })), effects: [{ type: 'stopActor', ref: record.ref }] };
}

/**
 * Plans the next step of `supervisor.shutdown`: stop the newest live child
 * (one at a time, like OTP), releasing failed children's actors on the way.
 * Does nothing while a child is still stopping.
 *
 * @example
 * ```ts
 * const plan = planShutdownStep(context);
 * if (isShutdownComplete(plan)) ... // reach the final state
 * ```
 */
export function planShutdownStep(state: PolicyState): SupervisorPlan {
  let plan: SupervisorPlan = noChange(state);
  for (;;) {
    if (plan.children.some((c) => c.status === 'stopping')) return plan;
    const next = [...plan.children].reverse().find((c) => c.status === 'running' || c.status === 'restarting' || (c.status === 'failed' && c.ref));
    if (!next) return plan;
    const step = beginStop({ options: state.options, children: plan.children }, next.spec.id, true);
    plan = { children: step.children, effects: [...plan.effects, ...step.effects] };
  }
}

/**
 * True when no child is left running, restarting or stopping.
 *
 * @example
 * ```ts
 * guard: ({ context }) => isShutdownComplete(context)
 * ```
 */
export function isShutdownComplete(state: Pick<PolicyState, 'children'>): boolean {
  return !state.children.some((c) => c.status === 'running' || c.status === 'restarting' || c.status === 'stopping');
}
