/**
 * JSON-RPC 2.0 message shapes as codex app-server actually puts them on the wire,
 * and a classifier for incoming objects.
 *
 * Wire quirks (see the wire reference, §3.1): the server never sends the
 * `"jsonrpc": "2.0"` member; its own requests to us carry integer ids counting
 * from 0 per connection, independent of ours; notifications carry a top-level
 * `emittedAtMs` next to `method` and `params`.
 */
import type { JsonRpcErrorObject } from '../errors/index.js';

export type { JsonRpcErrorObject };

/** A request or response id. codex uses integers; strings are echoed back as sent. */
export type JsonRpcId = number | string;

/** A request: a call that expects exactly one response with the same `id`. */
export interface JsonRpcRequest<Params = unknown> {
  id: JsonRpcId;
  method: string;
  params?: Params;
  /** Optional: codex accepts it, never sends it. */
  jsonrpc?: '2.0';
}

/** A notification: a message without `id`, never answered. */
export interface JsonRpcNotification<Params = unknown> {
  method: string;
  params?: Params;
  /** Server clock (ms since epoch) when codex emitted it. Top-level, codex-specific. */
  emittedAtMs?: number;
  jsonrpc?: '2.0';
}

/** A successful response. */
export interface JsonRpcSuccessResponse<Result = unknown> {
  id: JsonRpcId;
  result: Result;
  jsonrpc?: '2.0';
}

/** A failed response. `id` is null only when the peer could not read the request's id. */
export interface JsonRpcErrorResponse {
  id: JsonRpcId | null;
  error: JsonRpcErrorObject;
  jsonrpc?: '2.0';
}

/** Either kind of response. */
export type JsonRpcResponse<Result = unknown> = JsonRpcSuccessResponse<Result> | JsonRpcErrorResponse;

/** Any JSON-RPC message. */
export type JsonRpcMessage = JsonRpcRequest | JsonRpcNotification | JsonRpcResponse;

/**
 * What an incoming object is:
 * - `response`: has `id` and `result` — answers one of our requests;
 * - `errorResponse`: has `id` (possibly null) and `error` — answers one of our requests with a failure;
 * - `request`: has `method` and `id` — the server asks us something (approvals, tool calls);
 * - `notification`: has `method`, no `id`;
 * - `invalid`: anything else (see {@link describeInvalidMessage}).
 */
export type IncomingMessageKind = 'response' | 'errorResponse' | 'request' | 'notification' | 'invalid';

function isId(value: unknown): value is JsonRpcId {
  return typeof value === 'number' || typeof value === 'string';
}

/**
 * Classifies a parsed JSON value without copying it (this runs once per line on
 * the hot path, so it is a few `typeof` checks and returns a tag; narrow the
 * value with the type guards below or a cast).
 *
 * @example
 * ```ts
 * const value = JSON.parse(line);
 * switch (classifyMessage(value)) {
 *   case 'notification': onNotification(value as JsonRpcNotification); break;
 *   case 'request': onServerRequest(value as JsonRpcRequest); break;
 *   // …
 * }
 * ```
 */
export function classifyMessage(value: unknown): IncomingMessageKind {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'invalid';
  const message = value as Record<string, unknown>;
  const method = message.method;
  const id = message.id;
  if (method !== undefined) {
    if (typeof method !== 'string') return 'invalid';
    if (id === undefined) return 'notification';
    return isId(id) ? 'request' : 'invalid';
  }
  const error = message.error;
  if (error !== undefined && error !== null) {
    return id === null || isId(id) ? 'errorResponse' : 'invalid';
  }
  if ('result' in message && isId(id)) return 'response';
  return 'invalid';
}

/** Why {@link classifyMessage} said `invalid` (for error messages; not on the hot path). */
export function describeInvalidMessage(value: unknown): string {
  if (typeof value !== 'object' || value === null) return `expected a JSON object, got ${value === null ? 'null' : typeof value}`;
  if (Array.isArray(value)) return 'batches (JSON arrays) are not part of the codex protocol';
  const message = value as Record<string, unknown>;
  if (message.method !== undefined && typeof message.method !== 'string') return '`method` is not a string';
  if (message.method !== undefined) return '`id` must be a number or a string';
  if (message.error !== undefined && message.error !== null) return '`id` must be a number, a string or null';
  if ('result' in message) return '`id` must be a number or a string';
  return 'neither a request, a notification nor a response (no `method`, `result` or `error`)';
}

/** True for a notification (`method` without `id`). */
export function isJsonRpcNotification(value: unknown): value is JsonRpcNotification {
  return classifyMessage(value) === 'notification';
}

/** True for a request (`method` with `id`). */
export function isJsonRpcRequest(value: unknown): value is JsonRpcRequest {
  return classifyMessage(value) === 'request';
}

/** True for a success or error response. */
export function isJsonRpcResponse(value: unknown): value is JsonRpcResponse {
  const kind = classifyMessage(value);
  return kind === 'response' || kind === 'errorResponse';
}

/** True when `value` has the `{ code: number, message: string }` shape of a JSON-RPC error object. */
export function isJsonRpcErrorObject(value: unknown): value is JsonRpcErrorObject {
  if (typeof value !== 'object' || value === null) return false;
  const error = value as Record<string, unknown>;
  return typeof error.code === 'number' && typeof error.message === 'string';
}

/** The JSON-RPC 2.0 reserved error codes, plus codex's overload code. */
export const JsonRpcErrorCode = {
  ParseError: -32700,
  InvalidRequest: -32600,
  MethodNotFound: -32601,
  InvalidParams: -32602,
  InternalError: -32603,
  /** codex app-server's "Server overloaded; retry later." (its `OVERLOADED_ERROR_CODE`). */
  ServerOverloaded: -32001,
} as const;
