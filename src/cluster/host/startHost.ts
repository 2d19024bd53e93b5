/**
 * The host agent: one per machine. Owns that machine's `codex app-server`
 * processes, registers itself in the cluster (heartbeat, load, codex
 * version), serves placement, relays JSON-RPC between its processes and
 * remote clients, publishes thread notifications into JetStream, checkpoints
 * rollouts into the object store, and restores them before a resume.
 *
 * @module
 */
import { jetstreamManager } from '@nats-io/jetstream';
import { Kvm, type KV } from '@nats-io/kv';
import type { Msg, NatsConnection, Subscription } from '@nats-io/nats-core';
import { Objm, type ObjectStore } from '@nats-io/obj';
import { hostname } from 'node:os';
import { resolveCodexBinary } from '../../../native/index.js';
import type { ProcessExit } from '../../errors/index.js';
import { collectSecrets, SecretRedactor } from '../../secrets/index.js';
import { startAppServer } from '../../transport/appServerTransport.js';
import { clusterNames, type ClusterNames } from '../clusterNames.js';
import type { ThreadListParams } from '../../protocol/generated/types.js';
import { decodeBody, encodeBody, type ListReply, type OpenReply, type OpenRequest } from '../clusterWire.js';
import { isLive, type HostRecord } from '../hostRecord.js';
import { connectNats } from '../natsConnect.js';
import { claimThread, parkThread } from '../ownerRecord.js';
import type { HostContext } from './hostContext.js';
import { resolveHostOptions, type HostOptions, type ResolvedHostOptions } from './hostOptions.js';
import { HostProcess } from './hostProcess.js';
import { HostSession } from './hostSession.js';
import { checkpointRollout, findLocalRollout, restoreRollout } from './rollouts.js';

/** A running host agent. */
export interface ClusterHost extends AsyncDisposable {
  readonly id: string;
  readonly cluster: string;
  /** The current registration (as other members read it). */
  record(): HostRecord;
  /** Checkpoints every thread, stops every process, removes the registration, closes NATS. Idempotent. */
  close(): Promise<void>;
}

/**
 * Starts a host agent (what `npx codex-actors host` runs).
 *
 * @throws InvalidOptionsError for bad options or an insecure NATS URL.
 * @throws ClusterAuthError when NATS refuses the credentials.
 * @throws ClusterUnavailableError when NATS cannot be reached.
 * @example
 * ```ts
 * import { startHost } from 'codex-actors/cluster';
 * const host = await startHost({ servers: 'nats://127.0.0.1:4222', cluster: 'prod', capacity: 32 });
 * process.on('SIGTERM', () => void host.close());
 * ```
 */
export async function startHost(options: HostOptions): Promise<ClusterHost> {
  const resolved = resolveHostOptions(options);
  const names = clusterNames(resolved.cluster);
  const binary = await resolveCodexBinary({ ...(resolved.codexPath ? { codexPath: resolved.codexPath } : {}), env: resolved.env, versionCheck: 'error' });
  const nc = await connectNats({ ...resolved, connectionName: `codex-actors host ${resolved.hostId}` }, 'host');
  try {
    const kvm = new Kvm(nc);
    const hosts = await kvm.create(names.hostsBucket, { history: 1 });
    const owners = await kvm.create(names.threadsBucket, { history: 5 });
    const rollouts = await new Objm(nc).create(names.rolloutsStore);
    await ensureEventStream(nc, names, resolved.eventsMaxAgeMs);
    const agent = new HostAgent(resolved, names, nc, hosts, owners, rollouts, binary.path, binary.version);
    await agent.start();
    return agent;
  } catch (error) {
    await nc.close().catch(() => undefined);
    throw error;
  }
}

async function ensureEventStream(nc: NatsConnection, names: ClusterNames, maxAgeMs: number): Promise<void> {
  const jsm = await jetstreamManager(nc);
  const config = { name: names.eventsStream, subjects: [names.allThreadEvents], max_age: maxAgeMs * 1_000_000 };
  try {
    await jsm.streams.info(names.eventsStream);
  } catch {
    await jsm.streams.add(config).catch(async (error: unknown) => {
      // Another host created it in between.
      if (!/already in use/i.test((error as Error).message)) throw error;
    });
  }
}

class HostAgent implements ClusterHost, HostContext {
  readonly id: string;
  readonly cluster: string;
  readonly hostId: string;
  readonly codexHome: string;
  private readonly processes = new Set<HostProcess>();
  private readonly sessions = new Map<string, HostSession>();
  private readonly checkpoints = new Map<string, Promise<void>>();
  private readonly subscriptions: Subscription[] = [];
  private readonly redactor: SecretRedactor;
  private readonly startedAt = Date.now();
  private heartbeat: NodeJS.Timeout | undefined;
  private peers = new Map<string, HostRecord>();
  private closing: Promise<void> | null = null;
  private opening = 0;
  /** `--pool`: the pool's processes, started or starting. */
  private readonly poolSlots: Array<Promise<HostProcess>> = [];
  private controlProcess: Promise<HostProcess> | null = null;

