/**
 * The client's end of a session on a cluster host: an {@link RpcTransport}
 * over NATS, so connection, thread and turn machines drive a remote
 * `codex app-server` exactly as a local one. A lost host is a crashed
 * connection: `exited` resolves and the supervisor's restart → resume path
 * takes over.
 *
 * Subjects (see `src/cluster/clusterNames.ts`): requests go to the session's
 * `rpc` subject (request/reply); notifications and the session's end arrive
 * on its `inbox`; server requests (approvals, tool calls, user input) arrive
 * on its `request` subject and are answered by the registered handler, here
 * in the client process.
 *
 * @module
 */
import type { NatsConnection, Subscription } from '@nats-io/nats-core';
import { Subject, type Observable } from 'rxjs';
import { AbortError, CodexError, ProtocolError, TimeoutError, TransportClosedError, type ProcessExit } from '../errors/index.js';
import { WorkingDirectoryNotVisibleError } from '../errors/index.js';
import type { ClusterNames } from '../cluster/clusterNames.js';
import { decodeBody, encodeBody, type ControlBody, type InboxBody, type InboxNotification, type RelayFailure, type RpcReplyBody, type ServerRequestBody } from '../cluster/clusterWire.js';
import { PartAssembler } from '../cluster/largeMessages.js';
import { EarlySubject } from './earlySubject.js';
import { mapRpcError } from './rpcErrorMapping.js';
import { checkNotification, checkServerRequest } from './validateIncoming.js';
import type { ClientRequestMethod } from '../protocol/generated/clientRequests.js';
import type { RequestOptions, RequestParams, RequestResult, RpcNotification, RpcTransport, ServerRequestHandler } from './types.js';

const textDecoder = new TextDecoder();

/** Notifications kept for the first subscriber (the connection machine subscribes after the session opened). */
const EARLY_BUFFER_LIMIT = 256;
/** Extra time a relayed request may take over its own timeout (the hop to the host and back). */
const RELAY_GRACE_MS = 2_000;

/** What {@link NatsTransport} needs to start. */
export interface NatsTransportOptions {
  nc: NatsConnection;
  names: ClusterNames;
  sessionId: string;
  hostId: string;
  requestTimeoutMs: number;
}

/**
 * One session on a cluster host. Create it with the subscriptions in place
 * before asking the host to open the session ({@link NatsTransport.subscribe}),
 * so nothing the session sends is missed.
 */
export class NatsTransport implements RpcTransport {
  /** The app-server's pid on its host (not a process of this machine). */
  pid: number | undefined;
  initializeResult: unknown;
  readonly hostId: string;
  readonly sessionId: string;
  readonly notifications$: Observable<RpcNotification>;
  readonly protocolErrors$: Observable<ProtocolError>;
  readonly exited: Promise<ProcessExit>;

  private readonly options: NatsTransportOptions;
  private readonly notifications = new EarlySubject<RpcNotification>(EARLY_BUFFER_LIMIT);
  private readonly protocolErrors = new Subject<ProtocolError>();
  private readonly subscriptions: Subscription[] = [];
  private readonly handlerAborts = new Map<number | string, AbortController>();
  private handler: ServerRequestHandler | undefined;
  private resolveExited!: (exit: ProcessExit) => void;
  private closedError: TransportClosedError | null = null;
  private closeRequested = false;
  private closePromise: Promise<ProcessExit> | null = null;

  constructor(options: NatsTransportOptions) {
    this.options = options;
    this.hostId = options.hostId;
    this.sessionId = options.sessionId;
    this.notifications$ = this.notifications.observable;
    this.protocolErrors$ = this.protocolErrors.asObservable();
    this.exited = new Promise((resolve) => (this.resolveExited = resolve));
    this.subscribe();
  }

  get closed(): boolean {
    return this.closeRequested || this.closedError !== null;
  }

