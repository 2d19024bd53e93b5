/**
 * The client side of cluster mode: one NATS connection per `Codex`, the live
 * host list, placement, and the connection starter that hands each thread a
 * {@link NatsTransport} on a host instead of a local process.
 *
 * @module
 */
import { Kvm, type KV } from '@nats-io/kv';
import { nuid, type NatsConnection } from '@nats-io/nats-core';
import { BehaviorSubject, type Observable } from 'rxjs';
import type { ConnectionStarter } from '../../../machines/connection/connectionMachine.js';
import { AbortError, ClusterUnavailableError, PlacementRefusedError } from '../../errors/index.js';
import { NatsTransport } from '../../transport/natsTransport.js';
import { clusterNames, type ClusterNames } from '../clusterNames.js';
import type { ClusterOptions } from '../clusterOptions.js';
import type { Thread, ThreadListParams, ThreadListResponse } from '../../protocol/generated/types.js';
import { decodeBody, encodeBody, type ListReply, type OpenReply, type OpenRequest } from '../clusterWire.js';
import { isLive, planPlacement, type HostRecord } from '../hostRecord.js';
import { connectNats, serverList } from '../natsConnect.js';
import { readOwner } from '../ownerRecord.js';
import { watchHosts } from './watchHosts.js';

/** What a thread tells the cluster client about itself when it connects. */
export interface ClusterThreadRef {
  /** Its codex thread id (null before it exists). */
  id(): string | null;
  /** `placement.host`: run only there. */
  pin?: string;
  /** Called once a host took it. */
  placed(hostId: string): void;
}

/** `codex.cluster`: the hosts of the cluster. */
export interface ClusterView {
  /** The live hosts, as last heard. Connects on first call. */
  hosts(): Promise<HostRecord[]>;
  /** The live hosts, each time one registers, heartbeats or leaves. */
  readonly hosts$: Observable<HostRecord[]>;
}

