/**
 * The messages client and host agent exchange over NATS (JSON bodies).
 * One place for their shapes, so both sides read the same thing.
 *
 * @module
 */
import type { Thread } from '../protocol/generated/types.js';
import type { ProcessExit } from '../errors/index.js';
import type { JsonRpcErrorObject } from '../errors/index.js';

/** `hostOpen`: a client asks a host for a session (a lease on one of its app-server processes). */
export interface OpenRequest {
  /** Chosen by the client, which subscribes to the session's subjects before asking. */
  sessionId: string;
  /** The client process, for logs. */
  clientId: string;
  /** Attach to the process already holding this thread on the host, when there is one. */
  threadId?: string | null;
  /** How long the client's handlers may take; the host waits a little longer for their answers. */
  handlerTimeoutMs: number;
}

/** Answer to {@link OpenRequest}. */
export type OpenReply =
  | { ok: true; sessionId: string; hostId: string; pid: number; initializeResult: unknown; attached: boolean; /** The host's load with this session, and when (host clock). */ load: number; at: number }
  | { ok: false; reason: 'capacity' | 'closing' | 'failed'; message: string };

/** `sessionRpc` body: one JSON-RPC request for the session's app-server. */
export interface RpcRequestBody {
  method: string;
  params?: unknown;
  timeoutMs?: number;
}

/** Why a relayed request failed when codex did not answer it with a JSON-RPC error. */
export interface RelayFailure {
  /** The codex-actors error code on the host (`TIMEOUT`, `TRANSPORT_CLOSED`, `WORKING_DIRECTORY_NOT_VISIBLE`…). */
  code: string;
  message: string;
  /** For `WORKING_DIRECTORY_NOT_VISIBLE`: the path the host cannot see. */
  path?: string;
}

/** Answer to {@link RpcRequestBody}: codex's result, codex's JSON-RPC error, or a relay failure. */
export type RpcReplyBody = { result: unknown } | { error: JsonRpcErrorObject } | { failure: RelayFailure };

/** `sessionControl` bodies. */
export type ControlBody = { type: 'notify'; method: string; params?: unknown } | { type: 'close' } | { type: 'kill'; signal: string };

/** `sessionInbox` bodies: the session's notifications (already redacted) and its end. */
/** A notification as codex wrote it (the host relays its line). */
export type InboxNotification = { method: string; params: unknown; emittedAtMs?: number };
export type InboxBody = { type: 'batch'; items: InboxNotification[] } | { type: 'exit'; exit: ProcessExit };

/** `sessionServerRequest` body, and its answer. */
export interface ServerRequestBody {
  id: number | string;
  method: string;
  params: unknown;
}
export type ServerRequestReply = { result: unknown } | { error: { code: number; message: string; data?: unknown } };

/** `listThreads` answer of one host. */
export interface ListReply {
  hostId: string;
  /** codex's `thread/list` entries of that host. */
  data: Thread[];
  error?: string;
}

/** Encodes a message body. */
export function encodeBody(body: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(body));
}

/** Decodes a message body; `null` for an empty or unreadable one. */
export function decodeBody<T>(data: Uint8Array): T | null {
  if (data.length === 0) return null;
  try {
    return JSON.parse(decoder.decode(data)) as T;
  } catch {
    return null;
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
