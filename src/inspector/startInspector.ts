import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { InspectionEvent } from 'xstate';
import { InvalidOptionsError } from '../errors/index.js';
import { INSPECTOR_CLIENT_SCRIPT } from './inspectorClientScript.js';
import { InspectorLog } from './inspectorLog.js';
import { renderInspectorPage } from './inspectorPage.js';
import { createInspectionRecorder, type InspectorRecord } from './inspectorRecords.js';

/** Options of {@link startInspector}. */
export interface InspectorOptions {
  /** TCP port on 127.0.0.1 (default 0: any free port; read it from `url`). */
  port?: number;
  /** Page title (default `codex-actors inspector`). */
  title?: string;
  /** How many recent events a newly opened page gets (default 200). */
  maxEvents?: number;
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
 * - `GET /` the page (self-contained: no framework, no CDN, works offline);
 * - `GET /events` the SSE stream: a `reset`, then `records` batches;
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
  const log = new InspectorLog(options.maxEvents ?? 200);
  const page = renderInspectorPage(options.title);
  const scriptHash = createHash('sha256').update(INSPECTOR_CLIENT_SCRIPT).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; connect-src 'self'`;
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
    if (req.method === 'GET' && path === '/records') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      return void res.end(JSON.stringify(log.replay()));
    }
    if (req.method === 'POST' && path === '/ingest') return void readIngest(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
  });

  const openStream = (res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    // A page that reconnects gets the whole present again, so it starts from scratch.
    res.write(`event: reset\ndata: {}\n\nevent: records\ndata: ${JSON.stringify(log.replay())}\n\n`);
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
  return kind === 'machine' || kind === 'actor' || kind === 'snapshot' || kind === 'event';
}