/** @internal */
export class ClusterClient implements ClusterView {
  readonly names: ClusterNames;
  private readonly clientId = nuid.next();
  private readonly servers: string[];
  private readonly hostsSubject = new BehaviorSubject<HostRecord[]>([]);
  private readonly transports = new Set<NatsTransport>();
  private readonly openedLoad = new Map<string, { load: number; at: number }>();
  /** Opens sent and not yet answered, per host: placements made at the same moment spread instead of piling on one host. */
  private readonly inflight = new Map<string, number>();
  private ready: Promise<{ nc: NatsConnection; owners: KV; stop: () => void }> | null = null;
  private sweep: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly options: ClusterOptions,
    private readonly timeouts: { requestTimeoutMs: number; handlerTimeoutMs: number },
  ) {
    this.names = clusterNames(options.name);
    this.servers = serverList(options);
  }

  get hosts$(): Observable<HostRecord[]> {
    return this.hostsSubject.asObservable();
  }

  async hosts(): Promise<HostRecord[]> {
    await this.connect();
    return this.liveHosts();
  }

  /** The starter of one thread's connections: a session on the host it lives on, or the best one with room. */
  connectFor(thread: ClusterThreadRef): ConnectionStarter {
    return async ({ signal, onSpawned }) => {
      const { nc, owners } = await this.connect();
      const threadId = thread.id();
      let pin = thread.pin;
      let prefer: string | null = null;
      if (threadId && pin === undefined) {
        const owner = await readOwner(owners, threadId);
        const live = owner ? this.liveHosts().find((h) => h.id === owner.record.host) : undefined;
        // A thread loaded on a live host is joined there (codex allows one writer); a parked one prefers its last host.
        if (owner && live && owner.record.state === 'active') pin = owner.record.host;
        else if (owner && live) prefer = owner.record.host;
      }
      const candidates = planPlacement(this.liveHosts(), { now: Date.now(), ...(pin !== undefined ? { pin } : {}), prefer });
      const refusals: Record<string, string> = {};
      for (const hostId of candidates) {
        if (signal.aborted) throw new AbortError(signal.reason, 'Placing the thread on a cluster host');
        const transport = await this.open(nc, hostId, threadId, refusals);
        if (!transport) continue;
        onSpawned(transport.pid);
        thread.placed(hostId);
        return transport;
      }
      if (candidates.length === 0 && this.liveHosts().length === 0) throw new ClusterUnavailableError(this.servers, `no host agent of cluster ${this.names.cluster} is live`);
      throw new PlacementRefusedError(this.names.cluster, refusals, pin !== undefined ? `The thread must run on host ${pin}, which is not live or refused it.` : 'Add hosts or raise --capacity.');
    };
  }

  /** Cluster-wide `thread/list`: every live host's answer, merged (newest first, each thread once). */
  async listThreads(params: ThreadListParams): Promise<ThreadListResponse & { data: Array<Thread & { host: string }> }> {
    const { nc } = await this.connect();
    const expected = this.liveHosts().length;
    if (expected === 0) throw new ClusterUnavailableError(this.servers, `no host agent of cluster ${this.names.cluster} is live`);
    const replies = await nc.requestMany(this.names.listThreads, encodeBody(params), { strategy: 'count', maxMessages: expected, maxWait: this.options.listTimeoutMs ?? 5000 });
    const byId = new Map<string, Thread & { host: string }>();
    for await (const msg of replies) {
      const reply = decodeBody<ListReply>(msg.data);
      for (const entry of reply?.data ?? []) {
        const id = String(entry.id);
        const seen = byId.get(id);
        if (!seen || Number(entry.updatedAt ?? 0) > Number(seen.updatedAt ?? 0)) byId.set(id, { ...entry, host: reply!.hostId });
      }
    }
    const data = [...byId.values()].sort((a, b) => Number(b.updatedAt ?? b.createdAt ?? 0) - Number(a.updatedAt ?? a.createdAt ?? 0));
    const limit = typeof params.limit === 'number' ? params.limit : undefined;
    return { data: limit === undefined ? data : data.slice(0, limit), nextCursor: null };
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.sweep);
    const ready = await this.ready?.catch(() => null);
    ready?.stop();
    await ready?.nc.drain().catch(() => undefined);
    this.hostsSubject.complete();
  }

  /** Live hosts, each with the load its last open told us when that is newer than its heartbeat (both on the host's clock). */
  private liveHosts(): HostRecord[] {
    const now = Date.now();
    return this.hostsSubject.value
      .filter((h) => isLive(h, now))
      .map((h) => {
        const opened = this.openedLoad.get(h.id);
        const load = (opened && opened.at > h.heartbeatAt ? Math.max(h.load, opened.load) : h.load) + (this.inflight.get(h.id) ?? 0);
        return load === h.load ? h : { ...h, load };
      });
  }

  private connect(): Promise<{ nc: NatsConnection; owners: KV; stop: () => void }> {
    if (this.closed) return Promise.reject(new ClusterUnavailableError(this.servers, 'this Codex is closed'));
    this.ready ??= this.doConnect();
    // A failed connection is not cached: the cluster may come up.
    this.ready.catch(() => (this.ready = null));
    return this.ready;
  }

  private async doConnect(): Promise<{ nc: NatsConnection; owners: KV; stop: () => void }> {
    const nc = await connectNats({ ...this.options, connectionName: `codex-actors client ${this.clientId}` }, 'cluster');
    try {
      const kvm = new Kvm(nc);
      const hostsKv = await kvm.open(this.names.hostsBucket);
      const owners = await kvm.open(this.names.threadsBucket);
      const stop = await watchHosts(hostsKv, (hosts) => this.hostsSubject.next(hosts));
      this.sweep = setInterval(() => this.sweepLostHosts(), 500);
      this.sweep.unref();
      return { nc, owners, stop };
    } catch (error) {
      await nc.close().catch(() => undefined);
      throw new ClusterUnavailableError(this.servers, `cluster ${this.names.cluster} has no registry yet (start a host agent first): ${(error as Error).message}`, { cause: error });
    }
  }

  private async open(nc: NatsConnection, hostId: string, threadId: string | null, refusals: Record<string, string>): Promise<NatsTransport | null> {
    const sessionId = nuid.next();
    const transport = new NatsTransport({ nc, names: this.names, sessionId, hostId, requestTimeoutMs: this.timeouts.requestTimeoutMs });
    const body: OpenRequest = { sessionId, clientId: this.clientId, threadId, handlerTimeoutMs: this.timeouts.handlerTimeoutMs };
    let reply: OpenReply | null;
    this.inflight.set(hostId, (this.inflight.get(hostId) ?? 0) + 1);
    try {
      const msg = await nc.request(this.names.hostOpen(hostId), encodeBody(body), { timeout: this.options.openTimeoutMs ?? 60_000 });
      reply = decodeBody<OpenReply>(msg.data);
    } catch (error) {
      reply = { ok: false, reason: 'failed', message: (error as Error).message };
    } finally {
      this.inflight.set(hostId, (this.inflight.get(hostId) ?? 1) - 1);
    }
    if (!reply?.ok) {
      refusals[hostId] = reply?.message ?? 'unreadable answer';
      transport.lose('placement refused');
      return null;
    }
    // Placements in a row must see this one before the host's next heartbeat says so.
    this.openedLoad.set(hostId, { load: reply.load, at: reply.at });
    transport.pid = reply.pid;
    transport.initializeResult = reply.initializeResult;
    this.transports.add(transport);
    void transport.exited.then(() => this.transports.delete(transport));
    return transport;
  }

  /** A host that stopped heartbeating (or left) takes its sessions with it: their threads restart elsewhere. */
  private sweepLostHosts(): void {
    const live = new Set(this.liveHosts().map((h) => h.id));
    for (const transport of this.transports) {
      if (!live.has(transport.hostId)) transport.lose(`cluster host ${transport.hostId} stopped heartbeating or left the cluster`);
    }
  }
}
