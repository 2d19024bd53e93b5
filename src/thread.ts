import { BehaviorSubject, Subject, type Observable } from 'rxjs';
import type { AnyActorRef, Subscription as ActorSubscription } from 'xstate';
import type { ConnectionActorRef } from '../machines/connection/connectionMachine.js';
import type { ThreadActorRef } from '../machines/thread/threadMachine.js';
import type { ThreadCall } from '../machines/thread/threadTypes.js';
import type { TurnActorRef } from '../machines/turn/turnMachine.js';
import { AbortError, InvalidOptionsError } from './errors/index.js';
import { normalizeInput, type Input, type NormalizedInput } from './input/normalizeInput.js';
import { McpClient, toMcpToolCallParams, type McpServerStatus, type McpStatusOptions, type McpToolCallResult } from './mcp/mcpClient.js';
import { foldSettings, threadSettings, turnSettings, type EffectiveSettings, type SettingsChange } from './options/effectiveSettings.js';
import type { NormalizedThreadOptions } from './options/threadOptions.js';
import { parseTurnOptions, type NormalizedTurnOptions, type TurnOptions } from './options/turnOptions.js';
import { toTurnStartParams, toTurnSteerParams } from './options/toWireParams.js';
import type { EventMeta, ThreadEvent } from './protocol/publicEvents.js';
import type { RequestParams, RequestResult, RpcNotification } from './transport/types.js';
import type { ThreadRuntime } from './runtime/threadRuntime.js';
import { awaitServerTurn } from './runtime/awaitServerTurn.js';
import { readAllTurns } from './runtime/readThreadHistory.js';
import type { Thread as WireThread, ThreadReadResponse } from './protocol/generated/types.js';
import type { ClientRequestMethod } from './protocol/generated/clientRequests.js';
import { assertNoActiveGoal, startGoal } from './goals/startGoal.js';
import type { GoalHandle } from './goals/goalHandle.js';
import type { GoalOptions } from './goals/goalObjective.js';
import { assertTurnDirectory } from './options/workingDirectory.js';
import { prepareOutputSchema } from './structuredOutput/outputSchema.js';
import { finishStructured } from './structuredOutput/finishStructured.js';
import { redactSettledTurn } from './secrets/index.js';
import { splitStructuredOptions, type OutputOf, type RunOptions, type TypedSchema } from './structuredOutput/structuredTypes.js';
import { toAsyncIterable } from './streams/toAsyncIterable.js';
import { armTurnTimeout } from './runtime/turnTimeout.js';
import { stateToString, type ThreadSnapshot } from './threadSnapshot.js';
import { TurnHandle, type TurnRpcLike } from './turnHandle.js';
import type { TurnResult } from './turnResult.js';

/** Options of {@link Thread.runUntil}. */
export interface RunUntilOptions {
  /** Stop when this holds for a turn's result. */
  until(result: TurnResult): boolean | Promise<boolean>;
  /** The input of the next turn, from the previous result. */
  next(result: TurnResult): Input;
  /** Give up after this many turns (rejects with a `CodexError` carrying the results so far). */
  maxTurns: number;
  turnOptions?: RunOptions;
}

/**
 * A conversation with the agent, backed by a supervised thread actor that
 * owns its codex process. Created by `codex.startThread()` (synchronously; the
 * actor boots on first use) or `codex.resumeThread(id)`.
 *
 * @example
 * ```ts
 * const thread = codex.startThread({ sandbox: 'workspace-write' });
 * const result = await thread.run('Add a test for utils.ts');
 * console.log(result.finalResponse, thread.id);
 * ```
 */
export class Thread {
  private readonly eventsSubject = new Subject<ThreadEvent>();
  private readonly notificationsSubject = new Subject<RpcNotification>();
  private readonly stateSubject: BehaviorSubject<ThreadSnapshot>;
  private codexThreadId: string | null;
  private generation = 0;
  private threadSub: ActorSubscription | null = null;
  private turnSub: ActorSubscription | null = null;
  private turnState: string | null = null;
  private activeHandle: TurnHandle | null = null;
  /** Each turn's parsed options, for the handlers in force while it runs (turn > thread > Codex). */
  private readonly turnOptionsOf = new WeakMap<TurnHandle, NormalizedTurnOptions>();
  private model: string | undefined;
  private hostId: string | null = null;
  private modelProvider: string | undefined;
  /** Mirrors the actor's effective settings, so a new actor for this thread (after archive/unarchive) starts from them. */
  private effectiveSettings: EffectiveSettings;

