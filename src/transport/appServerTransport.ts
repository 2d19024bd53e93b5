/**
 * One `codex app-server` subprocess speaking JSON-RPC over stdio: the
 * {@link RpcTransport} the connection machine drives.
 */
import type { Readable, Writable } from 'node:stream';
import type { Observable } from 'rxjs';
import { AbortError, InvalidOptionsError, ProtocolError, TransportClosedError, type ProcessExit } from '../errors/index.js';
import { classifyMessage, describeInvalidMessage, type JsonRpcErrorResponse, type JsonRpcSuccessResponse } from '../protocol/jsonRpc.js';
import {
  DEFAULT_CLIENT_INFO,
  resolveTimeouts,
  type AppServerClientInfo,
  type AppServerOptions,
  type InitializeResult,
  type ResolvedSettings,
} from './appServerOptions.js';
import { EarlySubject } from './earlySubject.js';
import { JsonLineDecoder, encodeJsonLine, type JsonLineSink } from './framing/index.js';
import { killPids, listDescendants, reapTaggedProcesses } from './orphanReaper.js';
import { LoopKeeper, type RefHandle } from './loopKeeper.js';
import { PendingRequests } from './pendingRequests.js';
import { shutdownProcess } from './processShutdown.js';
import { ServerRequestDispatcher } from './serverRequestDispatcher.js';
import { spawnCodexProcess, type CodexSubprocess, type SpawnedCodex } from './spawnCodexProcess.js';
import { StderrTail, secretsFromEnv } from './stderrTail.js';
import { checkNotification, checkServerRequest } from './validateIncoming.js';
import type { ClientRequestMethod } from '../protocol/generated/clientRequests.js';
import type { InitializeParams } from '../protocol/generated/types.js';
import type { RequestOptions, RequestParams, RequestResult, RpcNotification, RpcTransport, ServerRequest, ServerRequestHandler } from './types.js';

export { DEFAULT_CLIENT_INFO, type AppServerClientInfo, type AppServerOptions, type InitializeResult };

/** Notifications kept for the first subscriber (the handshake emits a few before anyone can subscribe). */
const EARLY_BUFFER_LIMIT = 256;
/** After the process exits, how long stdout may stay open (held by a stray grandchild) before we stop reading it. */
const STDOUT_DRAIN_GRACE_MS = 250;

/**
 * A running `codex app-server`. Create it with {@link startAppServer}.
 *
 * - `request()` correlates responses by id, with a per-request timeout
 *   (`TimeoutError`) and AbortSignal (`AbortError`); JSON-RPC errors are typed
 *   (see `mapRpcError`).
 * - `notifications$` carries every notification in wire order, as parsed
 *   (no copy); it completes when the process ends. Notifications that arrive
 *   before the first subscription (the handshake's `configWarning`) are replayed
 *   to the first subscriber.
 * - Server requests go to the handler set with `setServerRequestHandler()`.
 * - When the process ends, however it ends, every pending request rejects with
 *   a `TransportClosedError` (exit code, signal, stderr tail) and so does every
 *   later call.
 *
 * @see startAppServer
 */
export class AppServerTransport implements RpcTransport, AsyncDisposable {
  /** The OS process id. */
  readonly pid: number;
  /** Every notification, in wire order; completes when the process ends. */
  readonly notifications$: Observable<RpcNotification>;
  /** Lines that were not valid protocol; the stream goes on after each. */
  readonly protocolErrors$: Observable<ProtocolError>;
  /** Resolves once the process has exited and its leftover children were reaped. Never rejects. */
  readonly exited: Promise<ProcessExit>;
  /** Resolves as soon as the process is gone, before the reaping `exited` waits for. Never rejects. */
  readonly processExited: Promise<ProcessExit>;

