import { Observable, map } from 'rxjs';
import { toPromise, type Actor } from 'xstate';
import { createSupervisor } from '../actors/createSupervisor.js';
import { defineChildSpec } from '../actors/childSpec.js';
import { threadSystemId } from '../actors/registry.js';
import type { supervisorMachine } from '../actors/supervisorMachine.js';
import { toSupervisorTree, type SupervisorTree } from '../actors/supervisorTree.js';
import { threadMachine, type ThreadActorRef } from '../machines/thread/threadMachine.js';
import type { ThreadInput } from '../machines/thread/threadTypes.js';
import { resolveCodexBinary, type ResolvedCodexBinary } from '../native/index.js';
import { CodexError, InvalidOptionsError, MaxTurnsExceededError } from './errors/index.js';
import { parseCodexOptions, type CodexOptions, type NormalizedCodexOptions } from './options/codexOptions.js';
import { parseThreadOptions, type ThreadOptions } from './options/threadOptions.js';
import { toThreadForkParams, toThreadResumeParams, toThreadStartParams } from './options/toWireParams.js';
import { createAppServerStarter, type AppServerStarter } from './runtime/appServerStarter.js';
import { serializeFirstStart } from './runtime/serializeFirstStart.js';
import { assertExecThreadOptions, createExecTurns } from './runtime/execThread.js';
import { ConnectionPool } from './runtime/connectionPool.js';
import { ControlClient } from './runtime/controlClient.js';
import { requireCredentials } from './runtime/requireCredentials.js';
import { ProcessTracker } from './runtime/processTracker.js';
import { EventBus, type CodexEvent } from './runtime/eventBus.js';
import { McpClient } from './mcp/mcpClient.js';
import { LoginClient, type AccountInfo } from './login/loginClient.js';
import type { GetAccountParams, ModelListParams, ModelListResponse, Thread as WireThread, ThreadListParams, ThreadListResponse, ThreadUnarchiveResponse } from './protocol/generated/types.js';

/** `codex.listThreads()`: codex's `thread/list` result; in cluster mode each thread also names the `host` that listed it. */
export interface ThreadList extends ThreadListResponse {
  data: Array<WireThread & { host?: string }>;
}
import { activeHandlers } from './runtime/activeHandlers.js';
import { createServerRequestResolver } from './runtime/serverRequestResolver.js';
import type { ThreadRuntime } from './runtime/threadRuntime.js';
import { Thread } from './thread.js';
import { CodexTelemetry } from './telemetry/index.js';
import { Attachments, normalizeAttachmentOptions } from './attachments/index.js';
import { SecretRedactor, collectSecrets } from './secrets/index.js';
import type { Tool } from './tools/defineTool.js';
import type { TurnResult } from './turnResult.js';
import { ClusterClient, type ClusterView } from './cluster/client/clusterClient.js';

export { DEFAULT_MAX_TOOL_CALLS } from './runtime/activeHandlers.js';

/**
 * The entry point: one supervised actor system that runs codex threads.
 *
 * - `startThread()` spawns a thread actor under the supervisor (lazily, on first use);
 *   each owns a `codex app-server` process by default.
 * - A crashed process is restarted by the supervisor's policy and the thread resumed.
 * - `events$` carries every thread's events and the supervisor's.
 *
 * @example
 * ```ts
 * await using codex = new Codex();
 * const thread = codex.startThread();
 * const { finalResponse } = await thread.run('Summarise README.md');
 * ```
 */