  /** @internal */
  constructor(
    private readonly runtime: ThreadRuntime,
    /** @internal */ readonly options: NormalizedThreadOptions,
    resumeId: string | null,
  ) {
    this.codexThreadId = resumeId;
    this.effectiveSettings = threadSettings(options);
    this.stateSubject = new BehaviorSubject<ThreadSnapshot>({ state: 'idle', turnState: null, threadId: resumeId, generation: 0, queued: 0, goal: null, error: null });
  }

  /** Cluster mode: the id of the host agent running this thread now (`null` before it is placed, and in local mode). */
  get host(): string | null {
    return this.hostId;
  }

  /** @internal A cluster host took the thread. */
  placedOn(host: string): void {
    this.hostId = host;
    this.publish({ type: 'thread.placed', thread_id: this.codexThreadId, host }, null);
  }

  /** The codex thread id; set once the thread exists server-side (always set for resumed threads). */
  get id(): string | null {
    return this.codexThreadId;
  }

  /**
   * The settings in force for the thread's next turn: its options folded with
   * every per-turn override codex accepted (sandbox, approval policy, model,
   * effort, summary, personality, cwd, service tier). A restart resumes the
   * thread with exactly these; unset fields are codex's config defaults.
   *
   * @example
   * ```ts
   * await thread.run('look only', { sandbox: 'read-only' });
   * thread.settings.sandbox; // 'read-only', also after a crash and restart
   * ```
   */
  get settings(): EffectiveSettings {
    return this.effectiveSettings;
  }

  /** Every event of this thread (all turns, restarts). Completes when the thread closes. */
  get events$(): Observable<ThreadEvent> {
    return this.eventsSubject.asObservable();
  }

  /** Raw app-server notifications of this thread, as codex sent them except that secrets are redacted (as in events). */
  get notifications$(): Observable<RpcNotification> {
    return this.notificationsSubject.asObservable();
  }

  /** Snapshots of the thread and its active turn's state charts. Replays the latest on subscribe. */
  get state$(): Observable<ThreadSnapshot> {
    return this.stateSubject.asObservable();
  }

  /** The latest snapshot. */
  get state(): ThreadSnapshot {
    return this.stateSubject.value;
  }

  /**
   * OS pid of the `codex app-server` process serving this thread right now
   * (shared with other threads under `processModel: { pool: N }`); `undefined`
   * before it is spawned, while the thread restarts, and once it is closed.
   * A restart changes it.
   */
  get processId(): number | undefined {
    const connection = this.runtime.peekThreadActor(this)?.getSnapshot().children.connection as ConnectionActorRef | undefined;
    return connection?.getSnapshot().context.pid;
  }

  /** Boots the actor and the codex thread; resolves once codex has the thread. With `transport: 'exec'` it resolves at once (the first turn creates the thread). */
  async ready(): Promise<void> {
    // exec creates the thread with its first turn's process: there is nothing to boot before.
    if (this.runtime.execTurn) return;
    this.assertTurnDirectory({});
    const actor = this.ensureActor();
    actor.send({ type: 'thread.boot' });
    await this.redacted(new Promise<void>((resolve, reject) => {
      const check = (snap: ReturnType<ThreadActorRef['getSnapshot']>) => {
        if (snap.context.codexThreadId !== null && (snap.matches({ connected: 'ready' }) || snap.matches({ connected: 'turnActive' }))) return resolve(), true;
        if (snap.matches('failed') || snap.status !== 'active') return reject(snap.context.error ?? new Error('The thread could not start')), true;
        return false;
      };
      if (check(actor.getSnapshot())) return;
      const sub = actor.subscribe({
        next: (snap) => {
          if (check(snap)) queueMicrotask(() => sub.unsubscribe());
        },
        error: reject,
      });
    }));
  }

