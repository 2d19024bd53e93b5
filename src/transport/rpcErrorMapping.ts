/**
 * Turns the `error` object of a codex app-server response into the typed
 * {@link JsonRpcError} family.
 *
 * codex 0.169.0 answers almost everything with -32600 (wire reference §3.3):
 * an unknown method is `Invalid request: unknown variant \`<method>\`, expected one of …`,
 * and bad parameters are serde messages (`missing field`, `invalid type`, an
 * `unknown variant` of an enum value) under the same code. So the code alone
 * cannot tell "no such method" from "bad params": the message decides.
 *
 * Overload: codex's app-server answers `-32001` ("Server overloaded; retry later.")
 * when its request queue is full; other codex error payloads mark overload with
 * `server_overloaded` / `serverOverloaded` (the `codexErrorInfo` variant). Any of
 * these, anywhere in `data`, means {@link ServerBusyError}.
 */
import {
  InternalRpcError,
  InvalidParamsError,
  InvalidRequestError,
  JsonRpcError,
  MethodNotFoundError,
  ParseError,
  ServerBusyError,
  type JsonRpcErrorObject,
} from '../errors/index.js';
import { JsonRpcErrorCode, isJsonRpcErrorObject } from '../protocol/jsonRpc.js';

/** serde / codex phrases that mean the parameters were wrong (not the request as a whole). */
const PARAM_ERROR_MARKERS = [
  'missing field',
  'invalid type',
  'invalid value',
  'invalid length',
  'unknown field',
  'duplicate field',
  'did not match any variant',
  'invalid thread id',
] as const;

const UNKNOWN_VARIANT = 'unknown variant `';

/** Overload markers, compared after lower-casing and removing `_`/`-`. */
const OVERLOAD_MARKERS = new Set(['serveroverloaded', 'overloaded']);
const MAX_DATA_DEPTH = 6;

/**
 * Maps a JSON-RPC error answered to `method` onto the error taxonomy.
 *
 * | wire | error |
 * | --- | --- |
 * | `-32001`, or an overload marker anywhere in `data` | `ServerBusyError` |
 * | `-32700` | `ParseError` |
 * | `-32601`; `-32600` with ``unknown variant `<method>` `` | `MethodNotFoundError` |
 * | `-32602`; `-32600` with `missing field`, `invalid type`, another `unknown variant`, `invalid thread id`, … | `InvalidParamsError` |
 * | other `-32600` (`Not initialized`, `thread not found`, `no active turn to steer`, …) | `InvalidRequestError` |
 * | `-32603` | `InternalRpcError` |
 * | anything else | `JsonRpcError` |
 *
 * A value that is not a `{code, message}` object becomes an `InternalRpcError`
 * describing what arrived, so a broken peer never produces an untyped error.
 *
 * @param method The method of the request that failed (decides "unknown method").
 * @param error The `error` member of the response, as received.
 * @example
 * ```ts
 * const err = mapRpcError('thread/doesNotExist', { code: -32600, message: 'Invalid request: unknown variant `thread/doesNotExist`, expected one of …' });
 * err instanceof MethodNotFoundError; // true
 * ```
 */
export function mapRpcError(method: string, error: unknown): JsonRpcError {
  const body = normalizeErrorObject(error);
  if (isOverloadError(body)) return new ServerBusyError(method, body);
  switch (body.code) {
    case JsonRpcErrorCode.ParseError:
      return new ParseError(method, body);
    case JsonRpcErrorCode.MethodNotFound:
      return new MethodNotFoundError(method, body);
    case JsonRpcErrorCode.InvalidParams:
      return new InvalidParamsError(method, body);
    case JsonRpcErrorCode.InternalError:
      return new InternalRpcError(method, body);
    case JsonRpcErrorCode.InvalidRequest:
      return classifyInvalidRequest(method, body);
    default:
      return new JsonRpcError(method, body);
  }
}

/**
 * True when a JSON-RPC error says the server is overloaded and the call may
 * succeed later: codex's `-32001` code, or `server_overloaded` / `serverOverloaded`
 * / `overloaded` as a string value or object key anywhere in `data`.
 */
export function isOverloadError(error: JsonRpcErrorObject): boolean {
  return error.code === JsonRpcErrorCode.ServerOverloaded || containsOverloadMarker(error.data, 0);
}

function classifyInvalidRequest(method: string, body: JsonRpcErrorObject): JsonRpcError {
  const message = body.message;
  const variantAt = message.indexOf(UNKNOWN_VARIANT);
  if (variantAt !== -1) {
    const start = variantAt + UNKNOWN_VARIANT.length;
    const end = message.indexOf('`', start);
    const variant = end === -1 ? message.slice(start) : message.slice(start, end);
    // The method enum is what codex deserialises first, so an unknown variant
    // equal to the method we sent means the method does not exist; any other
    // unknown variant is an enum-valued parameter (e.g. sandbox `workspaceWrite`).
    return variant === method ? new MethodNotFoundError(method, body) : new InvalidParamsError(method, body);
  }
  for (const marker of PARAM_ERROR_MARKERS) {
    if (message.includes(marker)) return new InvalidParamsError(method, body);
  }
  return new InvalidRequestError(method, body);
}

function normalizeErrorObject(error: unknown): JsonRpcErrorObject {
  if (isJsonRpcErrorObject(error)) return error;
  let shown: string;
  try {
    shown = JSON.stringify(error) ?? String(error);
  } catch {
    shown = String(error);
  }
  const record = typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : {};
  const code = typeof record.code === 'number' ? record.code : JsonRpcErrorCode.InternalError;
  const message = typeof record.message === 'string' ? record.message : `malformed JSON-RPC error object: ${shown.slice(0, 500)}`;
  return record.data === undefined ? { code, message } : { code, message, data: record.data };
}

function isOverloadMarker(text: string): boolean {
  // Cheap length filter first: markers are 10–17 characters long.
  if (text.length < 10 || text.length > 17) return false;
  return OVERLOAD_MARKERS.has(text.toLowerCase().replace(/[_-]/g, ''));
}

function containsOverloadMarker(value: unknown, depth: number): boolean {
  if (typeof value === 'string') return isOverloadMarker(value);
  if (typeof value !== 'object' || value === null || depth >= MAX_DATA_DEPTH) return false;
  if (Array.isArray(value)) return value.some((item) => containsOverloadMarker(item, depth + 1));
  for (const [key, item] of Object.entries(value)) {
    if (isOverloadMarker(key) || containsOverloadMarker(item, depth + 1)) return true;
  }
  return false;
}