  /** Relays a request to the session's app-server; codex's JSON-RPC errors come back typed, as over stdio. */
  async request<M extends ClientRequestMethod>(method: M, params: RequestParams<M>, options?: RequestOptions): Promise<RequestResult<M>> {
    if (this.closedError) throw this.closedError;
    if (this.closeRequested) throw new TransportClosedError({ exitCode: null, signal: null, stderrTail: '' }, 'The cluster session is closing (close() was called)');
    const signal = options?.signal;
    if (signal?.aborted) throw new AbortError(signal.reason, `codex app-server request ${method}`);
    const timeoutMs = options?.timeoutMs ?? this.options.requestTimeoutMs;
    const body = { method, ...(params === undefined ? {} : { params }), timeoutMs };
    const reply = this.options.nc.request(this.options.names.sessionRpc(this.sessionId), encodeBody(body), { timeout: timeoutMs + RELAY_GRACE_MS });
    const answer = await raceAbort(reply, signal, method).catch((error: unknown) => {
      if (error instanceof AbortError) throw error;
      if (this.closedError) throw this.closedError;
      if (/no responders/i.test((error as Error).message)) throw this.lose(`host ${this.hostId} no longer serves this session (no responders)`);
      if (/timeout/i.test((error as Error).message)) throw new TimeoutError(`codex app-server request ${method} (through cluster host ${this.hostId})`, timeoutMs);
      // E.g. a request over NATS's max_payload: the session itself is fine.
      throw new CodexError('CODEX_ERROR', `Relaying ${method} to cluster host ${this.hostId} failed: ${(error as Error).message}`, { cause: error });
    });
    const decoded = decodeBody<RpcReplyBody>(answer.data);
    if (!decoded) throw new TransportClosedError({ exitCode: null, signal: null, stderrTail: '' }, `Host ${this.hostId} sent an unreadable answer to ${method}`);
    // The host relays codex's answer to exactly this request, validated there like every result on stdio.
    if ('result' in decoded) return decoded.result as RequestResult<M>;
    if ('error' in decoded) throw mapRpcError(method, decoded.error);
    throw this.failureError(method, decoded.failure, timeoutMs);
  }

  notify(method: string, params?: unknown): void {
    if (this.closed) return;
    this.control({ type: 'notify', method, ...(params === undefined ? {} : { params }) });
  }

  setServerRequestHandler(handler: ServerRequestHandler | undefined): void {
    this.handler = handler;
  }

  /** Ends the session: the host checkpoints its threads and stops (or gives back) the process. Idempotent. */
  close(): Promise<ProcessExit> {
    if (this.closePromise) return this.closePromise;
    this.closeRequested = true;
    this.closePromise = (async () => {
      if (!this.closedError) {
        await this.options.nc
          .request(this.options.names.sessionControl(this.sessionId), encodeBody({ type: 'close' } satisfies ControlBody), { timeout: 30_000 })
          .catch(() => undefined);
        this.finalize({ exitCode: 0, signal: null, stderrTail: '' }, 'The cluster session was closed');
      }
      return this.exited;
    })();
    return this.closePromise;
  }

  /** Asks the host to kill the session's process at once (fault injection); the exit arrives on the inbox. */
  kill(signal: NodeJS.Signals = 'SIGKILL'): void {
    if (this.closedError) return;
    this.control({ type: 'kill', signal });
  }

  /**
   * Ends the transport because its host is gone (heartbeat lost, deregistered):
   * pending requests and handlers fail, `exited` resolves, the thread restarts elsewhere.
   */
  lose(reason: string): TransportClosedError {
    this.finalize({ exitCode: null, signal: null, stderrTail: reason }, `The cluster host ${this.hostId} was lost`);
    return this.closedError!;
  }

  toJSON(): { host: string; session: string; pid: number | undefined; closed: boolean } {
    return { host: this.hostId, session: this.sessionId, pid: this.pid, closed: this.closed };
  }

  private subscribe(): void {
    const { nc, names } = this.options;
    const assembler = new PartAssembler();
    const inbox = nc.subscribe(names.sessionInbox(this.sessionId), {
      callback: (_err, msg) => {
        const data = assembler.accept(msg.data, msg.headers);
        if (data) this.onInbox(data);
      },
    });
    const requests = nc.subscribe(names.sessionServerRequest(this.sessionId), {
      callback: (_err, msg) => {
        const body = decodeBody<ServerRequestBody>(msg.data);
        if (!body) return;
        const mismatch = checkServerRequest(body.method, body.params, JSON.stringify(body));
        if (mismatch) this.protocolErrors.next(mismatch);
        void this.answer(body).then((reply) => msg.respond(encodeBody(reply)));
      },
    });
    this.subscriptions.push(inbox, requests);
  }