  /**
   * Runs one turn and resolves with its result. Rejects with `TurnFailedError`
   * (the result on `error.result`), `AuthError`, `CodexProcessCrashedError`,
   * `AbortError` (via `options.signal`) or `StructuredOutputError`.
   */
  async run<S extends TypedSchema>(input: Input, options: RunOptions<S> & { outputSchema: S }): Promise<TurnResult<OutputOf<S>>>;
  async run<T = unknown>(input: Input, options?: RunOptions): Promise<TurnResult<T>>;
  async run(input: Input, options: RunOptions = {}): Promise<TurnResult> {
    const handle = await this.turn(input, options);
    handle.discardReplay(); // the handle never leaves run(): nobody can subscribe late
    const settled = await handle.outcome();
    if (!settled.ok) throw settled.error;
    return settled.result;
  }

  /**
   * Runs one turn and streams its events (the same shape as `@openai/codex-sdk`).
   * The turn starts at once; as with the SDK, a turn that cannot start (an already
   * aborted signal, invalid options or input) resolves this call and throws from the
   * stream's first `next()`, so a `try` around the `for await` loop catches it.
   */
  async runStreamed(input: Input, options: RunOptions = {}): Promise<{ events: AsyncGenerator<ThreadEvent> }> {
    const handle = this.turn(input, options);
    // Handled by the generator; without a reader the failure must not become an unhandled rejection.
    handle.catch(() => {});
    return { events: iterate(handle, () => this.id) };
  }

