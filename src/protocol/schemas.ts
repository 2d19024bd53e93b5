/**
 * The app-server wire protocol as zod schemas and TypeScript types, plus
 * total parse helpers for the messages a client reads and writes.
 *
 * Everything under `./generated/` comes from the pinned codex binary
 * (`npm run codegen`); this file is the hand-written door to it:
 * - re-exports the method maps (`ClientRequestSchemas`, `ServerRequestSchemas`,
 *   `ServerNotificationSchemas`, `ClientNotificationSchemas`), their type maps
 *   (`ClientRequestMap`, …), every definition type and schema;
 * - `parseNotification`, `parseServerRequest`, `parseServerRequestResult`,
 *   `parseClientRequestParams`, `parseClientRequestResult`: never throw; a
 *   method the pinned protocol does not know passes through as `unknown`, so a
 *   newer codex cannot break a stream.
 *
 * @module
 */
import * as z from 'zod';

import {
  ClientRequestSchemas,
  ServerNotificationSchemas,
  ServerRequestSchemas,
  type ClientRequestMap,
  type ClientRequestMethod,
  type ServerNotificationMap,
  type ServerNotificationMethod,
  type ServerRequestMap,
  type ServerRequestMethod,
  type ThreadItem,
} from './generated/index.js';

export * from './generated/index.js';

/** The kind of a `ThreadItem` (`'agentMessage'`, `'commandExecution'`, …). */
export type ThreadItemType = ThreadItem['type'];

/**
 * The `ThreadItem` variant with the given `type`.
 *
 * @example
 * ```ts
 * const command: ThreadItemOfType<'commandExecution'> = item; // after checking item.type
 * command.aggregatedOutput;
 * ```
 */
export type ThreadItemOfType<K extends ThreadItemType> = Extract<ThreadItem, { type: K }>;

/**
 * The outcome of checking one wire payload against the pinned protocol.
 *
 * - `ok: true, known: true`: the method is known and the payload matches; `value` is typed.
 * - `ok: true, known: false`: the method is unknown to the pinned protocol (a newer codex);
 *   `value` is the payload unchanged.
 * - `ok: false`: the method is known but the payload does not match; `issues` say where.
 *   The raw payload is kept in `value` so callers can still pass it on.
 */
export type WireParseResult<T> =
  | { readonly ok: true; readonly known: true; readonly value: T }
  | { readonly ok: true; readonly known: false; readonly value: unknown }
  | { readonly ok: false; readonly known: true; readonly value: unknown; readonly issues: readonly z.core.$ZodIssue[] };

/** Any schema; the maps are typed per method by their `…Map` interfaces. */
type AnySchema = z.ZodType;

/**
 * Compiles a schema for the hot path when the installed zod can (`z.compile`,
 * zod ≥ 4.4): valid input skips zod's per-node dispatch; invalid input falls
 * back to the regular parser, so issues are identical.
 */
const compileSchema: (schema: AnySchema) => AnySchema =
  typeof (z as { compile?: unknown }).compile === 'function' ? (schema) => z.compile(schema) : (schema) => schema;

/**
 * Looks a method up in a schema map (own keys only: a method named
 * `constructor` or `__proto__` is unknown, not `Object.prototype`'s) and
 * caches the compiled schema, so each schema is compiled on first use only.
 */
function schemaLookup<M extends string>(
  map: Readonly<Record<M, unknown>>,
  pick: (entry: unknown) => AnySchema,
): (method: string) => AnySchema | undefined {
  const compiled = new Map<string, AnySchema>();
  return (method) => {
    const cached = compiled.get(method);
    if (cached !== undefined) return cached;
    if (!Object.hasOwn(map, method)) return undefined;
    const schema = compileSchema(pick((map as Record<string, unknown>)[method]));
    compiled.set(method, schema);
    return schema;
  };
}

function check<T>(schema: AnySchema | undefined, payload: unknown): WireParseResult<T> {
  if (schema === undefined) return { ok: true, known: false, value: payload };
  const result = schema.safeParse(payload);
  return result.success
    ? { ok: true, known: true, value: result.data as T }
    : { ok: false, known: true, value: payload, issues: result.error.issues };
}

