import type { Observable } from 'rxjs';

/**
 * Consumes an Observable as an async generator. Values are buffered without
 * bound until pulled, so a slow consumer never makes the producer drop events
 * (nor stalls other subscribers: each iterator has its own buffer). The
 * generator ends when the observable completes and throws when it errors;
 * returning early unsubscribes.
 *
 * @example
 * ```ts
 * for await (const event of toAsyncIterable(thread.events$)) console.log(event.type);
 * ```
 */
export async function* toAsyncIterable<T>(source: Observable<T>): AsyncGenerator<T, void, undefined> {
  const buffer: T[] = [];
  let done = false;
  let failure: { error: unknown } | null = null;
  let wake: (() => void) | null = null;
  const subscription = source.subscribe({
    next: (value) => {
      buffer.push(value);
      wake?.();
    },
    error: (error: unknown) => {
      failure = { error };
      wake?.();
    },
    complete: () => {
      done = true;
      wake?.();
    },
  });
  try {
    let index = 0;
    for (;;) {
      if (index < buffer.length) {
        const value = buffer[index]!;
        index++;
        // Compact now and then so a long stream does not keep every event alive.
        if (index > 1024) {
          buffer.splice(0, index);
          index = 0;
        }
        yield value;
        continue;
      }
      if (failure) throw (failure as { error: unknown }).error;
      if (done) return;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
    }
  } finally {
    subscription.unsubscribe();
  }
}
