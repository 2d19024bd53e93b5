import type { InspectionEvent } from 'xstate';
import { InvalidOptionsError } from '../errors/index.js';
import { createInspectionRecorder, type InspectorRecord } from './inspectorRecords.js';
import { watchPublishedEvents, type PublishedEventSource, type Unwatch } from './watchPublishedEvents.js';

/** A feed from this process to an inspector page served elsewhere (`codex-actors inspect`). */
export interface InspectorConnection extends AsyncDisposable {
  /** Pass as `new Codex({ inspect: connection.inspect })`. */
  readonly inspect: (event: InspectionEvent) => void;
  /** Also sends what `codex` publishes on `codex.events$` (see `Inspector.watch`). Returns a function that stops it. */
  watch(codex: PublishedEventSource): Unwatch;
  /** Sends what is buffered now. Rejects if the inspector did not accept it. */
  flush(): Promise<void>;
  /** Sends the rest and stops. Idempotent; never rejects (a closed page is not your program's failure). */
  close(): Promise<void>;
}

/** Options of {@link connectInspector}. */
export interface ConnectInspectorOptions {
  /** How often buffered records are posted, in ms (default 100). */
  intervalMs?: number;
  /** Called when a batch could not be delivered (default: ignored after the first warning on stderr). */
  onError?: (error: unknown) => void;
}

/**
 * Feeds the inspector page started by `codex-actors inspect` (or
 * `startInspector` in another process) from this process: inspection events
 * are turned into records here and posted in batches to `POST /ingest`.
 *
 * @example
 * ```ts
 * // terminal 1: npx codex-actors inspect --port 4781
 * // terminal 2, in your program:
 * import { connectInspector } from 'codex-actors/inspector';
 * await using feed = connectInspector('http://127.0.0.1:4781');
 * await using codex = new Codex({ inspect: feed.inspect });
 * ```
 */
export function connectInspector(url: string, options: ConnectInspectorOptions = {}): InspectorConnection {
  let endpoint: URL;
  try {
    endpoint = new URL('ingest', url.endsWith('/') ? url : `${url}/`);
  } catch (cause) {
    throw new InvalidOptionsError('url', `must be the inspector URL such as http://127.0.0.1:4781; got ${JSON.stringify(url)}`, { cause });
  }
  let buffer: InspectorRecord[] = [];
  let sending: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  let closed: Promise<void> | null = null;
  let warned = false;
  const onError =
    options.onError ??
    ((error: unknown) => {
      if (warned) return;
      warned = true;
      process.stderr.write(`codex-actors: the inspector at ${url} is not reachable (${(error as Error).message}); inspection events are dropped.\n`);
    });

  const post = async (records: InspectorRecord[]) => {
    const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(records) });
    if (!response.ok) throw new Error(`the inspector answered HTTP ${response.status}`);
  };

  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (buffer.length === 0) return sending;
    const batch = buffer;
    buffer = [];
    // Batches go out one after another so the page folds them in order.
    sending = sending.catch(() => undefined).then(() => post(batch));
    return sending;
  };

  const push = (record: InspectorRecord) => {
    if (closed) return;
    buffer.push(record);
    // The timer must not keep a finished program alive.
    timer ??= setTimeout(() => void flush().catch(onError), options.intervalMs ?? 100).unref();
  };
  const inspect = createInspectionRecorder(push);

  const close = () =>
    (closed ??= flush().then(
      () => undefined,
      (error: unknown) => onError(error),
    ));

  return { inspect, watch: (codex) => watchPublishedEvents(codex, push), flush, close, [Symbol.asyncDispose]: close };
}
