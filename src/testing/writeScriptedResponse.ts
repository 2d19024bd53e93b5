import type { ServerResponse } from 'node:http';
import type { ScriptedResponse } from './scriptedResponses.js';

/** Resolves after `ms`, or early (without error) when `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return until(new Promise<void>((resolve) => setTimeout(resolve, ms).unref()), signal);
}

/** Resolves when `promise` settles or `signal` aborts, whichever comes first. */
function until(promise: Promise<void>, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const onAbort = () => resolve();
    signal.addEventListener('abort', onAbort, { once: true });
    void promise.then(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    });
  });
}

/** Writes a chunk and waits until it is handed to the socket, so a following abort cannot swallow it. */
function write(res: ServerResponse, chunk: string): Promise<void> {
  return new Promise<void>((resolve) => {
    res.write(chunk, () => resolve());
  });
}

/**
 * Writes one scripted response: headers, then each chunk (pausing `delayMs`
 * between chunks and at the gate after the first), then ends as scripted.
 * Stops early, destroying the socket, when `signal` aborts (server closing)
 * or the client goes away.
 *
 * @internal
 */
export async function writeScriptedResponse(res: ServerResponse, response: ScriptedResponse, signal: AbortSignal): Promise<void> {
  // Small SSE writes must leave at once, or delays and gates would blur together.
  res.socket?.setNoDelay(true);
  res.writeHead(response.status, { ...response.headers });
  // Headers go out now even for a gated or delayed body, like a real streaming API.
  res.flushHeaders();
  const gone = () => signal.aborted || res.destroyed;

  for (const [index, chunk] of response.chunks.entries()) {
    if (index > 0 && response.delayMs > 0) await pause(response.delayMs, signal);
    if (gone()) break;
    await until(write(res, chunk), signal);
    if (index === 0 && response.gate) await until(response.gate.wait(), signal);
  }
  if (response.chunks.length === 0 && response.gate) await until(response.gate.wait(), signal);

  if (gone()) {
    res.destroy();
    return;
  }
  if (response.ending === 'hang') {
    await until(new Promise<void>(() => {}), signal);
    res.destroy();
  } else if (response.ending === 'abort') {
    res.destroy();
  } else {
    res.end();
  }
}
