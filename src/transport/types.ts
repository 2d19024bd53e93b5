import type { Observable } from 'rxjs';
import type { ProcessExit, ProtocolError } from '../errors/index.js';
import type { ClientRequestMap, ClientRequestMethod } from '../protocol/generated/clientRequests.js';

/** The params of a client → server request, from the generated protocol of the pinned codex. */
export type RequestParams<M extends ClientRequestMethod> = ClientRequestMap[M]['params'];

/** The result of a client → server request, from the generated protocol of the pinned codex. */
export type RequestResult<M extends ClientRequestMethod> = ClientRequestMap[M]['result'];

/**
 * The params argument of a request: optional exactly when the protocol lets
 * the method go without params (`account/logout`, `config/mcpServer/reload`).
 */
export type RequestParamsArg<M extends ClientRequestMethod> = undefined extends RequestParams<M>
  ? [params?: RequestParams<M>]
  : [params: RequestParams<M>];

/**
 * Sends one request typed by method: params and result are the generated
 * `ClientRequestMap` entry, so a protocol change is a compile error at each use.
 */
export type TypedRequest = <M extends ClientRequestMethod>(method: M, ...params: RequestParamsArg<M>) => Promise<RequestResult<M>>;

/** A notification from codex app-server (`emittedAtMs` is top-level on the wire). */
export interface RpcNotification {
  method: string;
  params: unknown;
  emittedAtMs?: number;
}

/** A request codex app-server sends to us (approvals, tool calls, user input). */
export interface ServerRequest {
  /** The server's own id (integers from 0 per connection). */
  id: number | string;
  method: string;
  params: unknown;
}

/**
 * Answers a server request: resolve with the `result`, or throw a
 * `JsonRpcError`-like `{ code, message }` to answer with an error.
 */
export type ServerRequestHandler = (request: ServerRequest, signal: AbortSignal) => Promise<unknown>;

/** Per-request options. */
export interface RequestOptions {
  /** Fail with `TimeoutError` after this long (default: the transport's `requestTimeoutMs`). */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * One codex app-server subprocess speaking JSON-RPC over stdio.
 * Implemented by `AppServerTransport`; the connection machine is its only user.
 */
export interface RpcTransport {
  /** The OS process id, once spawned. */
  readonly pid: number | undefined;
  /** Result of `initialize` (userAgent, codexHome, platform…). */
  readonly initializeResult: unknown;
  /** Sends a request (typed by method from the generated protocol) and resolves with its result, or rejects with a typed error. */
  request<M extends ClientRequestMethod>(method: M, params: RequestParams<M>, options?: RequestOptions): Promise<RequestResult<M>>;
  /** Sends a notification (no answer). */
  notify(method: string, params?: unknown): void;
  /** Every notification, in wire order. Completes when the process ends. */
  readonly notifications$: Observable<RpcNotification>;
  /** Lines that were not valid protocol. The stream goes on after each. */
  readonly protocolErrors$: Observable<ProtocolError>;
  /** Registers the handler for server→client requests (without one: error -32601). */
  setServerRequestHandler(handler: ServerRequestHandler | undefined): void;
  /** Resolves when the process has exited, however it ended. Never rejects. */
  readonly exited: Promise<ProcessExit>;
  /**
   * Resolves as soon as the process is gone, before the leftover commands it
   * started are reaped (which `exited` waits for). Lets a supervisor restart
   * without waiting for the reaping. Never rejects; optional for transports
   * with nothing to reap.
   */
  readonly processExited?: Promise<ProcessExit>;
  /** True once the process has exited or close() began. */
  readonly closed: boolean;
  /** Graceful shutdown: close stdin → SIGTERM → SIGKILL after a delay. Idempotent. */
  close(): Promise<ProcessExit>;
  /** Immediate SIGKILL (tests, fault injection). */
  kill(signal?: NodeJS.Signals): void;
}