  private readonly subprocess: CodexSubprocess;
  private readonly stdin: Writable;
  private readonly processTag: string;
  private readonly settings: ResolvedSettings;
  private readonly pending = new PendingRequests();
  private readonly dispatcher: ServerRequestDispatcher;
  private readonly stderr: StderrTail;
  private readonly decoder: JsonLineDecoder;
  private readonly notifications = new EarlySubject<RpcNotification>(EARLY_BUFFER_LIMIT);
  private readonly protocolErrors = new EarlySubject<ProtocolError>(EARLY_BUFFER_LIMIT);
  private resolveExited!: (exit: ProcessExit) => void;
  private resolveProcessExited!: (exit: ProcessExit) => void;
  private initResult: InitializeResult | undefined;
  private closeRequested = false;
  private closePromise: Promise<ProcessExit> | undefined;
  private closedError: TransportClosedError | undefined;
  private exitCode: number | null = null;
  private exitSignal: NodeJS.Signals | null = null;
  private exitSeen = false;
  private stdoutClosed = false;
  private drainTimer: NodeJS.Timeout | undefined;
  private killedDescendants: number[] = [];
  private detachSignal: (() => void) | undefined;
  private readonly keeper: LoopKeeper;

  /** @internal Use {@link startAppServer}. */
  constructor(spawned: SpawnedCodex, settings: ResolvedSettings) {
    this.subprocess = spawned.subprocess;
    this.pid = spawned.pid;
    this.processTag = spawned.processTag;
    this.settings = settings;
    this.stdin = this.subprocess.stdin as Writable;
    this.stderr = new StderrTail({ secrets: secretsFromEnv(spawned.env) });
    this.dispatcher = new ServerRequestDispatcher((message) => this.write(message));
    this.notifications$ = this.notifications.observable;
    this.protocolErrors$ = this.protocolErrors.observable;
    this.exited = new Promise<ProcessExit>((resolve) => {
      this.resolveExited = resolve;
    });
    this.processExited = new Promise<ProcessExit>((resolve) => {
      this.resolveProcessExited = resolve;
    });

    const sink: JsonLineSink = {
      onJson: (value, line) => this.onMessage(value, line),
      onProtocolError: (error) => this.protocolErrors.next(error),
    };
    this.decoder = new JsonLineDecoder(sink);
    this.wireStreams();
    const stdio = [this.subprocess.stdin, this.subprocess.stdout, this.subprocess.stderr] as unknown as RefHandle[];
    this.keeper = new LoopKeeper([this.subprocess, ...stdio], () => this.pending.size > 0);
  }

  /**
   * Keeps Node's event loop open for this process until the returned function
   * is called (a turn in flight). Otherwise only unanswered requests do: an idle
   * process never keeps a program from exiting.
   */
  hold(): () => void {
    return this.keeper.hold();
  }

  /** The `initialize` result (userAgent, codexHome, platform…); set before `startAppServer` resolves. */
  get initializeResult(): InitializeResult {
    return this.initResult as InitializeResult;
  }

  /** True once the process has exited or `close()` began. */
  get closed(): boolean {
    return this.closeRequested || this.closedError !== undefined;
  }

  /** The current (redacted) tail of the process's stderr. */
  get stderrTail(): string {
    return this.stderr.toString();
  }

  /** Requests still waiting for their response. */
  get pendingRequestCount(): number {
    return this.pending.size;
  }

  /**
   * Sends a request and resolves with its `result`, both typed by method from
   * the generated protocol of the pinned codex.
   *
   * Rejects with a `JsonRpcError` subclass when codex answers an error,
   * `TimeoutError` after `timeoutMs` (default `requestTimeoutMs`), `AbortError`
   * when `signal` aborts, `TransportClosedError` when the process ends first (or
   * already has, or `close()` began).
   */
  request<M extends ClientRequestMethod>(method: M, params: RequestParams<M>, options?: RequestOptions): Promise<RequestResult<M>> {
    // The pairing of method and params is checked by this signature; codex answers with that method's result.
    return this.requestUnchecked(method, params, options) as Promise<RequestResult<M>>;
  }