export class Codex implements AsyncDisposable {
  /** @internal */
  readonly options: NormalizedCodexOptions;
  private readonly bus = new EventBus();
  private readonly supervisorActor: Actor<typeof supervisorMachine>;
  private readonly processes = new ProcessTracker();
  /** The shared processes of `processModel: { pool: N }`; null for `per-thread`. */
  private readonly pool: ConnectionPool | null;
  private readonly threads = new Map<Thread, string>();
  private readonly control: ControlClient;
  private readonly scratchStarter: AppServerStarter;
  private binaryPromise: Promise<ResolvedCodexBinary> | null = null;
  private nextKey = 0;
  private closing: Promise<void> | null = null;
  private readonly runtime: ThreadRuntime;
  /** Cluster mode (`cluster` option): threads run on host agents, reached over NATS. */
  private readonly clusterClient: ClusterClient | null;
  private readonly telemetry: CodexTelemetry;
  private readonly redactor: SecretRedactor;
  private readonly attachments: Attachments;
  /** Sign codex in: `apiKey(key)`, `chatgpt()`, `deviceCode()` (see {@link LoginClient}). */
  readonly login: LoginClient;
  /** codex's MCP servers from the Codex-level config (`codex.mcp.status()`); a thread's own servers: `thread.mcpStatus()`. */
  readonly mcp: McpClient;

  constructor(options: CodexOptions = {}) {
    this.options = parseCodexOptions(options);
    const inspect = this.options.inspect as Parameters<typeof createSupervisor>[0] extends infer O ? (O extends { inspect?: infer I } ? I : never) : never;
    this.supervisorActor = createSupervisor({ options: this.options.supervisor, ...(inspect ? { inspect } : {}) });
    this.supervisorActor.on('*', (event) => this.bus.emit(event as never));
    this.supervisorActor.start();
    this.clusterClient = this.options.cluster
      ? new ClusterClient(this.options.cluster, { requestTimeoutMs: this.options.requestTimeoutMs, handlerTimeoutMs: this.options.approvalTimeoutMs })
      : null;
    // In cluster mode the control and scratch processes are sessions on a host too; they use only the RpcTransport surface.
    const starter = this.clusterClient
      ? (this.clusterClient.connectFor({ id: () => null, placed: () => {} }) as unknown as AppServerStarter)
      : serializeFirstStart(createAppServerStarter(this.options, () => this.binary(), this.processes));
    const model = this.options.processModel;
    // A cluster host holds the credentials; locally a thread with none fails at once (requireCredentials).
    const threadStarter = this.clusterClient ? starter : requireCredentials(starter, this.options);
    this.pool = typeof model === 'object' && !this.clusterClient ? new ConnectionPool(model.pool, threadStarter) : null;
    const connect = this.pool ? this.pool.connect : threadStarter;
    this.redactor = new SecretRedactor(collectSecrets({ apiKey: this.options.apiKey, env: this.options.env ?? process.env, codexHome: this.options.codexHome }));
    this.control = new ControlClient(starter, this.redactor);
    this.scratchStarter = starter;
    this.login = new LoginClient(() => this.control.connection(), this.redactor);
    this.mcp = new McpClient((params) => this.control.request('mcpServerStatus/list', params));
    this.bus.redact = (event) => this.redactor.redactEvent(event);
    this.telemetry = new CodexTelemetry({
      tracerProvider: this.options.tracerProvider,
      meterProvider: this.options.meterProvider,
      events$: this.bus.events$,
      activeThreads: () => this.supervisor.tree().children.filter((c) => c.status === 'running' || c.status === 'restarting').length,
      redact: (text) => this.redactor.redact(text),
    });
    this.attachments = new Attachments(normalizeAttachmentOptions(this.options.attachments), (event) => {
      if (!this.bus.events$.closed) this.bus.stamp(event, { threadId: null, turnId: null, generation: 0 });
    });
    this.runtime = {
      bus: this.bus,
      telemetry: this.telemetry,
      attachments: this.attachments,
      redactor: this.redactor,
      ...(this.options.turnTimeoutMs !== undefined ? { turnTimeoutMs: this.options.turnTimeoutMs } : {}),
      ...(this.clusterClient ? { remoteWorkspace: true } : {}),
      ensureThreadActor: (thread) =>
        this.ensureThreadActor(thread, this.clusterClient ? this.clusterClient.connectFor(clusterThreadRef(thread)) : this.pool ? this.pool.connectFor(thread) : connect),
      peekThreadActor: (thread) => this.peekThreadActor(thread),
      closeThread: (thread) => this.closeThread(thread),
      recycleThread: (thread) => this.recycleThread(thread),
      holdProcesses: () => this.processes.hold(),
      maxTurnsExceeded: (maxTurns, results) => maxTurnsError(maxTurns, results),
    };
    if (this.options.transport === 'exec') this.runtime.execTurn = createExecTurns({ options: this.options, binary: () => this.binary(), attachments: this.attachments, redactor: this.redactor, telemetry: this.telemetry });
  }

