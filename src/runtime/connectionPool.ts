/**
 * `processModel: { pool: N }`: N app-server processes shared by every thread
 * of a `Codex`.
 *
 * The pool hands threads a `connect` function (a `ConnectionStarter`) that
 * returns a {@link ConnectionLease} instead of a process of their own: the
 * shared transport and its `ThreadRouter`, which demultiplexes the process's
 * traffic by codex thread id. Each thread's connection actor holds one lease
 * and watches the shared process; when it dies, every holder sees it and its
 * thread reports a crash, so the supervisor restarts (and resumes) each thread
 * on that process per its policy, while threads on other processes carry on.
 * A restarting thread gives back its lease (its registration on the router),
 * never the process; the first thread to come back to a dead slot starts a
 * fresh process there. Only `close()` ends the processes.
 *
 * @module
 */
import type { ConnectionLease, ConnectionStarter } from '../../machines/connection/connectionMachine.js';
import { ThreadRouter } from '../../machines/connection/threadRouter.js';
import { AbortError, TransportClosedError } from '../errors/index.js';
import type { AppServerTransport } from '../transport/appServerTransport.js';
import type { AppServerStarter } from './appServerStarter.js';

/** A started pool process and the router that demultiplexes it. */
interface Started {
  transport: AppServerTransport;
  router: ThreadRouter;
}

/** One process of a slot: starting, then live until it exits. */
interface PoolProcess {
  readonly ready: Promise<Started>;
  readonly controller: AbortController;
  transport: AppServerTransport | null;
  pid: number | undefined;
  /** Leases handed out on this process and not yet released. */
  holders: number;
  dead: boolean;
  /** Waiting acquirers' `onSpawned` hooks, called once the pid is known. */
  readonly spawnListeners: Array<(pid: number | undefined) => void>;
}

/** Load of one slot, as {@link ConnectionPool.loads} reports it. */
export interface PoolSlotLoad {
  slot: number;
  /** The slot's live (or starting) process, if any. */
  pid: number | undefined;
  /** Threads holding a lease on it: registered on its router or still opening. */
  threads: number;
}

/**
 * A fixed set of `size` app-server process slots, filled lazily.
 *
 * Assignment is least-loaded: a new connection goes to the slot whose process
 * has the fewest holders (its `ThreadRouter.size`, counting threads still
 * opening, which the router learns about only after `thread/start`), the
 * lowest slot on ties. A dead process counts as empty.
 *
 * @internal
 * @example
 * ```ts
 * const pool = new ConnectionPool(2, starter);
 * const input = { ...threadInput, connect: pool.connect };
 * await pool.close();
 * ```
 */
export class ConnectionPool {
  private readonly slots: Array<PoolProcess | null>;
  private closed = false;

  constructor(
    readonly size: number,
    private readonly start: AppServerStarter,
  ) {
    this.slots = Array.from({ length: size }, () => null);
  }

  /** The starter thread actors use: a lease on the least-loaded process. */
  readonly connect: ConnectionStarter = (hooks) => this.acquire(hooks, undefined);

  /** Which process each holder last leased (by the holder's own key, e.g. its `Thread`). */
  private readonly lastMember = new WeakMap<object, PoolProcess>();

  /**
   * A starter for one holder, with affinity: while the process it last leased
   * is alive, it gets that one again. codex lets one process be a thread's
   * writer, and a live process keeps the thread loaded after the lease is
   * released (a restart by `one_for_all` of a thread whose process lives), so
   * resuming it on another process would be refused.
   */
  connectFor(holder: object): ConnectionStarter {
    return (hooks) => this.acquire(hooks, holder);
  }

  /** Each slot's process and how many threads hold it. */
  loads(): PoolSlotLoad[] {
    return this.slots.map((p, slot) => ({ slot, pid: p && !isDead(p) ? p.pid : undefined, threads: p && !isDead(p) ? p.holders : 0 }));
  }

  /** Stops taking leases and closes every process (each close reaps the commands it left behind). */
  async close(): Promise<void> {
    this.closed = true;
    const processes = this.slots.filter((p): p is PoolProcess => p !== null);
    for (const p of processes) p.controller.abort(new Error('The connection pool is closing'));
    await Promise.all(
      processes.map(async (p) => {
        const started = await p.ready.catch(() => null);
        await started?.transport.close();
      }),
    );
  }

  private async acquire({ signal, onSpawned }: Parameters<ConnectionStarter>[0], holder: object | undefined): Promise<ConnectionLease> {
    if (this.closed) throw new TransportClosedError({ exitCode: null, signal: null, stderrTail: '' }, 'The connection pool is closed');
    const previous = holder ? this.lastMember.get(holder) : undefined;
    const member = previous && !isDead(previous) && this.slots.includes(previous) ? previous : this.processFor(this.leastLoadedSlot());
    if (holder) this.lastMember.set(holder, member);
    // Count the holder before waiting, so threads connecting at the same time spread over the slots.
    member.holders += 1;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      member.holders -= 1;
    };
    try {
      if (member.pid !== undefined) onSpawned(member.pid);
      else member.spawnListeners.push(onSpawned);
      const { transport, router } = await abortable(member.ready, signal);
      return { kind: 'lease', transport, router, release };
    } catch (error) {
      release();
      throw error;
    }
  }

  private leastLoadedSlot(): number {
    let best = 0;
    let bestLoad = Number.POSITIVE_INFINITY;
    this.slots.forEach((p, slot) => {
      const load = p && !isDead(p) ? p.holders : 0;
      if (load < bestLoad) {
        best = slot;
        bestLoad = load;
      }
    });
    return best;
  }

  /** The slot's live or starting process; a fresh one if it has none or it died. */
  private processFor(slot: number): PoolProcess {
    const current = this.slots[slot];
    if (current && !isDead(current)) return current;
    let settle!: { resolve: (started: Started) => void; reject: (error: unknown) => void };
    const member: PoolProcess = {
      ready: new Promise<Started>((resolve, reject) => (settle = { resolve, reject })),
      controller: new AbortController(),
      spawnListeners: [],
      transport: null,
      pid: undefined,
      holders: 0,
      dead: false,
    };
    // Started once `member` exists: a starter may report the spawn synchronously.
    this.start({
      signal: member.controller.signal,
      onSpawned: (pid) => {
        member.pid = pid;
        for (const listener of member.spawnListeners.splice(0)) listener(pid);
      },
    }).then((transport) => {
      member.transport = transport;
      member.pid = transport.pid;
      const router = new ThreadRouter(transport);
      void transport.exited.then(() => {
        member.dead = true;
        router.dispose();
      });
      settle.resolve({ transport, router });
    }, settle.reject);
    // A failed start leaves the slot empty; its waiters get the error and their threads restart.
    member.ready.catch(() => {
      member.dead = true;
    });
    this.slots[slot] = member;
    return member;
  }
}

/** True once the process exited (or began to: `closed` flips before `exited` resolves) or failed to start. */
function isDead(member: PoolProcess): boolean {
  return member.dead || (member.transport?.closed ?? false);
}

/** `promise`, or an `AbortError` as soon as `signal` aborts (the work itself goes on). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new AbortError(signal.reason, 'Connecting to the pool'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new AbortError(signal.reason, 'Connecting to the pool'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
