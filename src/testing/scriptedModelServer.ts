import { AssertionError } from 'node:assert';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mockModelCatalog } from './modelCatalog.js';
import type { Miss, RecordedRequest, ResponsesRequestBody } from './recordedRequest.js';
import { RequestLog } from './requestLog.js';
import type { ScriptedResponse } from './scriptedResponses.js';
import { writeScriptedResponse } from './writeScriptedResponse.js';

/** A queued answer: a fixed response, or a function choosing one from the request. */
export type ScriptedResponseInput = ScriptedResponse | ((request: RecordedRequest) => ScriptedResponse);

/** Options of {@link createScriptedModelServer}. */
export interface ScriptedModelServerOptions {
  /** Responses to queue right away (same as calling `enqueue`). */
  responses?: readonly ScriptedResponseInput[];
  /** Model slugs listed by `GET /v1/models` (default `['mock-model']`). */
  models?: readonly string[];
}

/** The running scripted Responses-API server. Create it with {@link createScriptedModelServer}. */
export interface ScriptedModelServer extends AsyncDisposable {
  /** Base URL for the provider config, `http://127.0.0.1:PORT/v1`. */
  readonly url: string;
  readonly port: number;
  /** Appends responses to the queue; each `POST /v1/responses` takes the next one. */
  enqueue(...responses: ScriptedResponseInput[]): this;
  /** Number of queued responses not yet taken. */
  readonly pending: number;
  /** Every `POST /v1/responses` in arrival order (misses included). */
  readonly requests: readonly RecordedRequest[];
  /** The latest model request, if any. */
  lastRequest(): RecordedRequest | undefined;
  /**
   * Resolves with the n-th model request (1-based) as soon as it arrives; rejects
   * with a `TimeoutError` after `timeoutMs` (default 10 000) or when the server closes.
   */
  waitForRequest(n: number, options?: { timeoutMs?: number }): Promise<RecordedRequest>;
  /** Requests that found an empty queue (answered HTTP 400) or hit an unknown route (404). */
  readonly misses: readonly Miss[];
  /** Throws an `AssertionError` describing every miss, if there was any. */
  assertNoMisses(): void;
  /** Stops listening, ends every open, gated or hanging stream and rejects pending waits. Idempotent. */
  close(): Promise<void>;
}

function flattenHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(raw: string): ResponsesRequestBody | undefined {
  if (raw.trim() === '') return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null ? (value as ResponsesRequestBody) : undefined;
  } catch {
    return undefined;
  }
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

/**
 * Starts a scripted OpenAI Responses-API server on `127.0.0.1` (random port) for
 * driving the real codex binary offline.
 *
 * - `POST /v1/responses` answers with the next queued {@link ScriptedResponse}
 *   (SSE stream, HTTP error, garbage…), honouring its delay, gate and ending;
 * - every request is recorded (headers, parsed body, arrival time);
 * - an empty queue answers HTTP 400 (not retried by codex) whose message says
 *   no response was scripted for request #n, and records a miss, so a
 *   forgotten script fails the turn with that text and
 *   {@link ScriptedModelServer.assertNoMisses} names it;
 * - `GET /v1/models` lists the mock model(s).
 *
 * @example
 * ```ts
 * import { createScriptedModelServer, createCodexHome, responses } from 'codex-actors/testing';
 *
 * await using server = await createScriptedModelServer();
 * server.enqueue(responses.message('Hello!', { usage: { inputTokens: 10, outputTokens: 2 } }));
 * const home = await createCodexHome({ server });
 * // … run codex with home.env …
 * const request = await server.waitForRequest(1);
 * server.assertNoMisses();
 * ```
 */