  constructor(
    private readonly options: ResolvedHostOptions,
    readonly names: ClusterNames,
    readonly nc: NatsConnection,
    private readonly hostsKv: KV,
    private readonly ownersKv: KV,
    private readonly rollouts: ObjectStore,
    private readonly codexPath: string,
    private readonly codexVersion: string,
  ) {
    this.id = this.hostId = options.hostId;
    this.cluster = names.cluster;
    this.codexHome = options.codexHome;
    this.redactor = new SecretRedactor(collectSecrets({ env: options.env, codexHome: options.codexHome }));
  }

  async start(): Promise<void> {
    this.subscriptions.push(
      this.nc.subscribe(this.names.hostOpen(this.id), { callback: (_e, msg) => void this.onOpen(msg) }),
      this.nc.subscribe(this.names.listThreads, { callback: (_e, msg) => void this.onList(msg) }),
    );
    await this.beat();
    this.heartbeat = setInterval(() => void this.beat().catch(() => undefined), this.options.heartbeatMs);
    await this.watchPeers();
    this.log(`ready cluster=${this.cluster} capacity=${this.options.capacity} pool=${this.options.pool ?? 'per-thread'} codex=${this.codexVersion} home=${this.codexHome}`);
  }

  record(): HostRecord {
    const threads = new Set<string>();
    for (const p of this.processes) for (const id of p.threads.keys()) threads.add(id);
    return {
      id: this.id,
      capacity: this.options.capacity,
      load: this.sessions.size,
      processes: this.processes.size,
      codexVersion: this.codexVersion,
      pid: process.pid,
      hostname: hostname(),
      startedAt: this.startedAt,
      heartbeatAt: Date.now(),
      heartbeatMs: this.options.heartbeatMs,
      threads: [...threads],
    };
  }

  redact(text: string): string {
    return this.redactor.redactKnown(text);
  }

  log(line: string): void {
    this.options.log(`[host ${this.id}] ${line}`);
  }

  checkpoint(threadId: string, reason: string): Promise<void> {
    const previous = this.checkpoints.get(threadId) ?? Promise.resolve();
    const next = previous.then(async () => {
      const path = await findLocalRollout(this.codexHome, threadId);
      if (!path) return;
      const bytes = await checkpointRollout(this.rollouts, threadId, path);
      this.log(`checkpoint thread=${threadId} bytes=${bytes} reason=${reason}`);
    }).catch((error: unknown) => this.log(`checkpoint failed thread=${threadId}: ${(error as Error).message}`));
    this.checkpoints.set(threadId, next);
    void next.then(() => {
      if (this.checkpoints.get(threadId) === next) this.checkpoints.delete(threadId);
    });
    return next;
  }

  async restoreIfMissing(threadId: string): Promise<void> {
    if (await findLocalRollout(this.codexHome, threadId)) return;
    const path = await restoreRollout(this.rollouts, this.codexHome, threadId);
    if (path) this.log(`restore thread=${threadId} path=${path}`);
  }

  async claim(threadId: string): Promise<{ ok: true } | { ok: false; owner: import('../ownerRecord.js').OwnerRecord }> {
    const result = await claimThread(this.ownersKv, threadId, this.id, (id) => id === this.id || (this.peers.has(id) && isLive(this.peers.get(id)!, Date.now())));
    return result.ok ? { ok: true } : result;
  }

  park(threadId: string): Promise<void> {
    return parkThread(this.ownersKv, threadId, this.id).catch((error: unknown) => this.log(`park failed thread=${threadId}: ${(error as Error).message}`));
  }

  async sessionEnded(session: HostSession): Promise<void> {
    this.sessions.delete(session.id);
    const p = session.process;
    // A per-thread process ends with its last session (and flushes its rollouts); a pool process stays for the next.
    if (p.sessions.size === 0 && this.options.pool === undefined) await p.transport.close();
  }

