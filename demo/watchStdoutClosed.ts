/**
 * A reader that stops reading (`npm run demo -- --json | head`) closes the
 * demo's stdout; the next write fails with EPIPE, which Node reports as an
 * 'error' event that would crash the demo before it cleans up. The returned
 * signal aborts instead, so the demo closes its codex processes, removes its
 * temporary CODEX_HOME and ends quietly. Other stream errors stay fatal.
 */
export function watchStdoutClosed(stream: NodeJS.WritableStream): AbortSignal {
  const closed = new AbortController();
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed.abort(new Error('stdout was closed by its reader'));
  });
  return closed.signal;
}
