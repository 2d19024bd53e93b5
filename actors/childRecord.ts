/**
 * What the supervisor remembers about each child, and the effects its pure
 * policy functions ask the machine to perform.
 *
 * @module
 */
import type { AnyActorRef } from 'xstate';
import type { ChildSpec } from './childSpec.js';
import type { ResolvedSupervisorOptions } from './supervisorOptions.js';
import type { SupervisorEvent } from './supervisorEvents.js';
import type { ChildExitReason, SupervisorToChildEvent } from './supervisionProtocol.js';

/**
 * A child's life as the supervisor sees it:
 * - `running`: up at its current generation;
 * - `restarting`: asked to restart (or waiting to be respawned) at its current generation;
 * - `stopping`: asked to stop, waiting for it to end or for `shutdownTimeoutMs`;
 * - `failed`: given up on (intensity exceeded, or a `temporary` child crashed); never restarted;
 * - `stopped`: ended for good (kept only in the final snapshot after `supervisor.shutdown`).
 *
 * @example
 * ```ts
 * const failed = context.children.filter((c) => c.status === 'failed');
 * ```
 */
export type ChildStatus = 'running' | 'restarting' | 'stopping' | 'failed' | 'stopped';

/**
 * The supervisor's record of one child. Immutable; policy functions return new records.
 *
 * @example
 * ```ts
 * const record = findChild(supervisor.getSnapshot().context.children, 't1');
 * record?.generation;
 * ```
 */
export interface ChildRecord {
  readonly spec: ChildSpec;
  /** 1 at first spawn; +1 on every restart or respawn. */
  readonly generation: number;
  readonly status: ChildStatus;
  /** Restarts since the child was started. */
  readonly restarts: number;
  /** Timestamps of the restarts inside the current intensity window. */
  readonly restartLog: readonly number[];
  /** The child's actor; `undefined` while a respawn is pending or once it was stopped. */
  readonly ref: AnyActorRef | undefined;
  /** Reason reported with `child.exited`, applied when XState reports the actor done. */
  readonly exitReason?: ChildExitReason | undefined;
  /** The error the child failed with, once `failed`. */
  readonly error?: unknown;
}

/**
 * The part of the supervisor's context its policy reads.
 *
 * @example
 * ```ts
 * const state: PolicyState = { options: resolveSupervisorOptions(), children: [] };
 * ```
 */
export interface PolicyState {
  readonly options: ResolvedSupervisorOptions;
  readonly children: readonly ChildRecord[];
}

/**
 * Clock and randomness, injected so policy decisions are reproducible.
 *
 * @example
 * ```ts
 * const env: PolicyEnv = { now: clock.now(), random: () => 0.5 };
 * ```
 */
export interface PolicyEnv {
  readonly now: number;
  readonly random: () => number;
}

/**
 * A side effect the supervisor machine performs, in order, after adopting a plan's children.
 *
 * @example
 * ```ts
 * const effect: SupervisorEffect = { type: 'scheduleRespawn', childId: 't1', generation: 2, delayMs: 100 };
 * ```
 */
export type SupervisorEffect =
  | { type: 'emit'; event: SupervisorEvent }
  | { type: 'send'; ref: AnyActorRef; event: SupervisorToChildEvent }
  | { type: 'stopActor'; ref: AnyActorRef }
  /** Spawn the child's spec at its record's current generation and store the ref in the record. */
  | { type: 'spawn'; childId: string }
  | { type: 'scheduleRespawn'; childId: string; generation: number; delayMs: number }
  | { type: 'cancelRespawn'; childId: string }
  | { type: 'scheduleStopTimeout'; childId: string; generation: number; delayMs: number }
  | { type: 'cancelStopTimeout'; childId: string };

/**
 * A policy decision: the new children list and the effects to perform.
 *
 * @example
 * ```ts
 * const plan: SupervisorPlan = planChildRestarted(context, 't1', 2);
 * plan.effects; // [{ type: 'emit', event: { type: 'supervisor.child_restarted', ... } }]
 * ```
 */
export interface SupervisorPlan {
  children: ChildRecord[];
  effects: SupervisorEffect[];
}

/**
 * A plan that changes nothing.
 *
 * @example
 * ```ts
 * if (!record) return noChange(state);
 * ```
 */
export function noChange(state: PolicyState): SupervisorPlan {
  return { children: [...state.children], effects: [] };
}

/**
 * The record of `childId`, if the supervisor has one.
 *
 * @example
 * ```ts
 * findChild(context.children, 't1')?.generation;
 * ```
 */
export function findChild(children: readonly ChildRecord[], childId: string): ChildRecord | undefined {
  return children.find((c) => c.spec.id === childId);
}

/**
 * The children with `childId`'s record replaced by `update(record)`.
 *
 * @example
 * ```ts
 * updateChild(children, 't1', (r) => ({ ...r, status: 'running' }));
 * ```
 */
export function updateChild(children: readonly ChildRecord[], childId: string, update: (record: ChildRecord) => ChildRecord): ChildRecord[] {
  return children.map((c) => (c.spec.id === childId ? update(c) : c));
}

/**
 * The children without `childId`.
 *
 * @example
 * ```ts
 * removeChild(children, 't1');
 * ```
 */
export function removeChild(children: readonly ChildRecord[], childId: string): ChildRecord[] {
  return children.filter((c) => c.spec.id !== childId);
}

/**
 * True while the child is supervised and may still be restarted or stopped.
 *
 * @example
 * ```ts
 * context.children.filter(isLive);
 * ```
 */
export function isLive(record: ChildRecord): boolean {
  return record.status === 'running' || record.status === 'restarting' || record.status === 'stopping';
}

/**
 * Id of the delayed self-event that respawns `childId` (one per child, so it can be cancelled).
 *
 * @example
 * ```ts
 * enqueue.cancel(respawnTimerId('t1'));
 * ```
 */
export function respawnTimerId(childId: string): string {
  return `supervisor.respawn:${childId}`;
}

/**
 * Id of the delayed self-event that kills `childId` when it does not stop in time.
 *
 * @example
 * ```ts
 * enqueue.cancel(stopTimerId('t1'));
 * ```
 */
export function stopTimerId(childId: string): string {
  return `supervisor.stop_timeout:${childId}`;
}