  processExited(process: HostProcess, exit: ProcessExit): void {
    this.processes.delete(process);
    const bytes = encodeBody({ type: 'exit', exit });
    const threads = [...process.threads.keys()];
    for (const session of [...process.sessions]) {
      this.sessions.delete(session.id);
      session.lost(bytes);
    }
    if (this.closing || process.sessions.size > 0 || threads.length === 0) return;
    // Died on its own: its threads are loaded nowhere now; checkpoint what is on disk and let any host take them.
    this.log(`process exited pid=${process.pid} code=${exit.exitCode} signal=${exit.signal} threads=${threads.join(',')}`);
    for (const threadId of threads) void this.checkpoint(threadId, 'process exited').then(() => this.park(threadId));
  }

  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  private async onOpen(msg: Msg): Promise<void> {
    const request = decodeBody<OpenRequest>(msg.data);
    const refuse = (reason: 'capacity' | 'closing' | 'failed', message: string): void => void msg.respond(encodeBody({ ok: false, reason, message } satisfies OpenReply));
    if (!request || typeof request.sessionId !== 'string') return refuse('failed', 'unreadable open request');
    if (this.closing) return refuse('closing', `host ${this.id} is shutting down`);
    const holder = request.threadId ? [...this.processes].find((p) => p.threads.has(request.threadId!)) : undefined;
    if (!holder && this.sessions.size + this.opening >= this.options.capacity) return refuse('capacity', `host ${this.id} is full (${this.sessions.size}/${this.options.capacity} threads)`);
    // Counted before the process starts, so opens arriving meanwhile see the room already taken.
    this.opening += 1;
    try {
      const process = holder ?? (await this.processForNewSession());
      const session = new HostSession(request.sessionId, request.clientId, process, request.handlerTimeoutMs, this);
      this.sessions.set(session.id, session);
      if (holder && request.threadId) {
        process.bind(request.threadId, session);
        this.log(`attach thread=${request.threadId} session=${session.id} client=${request.clientId} pid=${process.pid}`);
      }
      msg.respond(encodeBody({ ok: true, sessionId: session.id, hostId: this.id, pid: process.pid, initializeResult: process.transport.initializeResult, attached: Boolean(holder), load: this.sessions.size, at: Date.now() } satisfies OpenReply));
    } catch (error) {
      refuse('failed', `host ${this.id} could not start codex app-server: ${(error as Error).message}`);
    } finally {
      this.opening -= 1;
    }
  }

  /** Per thread: a new process. Pooled: a new one while there are fewer than `pool` (starting ones count), else the least-loaded. */
  private async processForNewSession(): Promise<HostProcess> {
    const pool = this.options.pool;
    if (pool === undefined) return this.spawn();
    if (this.poolSlots.length < pool) {
      const slot = this.spawn();
      this.poolSlots.push(slot);
      slot.then(
        (p) => void p.transport.processExited.then(() => this.dropSlot(slot)),
        () => this.dropSlot(slot),
      );
      return slot;
    }
    const live = (await Promise.all(this.poolSlots.map((s) => s.catch(() => null)))).filter((p): p is HostProcess => p !== null && !p.exited);
    if (live.length === 0) return this.processForNewSession();
    return live.sort((a, b) => a.sessions.size - b.sessions.size)[0]!;
  }

  private dropSlot(slot: Promise<HostProcess>): void {
    const i = this.poolSlots.indexOf(slot);
    if (i >= 0) this.poolSlots.splice(i, 1);
  }

  private async spawn(): Promise<HostProcess> {
    // No schema check here: the host relays lines it does not interpret; the client's NatsTransport checks them.
    let target: HostProcess | null = null;
    const early: Array<[{ method: string; params: unknown }, string]> = [];
    const transport = await startAppServer({
      codexPath: this.codexPath,
      env: this.options.env,
      validateIncoming: false,
      onNotificationLine: (n, line) => (target ? target.route(n, line) : early.push([n, line])),
    });
    const process = new HostProcess(transport, this);
    target = process;
    for (const [n, line] of early.splice(0)) process.route(n, line);
    this.processes.add(process);
    return process;
  }

  private async onList(msg: Msg): Promise<void> {
    const params = decodeBody<ThreadListParams>(msg.data) ?? {};
    try {
      this.controlProcess ??= this.spawn();
      const control = await this.controlProcess;
      const result = await control.transport.request('thread/list', params);
      msg.respond(encodeBody({ hostId: this.id, data: result.data } satisfies ListReply));
    } catch (error) {
      this.controlProcess = null;
      msg.respond(encodeBody({ hostId: this.id, data: [], error: (error as Error).message } satisfies ListReply));
    }
  }

  private async beat(): Promise<void> {
    if (this.closing) return;
    await this.hostsKv.put(this.id, JSON.stringify(this.record()));
  }

  /** Keeps the other hosts' records, to judge whether a thread's owner is still live. */
  private async watchPeers(): Promise<void> {
    const watch = await this.hostsKv.watch();
    void (async () => {
      for await (const entry of watch) {
        if (entry.operation === 'PUT') this.peers.set(entry.key, entry.json<HostRecord>());
        else this.peers.delete(entry.key);
      }
    })().catch(() => undefined);
    this.subscriptions.push({ unsubscribe: () => watch.stop() } as unknown as Subscription);
  }

  private async shutdown(): Promise<void> {
    this.log('shutting down');
    clearInterval(this.heartbeat);
    for (const sub of this.subscriptions.splice(0)) sub.unsubscribe();
    await Promise.all([...this.sessions.values()].map((s) => s.close()));
    const control = await this.controlProcess?.catch(() => null);
    await Promise.all([...this.processes].map((p) => p.transport.close()));
    await control?.transport.close();
    await Promise.all([...this.checkpoints.values()]);
    await this.hostsKv.delete(this.id).catch(() => undefined);
    await this.nc.drain().catch(() => undefined);
    this.log('stopped');
  }
}
