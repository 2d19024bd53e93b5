/**
 * Wraps a process starter so that the first start runs alone: later starts
 * wait until it has settled, then run in parallel as usual.
 *
 * Why: codex creates its sqlite state (`$CODEX_HOME/state_*.sqlite`) when a
 * process first starts on a fresh CODEX_HOME. Two processes doing that at the
 * same moment race on the schema and one of them exits during `initialize`
 * ("disk I/O error", "no such table: backfill_state"; seen with 0.169.0 when a
 * thread and the control process started together). Once one process has
 * initialized the home, concurrent starts are fine.
 *
 * @example
 * ```ts
 * const start = serializeFirstStart(createAppServerStarter(options, binary, tracker));
 * ```
 */
export function serializeFirstStart<A extends unknown[], R>(start: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  let first: Promise<unknown> | null = null;
  let ready = false;
  return async (...args: A) => {
    if (ready) return start(...args);
    if (first === null) {
      const attempt = start(...args);
      first = attempt.then(
        () => (ready = true),
        // A failed first start initialized nothing: let the next caller go first.
        () => (first = null),
      );
      return attempt;
    }
    await first;
    return start(...args);
  };
}