  /**
   * {@link request} for a method known only at run time (a relayed request, a
   * test's fake server): the same behaviour, an `unknown` result.
   */
  requestUnchecked(method: string, params?: unknown, options?: RequestOptions): Promise<unknown> {
    const unavailable = this.unavailableError();
    if (unavailable) return Promise.reject(unavailable);
    const signal = options?.signal;
    if (signal?.aborted) return Promise.reject(new AbortError(signal.reason, `codex app-server request ${method}`));
    const { id, promise } = this.pending.create<unknown>(method, options?.timeoutMs ?? this.settings.requestTimeoutMs, signal);
    let line: string;
    try {
      line = encodeJsonLine(params === undefined ? { id, method } : { id, method, params });
    } catch (error) {
      this.pending.fail(id, new InvalidOptionsError('params', `the params of ${method} cannot be serialised to JSON: ${(error as Error).message}`, { cause: error }));
      return promise;
    }
    this.stdin.write(line);
    this.keeper.update();
    const settled = () => this.keeper.update();
    promise.then(settled, settled);
    return promise;
  }

  /** Sends a notification. A no-op once the transport is closed or closing. */
  notify(method: string, params?: unknown): void {
    if (this.closed) return;
    this.write(params === undefined ? { method } : { method, params });
  }

  /** Registers the handler for server→client requests (without one they are answered `-32601`). */
  setServerRequestHandler(handler: ServerRequestHandler | undefined): void {
    this.dispatcher.setHandler(handler);
  }

  /**
   * Graceful shutdown: close stdin (codex exits within ~15–60 ms and stops its
   * commands) → SIGTERM → SIGKILL, each phase bounded by `shutdownTimeoutMs`.
   * Idempotent; resolves with how the process ended.
   */
  close(): Promise<ProcessExit> {
    if (this.closePromise) return this.closePromise;
    this.closeRequested = true;
    // `await close()` must see the exit: an unreferenced process would let Node leave first.
    this.keeper.hold();
    this.closePromise = shutdownProcess(this.subprocess, this.exited, {
      timeoutMs: this.settings.shutdownTimeoutMs,
      beforeKill: () => {
        this.killedDescendants.push(...listDescendants(this.pid));
      },
      // After a SIGKILL, finalize() kills and awaits the descendants listed here.
    }).then(() => this.exited);
    return this.closePromise;
  }

  /**
   * Sends `signal` (default SIGKILL) to the process right away. With SIGKILL
   * its descendants are killed too (codex would otherwise leave unsandboxed
   * commands running).
   */
  kill(signal: NodeJS.Signals = 'SIGKILL'): void {
    if (this.exitSeen) return;
    const descendants = signal === 'SIGKILL' ? listDescendants(this.pid) : [];
    this.subprocess.kill(signal);
    killPids(descendants);
    // Also waited for (and re-killed if needed) before `exited` resolves.
    this.killedDescendants.push(...descendants);
  }

  /**
   * A summary for serializers: inspectors (e.g. `@statelyai/inspect`) walk
   * snapshots whose context holds the transport; the process object, pending
   * requests and stderr buffer must not be serialized (size, and secrets).
   */
  toJSON(): { pid: number; closed: boolean } {
    return { pid: this.pid, closed: this.closed };
  }

  /** `await using transport = await startAppServer(…)` closes it at scope exit. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  /** @internal Runs the handshake; called once by {@link startAppServer}. */
  async initialize(params: InitializeParams, timeoutMs: number, signal: AbortSignal | undefined): Promise<void> {
    if (signal) {
      const onAbort = (): void => void this.close();
      signal.addEventListener('abort', onAbort, { once: true });
      this.detachSignal = () => signal.removeEventListener('abort', onAbort);
    }
    this.initResult = await this.request('initialize', params, { timeoutMs, signal });
    this.notify('initialized');
  }

  private unavailableError(): TransportClosedError | undefined {
    if (this.closedError) return this.closedError;
    if (this.closeRequested) {
      return new TransportClosedError({ exitCode: null, signal: null, stderrTail: '' }, 'The codex app-server connection is closing (close() was called)');
    }
    return undefined;
  }

