import { describe, expect, it } from 'vitest';
import type { ConnectionLease } from '../../../machines/connection/connectionMachine.js';
import { ConnectionPool } from '../../../src/runtime/connectionPool.js';
import { AbortError, TransportClosedError } from '../../../src/errors/index.js';
import { fakeStarter, type FakeTransport } from './fakeTransport.js';

const hooks = (signal = new AbortController().signal) => ({ signal, onSpawned: () => {} });

async function acquire(pool: ConnectionPool, signal?: AbortSignal): Promise<ConnectionLease> {
  return (await pool.connect(hooks(signal))) as ConnectionLease;
}

describe('ConnectionPool', () => {
  it('starts processes lazily and spreads connections least-loaded, lowest slot on ties', async () => {
    const fake = fakeStarter();
    const pool = new ConnectionPool(2, fake.starter);
    expect(pool.loads()).toEqual([
      { slot: 0, pid: undefined, threads: 0 },
      { slot: 1, pid: undefined, threads: 0 },
    ]);
    // Concurrent: each is counted before its process is up, so they spread.
    const leases = await Promise.all([acquire(pool), acquire(pool), acquire(pool), acquire(pool), acquire(pool)]);
    expect(fake.started).toHaveLength(2);
    const [p0, p1] = fake.started as [FakeTransport, FakeTransport];
    expect(leases.map((l) => l.transport.pid)).toEqual([p0.pid, p1.pid, p0.pid, p1.pid, p0.pid]);
    expect(pool.loads().map((l) => l.threads)).toEqual([3, 2]);
    // One router per process, shared by its holders.
    expect(leases[0]!.router).toBe(leases[2]!.router);
    expect(leases[0]!.router).not.toBe(leases[1]!.router);
    expect(leases.every((l) => l.kind === 'lease')).toBe(true);
  });

  it('a released lease frees its place, once, and never closes the process', async () => {
    const fake = fakeStarter();
    const pool = new ConnectionPool(2, fake.starter);
    const [a, b, c] = await Promise.all([acquire(pool), acquire(pool), acquire(pool)]);
    a!.release();
    a!.release();
    expect(pool.loads().map((l) => l.threads)).toEqual([1, 1]);
    expect(fake.started.every((t) => t.closeCalls === 0)).toBe(true);
    // Slot 0 is now the least loaded again (tie → lowest).
    expect((await acquire(pool)).transport).toBe(c!.transport);
    void b;
  });

  it('a dead process counts as empty; the next connection to its slot starts a fresh one', async () => {
    const fake = fakeStarter();
    const pool = new ConnectionPool(2, fake.starter);
    const [a, b] = await Promise.all([acquire(pool), acquire(pool)]);
    (a!.transport as unknown as FakeTransport).crash();
    expect(pool.loads()).toEqual([
      { slot: 0, pid: undefined, threads: 0 },
      { slot: 1, pid: b!.transport.pid, threads: 1 },
    ]);
    a!.release();
    const again = await acquire(pool);
    expect(fake.started).toHaveLength(3);
    expect(again.transport).toBe(fake.started[2]!.asTransport);
    expect(pool.loads()[0]).toEqual({ slot: 0, pid: again.transport.pid, threads: 1 });
  });

  it('connectFor(holder): a holder gets the process it last leased again while that one lives, even when another is less loaded', async () => {
    const fake = fakeStarter();
    const pool = new ConnectionPool(2, fake.starter);
    const thread = {};
    const first = (await pool.connectFor(thread)(hooks())) as ConnectionLease; // slot 0
    const others = await Promise.all([acquire(pool), acquire(pool)]); // slots 1, 0
    first.release(); // slot 0 has 1 holder, slot 1 has 1: the tie would pick slot 0 anyway; load slot 0 more
    const extra = await acquire(pool); // slot 0 (tie → lowest): now 2 vs 1
    const again = (await pool.connectFor(thread)(hooks())) as ConnectionLease;
    expect(again.transport).toBe(first.transport);
    // Once that process is dead, the holder goes wherever there is room.
    again.release();
    (first.transport as unknown as FakeTransport).crash();
    const moved = (await pool.connectFor(thread)(hooks())) as ConnectionLease;
    expect(moved.transport).not.toBe(first.transport);
    void others;
    void extra;
  });

  it('a failed start rejects every waiter and leaves the slot empty for the next try', async () => {
    const fake = fakeStarter();
    const pool = new ConnectionPool(1, fake.starter);
    const boom = new TransportClosedError({ exitCode: 1, signal: null, stderrTail: 'bad config' }, 'codex app-server exited before completing the initialize handshake');
    fake.failNextStart(boom);
    const results = await Promise.allSettled([acquire(pool), acquire(pool)]);
    expect(results.map((r) => (r.status === 'rejected' ? r.reason : r.value))).toEqual([boom, boom]);
    expect(pool.loads()).toEqual([{ slot: 0, pid: undefined, threads: 0 }]);
    const lease = await acquire(pool);
    expect(lease.transport.pid).toBe(fake.started[0]!.pid);
  });

  it('a waiter that aborts gets AbortError and gives its place back; the process still comes up for the others', async () => {
    const fake = fakeStarter();
    let open!: () => void;
    fake.holdStarts(new Promise<void>((resolve) => (open = resolve)));
    const pool = new ConnectionPool(1, fake.starter);
    const controller = new AbortController();
    const aborted = acquire(pool, controller.signal);
    const other = acquire(pool);
    controller.abort(new Error('thread stopped'));
    await expect(aborted).rejects.toBeInstanceOf(AbortError);
    expect(pool.loads()[0]!.threads).toBe(1);
    open();
    expect((await other).transport.pid).toBe(fake.started[0]!.pid);
  });

  it('reports the pid to a waiter as soon as the process is spawned', async () => {
    const fake = fakeStarter();
    const pool = new ConnectionPool(1, fake.starter);
    const seen: Array<number | undefined> = [];
    await pool.connect({ signal: new AbortController().signal, onSpawned: (pid) => seen.push(pid) });
    await pool.connect({ signal: new AbortController().signal, onSpawned: (pid) => seen.push(pid) });
    expect(seen).toEqual([fake.started[0]!.pid, fake.started[0]!.pid]);
  });

  it('close() closes every process and refuses later connections', async () => {
    const fake = fakeStarter();
    const pool = new ConnectionPool(2, fake.starter);
    await Promise.all([acquire(pool), acquire(pool)]);
    await pool.close();
    expect(fake.started.map((t) => [t.closed, t.closeCalls])).toEqual([
      [true, 1],
      [true, 1],
    ]);
    await expect(acquire(pool)).rejects.toBeInstanceOf(TransportClosedError);
  });
});