  private onInbox(data: Uint8Array): void {
    if (this.closedError) return;
    const line = textDecoder.decode(data);
    let body: InboxBody;
    try {
      body = JSON.parse(line) as InboxBody;
    } catch {
      this.protocolErrors.next(new ProtocolError(`host ${this.hostId} sent an unreadable message`, line));
      return;
    }
    if (body.type === 'exit') {
      this.finalize(body.exit, `The codex app-server process on host ${this.hostId} exited unexpectedly`);
      return;
    }
    if (body.type === 'batch') for (const item of body.items) if (!this.closedError) this.onNotification(item);
  }

  private onNotification(body: InboxNotification): void {
    const notification: RpcNotification = { method: body.method, params: body.params, ...(body.emittedAtMs !== undefined ? { emittedAtMs: body.emittedAtMs } : {}) };
    // Checked here, where it is used, as the stdio transport does (reported, still delivered); the host relays unchecked.
    // The line is rebuilt only for a mismatch, to keep it with the error.
    if (checkNotification(notification.method, notification.params, '')) {
      this.protocolErrors.next(checkNotification(notification.method, notification.params, JSON.stringify(body))!);
    }
    if (notification.method === 'serverRequest/resolved') {
      const requestId = (notification.params as { requestId?: number | string } | null)?.requestId;
      if (requestId !== undefined) this.handlerAborts.get(requestId)?.abort(new AbortError(undefined, `Server request ${requestId} (resolved by codex before it was answered)`));
    }
    this.notifications.next(notification);
  }

  private async answer(body: ServerRequestBody): Promise<{ result: unknown } | { error: { code: number; message: string; data?: unknown } }> {
    const handler = this.handler;
    if (!handler) return { error: { code: -32601, message: `no handler for ${body.method}` } };
    const controller = new AbortController();
    this.handlerAborts.set(body.id, controller);
    try {
      return { result: await handler({ id: body.id, method: body.method, params: body.params }, controller.signal) };
    } catch (error) {
      const e = error as { code?: unknown; message?: unknown; data?: unknown };
      return { error: { code: typeof e.code === 'number' ? e.code : -32603, message: typeof e.message === 'string' ? e.message : String(error), ...(e.data !== undefined ? { data: e.data } : {}) } };
    } finally {
      this.handlerAborts.delete(body.id);
    }
  }

  private control(body: ControlBody): void {
    try {
      this.options.nc.publish(this.options.names.sessionControl(this.sessionId), encodeBody(body));
    } catch {
      // The connection is closed: the session is lost, which the host watch reports.
    }
  }

  private failureError(method: string, failure: RelayFailure, timeoutMs: number): Error {
    if (failure.code === 'WORKING_DIRECTORY_NOT_VISIBLE' && failure.path !== undefined) return new WorkingDirectoryNotVisibleError(method, failure.path, this.hostId);
    if (failure.code === 'TIMEOUT') return new TimeoutError(`codex app-server request ${method} (on cluster host ${this.hostId})`, timeoutMs);
    if (failure.code === 'TRANSPORT_CLOSED') return new TransportClosedError({ exitCode: null, signal: null, stderrTail: '' }, `${failure.message} (on cluster host ${this.hostId})`);
    // Not a lost process: the thread machine treats it as a failed open and restarts, which places it again.
    return new CodexError('CODEX_ERROR', `Host ${this.hostId} could not relay ${method}: ${failure.message} (${failure.code})`);
  }

  private finalize(exit: ProcessExit, detail: string): void {
    if (this.closedError) return;
    this.closedError = new TransportClosedError(exit, detail);
    for (const sub of this.subscriptions.splice(0)) sub.unsubscribe();
    for (const controller of this.handlerAborts.values()) controller.abort(this.closedError);
    this.notifications.complete();
    this.protocolErrors.complete();
    this.resolveExited(exit);
  }
}

/** `promise`, or an `AbortError` as soon as `signal` aborts. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined, method: string): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new AbortError(signal.reason, `codex app-server request ${method}`));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => (signal.removeEventListener('abort', onAbort), resolve(v)),
      (e: unknown) => (signal.removeEventListener('abort', onAbort), reject(e)),
    );
  });
}