  private write(message: object): boolean {
    if (this.closedError || this.stdin.destroyed || this.stdin.writableEnded) return false;
    let line: string;
    try {
      line = encodeJsonLine(message);
    } catch (error) {
      // Only our answers to server requests can get here (a handler returned
      // something JSON cannot hold): codex still needs exactly one answer.
      const id = (message as { id?: unknown }).id;
      if (id === undefined) return false;
      line = encodeJsonLine({ id, error: { code: -32603, message: `the answer could not be serialised to JSON: ${(error as Error).message}` } });
    }
    this.stdin.write(line);
    return true;
  }

  private onMessage(value: unknown, line: string): void {
    switch (classifyMessage(value)) {
      case 'notification': {
        const notification = value as RpcNotification;
        // Reported, then delivered anyway: see validateIncoming.ts for why.
        const mismatch = this.settings.validateIncoming === false ? null : checkNotification(notification.method, notification.params, line);
        if (mismatch) this.protocolErrors.next(mismatch);
        if (notification.method === 'serverRequest/resolved') this.onServerRequestResolved(notification.params);
        this.settings.onNotificationLine?.(notification, line);
        this.notifications.next(notification);
        return;
      }
      case 'response': {
        const response = value as JsonRpcSuccessResponse;
        // Unknown ids are late answers to requests that timed out or were aborted.
        if (typeof response.id === 'number') this.pending.resolve(response.id, response.result);
        return;
      }
      case 'errorResponse': {
        const response = value as JsonRpcErrorResponse;
        if (typeof response.id === 'number') this.pending.rejectWithError(response.id, response.error);
        else if (response.id === null) this.protocolErrors.next(new ProtocolError('codex answered a request it could not read (error response with id null)', line));
        return;
      }
      case 'request': {
        const request = value as ServerRequest;
        const mismatch = this.settings.validateIncoming === false ? null : checkServerRequest(request.method, request.params, line);
        if (mismatch) this.protocolErrors.next(mismatch);
        this.dispatcher.dispatch(request);
        return;
      }
      default:
        this.protocolErrors.next(new ProtocolError(describeInvalidMessage(value), line));
    }
  }

  /** codex settled one of its requests without (or after) our answer: stop its handler. */
  private onServerRequestResolved(params: unknown): void {
    const requestId = (params as { requestId?: unknown } | null | undefined)?.requestId;
    if (typeof requestId === 'number' || typeof requestId === 'string') {
      this.dispatcher.withdraw(requestId, new AbortError(undefined, `Server request ${requestId} (resolved by codex before it was answered)`));
    }
  }

  private wireStreams(): void {
    const stdout = this.subprocess.stdout as Readable;
    const stderr = this.subprocess.stderr as Readable;
    stdout.on('data', (chunk: Buffer) => this.decoder.push(chunk));
    stdout.on('end', () => this.decoder.end());
    stdout.on('close', () => {
      this.stdoutClosed = true;
      if (this.exitSeen) this.finalize();
    });
    stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk));
    // EPIPE and friends after the process died: the exit path reports it.
    stdout.on('error', () => undefined);
    stderr.on('error', () => undefined);
    this.stdin.on('error', () => undefined);
    this.subprocess.on('exit', (code: number | null, signal: NodeJS.Signals | null) => {
      this.exitSeen = true;
      this.exitCode = code;
      this.exitSignal = signal;
      if (this.stdoutClosed) {
        this.finalize();
        return;
      }
      // Normally stdout closes right after exit, with the last lines still in it.
      // A surviving grandchild holding the pipe would keep it open forever.
      this.drainTimer = setTimeout(() => {
        stdout.destroy();
        this.finalize();
      }, STDOUT_DRAIN_GRACE_MS);
    });
    // execa's promise settles after exit; with reject:false it never rejects, but stay safe.
    this.subprocess.then(
      () => undefined,
      () => undefined,
    );
  }

  private finalize(): void {
    if (this.closedError) return;
    if (this.drainTimer) clearTimeout(this.drainTimer);
    this.detachSignal?.();
    const exit: ProcessExit = { exitCode: this.exitCode, signal: this.exitSignal, stderrTail: this.stderr.toString() };
    const detail = this.closeRequested ? 'The codex app-server connection was closed' : 'The codex app-server process exited unexpectedly';
    this.closedError = new TransportClosedError(exit, detail);
    this.pending.failAll(this.closedError);
    this.dispatcher.abortAll(this.closedError);
    this.notifications.complete();
    this.protocolErrors.complete();
    this.resolveProcessExited(exit);
    // Commands codex started outside the sandbox survive its death: kill them
    // before reporting the exit, so `await close()` leaves nothing behind.
    reapTaggedProcesses(this.processTag, this.killedDescendants)
      .catch(() => [])
      .then(() => this.resolveExited(exit));
  }
}