  /** Every event of every thread, plus supervisor events (`supervisor.*`). */
  get events$(): Observable<CodexEvent> {
    return this.bus.events$.asObservable();
  }

  /** The supervision tree: strategy and each thread child's status, generation and restarts. */
  get supervisor(): { tree(): SupervisorTree; tree$: Observable<SupervisorTree> } {
    const actor = this.supervisorActor;
    return {
      tree: () => toSupervisorTree(actor.getSnapshot()),
      tree$: new Observable<ReturnType<typeof actor.getSnapshot>>((subscriber) => {
        subscriber.next(actor.getSnapshot());
        const sub = actor.subscribe({ next: (s) => subscriber.next(s), complete: () => subscriber.complete(), error: () => subscriber.complete() });
        return () => sub.unsubscribe();
      }).pipe(map((snapshot) => toSupervisorTree(snapshot))),
    };
  }

  /**
   * Cluster mode only: the cluster's live hosts (`hosts()`, `hosts$`).
   *
   * @throws InvalidOptionsError when this `Codex` was made without the `cluster` option.
   */
  get cluster(): ClusterView {
    if (!this.clusterClient) throw new InvalidOptionsError('cluster', 'is not set: codex.cluster needs new Codex({ cluster: { servers, name } })');
    return this.clusterClient;
  }

  /** The resolved codex binary (path, version, where it was found). */
  binary(): Promise<ResolvedCodexBinary> {
    this.binaryPromise ??= resolveCodexBinary({
      ...(this.options.codexPath !== undefined ? { codexPath: this.options.codexPath } : {}),
      ...(this.options.env !== undefined ? { env: this.options.env } : {}),
      versionCheck: this.options.versionCheck,
    });
    // A failed resolution is not cached: the user may fix the path and retry.
    this.binaryPromise.catch(() => (this.binaryPromise = null));
    return this.binaryPromise;
  }

  /** Starts a new thread (synchronous; the actor and process start on first use). */
  startThread(options: ThreadOptions = {}): Thread {
    return this.createThread(options, null);
  }

  /**
   * Continues an existing codex thread by id (its history is kept). A thread this
   * `Codex` already holds is not opened a second time (codex allows one writer per
   * thread): the new `Thread` shares its actor and process, its turns queue behind
   * the other's, and the live thread's settings stay in force.
   */
  resumeThread(id: string, options: ThreadOptions = {}): Thread {
    if (typeof id !== 'string' || id.trim() === '') throw new InvalidOptionsError('id', 'must be the codex thread id to resume (a non-empty string)');
    return this.createThread(options, id);
  }

  /** Forks a thread: a new thread id with a copy of the history. */
  async forkThread(id: string, options: ThreadOptions = {}): Promise<Thread> {
    const parsed = parseThreadOptions(options);
    // The process that forks becomes the fork's writer and codex refuses a second
    // writer ("already has an active writer"), even after thread/unsubscribe. So the
    // fork is made in a short-lived process; once it exits, the new thread's own
    // process can resume the fork.
    const scratch = await this.scratchStarter({ signal: new AbortController().signal, onSpawned: () => {} });
    try {
      const response = await this.redactor.guard(scratch.request('thread/fork', toThreadForkParams(id, parsed, { excludeTurns: true })));
      return this.createThread(options, response.thread.id);
    } finally {
      await scratch.close();
    }
  }

  /** Lists stored threads (`archived`, `cursor`, `limit`, `cwd`, `sortKey`…, as codex's `thread/list`). */
  listThreads(params: ThreadListParams = {}): Promise<ThreadList> {
    if (this.clusterClient) return this.clusterClient.listThreads(params);
    return this.control.request('thread/list', params);
  }

