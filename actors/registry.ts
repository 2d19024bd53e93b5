/**
 * Finding and addressing supervised children through the actor system, by
 * system id (`thread:<key>` for thread actors). Thin and typed; the
 * supervisor's own bookkeeping stays in its snapshot.
 *
 * @module
 */
import type { AnyActorRef, AnyEventObject } from 'xstate';
import type { ChildStatus } from './childRecord.js';
import { assertRestartQueueHasRoom, isRestartQueue } from './restartQueue.js';
import { QUEUEING_TAG } from './supervisionProtocol.js';
import type { SupervisorSnapshot } from './supervisorMachine.js';

/**
 * A thread actor's system id.
 *
 * @example
 * ```ts
 * const id: ThreadSystemId = threadSystemId('abc'); // 'thread:abc'
 * ```
 */
export type ThreadSystemId = `thread:${string}`;

/**
 * The part of an XState actor system the registry needs (`actor.system`).
 *
 * @example
 * ```ts
 * const system: ActorSystemLike = supervisor.system;
 * ```
 */
export interface ActorSystemLike {
  get(systemId: string): AnyActorRef | undefined;
}

/**
 * The system id of the thread actor for `key`.
 *
 * @example
 * ```ts
 * threadSystemId('abc'); // 'thread:abc'
 * ```
 */
export function threadSystemId(key: string): ThreadSystemId {
  return `thread:${key}`;
}

/**
 * The live actor registered for thread `key`, if any. (A child whose actor is
 * being respawned, or that was stopped, has none.)
 *
 * @example
 * ```ts
 * const ref = lookupThread(supervisor.system, 'abc');
 * ```
 */
export function lookupThread(system: ActorSystemLike, key: string): AnyActorRef | undefined {
  return system.get(threadSystemId(key));
}

/**
 * Sends `event` to thread `key`. Returns false when no actor is registered
 * for it (so the caller can report that), true once sent.
 *
 * If the target is queueing work during a restart (snapshot tag
 * `QUEUEING_TAG`, queue in `context.restartQueue`) and its queue is full, the
 * event is refused here, synchronously, so the sender gets the error.
 *
 * @throws QueueOverflowError when the target's restart queue is full.
 * @example
 * ```ts
 * if (!route(supervisor.system, 'abc', { type: 'thread.run', input })) throw new Error('no such thread');
 * ```
 */
export function route(system: ActorSystemLike, key: string, event: AnyEventObject): boolean {
  const ref = lookupThread(system, key);
  if (!ref) return false;
  const snapshot = ref.getSnapshot() as { hasTag?: (tag: string) => boolean; context?: { restartQueue?: unknown } } | undefined;
  const queue = snapshot?.context?.restartQueue;
  if (snapshot?.hasTag?.(QUEUEING_TAG) === true && isRestartQueue(queue)) assertRestartQueueHasRoom(queue);
  ref.send(event);
  return true;
}

/**
 * One supervised child, as listed by {@link listChildren}.
 *
 * @example
 * ```ts
 * const [first]: ChildEntry[] = listChildren(supervisor.getSnapshot());
 * first?.ref?.send({ type: 'thread.boot' });
 * ```
 */
export interface ChildEntry {
  id: string;
  systemId: string | undefined;
  generation: number;
  status: ChildStatus;
  /** The child's actor, while it has one. */
  ref: AnyActorRef | undefined;
}

/**
 * The supervisor's children, oldest first, with their actors.
 *
 * @example
 * ```ts
 * listChildren(supervisor.getSnapshot()).filter((c) => c.status === 'failed');
 * ```
 */
export function listChildren(snapshot: Pick<SupervisorSnapshot, 'context'>): ChildEntry[] {
  return snapshot.context.children.map((record) => ({
    id: record.spec.id,
    systemId: record.spec.systemId,
    generation: record.generation,
    status: record.status,
    ref: record.ref,
  }));
}
