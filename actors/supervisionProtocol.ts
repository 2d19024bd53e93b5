/**
 * The supervision protocol: the typed events a supervised child and its
 * supervisor exchange.
 *
 * A supervised child is a long-lived actor that owns a restartable resource
 * (in the product: a thread machine owning its codex process). When the
 * resource dies the actor itself stays alive, reports the crash and waits for
 * the supervisor's decision; messages sent to it meanwhile are queued (see
 * `restartQueue.ts`). Every (re)start of the resource has a generation number
 * so the supervisor can ignore reports from a generation that is already dead.
 *
 * Children that do not speak this protocol can still be supervised: the
 * supervisor then treats XState's own `xstate.error.actor.<id>` /
 * `xstate.done.actor.<id>` events as crash / exit and respawns the actor.
 *
 * @module
 */

/**
 * Why a child ended for good. `'shutdown'` answers `supervisor.stop`; an error value is an abnormal exit.
 *
 * @example
 * ```ts
 * const reason: ChildExitReason = { error: new Error('config is invalid') };
 * ```
 */
export type ChildExitReason = 'normal' | 'shutdown' | { error: unknown };

/**
 * child → supervisor: the child's resource died unexpectedly. The child stays
 * alive, queues incoming work and waits for `supervisor.restart` or
 * `supervisor.escalate`.
 *
 * @example
 * ```ts
 * sendParent(({ context }) => childCrashed(context.childId, context.generation, new Error('exit 1')));
 * ```
 */
export interface ChildCrashedEvent {
  type: 'child.crashed';
  childId: string;
  /** The generation whose resource died. Reports from an older generation are ignored. */
  generation: number;
  error: unknown;
}

/**
 * child → supervisor: the resource is back up after `supervisor.restart`, at
 * this generation.
 *
 * @example
 * ```ts
 * sendParent(({ context }) => childRestarted(context.childId, context.generation));
 * ```
 */
export interface ChildRestartedEvent {
  type: 'child.restarted';
  childId: string;
  generation: number;
}

/**
 * child → supervisor: the child is ending for good. Send it from the entry of
 * the child's final state (so nothing follows it): the supervisor records the
 * reason and acts when XState reports the actor done.
 *
 * @example
 * ```ts
 * stopped: { type: 'final', entry: sendParent(({ context }) => childExited(context.childId, 'shutdown')) }
 * ```
 */
export interface ChildExitedEvent {
  type: 'child.exited';
  childId: string;
  reason: ChildExitReason;
}

/**
 * child → supervisor: the child hit an error a restart cannot fix (codex
 * refused to open the thread, the binary is missing or the wrong version). The
 * child stays alive in a `failed` state that answers callers with the error;
 * the supervisor marks it failed and does not restart it.
 *
 * @example
 * ```ts
 * sendParent(({ context }) => childFailed(context.childId, context.generation, new InvalidRequestError('thread/resume', rpcError)));
 * ```
 */
export interface ChildFailedEvent {
  type: 'child.failed';
  childId: string;
  /** The generation that failed. Reports from an older generation are ignored. */
  generation: number;
  error: unknown;
}

/**
 * Every event a child sends to its supervisor.
 *
 * @example
 * ```ts
 * function report(event: ChildToSupervisorEvent) { supervisor.send(event); }
 * ```
 */
export type ChildToSupervisorEvent = ChildCrashedEvent | ChildRestartedEvent | ChildExitedEvent | ChildFailedEvent;

/**
 * supervisor → child: tear the resource down now (if it is still up), wait
 * `delayMs`, then bring it back as `generation` and answer `child.restarted`
 * (or `child.crashed` with the new generation if it fails to come up). Queue
 * work meanwhile. May arrive in any non-final state, including while an earlier
 * restart is still waiting: the newest generation wins.
 *
 * @example
 * ```ts
 * on: { 'supervisor.restart': { target: '.restarting', actions: assign({ generation: ({ event }) => event.generation }) } }
 * ```
 */