  /** Archives a thread by id (through its own process when this `Codex` has it open, since codex unloads it there). */
  async archiveThread(id: string): Promise<void> {
    const open = [...this.threads.keys()].find((t) => t.id === id && this.peekThreadActor(t)?.getSnapshot().status === 'active');
    if (open) return open.archive();
    await this.control.request('thread/archive', { threadId: id });
  }

  /**
   * Brings an archived thread back. A `Thread` of this `Codex` whose actor
   * failed to resume it while it was archived is reset, so its next turn resumes it.
   */
  async unarchiveThread(id: string): Promise<ThreadUnarchiveResponse> {
    const response = await this.control.request('thread/unarchive', { threadId: id });
    for (const thread of this.threads.keys()) {
      if (thread.id === id && this.peekThreadActor(thread)?.getSnapshot().matches('failed')) await this.recycleThread(thread);
    }
    return response;
  }

  /** The models codex offers (`model/list`). */
  models(params: ModelListParams = {}): Promise<ModelListResponse> {
    return this.control.request('model/list', params);
  }

  /** The account codex is signed in with (`account/read`). */
  account(params: GetAccountParams = {}): Promise<AccountInfo> {
    return this.control.request('account/read', params);
  }

  /** Signs codex out (removes the stored credentials of its `CODEX_HOME`). */
  async logout(): Promise<void> {
    await this.control.request('account/logout');
  }

