/**
 * A bounded FIFO a supervised child keeps while its resource restarts: work
 * that arrives meanwhile waits here and is replayed, in order, once the
 * resource is back. Overflow is an error for the sender
 * (`QueueOverflowError`), never a silent drop.
 *
 * Immutable (every operation returns a new queue) so it can live in an XState
 * machine's context.
 *
 * @module
 */
import { QueueOverflowError } from '../src/errors/index.js';

/**
 * An immutable bounded FIFO.
 *
 * @example
 * ```ts
 * const queue: RestartQueue<string> = createRestartQueue(10);
 * ```
 */
export interface RestartQueue<T> {
  readonly capacity: number;
  readonly items: readonly T[];
}

/**
 * Default capacity of a restart queue.
 *
 * @example
 * ```ts
 * createRestartQueue().capacity === DEFAULT_RESTART_QUEUE_CAPACITY; // true
 * ```
 */
export const DEFAULT_RESTART_QUEUE_CAPACITY = 100;

/** What the queue is called in overflow messages. */
const QUEUE_NAME = 'The queue of messages held while the actor restarts';

/**
 * An empty queue.
 *
 * @example
 * ```ts
 * context: { restartQueue: createRestartQueue<ThreadCommand>(100) }
 * ```
 */
export function createRestartQueue<T>(capacity: number = DEFAULT_RESTART_QUEUE_CAPACITY): RestartQueue<T> {
  if (!Number.isInteger(capacity) || capacity < 0) {
    throw new RangeError(`restart queue capacity must be a non-negative integer, got ${String(capacity)}`);
  }
  return { capacity, items: [] };
}

/**
 * True when one more item would overflow.
 *
 * @example
 * ```ts
 * guard: ({ context }) => isRestartQueueFull(context.restartQueue)
 * ```
 */
export function isRestartQueueFull(queue: RestartQueue<unknown>): boolean {
  return queue.items.length >= queue.capacity;
}

/**
 * The queue with `item` appended, or the overflow error (to hand to the
 * sender) when it is full.
 *
 * @example
 * ```ts
 * const result = offerRestartQueue(context.restartQueue, event);
 * if ('error' in result) event.reply.reject(result.error); else context.restartQueue = result.queue;
 * ```
 */
export function offerRestartQueue<T>(queue: RestartQueue<T>, item: T): { queue: RestartQueue<T> } | { error: QueueOverflowError } {
  if (isRestartQueueFull(queue)) return { error: new QueueOverflowError(QUEUE_NAME, queue.capacity) };
  return { queue: { capacity: queue.capacity, items: [...queue.items, item] } };
}

/**
 * The queue with `item` appended.
 *
 * @throws QueueOverflowError when the queue is full.
 * @example
 * ```ts
 * let q = createRestartQueue<string>(1);
 * q = enqueueRestartQueue(q, 'a');
 * enqueueRestartQueue(q, 'b'); // throws QueueOverflowError
 * ```
 */
export function enqueueRestartQueue<T>(queue: RestartQueue<T>, item: T): RestartQueue<T> {
  const result = offerRestartQueue(queue, item);
  if ('error' in result) throw result.error;
  return result.queue;
}

/**
 * Everything queued, oldest first, and the emptied queue.
 *
 * @example
 * ```ts
 * const [pending, empty] = drainRestartQueue(context.restartQueue);
 * for (const event of pending) enqueue.raise(event);
 * ```
 */
export function drainRestartQueue<T>(queue: RestartQueue<T>): [items: readonly T[], queue: RestartQueue<T>] {
  return [queue.items, { capacity: queue.capacity, items: [] }];
}

/**
 * Throws the overflow error a full queue would produce; `route()` uses it to
 * reject synchronously before sending.
 *
 * @throws QueueOverflowError when `queue` is full.
 * @example
 * ```ts
 * assertRestartQueueHasRoom(snapshot.context.restartQueue);
 * ```
 */
export function assertRestartQueueHasRoom(queue: RestartQueue<unknown>): void {
  if (isRestartQueueFull(queue)) throw new QueueOverflowError(QUEUE_NAME, queue.capacity);
}

/**
 * True for a value shaped like a {@link RestartQueue} (duck typing for snapshots of unknown children).
 *
 * @example
 * ```ts
 * if (isRestartQueue(snapshot.context?.restartQueue)) assertRestartQueueHasRoom(snapshot.context.restartQueue);
 * ```
 */
export function isRestartQueue(value: unknown): value is RestartQueue<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { capacity?: unknown }).capacity === 'number' &&
    Array.isArray((value as { items?: unknown }).items)
  );
}