export async function createScriptedModelServer(options: ScriptedModelServerOptions = {}): Promise<ScriptedModelServer> {
  const queue: ScriptedResponseInput[] = [...(options.responses ?? [])];
  const log = new RequestLog();
  const closing = new AbortController();
  const inFlight = new Set<Promise<void>>();
  let arrivals = 0;
  let closed: Promise<void> | null = null;

  const record = (req: IncomingMessage, rawBody: string): RecordedRequest => {
    const url = req.url ?? '/';
    return {
      index: arrivals++,
      method: req.method ?? 'GET',
      path: url.split('?')[0] ?? url,
      url,
      headers: flattenHeaders(req),
      rawBody,
      body: parseJson(rawBody),
      receivedAt: Date.now(),
    };
  };

  const answerModelRequest = async (request: RecordedRequest, res: ServerResponse): Promise<void> => {
    log.add(request);
    const next = queue.shift();
    if (next === undefined) {
      const reason = `no response was scripted for model request #${log.requests.length}`;
      log.addMiss({ request, reason });
      // 400, not 5xx: codex retries 5xx and reports it as "high demand" (retryable), so a
      // forgotten enqueue would read as an outage; a 400's body reaches the user as it is.
      const message = `codex-actors scripted model server: ${reason}; queue one with server.enqueue(...)`;
      sendJson(res, 400, { error: { message, type: 'invalid_request_error', code: 'script_exhausted' } });
      return;
    }
    const response = typeof next === 'function' ? next(request) : next;
    // One signal per response: the server closing or the client hanging up both stop the writer.
    const stop = new AbortController();
    const onClose = () => stop.abort();
    closing.signal.addEventListener('abort', onClose, { once: true });
    res.once('close', onClose);
    try {
      await writeScriptedResponse(res, response, stop.signal);
    } finally {
      closing.signal.removeEventListener('abort', onClose);
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const request = record(req, await readBody(req));
    if (request.method === 'POST' && /\/v1\/responses$/.test(request.path)) {
      await answerModelRequest(request, res);
    } else if (request.method === 'GET' && request.path === '/v1/models') {
      // Answers both the OpenAI list shape (`data`) and codex's catalog shape (`models`).
      const catalog = mockModelCatalog(options.models ?? undefined);
      const data = catalog.models.map((m) => ({ id: m['slug'], object: 'model', created: 0, owned_by: 'codex-actors-testing' }));
      sendJson(res, 200, { object: 'list', data, models: catalog.models });
    } else {
      log.addMiss({ request, reason: `unexpected ${request.method} ${request.path}` });
      sendJson(res, 404, { error: { message: `codex-actors scripted model server: no route for ${request.method} ${request.path}`, type: 'invalid_request_error', code: null } });
    }
  };

  const server = createServer((req, res) => {
    const work = handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: { message: `scripted server error: ${String(error)}`, type: 'server_error', code: null } });
      else res.destroy();
    });
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  });
  // The binary pools connections; an idle keep-alive socket must not hold close() open.
  server.keepAliveTimeout = 1000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  const api: ScriptedModelServer = {
    url: `http://127.0.0.1:${port}/v1`,
    port,
    enqueue(...responses) {
      queue.push(...responses);
      return api;
    },
    get pending() {
      return queue.length;
    },
    get requests() {
      return log.requests;
    },
    lastRequest: () => log.requests.at(-1),
    waitForRequest: (n, waitOptions = {}) => log.waitFor(n, waitOptions.timeoutMs ?? 10_000),
    get misses() {
      return log.misses;
    },
    assertNoMisses() {
      if (log.misses.length === 0) return;
      const lines = log.misses.map((m) => `  - request #${m.request.index + 1} ${m.request.method} ${m.request.path}: ${m.reason}`);
      throw new AssertionError({
        message: `The scripted model server had ${log.misses.length} miss(es):\n${lines.join('\n')}\nQueue more responses with server.enqueue(...) or check the request count.`,
      });
    },
    close() {
      closed ??= (async () => {
        closing.abort();
        log.close('the scripted model server was closed');
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await Promise.allSettled([...inFlight]);
        await stopped;
      })();
      return closed;
    },
    [Symbol.asyncDispose]: () => api.close(),
  };
  return api;
}