const asSchema = (entry: unknown): AnySchema => entry as AnySchema;
const paramsOf = (entry: unknown): AnySchema => (entry as { params: AnySchema }).params;
const resultOf = (entry: unknown): AnySchema => (entry as { result: AnySchema }).result;

const notificationSchema = schemaLookup(ServerNotificationSchemas, asSchema);
const serverRequestParamsSchema = schemaLookup(ServerRequestSchemas, paramsOf);
const serverRequestResultSchema = schemaLookup(ServerRequestSchemas, resultOf);
const clientRequestParamsSchema = schemaLookup(ClientRequestSchemas, paramsOf);
const clientRequestResultSchema = schemaLookup(ClientRequestSchemas, resultOf);

/**
 * Checks the params of a server → client notification (`turn/completed`,
 * `item/started`, …). Unknown fields are kept; unknown methods pass through.
 *
 * @example
 * ```ts
 * const parsed = parseNotification('item/completed', message.params);
 * if (parsed.ok && parsed.known) console.log(parsed.value.item.type);
 * ```
 *
 * @param method - the notification's `method`
 * @param params - the notification's `params`
 */
export function parseNotification<M extends ServerNotificationMethod>(
  method: M,
  params: unknown,
): WireParseResult<ServerNotificationMap[M]>;
export function parseNotification(method: string, params: unknown): WireParseResult<unknown>;
export function parseNotification(method: string, params: unknown): WireParseResult<unknown> {
  return check(notificationSchema(method), params);
}

/**
 * Checks the params of a server → client request (`item/tool/call`,
 * `item/commandExecution/requestApproval`, …).
 *
 * @param method - the request's `method`
 * @param params - the request's `params`
 */
export function parseServerRequest<M extends ServerRequestMethod>(
  method: M,
  params: unknown,
): WireParseResult<ServerRequestMap[M]['params']>;
export function parseServerRequest(method: string, params: unknown): WireParseResult<unknown>;
export function parseServerRequest(method: string, params: unknown): WireParseResult<unknown> {
  return check(serverRequestParamsSchema(method), params);
}

/**
 * Checks the result a client is about to send back for a server request
 * (e.g. a tool handler's `{ contentItems, success }`), so a malformed answer
 * is caught here rather than reported by codex as a failed request.
 *
 * @param method - the server request's `method`
 * @param result - the `result` to send
 */
export function parseServerRequestResult<M extends ServerRequestMethod>(
  method: M,
  result: unknown,
): WireParseResult<ServerRequestMap[M]['result']>;
export function parseServerRequestResult(method: string, result: unknown): WireParseResult<unknown>;
export function parseServerRequestResult(method: string, result: unknown): WireParseResult<unknown> {
  return check(serverRequestResultSchema(method), result);
}

/**
 * Checks the params of a client → server request before sending it.
 *
 * @param method - the request's `method`
 * @param params - the request's `params`
 */
export function parseClientRequestParams<M extends ClientRequestMethod>(
  method: M,
  params: unknown,
): WireParseResult<ClientRequestMap[M]['params']>;
export function parseClientRequestParams(method: string, params: unknown): WireParseResult<unknown>;
export function parseClientRequestParams(method: string, params: unknown): WireParseResult<unknown> {
  return check(clientRequestParamsSchema(method), params);
}

/**
 * Checks the `result` codex answered to a client → server request
 * (`thread/start` → `ThreadStartResponse`, …).
 *
 * @example
 * ```ts
 * const parsed = parseClientRequestResult('thread/start', response.result);
 * if (parsed.ok && parsed.known) threadId = parsed.value.thread.id;
 * ```
 *
 * @param method - the method of the request being answered
 * @param result - the response's `result`
 */
export function parseClientRequestResult<M extends ClientRequestMethod>(
  method: M,
  result: unknown,
): WireParseResult<ClientRequestMap[M]['result']>;
export function parseClientRequestResult(method: string, result: unknown): WireParseResult<unknown>;
export function parseClientRequestResult(method: string, result: unknown): WireParseResult<unknown> {
  return check(clientRequestResultSchema(method), result);
}