/**
 * Starts `codex app-server`, performs the `initialize` / `initialized`
 * handshake, and resolves with the connected transport.
 *
 * - spawns `<codexPath> app-server ...args` (execa; stdin/stdout piped, stderr
 *   kept as a bounded redacted tail; killed if Node exits first);
 * - `env` replaces `process.env` when given; one variable is added,
 *   `CODEX_ACTORS_PROCESS_TAG`, so that commands codex starts outside the
 *   sandbox (which survive a SIGKILL of codex) can be found and killed when the
 *   process ends — nothing codex started outlives the transport;
 * - sends `clientInfo` and `capabilities.experimentalApi` (default true).
 *
 * @throws CodexSpawnError when the binary cannot be started (ENOENT, EACCES…).
 * @throws TransportClosedError when it exits before answering `initialize` (bad `-c` override…).
 * @throws TimeoutError when `initialize` is not answered within `initializeTimeoutMs`.
 * @throws AbortError when `signal` aborts during startup.
 * @throws JsonRpcError when codex rejects `initialize`.
 * @example
 * ```ts
 * await using server = await startAppServer({ codexPath, env: { ...process.env, CODEX_HOME: home } });
 * server.notifications$.subscribe((n) => console.log(n.method));
 * const { thread } = await server.request<{ thread: { id: string } }>('thread/start', { cwd });
 * ```
 */
export async function startAppServer(options: AppServerOptions): Promise<AppServerTransport> {
  const { requestTimeoutMs, initializeTimeoutMs, shutdownTimeoutMs } = resolveTimeouts(options);
  const signal = options.signal;
  if (signal?.aborted) throw new AbortError(signal.reason, 'Starting codex app-server');

  const spawned = await spawnCodexProcess({
    codexPath: options.codexPath,
    args: ['app-server', ...(options.args ?? [])],
    env: options.env,
    cwd: options.cwd,
  });
  const transport = new AppServerTransport(spawned, { requestTimeoutMs, shutdownTimeoutMs, ...(options.validateIncoming === false ? { validateIncoming: false } : {}), ...(options.onNotificationLine ? { onNotificationLine: options.onNotificationLine } : {}) });
  options.onSpawned?.(transport.pid);
  const capabilities: Record<string, unknown> = { experimentalApi: options.experimentalApi ?? true };
  if (options.optOutNotificationMethods) capabilities.optOutNotificationMethods = [...options.optOutNotificationMethods];
  try {
    await transport.initialize({ clientInfo: options.clientInfo ?? DEFAULT_CLIENT_INFO, capabilities }, initializeTimeoutMs, signal);
  } catch (error) {
    transport.kill('SIGKILL');
    const exit = await transport.exited;
    if (error instanceof TransportClosedError && !(signal?.aborted ?? false)) {
      throw new TransportClosedError(exit, 'codex app-server exited before completing the initialize handshake (check args, config and CODEX_HOME)', {
        cause: error,
      });
    }
    if (signal?.aborted) throw new AbortError(signal.reason, 'Starting codex app-server');
    throw error;
  }
  return transport;
}
