import { toPublishedRecord, type PublishedRecord } from './inspectorRecords.js';

/** What `inspector.watch()` needs of a `Codex`: its `events$` stream (structural, so any rxjs copy fits). */
export interface PublishedEventSource {
  readonly events$: { subscribe(observer: { next(event: unknown): void; error?(error: unknown): void }): { unsubscribe(): void } };
}

/** Stops a watch. Idempotent. */
export type Unwatch = () => void;

/**
 * Subscribes to `codex.events$` and hands each event but streamed deltas
 * (`item.delta`) to `emit` as a {@link PublishedRecord}.
 *
 * @example
 * ```ts
 * const unwatch = watchPublishedEvents(codex, (record) => records.push(record));
 * ```
 */
export function watchPublishedEvents(codex: PublishedEventSource, emit: (record: PublishedRecord) => void): Unwatch {
  // An error on the stream ends the watch; it is the program's to handle, not the inspector's.
  const subscription = codex.events$.subscribe({
    next: (event) => {
      // Streamed deltas come by the hundred per answer and would push everything else out of the
      // history; the item's `item.completed` carries the whole text.
      if ((event as { type?: unknown }).type === 'item.delta') return;
      emit(toPublishedRecord(event));
    },
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}
