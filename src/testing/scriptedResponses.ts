/**
 * Builders of whole scripted model responses, exported as the `responses`
 * namespace of `codex-actors/testing`. Each returns a {@link ScriptedResponse}
 * to queue on the server with `server.enqueue()`.
 *
 * - SSE answers: `stream` (any items), `message`, `reasoning`, `functionCall`,
 *   `shellCall`, `dynamicToolCall`, `applyPatch`, `customToolCall`, `failed`, `garbage`;
 * - plain HTTP errors: `httpError`, `rateLimited` (429), `serverError` (500),
 *   `unauthorized` (401), `badRequest` (400).
 *
 * Every builder takes {@link ResponseOptions}: `delayMs` between events, a `gate`
 * that holds the response after its first event, `truncateAfter` to end the
 * stream early, `abort` to reset the connection instead of ending it cleanly,
 * and `hang` to keep it open until the server closes.
 */
import type { Gate } from './gate.js';
import * as sse from './sseEvents.js';
import type { SseEvent, Usage } from './sseEvents.js';

/** How a scripted response is delivered. */
export interface ResponseOptions {
  /** Milliseconds to wait before each event after the first. */
  delayMs?: number;
  /** Hold the response after its first event until `gate.release()`. */
  gate?: Gate;
  /** Send only the first N events (or body chunks), then end the body without `response.completed`. */
  truncateAfter?: number;
  /** End by destroying the socket (connection reset) instead of a clean end of body. */
  abort?: boolean;
  /** After the last event keep the connection open (a stalled model) until the server closes. */
  hang?: boolean;
}

/** Options of SSE responses that end with `response.completed`. */
export interface StreamOptions extends ResponseOptions {
  /** Id of the response (`resp_…` random by default). */
  responseId?: string;
  /** Usage reported by `response.completed` (default {@link sse.DEFAULT_USAGE}). */
  usage?: Usage;
}

/** One queued answer of the scripted server: an HTTP status, headers and a body sent chunk by chunk. */
export interface ScriptedResponse {
  /** Short human description, used in server error messages. */
  readonly label: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Body pieces; for SSE one encoded event each. */
  readonly chunks: readonly string[];
  /** The SSE events behind `chunks` (empty for non-SSE bodies). */
  readonly events: readonly SseEvent[];
  readonly delayMs: number;
  readonly gate: Gate | undefined;
  /** `end`: clean end of body; `abort`: socket destroyed; `hang`: left open until the server closes. */
  readonly ending: 'end' | 'abort' | 'hang';
}