export interface SupervisorRestartEvent {
  type: 'supervisor.restart';
  generation: number;
  /** Backoff before the resource is started again (0 when absent). */
  delayMs?: number;
}

/**
 * supervisor → child: the supervisor gives up on this child (restart intensity
 * exceeded, or a `temporary` child crashed). Release the resource and enter a
 * `failed` state holding `error`; reject queued and future work with it. Do not
 * send `child.exited` afterwards.
 *
 * @example
 * ```ts
 * on: { 'supervisor.escalate': { target: '.failed', actions: assign({ error: ({ event }) => event.error }) } }
 * ```
 */
export interface SupervisorEscalateEvent {
  type: 'supervisor.escalate';
  /** A `SupervisorEscalationError` after too many restarts, or the crash error itself for a `temporary` child. */
  error: unknown;
}

/**
 * supervisor → child: stop gracefully, then send `child.exited` with reason
 * `'shutdown'` and enter a final state. After the child spec's
 * `shutdownTimeoutMs` the supervisor stops the actor forcibly.
 *
 * @example
 * ```ts
 * on: { 'supervisor.stop': '.shuttingDown' }
 * ```
 */
export interface SupervisorStopEvent {
  type: 'supervisor.stop';
}

/**
 * Every event a supervisor sends to a protocol-speaking child.
 *
 * @example
 * ```ts
 * setup({ types: { events: {} as MyEvent | SupervisorToChildEvent } });
 * ```
 */
export type SupervisorToChildEvent = SupervisorRestartEvent | SupervisorEscalateEvent | SupervisorStopEvent;

/**
 * Fields the supervisor merges into a child's input on every spawn, so the
 * child knows who it is and which generation it runs.
 *
 * @example
 * ```ts
 * const threadMachine = setup({ types: { input: {} as ThreadInput & SupervisionInput } }).createMachine({ ... });
 * ```
 */
export interface SupervisionInput {
  childId: string;
  generation: number;
}

/**
 * Snapshot tag a child carries while it queues work during a restart. With it
 * (and the queue in `context.restartQueue`), `route()` can reject an event with
 * `QueueOverflowError` synchronously, before sending it.
 *
 * @example
 * ```ts
 * restarting: { tags: [QUEUEING_TAG], ... }
 * ```
 */
export const QUEUEING_TAG = 'supervision.queueing';

/**
 * Builds a `child.crashed` event.
 *
 * @example
 * ```ts
 * parent.send(childCrashed('t1', 2, new Error('codex exited with code 1')));
 * ```
 */
export function childCrashed(childId: string, generation: number, error: unknown): ChildCrashedEvent {
  return { type: 'child.crashed', childId, generation, error };
}

/**
 * Builds a `child.restarted` event.
 *
 * @example
 * ```ts
 * parent.send(childRestarted('t1', 3));
 * ```
 */
export function childRestarted(childId: string, generation: number): ChildRestartedEvent {
  return { type: 'child.restarted', childId, generation };
}

/**
 * Builds a `child.failed` event.
 *
 * @example
 * ```ts
 * parent.send(childFailed('t1', 1, new CodexNotFoundError(tried, hint)));
 * ```
 */
export function childFailed(childId: string, generation: number, error: unknown): ChildFailedEvent {
  return { type: 'child.failed', childId, generation, error };
}

/**
 * Builds a `child.exited` event.
 *
 * @example
 * ```ts
 * parent.send(childExited('t1', 'normal'));
 * parent.send(childExited('t1', { error: new Error('unrecoverable') }));
 * ```
 */
export function childExited(childId: string, reason: ChildExitReason): ChildExitedEvent {
  return { type: 'child.exited', childId, reason };
}

/**
 * True for an exit reason that counts as abnormal (an error), which makes a
 * `transient` child restart.
 *
 * @example
 * ```ts
 * isAbnormalExit('normal'); // false
 * isAbnormalExit({ error: new Error('x') }); // true
 * ```
 */
export function isAbnormalExit(reason: ChildExitReason): reason is { error: unknown } {
  return typeof reason === 'object' && reason !== null;
}