  /** Starts a turn and returns its handle (events, steer, interrupt, result). Turns of one thread run in order. */
  async turn<S extends TypedSchema>(input: Input, options: RunOptions<S> & { outputSchema: S }): Promise<TurnHandle<OutputOf<S>>>;
  async turn<T = unknown>(input: Input, options?: RunOptions): Promise<TurnHandle<T>>;
  async turn(input: Input, options: RunOptions = {}): Promise<TurnHandle> {
    assertNoActiveGoal(this);
    if (this.runtime.execTurn) return this.runtime.execTurn(this, input, options);
    const { turnOptions: rawTurnOptions, throwOnInvalid } = splitStructuredOptions(options);
    const turnOptions = parseTurnOptions(rawTurnOptions);
    this.assertTurnDirectory(turnOptions);
    const normalized = await this.stageInput(input);
    const signal = options.signal;
    if (signal?.aborted) throw new AbortError(signal.reason, 'The turn');
    const prepared = turnOptions.outputSchema !== undefined ? prepareOutputSchema(turnOptions.outputSchema) : null;
    const buildParams = (threadId: string) =>
      toTurnStartParams(threadId, normalized, turnOptions, {
        thread: this.options,
        ...(this.model !== undefined ? { model: this.model } : {}),
        ...(prepared ? { outputSchema: prepared.jsonSchema } : {}),
      });
    const handle: TurnHandle = new TurnHandle(
      {
        publish: (event, turnId) => this.publish(event, turnId),
        interrupt: (requestId, reason, cause) => this.ensureActor().send({ type: 'turn.interrupt', requestId, reason, cause }),
        steer: (turnId, rpc, steerInput) => this.steerTurn(turnId, rpc, steerInput),
        finish: async (settled) => redactSettledTurn(await finishStructured(settled, prepared, { throwOnInvalid }), this.runtime.redactor),
      },
      buildParams,
      turnSettings(turnOptions),
    );
    this.runtime.telemetry?.traceTurn(handle, { threadId: () => this.id, model: () => turnOptions.model ?? this.model, provider: () => this.modelProvider, label: this.options.label });
    this.turnOptionsOf.set(handle, turnOptions);
    const turnTimeoutMs = this.runtime.turnTimeoutMs;
    if (turnTimeoutMs !== undefined) armTurnTimeout(handle, { timeoutMs: turnTimeoutMs, kill: () => this.runtime.peekThreadActor(this)?.getSnapshot().context.transport?.kill('SIGKILL') });
    const attached = handle.request.attached;
    handle.request.attached = (ref, attempt) => {
      attached(ref, attempt);
      this.watchTurn(ref, handle);
    };
    if (signal) {
      const onAbort = () => handle.abort(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      void handle.outcome().then(() => signal.removeEventListener('abort', onAbort));
    }
    // Until the turn settles, Node must not exit under it (idle processes do not hold the loop).
    const release = this.runtime.holdProcesses?.();
    if (release) void handle.outcome().then(release, release);
    this.ensureActor().send({ type: 'turn.enqueue', request: handle.request });
    return handle;
  }

  /**
   * The outer auto-run loop: runs turn after turn until `until(result)` holds,
   * feeding `next(result)` as the next input. Resolves with every result.
   */
  async runUntil(input: Input, options: RunUntilOptions): Promise<TurnResult[]> {
    if (!Number.isInteger(options.maxTurns) || options.maxTurns < 1) {
      throw new InvalidOptionsError('runUntil.maxTurns', `must be a positive integer; got ${String(options.maxTurns)}`);
    }
    const results: TurnResult[] = [];
    let next: Input = input;
    for (let i = 0; i < options.maxTurns; i++) {
      const result = await this.run(next, options.turnOptions);
      results.push(result);
      if (await options.until(result)) return results;
      next = options.next(result);
    }
    throw this.runtime.maxTurnsExceeded(options.maxTurns, results);
  }

  /**
   * Runs a codex goal as one logical turn: codex works toward `objective`
   * over as many turns as it needs (continuing by itself while the goal is
   * active) and the result covers them all, with a stable id and summed usage.
   * `options.signal` pauses the goal, interrupts it and rejects with `AbortError`.
   * Rejects with `InvalidOptionsError` for an empty or over-long objective
   * (nothing is sent), `TurnFailedError` when the goal's turn fails.
   */
  async runGoal(objective: string, options?: GoalOptions): Promise<TurnResult> {
    return (await this.startGoal(objective, options)).result();
  }

  /** Starts a goal and returns its handle (events, steer, interrupt → paused, result); see {@link Thread.runGoal}. */
  startGoal(objective: string, options?: GoalOptions): Promise<GoalHandle> {
    return startGoal(this, objective, options);
  }

  /**
   * Reads the thread from codex. `includeTurns` adds every turn with its items,
   * oldest first, read page by page with `thread/turns/list` (codex deprecates
   * full-history hydration); without it only the thread's metadata is read.
   */
  async read(options: { includeTurns?: boolean } = {}): Promise<ThreadReadResponse> {
    const read = await this.call('thread/read', (threadId) => ({ threadId, includeTurns: false }));
    if (options.includeTurns !== true) return read;
    const turns = await readAllTurns(
      (page) => this.call('thread/turns/list', (threadId) => ({ threadId, ...page })),
    );
    return { ...read, thread: { ...read.thread, turns } };
  }

  /** Sets the thread's name (visible in `listThreads` and `read`). */
  async setName(name: string): Promise<void> {
    if (typeof name !== 'string' || name.trim() === '') throw new InvalidOptionsError('name', 'must be a non-empty string');
    await this.call('thread/name/set', (threadId) => ({ threadId, name }));
  }

  /**
   * Compacts the thread's history: codex asks the model for a summary in a
   * turn of its own, which later turns get instead of the full history.
   * Resolves when that compaction turn has completed.
   */
  async compact(): Promise<void> {
    await awaitServerTurn(this.notifications$, () => this.call('thread/compact/start', (threadId) => ({ threadId })));
  }

  /**
   * Archives the thread. codex unloads an archived thread (reference §3.9), so
   * its process is stopped; after `codex.unarchiveThread(thread.id)` the next
   * turn resumes it in a fresh process.
   */
  async archive(): Promise<void> {
    await this.call('thread/archive', (threadId) => ({ threadId }));
    await this.runtime.recycleThread?.(this);
  }

  /**
   * Calls a tool of one of the thread's MCP servers directly (no model turn),
   * through codex's connection to that server.
   *
   * @example
   * ```ts
   * const result = await thread.callMcpTool('docs', 'search', { query: 'retry policy' });
   * console.log(result.content, result.isError);
   * ```
   */
  async callMcpTool(server: string, tool: string, args: Record<string, unknown> = {}): Promise<McpToolCallResult> {
    toMcpToolCallParams('', server, tool, args);
    return this.call('mcpServer/tool/call', (threadId) => toMcpToolCallParams(threadId, server, tool, args));
  }

  /** The thread's MCP servers as codex sees them (connection state, tools), over the thread's own connection. */
  mcpStatus(options: McpStatusOptions = {}): Promise<McpServerStatus[]> {
    return new McpClient((params) => this.call('mcpServerStatus/list', (threadId) => ({ ...params, threadId }))).status(options);
  }

  /** Stops the thread's actor and its codex process. Idempotent. */
  async close(): Promise<void> {
    await this.runtime.closeThread(this);
  }

  /** @internal Refuses a turn whose directory is missing, or outside git without `skipGitRepoCheck`, before any process runs. */
  assertTurnDirectory(turnOptions: NormalizedTurnOptions): void {
    // Cluster mode: the directory is the host's to see (it refuses with WorkingDirectoryNotVisibleError), not this process's.
    if (this.runtime.remoteWorkspace) return;
    const option = turnOptions.cwd !== undefined ? 'cwd' : 'workingDirectory';
    assertTurnDirectory(turnOptions.cwd ?? this.options.cwd ?? process.cwd(), { skipGitRepoCheck: this.options.skipGitRepoCheck, option });
  }

  /** @internal The thread actor (spawning it under the supervisor on first use). */
  ensureActor(): ThreadActorRef {
    const actor = this.runtime.ensureThreadActor(this);
    if (!this.threadSub) {
      this.threadSub = actor.subscribe({
        next: (snap) => {
          this.codexThreadId = snap.context.codexThreadId ?? this.codexThreadId;
          this.generation = snap.context.generation;
          this.effectiveSettings = snap.context.settings;
          this.pushState();
        },
        error: () => {},
        complete: () => this.pushState(),
      });
    }
    return actor;
  }

  /** @internal Folds a turn's overrides into the settings (exec transport, which has no actor to keep them). */
  foldSettings(change: SettingsChange): void {
    this.effectiveSettings = foldSettings(this.effectiveSettings, change);
  }

  /** @internal Forgets the current actor (stopped by the runtime); the next use spawns a new one that resumes the thread. */
  detachActor(): void {
    this.threadSub?.unsubscribe();
    this.threadSub = null;
  }

  /** @internal Sends a thread-scoped request on the thread's own connection (booting it if needed). */
  request<M extends ClientRequestMethod>(method: M, params: (threadId: string) => RequestParams<M>): Promise<RequestResult<M>> {
    return this.call(method, params);
  }

  /** @internal The options of the turn now running (its per-turn handlers win over the thread's). */
  activeTurnOptions(): NormalizedTurnOptions | undefined {
    return this.activeHandle ? this.turnOptionsOf.get(this.activeHandle) : undefined;
  }

  /** @internal Called by the runtime with the codex thread object. */
  onThreadOpened(thread: Pick<WireThread, 'id'> & Partial<WireThread>): void {
    if (typeof thread.id === 'string') this.codexThreadId = thread.id;
    if (typeof thread.model === 'string') this.model = thread.model;
    if (typeof thread.modelProvider === 'string') this.modelProvider = thread.modelProvider;
  }

  /** @internal Publishes a thread-level or turn event on every stream (a goal's with its goal id and continuation). */
  publish(event: ThreadEvent, turnId: string | null, goal: { goalId: string; continuation: number } | null = null): ThreadEvent {
    const meta: Omit<EventMeta, 'seq' | 'at'> = { threadId: this.codexThreadId, turnId, generation: this.generation };
    if (this.options.label !== undefined) meta.label = this.options.label;
    if (goal) {
      meta.goalId = goal.goalId;
      meta.continuation = goal.continuation;
    }
    const stamped = this.runtime.bus.stamp(event, meta);
    this.eventsSubject.next(stamped);
    return stamped;
  }

  /** @internal */
  onNotification(notification: RpcNotification): void {
    // Redaction copies the notification: skip it (and the copy) when nobody listens.
    if (!this.notificationsSubject.observed) return;
    this.notificationsSubject.next(this.runtime.redactor ? this.runtime.redactor.redactNotification(notification) : notification);
  }

  /** @internal Ends every stream of this thread. */
  completeStreams(): void {
    this.streamsClosed = true;
    this.threadSub?.unsubscribe();
    this.turnSub?.unsubscribe();
    this.pushState();
    this.eventsSubject.complete();
    this.notificationsSubject.complete();
    this.stateSubject.complete();
  }

  private call<M extends ClientRequestMethod>(method: M, params: (threadId: string) => RequestParams<M>): Promise<RequestResult<M>> {
    return this.redacted(
      new Promise<RequestResult<M>>((resolve, reject) => {
        const call: ThreadCall = { method, send: (transport, threadId) => void transport.request(method, params(threadId)).then(resolve, reject), reject };
        this.ensureActor().send({ type: 'thread.call', call });
      }),
    );
  }

  /** `work`, with the error it rejects with redacted: every error a thread call hands out passes here or through the turn's `finish`. */
  private redacted<T>(work: Promise<T>): Promise<T> {
    return this.runtime.redactor ? this.runtime.redactor.guard(work) : work;
  }

  /**
   * @internal Validates and normalises input for `turn/start` or `turn/steer`, staging
   * its `file` and `local_image` items: steering input is staged like turn input.
   */
  async stageInput(input: Input): Promise<NormalizedInput> {
    const unstaged = normalizeInput(input, { baseDir: this.options.cwd ?? process.cwd() });
    return this.runtime.attachments ? await this.runtime.attachments.stage(this, unstaged) : unstaged;
  }

  private async steerTurn(turnId: string, rpc: TurnRpcLike, input: unknown): Promise<void> {
    const threadId = this.codexThreadId;
    if (threadId === null) throw new InvalidOptionsError('steer', 'the thread has no codex id yet');
    await this.redacted(rpc.request('turn/steer', toTurnSteerParams(threadId, turnId, await this.stageInput(input as Input))));
  }

  /** @internal Traces a goal (its span, a child span per turn) with this thread's facts. */
  traceGoal(goal: GoalHandle): void {
    this.runtime.telemetry?.traceGoal(goal, { threadId: () => this.id, model: () => this.model, provider: () => this.modelProvider, label: this.options.label });
  }

  /** @internal Shows a goal's continuation turn in `thread.state$`; its server requests use the thread's handlers. */
  watchGoalTurn(ref: TurnActorRef): void {
    this.watchTurn(ref, null);
  }

  private watchTurn(ref: TurnActorRef, handle: TurnHandle | null): void {
    this.turnSub?.unsubscribe();
    this.activeHandle = handle;
    this.turnSub = ref.subscribe({
      next: (snap) => {
        this.turnState = stateToString(snap.value);
        this.pushState();
      },
      error: () => {},
    });
  }

  private streamsClosed = false;

  private pushState(): void {
    if (this.stateSubject.closed) return;
    const actor = this.runtime.peekThreadActor(this) as AnyActorRef | undefined;
    const snap = actor?.getSnapshot() as ReturnType<ThreadActorRef['getSnapshot']> | undefined;
    this.stateSubject.next({
      // Once closed the supervisor forgets the child, so "no actor" means closed, not idle.
      state: this.streamsClosed ? 'closed' : snap ? (snap.status === 'active' ? stateToString(snap.value) : 'closed') : 'idle',
      turnState: this.turnSub ? this.turnState : null,
      threadId: this.codexThreadId,
      generation: this.generation,
      queued: snap ? Math.max(0, snap.context.queue.length - (snap.matches({ connected: 'turnActive' }) ? 1 : 0)) : 0,
      goal: snap?.context.goal
        ? { id: snap.context.goal.goalId, continuation: snap.matches({ connected: { goalActive: 'continuing' } }) ? (snap.context.goalTurn?.continuation ?? null) : null, turns: snap.context.continuations }
        : null,
      error: snap?.context.error ?? null,
    });
  }
}

/**
 * The `runStreamed` stream. Like @openai/codex-sdk (where every run is a
 * `codex exec` process that prints `thread.started` first), each run's stream
 * opens with `thread.started`, so SDK code that takes the thread id from it
 * works on both transports.
 */
async function* iterate(started: Promise<TurnHandle>, threadId: () => string | null): AsyncGenerator<ThreadEvent> {
  const handle = await started;
  let first = true;
  for await (const event of handle) {
    if (first) {
      first = false;
      const id = threadId();
      if (event.type !== 'thread.started' && id !== null) yield { type: 'thread.started', thread_id: id };
    }
    yield event;
  }
}

export { toAsyncIterable };