const SSE_HEADERS = Object.freeze({ 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
const JSON_HEADERS = Object.freeze({ 'content-type': 'application/json' });

function build(
  label: string,
  status: number,
  headers: Readonly<Record<string, string>>,
  chunks: readonly string[],
  events: readonly SseEvent[],
  options: ResponseOptions,
): ScriptedResponse {
  const kept = options.truncateAfter === undefined ? chunks : chunks.slice(0, options.truncateAfter);
  return {
    label: options.truncateAfter === undefined ? label : `${label} (truncated after ${options.truncateAfter})`,
    status,
    headers,
    chunks: kept,
    events: events.slice(0, kept.length),
    delayMs: options.delayMs ?? 0,
    gate: options.gate,
    ending: options.hang ? 'hang' : options.abort ? 'abort' : 'end',
  };
}

/** Numbers events like the real API (`sequence_number`) and places each item at its `output_index`. */
function sequence(parts: ReadonlyArray<SseEvent | readonly SseEvent[]>, responseId: string, usage: Usage | undefined, complete: boolean): SseEvent[] {
  const body = parts.flatMap((part, outputIndex) => {
    const events = Array.isArray(part) ? (part as readonly SseEvent[]) : [part as SseEvent];
    return events.map((event) => ('output_index' in event ? { ...event, output_index: outputIndex } : event));
  });
  const all = [sse.created(responseId), ...body, ...(complete ? [sse.completed(responseId, usage)] : [])];
  return all.map((event, index) => ({ ...event, sequence_number: index }));
}

/** A raw SSE response made exactly of the given events (no `response.created`/`completed` added). */
export function events(list: readonly SseEvent[], options: ResponseOptions = {}): ScriptedResponse {
  return build(`sse(${list.map((e) => e.type).join(',')})`, 200, SSE_HEADERS, list.map(sse.encodeEvent), list, options);
}

/**
 * An SSE response: `response.created`, the given items' events (from the `sse`
 * item builders), then `response.completed` with usage.
 *
 * @example
 * ```ts
 * server.enqueue(responses.stream([sse.reasoning('plan'), sse.message('done', { phase: 'final_answer' })], { usage }));
 * ```
 */
export function stream(parts: ReadonlyArray<SseEvent | readonly SseEvent[]>, options: StreamOptions = {}): ScriptedResponse {
  const responseId = options.responseId ?? `resp_${Math.random().toString(36).slice(2, 10)}`;
  const list = sequence(parts, responseId, options.usage, true);
  const items = list.filter((e) => e.type === 'response.output_item.done').map((e) => (e['item'] as { type?: string }).type);
  return build(`stream[${items.join(',')}]`, 200, SSE_HEADERS, list.map(sse.encodeEvent), list, options);
}

/** One assistant message, then `response.completed`. */
export function message(text: string, options: StreamOptions & sse.MessageOptions = {}): ScriptedResponse {
  return stream([sse.message(text, options)], options);
}

/** A reasoning item followed by an assistant message (the usual shape of a final answer). */
export function reasoning(summary: string | readonly string[], text: string, options: StreamOptions & sse.MessageOptions = {}): ScriptedResponse {
  return stream([sse.reasoning(summary, { stream: Boolean(options.stream) }), sse.message(text, options)], options);
}

/** One `function_call`, then `response.completed`: codex runs the tool and sends its output in the next request. */
export function functionCall(name: string, args: unknown, options: StreamOptions & sse.FunctionCallOptions = {}): ScriptedResponse {
  return stream([sse.functionCall(name, args, options)], options);
}

/** One shell (`exec_command`) call; see `sse.shellCall`. */
export function shellCall(cmd: string, options: StreamOptions & sse.ShellCallOptions = {}): ScriptedResponse {
  return stream([sse.shellCall(cmd, options)], options);
}

/** One call of a dynamic tool (optionally namespaced). */
export function dynamicToolCall(tool: string, args: unknown, options: StreamOptions & sse.FunctionCallOptions = {}): ScriptedResponse {
  return stream([sse.dynamicToolCall(tool, args, options)], options);
}

/** One `custom_tool_call`. */
export function customToolCall(name: string, input: string, options: StreamOptions & { callId?: string } = {}): ScriptedResponse {
  return stream([sse.customToolCall(name, input, options)], options);
}

/** One freeform `apply_patch` call (needs `modelCatalog: true` on the CODEX_HOME). */
export function applyPatch(patch: string, options: StreamOptions & { callId?: string } = {}): ScriptedResponse {
  return stream([sse.applyPatch(patch, options)], options);
}

/**
 * `response.created` then `response.failed` with `code` and `message`.
 * With retries off codex ends the turn: exec prints `stream disconnected before completion: <message>`;
 * `context_length_exceeded` becomes codex's context-window error.
 */
export function failed(code: string, message: string, options: ResponseOptions & { responseId?: string } = {}): ScriptedResponse {
  const responseId = options.responseId ?? `resp_${Math.random().toString(36).slice(2, 10)}`;
  const list = [sse.created(responseId), sse.failed(code, message, responseId)].map((event, index) => ({ ...event, sequence_number: index }));
  return build(`failed(${code})`, 200, SSE_HEADERS, list.map(sse.encodeEvent), list, options);
}

/** A 200 `text/event-stream` whose body is not SSE at all (default: a line of noise). */
export function garbage(body = 'this is not a server-sent event stream\n{{{\n\n', options: ResponseOptions = {}): ScriptedResponse {
  return build('garbage', 200, SSE_HEADERS, [body], [], options);
}

/** Options of {@link httpError}. */
export interface HttpErrorOptions extends ResponseOptions {
  message?: string;
  /** OpenAI error `type` (default per status, e.g. `server_error`). */
  type?: string;
  /** OpenAI error `code` (e.g. `rate_limit_exceeded`, `insufficient_quota`). */
  code?: string | null;
  headers?: Record<string, string>;
  /** Replaces the JSON error body entirely. */
  body?: string;
}

const DEFAULT_ERRORS: Record<number, { type: string; message: string; code: string | null }> = {
  400: { type: 'invalid_request_error', message: 'Invalid request', code: null },
  401: { type: 'invalid_request_error', message: 'Incorrect API key provided', code: 'invalid_api_key' },
  429: { type: 'requests', message: 'Rate limit reached', code: 'rate_limit_exceeded' },
  500: { type: 'server_error', message: 'The server had an error while processing your request', code: null },
};

/** A plain HTTP error with an OpenAI-style JSON body `{"error":{message,type,code}}`. */
export function httpError(status: number, options: HttpErrorOptions = {}): ScriptedResponse {
  const defaults = DEFAULT_ERRORS[status] ?? { type: 'server_error', message: `HTTP ${status}`, code: null };
  const body =
    options.body ??
    JSON.stringify({
      error: { message: options.message ?? defaults.message, type: options.type ?? defaults.type, code: options.code === undefined ? defaults.code : options.code },
    });
  return build(`http ${status}`, status, { ...JSON_HEADERS, ...options.headers }, [body], [], options);
}

/** HTTP 429 with `retry-after` (seconds, default 1). `code: 'insufficient_quota'` gives codex's quota error. */
export function rateLimited(options: HttpErrorOptions & { retryAfterSeconds?: number } = {}): ScriptedResponse {
  const headers = { 'retry-after': String(options.retryAfterSeconds ?? 1), ...options.headers };
  return httpError(429, { ...options, headers });
}

/** HTTP 500. codex replaces the body's message with a generic "high demand" text (wire reference §2.4). */
export function serverError(options: HttpErrorOptions = {}): ScriptedResponse {
  return httpError(500, options);
}

/** HTTP 401 (bad API key). */
export function unauthorized(options: HttpErrorOptions = {}): ScriptedResponse {
  return httpError(401, options);
}

/** HTTP 400; codex shows the raw body to the user. */
export function badRequest(message = 'Invalid request', options: HttpErrorOptions = {}): ScriptedResponse {
  return httpError(400, { ...options, message });
}
