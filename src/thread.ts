import { BehaviorSubject, Subject, type Observable } from 'rxjs';
import type { AnyActorRef, Subscription as ActorSubscription } from 'xstate';
import type { ConnectionActorRef } from '../machines/connection/connectionMachine.js';
import type { ThreadActorRef } from '../machines/thread/threadMachine.js';
import type { ThreadCall } from '../machines/thread/threadTypes.js';
import type { TurnActorRef } from '../machines/turn/turnMachine.js';
import { AbortError, InvalidOptionsError } from './errors/index.js';
import { normalizeInput, type Input } from './input/normalizeInput.js';
import type { NormalizedThreadOptions } from './options/threadOptions.js';
import { parseTurnOptions, type TurnOptions } from './options/turnOptions.js';
import { toTurnStartParams, toTurnSteerParams } from './options/toWireParams.js';
import type { ThreadEvent } from './protocol/publicEvents.js';
import type { RpcNotification } from './transport/types.js';
import type { ThreadRuntime } from './runtime/threadRuntime.js';
import { prepareOutputSchema } from './structuredOutput/outputSchema.js';
import { finishStructured } from './structuredOutput/finishStructured.js';
import { redactSettledTurn } from './secrets/index.js';
import { splitStructuredOptions, type OutputOf, type RunOptions, type TypedSchema } from './structuredOutput/structuredTypes.js';
import { toAsyncIterable } from './streams/toAsyncIterable.js';
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
  private model: string | undefined;
  private modelProvider: string | undefined;

  /** @internal */
  constructor(
    private readonly runtime: ThreadRuntime,
    /** @internal */ readonly options: NormalizedThreadOptions,
    resumeId: string | null,
  ) {
    this.codexThreadId = resumeId;
    this.stateSubject = new BehaviorSubject<ThreadSnapshot>({ state: 'idle', turnState: null, threadId: resumeId, generation: 0, queued: 0, error: null });
  }

  /** The codex thread id; set once the thread exists server-side (always set for resumed threads). */
  get id(): string | null {
    return this.codexThreadId;
  }

  /** Every event of this thread (all turns, restarts). Completes when the thread closes. */
  get events$(): Observable<ThreadEvent> {
    return this.eventsSubject.asObservable();
  }

  /** Raw app-server notifications of this thread, untouched. */
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

  /** Boots the actor and the codex thread; resolves once codex has the thread. */
  async ready(): Promise<void> {
    const actor = this.ensureActor();
    actor.send({ type: 'thread.boot' });
    await new Promise<void>((resolve, reject) => {
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
    });
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
    const settled = await handle.outcome();
    if (!settled.ok) throw settled.error;
    return settled.result;
  }

  /** Runs one turn and streams its events (the same shape as `@openai/codex-sdk`). */
  async runStreamed(input: Input, options: RunOptions = {}): Promise<{ events: AsyncGenerator<ThreadEvent> }> {
    const handle = await this.turn(input, options);
    return { events: iterate(handle) };
  }

  /** Starts a turn and returns its handle (events, steer, interrupt, result). Turns of one thread run in order. */
  async turn<S extends TypedSchema>(input: Input, options: RunOptions<S> & { outputSchema: S }): Promise<TurnHandle<OutputOf<S>>>;
  async turn<T = unknown>(input: Input, options?: RunOptions): Promise<TurnHandle<T>>;
  async turn(input: Input, options: RunOptions = {}): Promise<TurnHandle> {
    const { turnOptions: rawTurnOptions, throwOnInvalid } = splitStructuredOptions(options);
    const turnOptions = parseTurnOptions(rawTurnOptions);
    const unstaged = normalizeInput(input, { baseDir: this.options.cwd ?? process.cwd() });
    const normalized = this.runtime.attachments ? await this.runtime.attachments.stage(this, unstaged) : unstaged;
    const signal = options.signal;
    if (signal?.aborted) throw new AbortError(signal.reason, 'The turn');
    const prepared = turnOptions.outputSchema !== undefined ? prepareOutputSchema(turnOptions.outputSchema) : null;
    const buildParams = (threadId: string) =>
      toTurnStartParams(threadId, normalized, turnOptions, {
        thread: this.options,
        ...(this.model !== undefined ? { model: this.model } : {}),
        ...(prepared ? { outputSchema: prepared.jsonSchema } : {}),
      }) as unknown as Record<string, unknown>;
    const handle: TurnHandle = new TurnHandle(
      {
        publish: (event, turnId) => this.publish(event, turnId),
        interrupt: (requestId, reason, cause) => this.ensureActor().send({ type: 'turn.interrupt', requestId, reason, cause }),
        steer: (turnId, rpc, steerInput) => this.steerTurn(turnId, rpc, steerInput),
        finish: async (settled) => redactSettledTurn(await finishStructured(settled, prepared, { throwOnInvalid }), this.runtime.redactor),
      },
      buildParams,
    );
    this.runtime.telemetry?.traceTurn(handle, { threadId: () => this.id, model: () => turnOptions.model ?? this.model, provider: () => this.modelProvider });
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

  /** Reads the thread from codex (`includeTurns` adds every turn with its items). */
  read(options: { includeTurns?: boolean } = {}): Promise<Record<string, unknown>> {
    return this.call('thread/read', (threadId) => ({ threadId, includeTurns: options.includeTurns ?? false })) as Promise<Record<string, unknown>>;
  }

  /** Sets the thread's name (visible in `listThreads` and `read`). */
  async setName(name: string): Promise<void> {
    if (typeof name !== 'string' || name.trim() === '') throw new InvalidOptionsError('name', 'must be a non-empty string');
    await this.call('thread/name/set', (threadId) => ({ threadId, name }));
  }

  /** Asks codex to compact the thread's history. */
  async compact(): Promise<void> {
    await this.call('thread/compact/start', (threadId) => ({ threadId }));
  }

  /** Archives the thread (codex unloads it; `codex.unarchiveThread` brings it back). */
  async archive(): Promise<void> {
    await this.call('thread/archive', (threadId) => ({ threadId }));
  }

  /** Stops the thread's actor and its codex process. Idempotent. */
  async close(): Promise<void> {
    await this.runtime.closeThread(this);
  }

  /** @internal The thread actor (spawning it under the supervisor on first use). */
  ensureActor(): ThreadActorRef {
    const actor = this.runtime.ensureThreadActor(this);
    if (!this.threadSub) {
      this.threadSub = actor.subscribe({
        next: (snap) => {
          this.codexThreadId = snap.context.codexThreadId ?? this.codexThreadId;
          this.generation = snap.context.generation;
          this.pushState();
        },
        error: () => {},
        complete: () => this.pushState(),
      });
    }
    return actor;
  }

  /** @internal Called by the runtime with the codex thread object. */
  onThreadOpened(thread: Record<string, unknown>): void {
    if (typeof thread.id === 'string') this.codexThreadId = thread.id;
    if (typeof thread.model === 'string') this.model = thread.model;
    if (typeof thread.modelProvider === 'string') this.modelProvider = thread.modelProvider;
  }

  /** @internal Publishes a thread-level or turn event on every stream. */
  publish(event: ThreadEvent, turnId: string | null): ThreadEvent {
    const stamped = this.runtime.bus.stamp(event, { threadId: this.codexThreadId, turnId, generation: this.generation });
    this.eventsSubject.next(stamped);
    return stamped;
  }

  /** @internal */
  onNotification(notification: RpcNotification): void {
    this.notificationsSubject.next(notification);
  }

  /** @internal Ends every stream of this thread. */
  completeStreams(): void {
    this.threadSub?.unsubscribe();
    this.turnSub?.unsubscribe();
    this.pushState();
    this.eventsSubject.complete();
    this.notificationsSubject.complete();
    this.stateSubject.complete();
  }

  private call(method: string, params: (threadId: string) => Record<string, unknown>): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const call: ThreadCall = { method, params, resolve, reject };
      this.ensureActor().send({ type: 'thread.call', call });
    });
  }

  private async steerTurn(turnId: string, rpc: TurnRpcLike, input: unknown): Promise<void> {
    const threadId = this.codexThreadId;
    if (threadId === null) throw new InvalidOptionsError('steer', 'the thread has no codex id yet');
    await rpc.request('turn/steer', toTurnSteerParams(threadId, turnId, input as Input, { baseDir: this.options.cwd ?? process.cwd() }));
  }

  private watchTurn(ref: TurnActorRef, handle: TurnHandle): void {
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

  private pushState(): void {
    if (this.stateSubject.closed) return;
    const actor = this.runtime.peekThreadActor(this) as AnyActorRef | undefined;
    const snap = actor?.getSnapshot() as ReturnType<ThreadActorRef['getSnapshot']> | undefined;
    this.stateSubject.next({
      state: snap ? (snap.status === 'active' ? stateToString(snap.value) : 'closed') : 'idle',
      turnState: this.activeHandle ? this.turnState : null,
      threadId: this.codexThreadId,
      generation: this.generation,
      queued: snap ? Math.max(0, snap.context.queue.length - (snap.matches({ connected: 'turnActive' }) ? 1 : 0)) : 0,
      error: snap?.context.error ?? null,
    });
  }
}

async function* iterate(handle: TurnHandle): AsyncGenerator<ThreadEvent> {
  for await (const event of handle) yield event;
}

export { toAsyncIterable };
