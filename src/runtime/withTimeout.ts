/** Outcome of {@link raceHandler}. */
export type RaceOutcome<T> = { kind: 'value'; value: T } | { kind: 'error'; error: unknown } | { kind: 'timeout' } | { kind: 'aborted' };

/**
 * Runs a user handler with a timeout and an outer signal. The handler gets a
 * signal that fires on either, so it can stop its own work; a handler that
 * ignores it is simply no longer waited for.
 */
export async function raceHandler<T>(run: (signal: AbortSignal) => T | Promise<T>, timeoutMs: number, outer: AbortSignal): Promise<RaceOutcome<T>> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const stop = new Promise<RaceOutcome<T>>((resolve) => {
    if (Number.isFinite(timeoutMs) && timeoutMs > 0) {
      timer = setTimeout(() => {
        controller.abort(new Error(`handler timed out after ${timeoutMs} ms`));
        resolve({ kind: 'timeout' });
      }, timeoutMs);
    }
    onAbort = () => {
      controller.abort(outer.reason);
      resolve({ kind: 'aborted' });
    };
    if (outer.aborted) onAbort();
    else outer.addEventListener('abort', onAbort, { once: true });
  });
  const work = (async (): Promise<RaceOutcome<T>> => {
    try {
      return { kind: 'value', value: await run(controller.signal) };
    } catch (error) {
      return { kind: 'error', error };
    }
  })();
  try {
    return await Promise.race([work, stop]);
  } finally {
    if (timer) clearTimeout(timer);
    if (onAbort) outer.removeEventListener('abort', onAbort);
  }
}
