import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { InspectionEvent } from 'xstate';
import { InvalidOptionsError } from '../errors/index.js';
import { INSPECTOR_CLIENT_SCRIPT } from './inspectorClientScript.js';
import { InspectorLog } from './inspectorLog.js';
import { renderInspectorPage } from './inspectorPage.js';
import { createInspectionRecorder, type InspectorRecord } from './inspectorRecords.js';
import { watchPublishedEvents, type PublishedEventSource, type Unwatch } from './watchPublishedEvents.js';

/** Options of {@link startInspector}. */
export interface InspectorOptions {
  /** TCP port on 127.0.0.1 (default 0: any free port; read it from `url`). */
  port?: number;
  /** Page title (default `codex-actors inspector`). */
  title?: string;
  /** How many recent events the present (`GET /records`) keeps (default 200). */
  maxEvents?: number;
  /** How many records of history a newly opened page gets for its time slider (default 5000). */
  maxHistory?: number;
  /** How often batched records are pushed to open pages, in ms (default 50). */
  flushIntervalMs?: number;
}

/** A running inspector server. */
export interface Inspector extends AsyncDisposable {
  /** The page, `http://127.0.0.1:PORT/`. */
  readonly url: string;
  readonly port: number;
  /** Pass as `new Codex({ inspect: inspector.inspect })`: XState inspection events of the whole system. */
  readonly inspect: (event: InspectionEvent) => void;
  /**
   * Also records what `codex` publishes on `codex.events$` (items, approvals,
   * tool calls, turn results: already redacted by that `Codex`), for the page's
   * event payloads and turn sequence view. Returns a function that stops it.
   */
  watch(codex: PublishedEventSource): Unwatch;
  /** Feeds records directly (what `POST /ingest` does for other processes). */
  ingest(records: readonly InspectorRecord[]): void;
  /** The records a newly opened page receives (for tests and tools). */
  replay(): InspectorRecord[];
  /** Ends open pages' streams and stops listening. Idempotent. */
  close(): Promise<void>;
}

const MAX_INGEST_BYTES = 4 * 1024 * 1024;

/**
 * Starts the live inspector page on `127.0.0.1`: the supervision tree, every
 * state machine's chart with its current state lit, and the last events,
 * pushed to the browser over server-sent events.
 *
 * - `GET /` the page (no framework, no CDN, works offline);
 * - `GET /elk.js`, `GET /elk-worker.js` the layout engine the page draws its state charts with (elkjs);
 * - `GET /events` the SSE stream: a `reset`, the history, then `records` batches;
 * - `GET /records` the current replay as JSON;
 * - `POST /ingest` (JSON array of records) lets another process feed the page,
 *   see `connectInspector`.
 *
 * Only loopback `Host` headers are served (a guard against DNS rebinding), and
 * no CORS headers are sent, so other web pages cannot read the stream.
 *
 * @example
 * ```ts
 * import { Codex } from 'codex-actors';
 * import { startInspector } from 'codex-actors/inspector';
 *
 * await using inspector = await startInspector({ port: 4781 });
 * await using codex = new Codex({ inspect: inspector.inspect });
 * console.log(`open ${inspector.url}`);
 * ```
 */