  /** Stops every thread actor and codex process. Idempotent. */
  close(): Promise<void> {
    this.closing ??= this.doClose();
    return this.closing;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  private createThread(options: ThreadOptions, resumeId: string | null): Thread {
    if (this.closing) throw closedError();
    const parsed = parseThreadOptions(options);
    if (this.options.transport === 'exec') assertExecThreadOptions(parsed);
    const thread = new Thread(this.runtime, parsed, resumeId);
    this.threads.set(thread, (resumeId !== null ? this.heldThreadKey(resumeId) : undefined) ?? `${++this.nextKey}`);
    return thread;
  }

  /** The actor key of a `Thread` of this `Codex` that already has codex thread `id`. */
  private heldThreadKey(id: string): string | undefined {
    for (const [thread, key] of this.threads) if (thread.id === id) return key;
    return undefined;
  }

  private peekThreadActor(thread: Thread): ThreadActorRef | undefined {
    const key = this.threads.get(thread);
    return key === undefined ? undefined : (this.supervisorActor.system.get(threadSystemId(key)) as ThreadActorRef | undefined);
  }

  private ensureThreadActor(thread: Thread, connect: ThreadInput['connect']): ThreadActorRef {
    const existing = this.peekThreadActor(thread);
    // While closing, a stopped actor must not be handed out: work sent to it would be
    // dropped and its promise never settle (fault suite: a turn queued as close() began).
    if (existing && (!this.closing || existing.getSnapshot().status === 'active')) return existing;
    if (this.closing) throw closedError();
    const key = this.threads.get(thread);
    if (key === undefined) throw new InvalidOptionsError('thread', 'was closed; start or resume a thread to continue.');
    const options = thread.options;
    const tools = options.tools as unknown as Tool[];
    const toolCalls = new Map<string | null, number>();
    const input: Omit<ThreadInput, 'childId' | 'generation'> = {
      codexThreadId: thread.id,
      label: options.label,
      connect,
      startParams: toThreadStartParams(options, { tools }),
      resumeParams: (id) => toThreadResumeParams(id, options, { excludeTurns: true }),
      // The settings the thread's last actor had in force (a recycled thread keeps them).
      settings: thread.settings,
      ...(options.ephemeralRestart !== undefined ? { ephemeralRestart: options.ephemeralRestart } : {}),
      publish: (event) => thread.publish(event, null),
      onNotification: (n) => thread.onNotification(n),
      onThreadOpened: (t) => thread.onThreadOpened(t),
      resolveServerRequest: this.telemetry.bindServerRequests(createServerRequestResolver(() => activeHandlers(this.options, options, thread.activeTurnOptions(), toolCalls))),
      retryTurnOnCrash: this.options.retryTurnOnCrash,
      queueCapacity: 1000,
      // Enumerable on purpose: the supervisor spreads the input into each spawn's.
      toJSON: () => ({ thread: key, codexThreadId: thread.id }),
    };
    this.supervisorActor.send({
      type: 'supervisor.start_child',
      spec: defineChildSpec({
        id: `thread:${key}`,
        systemId: threadSystemId(key),
        logic: threadMachine,
        input: input as never,
        restart: options.restart,
        shutdownTimeoutMs: this.options.shutdownTimeoutMs + 1000,
      }),
    });
    const actor = this.peekThreadActor(thread);
    if (!actor) throw new CodexError('CODEX_ERROR', `The supervisor did not start thread ${key}; see codex.events$ for supervisor.child_start_rejected.`);
    return actor;
  }

  private async recycleThread(thread: Thread): Promise<void> {
    const key = this.threads.get(thread);
    if (key === undefined) return;
    await this.stopThreadActor(thread, key);
    // A fresh key: the next actor is a new child, not a restart of the stopped one.
    // Every Thread that shared the stopped actor (a resume of a held thread) moves with it.
    const fresh = `${++this.nextKey}`;
    for (const [other, otherKey] of this.threads) {
      if (otherKey !== key) continue;
      other.detachActor();
      this.threads.set(other, fresh);
    }
  }

  private async stopThreadActor(thread: Thread, key: string): Promise<void> {
    const actor = this.peekThreadActor(thread);
    if (!actor || actor.getSnapshot().status !== 'active') return;
    const done = toPromise(actor).catch(() => undefined);
    this.supervisorActor.send({ type: 'supervisor.stop_child', id: `thread:${key}` });
    await done;
  }

  private async closeThread(thread: Thread): Promise<void> {
    const key = this.threads.get(thread);
    const actor = this.peekThreadActor(thread);
    if (key !== undefined && actor && actor.getSnapshot().status === 'active') {
      const done = toPromise(actor).catch(() => undefined);
      this.supervisorActor.send({ type: 'supervisor.stop_child', id: `thread:${key}` });
      await done;
    }
    await this.attachments.release(thread);
    thread.completeStreams();
    this.threads.delete(thread);
  }

  private async doClose(): Promise<void> {
    const stopped = toPromise(this.supervisorActor).catch(() => undefined);
    this.supervisorActor.send({ type: 'supervisor.shutdown' });
    await stopped;
    await this.control.close();
    await this.pool?.close();
    await this.clusterClient?.close();
    // The version probe (`codex --version`, run with this Codex's env and so its CODEX_HOME)
    // is no tracked process: a close() during the first start returned while it still ran and
    // wrote codex's tmp/arg0 directory into the home (a caller removing the home then met
    // ENOTEMPTY). Wait for it, then close whatever a start that got past it spawned.
    await this.binaryPromise?.catch(() => undefined);
    // Safety net: whatever state an actor was in, no codex process outlives close().
    await this.processes.closeAll();
    await this.attachments.releaseAll();
    for (const thread of this.threads.keys()) thread.completeStreams();
    this.threads.clear();
    this.telemetry.close();
    this.bus.complete();
  }
}

function closedError(): InvalidOptionsError {
  return new InvalidOptionsError('codex', 'this Codex instance is closed; create a new one.');
}

/** How a thread's connections find it in the cluster, and report where it was placed. */
function clusterThreadRef(thread: Thread) {
  const pin = thread.options.placement?.host;
  return { id: () => thread.id, placed: (host: string) => thread.placedOn(host), ...(pin !== undefined ? { pin } : {}) };
}

function maxTurnsError(maxTurns: number, results: TurnResult[]): Error {
  return new MaxTurnsExceededError(maxTurns, results);
}
