/**
 * The supervisor's vocabulary: the commands it accepts and the events it
 * emits (with XState's `emit()`, so `actor.on('*', …)` sees them and the
 * facade can bridge them to `codex.events$`).
 *
 * @module
 */
import type { DoneActorEvent, ErrorActorEvent } from 'xstate';
import type { SupervisorEscalationError } from '../src/errors/index.js';
import type { ChildSpec } from './childSpec.js';
import type { ChildToSupervisorEvent } from './supervisionProtocol.js';

/**
 * Command: start a child from its spec (validated; a rejected spec emits
 * `supervisor.child_start_rejected`).
 *
 * @example
 * ```ts
 * supervisor.send({ type: 'supervisor.start_child', spec: defineChildSpec({ id: 't1', logic: threadMachine }) });
 * ```
 */
export interface StartChildCommand {
  type: 'supervisor.start_child';
  spec: ChildSpec;
}

/**
 * Command: stop a child for good (gracefully for protocol children) and forget it.
 *
 * @example
 * ```ts
 * supervisor.send({ type: 'supervisor.stop_child', id: 't1' });
 * ```
 */
export interface StopChildCommand {
  type: 'supervisor.stop_child';
  id: string;
}

/**
 * Command: stop every child, newest first and one at a time, then complete
 * (the supervisor reaches its final state `stopped`).
 *
 * @example
 * ```ts
 * supervisor.send({ type: 'supervisor.shutdown' });
 * await toPromise(supervisor);
 * ```
 */
export interface ShutdownCommand {
  type: 'supervisor.shutdown';
}

/**
 * Every command a supervisor accepts from its owner.
 *
 * @example
 * ```ts
 * const command: SupervisorCommand = { type: 'supervisor.stop_child', id: 't1' };
 * supervisor.send(command);
 * ```
 */
export type SupervisorCommand = StartChildCommand | StopChildCommand | ShutdownCommand;

/**
 * Delayed self-event: respawn a child whose actor is gone, if still at this generation.
 *
 * @internal
 *
 * @example
 * ```ts
 * raise({ type: 'supervisor.respawn_due', childId: 't1', generation: 2 }, { delay: 100, id: respawnTimerId('t1') });
 * ```
 */
export interface RespawnTimerEvent {
  type: 'supervisor.respawn_due';
  childId: string;
  generation: number;
}

/**
 * Delayed self-event: a stopping child ran out of `shutdownTimeoutMs`.
 *
 * @internal
 *
 * @example
 * ```ts
 * raise({ type: 'supervisor.stop_timeout', childId: 't1', generation: 1 }, { delay: 5000, id: stopTimerId('t1') });
 * ```
 */
export interface StopTimeoutEvent {
  type: 'supervisor.stop_timeout';
  childId: string;
  generation: number;
}

/**
 * Every event the supervisor machine handles.
 *
 * @example
 * ```ts
 * supervisor.send({ type: 'supervisor.shutdown' } satisfies SupervisorMachineEvent);
 * ```
 */
export type SupervisorMachineEvent =
  | SupervisorCommand
  | ChildToSupervisorEvent
  | RespawnTimerEvent
  | StopTimeoutEvent
  | DoneActorEvent<unknown>
  | ErrorActorEvent<unknown>;

/**
 * Emitted: a child was spawned for the first time.
 *
 * @example
 * ```ts
 * supervisor.on('supervisor.child_started', (e: ChildStartedEvent) => log(e.childId, e.generation));
 * ```
 */
export interface ChildStartedEvent {
  type: 'supervisor.child_started';
  childId: string;
  systemId: string | undefined;
  generation: number;
}

/**
 * Emitted: a `start_child` command was refused (invalid spec or duplicate id/systemId).
 *
 * @example
 * ```ts
 * supervisor.on('supervisor.child_start_rejected', (e: ChildStartRejectedEvent) => pending.get(e.childId)?.reject(e.error));
 * ```
 */
export interface ChildStartRejectedEvent {
  type: 'supervisor.child_start_rejected';
  childId: string;
  error: Error;
}

/**
 * Emitted: a child went down abnormally (resource crash, actor error, error exit).
 *
 * @example
 * ```ts
 * supervisor.on('supervisor.child_crashed', (e: ChildCrashedNotice) => log(e.childId, e.error));
 * ```
 */
export interface ChildCrashedNotice {
  type: 'supervisor.child_crashed';
  childId: string;
  generation: number;
  error: unknown;
}

/**
 * Emitted: a child reported an error a restart cannot fix (`child.failed`); it is not restarted.
 *
 * @example
 * ```ts
 * supervisor.on('supervisor.child_failed', (e: ChildFailedNotice) => log(e.childId, e.error));
 * ```
 */
export interface ChildFailedNotice {
  type: 'supervisor.child_failed';
  childId: string;
  generation: number;
  error: unknown;
}

/**
 * Emitted: a child is being restarted at `generation` after `delayMs`; `attempt` counts restarts in the current intensity window.
 *
 * @example
 * ```ts
 * supervisor.on('supervisor.restarting', (e: RestartingEvent) => log(`${e.childId} back in ${e.delayMs} ms`));
 * ```
 */
export interface RestartingEvent {
  type: 'supervisor.restarting';
  childId: string;
  generation: number;
  delayMs: number;
  attempt: number;
}

/**
 * Emitted: a child is back at `generation`.
 *
 * @example
 * ```ts
 * supervisor.on('supervisor.child_restarted', (e: ChildRestartedNotice) => log(e.childId, e.generation));
 * ```
 */
export interface ChildRestartedNotice {
  type: 'supervisor.child_restarted';
  childId: string;
  generation: number;
}

/**
 * Emitted: restart intensity was exceeded; the children in `childIds` end `failed` with `error`.
 *
 * @example
 * ```ts
 * supervisor.on('supervisor.escalated', (e: EscalatedEvent) => alert(e.error.message));
 * ```
 */
export interface EscalatedEvent {
  type: 'supervisor.escalated';
  childIds: string[];
  restarts: number;
  withinMs: number;
  error: SupervisorEscalationError;
}

/**
 * Emitted: a child ended for good and was removed. `reason`: `'normal'` (it
 * exited on its own and is not restarted), `'shutdown'` (stopped on request),
 * `'killed'` (did not stop within `shutdownTimeoutMs`).
 *
 * @example
 * ```ts
 * supervisor.on('supervisor.child_stopped', (e: ChildStoppedEvent) => threads.delete(e.childId));
 * ```
 */
export interface ChildStoppedEvent {
  type: 'supervisor.child_stopped';
  childId: string;
  reason: 'normal' | 'shutdown' | 'killed';
}

/**
 * Every event a supervisor emits.
 *
 * @example
 * ```ts
 * supervisor.on('*', (event: SupervisorEvent) => console.log(event.type));
 * ```
 */
export type SupervisorEvent =
  | ChildStartedEvent
  | ChildStartRejectedEvent
  | ChildCrashedNotice
  | ChildFailedNotice
  | RestartingEvent
  | ChildRestartedNotice
  | EscalatedEvent
  | ChildStoppedEvent;