export async function startInspector(options: InspectorOptions = {}): Promise<Inspector> {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidOptionsError('port', `must be an integer from 0 to 65535; got ${String(options.port)}`);
  const log = new InspectorLog(options.maxEvents ?? 200, options.maxHistory ?? 5000);
  const page = renderInspectorPage(options.title);
  const scriptHash = createHash('sha256').update(INSPECTOR_CLIENT_SCRIPT).digest('base64');
  // The layout engine (elkjs, a dependency of this package) is the one other script: its API
  // in the page, its engine in a web worker so laying out a chart never blocks the page.
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'self' 'sha256-${scriptHash}'; worker-src 'self'; connect-src 'self'`;
  const clients = new Set<ServerResponse>();
  let pending: InspectorRecord[] = [];
  const lastSnapshotIndex = new Map<string, number>();
  let timer: NodeJS.Timeout | null = null;
  const flushIntervalMs = options.flushIntervalMs ?? 50;

  const flush = () => {
    timer = null;
    if (pending.length === 0) return;
    const data = `event: records\ndata: ${JSON.stringify(pending)}\n\n`;
    pending = [];
    lastSnapshotIndex.clear();
    for (const client of clients) client.write(data);
  };

  const ingest = (records: readonly InspectorRecord[]) => {
    for (const record of records) {
      log.apply(record);
      if (clients.size === 0) continue;
      // Context-only updates (a delta appended to a message…) arrive by the
      // hundred; within one batch keep the latest per actor unless the state changed.
      if (record.kind === 'snapshot') {
        const index = lastSnapshotIndex.get(record.actor);
        const previous = index === undefined ? undefined : pending[index];
        if (index !== undefined && previous?.kind === 'snapshot' && previous.status === record.status && JSON.stringify(previous.value) === JSON.stringify(record.value)) {
          pending[index] = record;
          continue;
        }
        lastSnapshotIndex.set(record.actor, pending.length);
      }
      pending.push(record);
    }
    if (pending.length > 0 && timer === null) timer = setTimeout(flush, flushIntervalMs);
  };

  const inspect = createInspectionRecorder((record) => ingest([record]));

  const server = createServer((req, res) => {
    if (!isLoopbackHost(req.headers.host)) return void res.writeHead(403, { 'content-type': 'text/plain' }).end('Forbidden: the inspector only answers on 127.0.0.1/localhost.\n');
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && (path === '/' || path === '/index.html')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp, 'cache-control': 'no-store' });
      return void res.end(page);
    }
    if (req.method === 'GET' && path === '/events') return openStream(res);
    const elkFile = req.method === 'GET' ? ELK_FILES.get(path ?? '') : undefined;
    if (elkFile) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'max-age=86400' });
      return void res.end(elkScript(elkFile));
    }
    if (req.method === 'GET' && path === '/records') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      return void res.end(JSON.stringify(log.replay()));
    }
    if (req.method === 'POST' && path === '/ingest') return void readIngest(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
  });

  const openStream = (res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    // A page that reconnects gets the whole history again, so it starts from scratch.
    res.write(`event: reset\ndata: {}\n\nevent: records\ndata: ${JSON.stringify(log.history())}\n\n`);
    clients.add(res);
    res.on('close', () => clients.delete(res));
  };

  const readIngest = async (req: IncomingMessage, res: ServerResponse) => {
    // JSON only: a cross-site form cannot send it without a CORS preflight, which is never granted.
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return void res.writeHead(415, { 'content-type': 'text/plain' }).end('Send application/json.\n');
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_INGEST_BYTES) return void res.writeHead(413, { 'content-type': 'text/plain' }).end('Too large.\n');
      chunks.push(chunk as Buffer);
    }
    let records: unknown;
    try {
      records = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return void res.writeHead(400, { 'content-type': 'text/plain' }).end('Body is not JSON.\n');
    }
    if (!Array.isArray(records) || !records.every(isRecord)) return void res.writeHead(400, { 'content-type': 'text/plain' }).end('Expected a JSON array of inspector records.\n');
    ingest(records);
    res.writeHead(204).end();
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  let closed: Promise<void> | null = null;
  const close = () =>
    (closed ??= new Promise<void>((resolve) => {
      if (timer) clearTimeout(timer);
      flush();
      for (const client of clients) client.end();
      clients.clear();
      server.close(() => resolve());
      server.closeAllConnections();
    }));

  return {
    url: `http://127.0.0.1:${actualPort}/`,
    port: actualPort,
    inspect,
    watch: (codex) => watchPublishedEvents(codex, (record) => ingest([record])),
    ingest,
    replay: () => log.replay(),
    close,
    [Symbol.asyncDispose]: close,
  };
}

function isLoopbackHost(host: string | undefined): boolean {
  if (host === undefined) return false;
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0];
  return name === '127.0.0.1' || name === 'localhost' || name === '[::1]';
}

function isRecord(value: unknown): value is InspectorRecord {
  if (typeof value !== 'object' || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  return kind === 'machine' || kind === 'actor' || kind === 'snapshot' || kind === 'event' || kind === 'published';
}

/** The page's paths of elkjs's browser files: the API (global `ELK`) and the layout engine, run as a web worker. */
const ELK_FILES: ReadonlyMap<string, string> = new Map([
  ['/elk.js', 'elkjs/lib/elk-api.js'],
  ['/elk-worker.js', 'elkjs/lib/elk-worker.min.js'],
]);
const elkScripts = new Map<string, string>();
/** An elkjs file (a dependency of this package), read once. */
function elkScript(file: string): string {
  let text = elkScripts.get(file);
  if (text === undefined) {
    text = readFileSync(createRequire(import.meta.url).resolve(file), 'utf8');
    elkScripts.set(file, text);
  }
  return text;
}
