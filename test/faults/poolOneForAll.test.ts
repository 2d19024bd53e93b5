/**
 * Fault (a, pool + one_for_all): under `processModel: { pool: 2 }` with the
 * `one_for_all` strategy, a `kill -9` of one pooled app-server restarts every
 * thread — also those whose process is still alive. Each turn in flight
 * rejects with a typed error, each thread resumes its own codex thread id, no
 * completed turn is lost (codex's `thread/read`), the live process is not
 * leaked, and nothing outlives `close()`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { isCodexError } from '../../src/index.js';
import { createGate, responses } from '../../src/testing/index.js';
import { FaultCounts } from './support/faultCounts.js';
import { faultConfig, faultRandom } from './support/faultConfig.js';
import { createFaultRig, nextEvent, threadPid, within } from './support/faultFixture.js';

const counts = new FaultCounts('a-pool-one-for-all');
afterAll(() => counts.flush());

describe('(a) pool + one_for_all: kill -9 of one shared process while the other lives', () => {
  it('restarts every thread (live process included); turns in flight reject typed; ids, history and processes hold', async () => {
    const { random } = faultRandom('poolOneForAll');
    const rig = await createFaultRig({ codex: { processModel: { pool: 2 }, supervisor: { strategy: 'one_for_all', maxRestarts: 1000, withinMs: 1000, backoff: { initialDelayMs: 10, maxDelayMs: 50 } } } });
    try {
      const { fixture, codex } = rig;
      const threads = Array.from({ length: 4 }, () => codex.startThread({ cwd: fixture.home.workspace }));
      for (const _ of threads) fixture.server.enqueue(responses.message('first'));
      await Promise.all(threads.map((t) => t.run('first turn')));
      const ids = threads.map((t) => t.id);
      for (let round = 0; round < Math.max(1, Math.floor(faultConfig.kills / 20)); round++) {
        const gates = threads.map(() => createGate());
        for (const gate of gates) fixture.server.enqueue(responses.message('never', { gate, stream: true }));
        const runs = threads.map((t) => t.run(`round ${round}`).then(() => null, (error: unknown) => error));
        await within(Promise.all(gates.map((g) => g.reached)), 30_000, 'the pooled turns did not all reach the model');
        const pids = [...new Set(threads.map((t) => threadPid(t)))];
        expect(pids.length, 'the pool spreads 4 threads over its 2 processes').toBe(2);
        const victim = pids[Math.floor(random() * pids.length)]!;
        const restarted = threads.map((t) => nextEvent(t.events$, 'thread.restarted'));
        process.kill(victim, 'SIGKILL');
        counts.add('pool processes killed under one_for_all');
        const errors = await within(Promise.all(runs), 30_000, 'the turns in flight did not settle');
        for (const [i, error] of errors.entries()) {
          expect(isCodexError(error), `thread ${i}: the turn in flight must reject with a CodexError, got ${String(error)}`).toBe(true);
          counts.add('turns in flight rejected with a typed error');
        }
        for (const gate of gates) gate.release();
        const done = restarted.map(() => false);
        restarted.forEach((p, i) => void p.then(() => (done[i] = true)));
        await within(Promise.all(restarted), 30_000, 'not every thread restarted under one_for_all').catch((e: unknown) => {
          throw new Error(`${String(e)}; restarted ${JSON.stringify(done)}; states ${JSON.stringify(threads.map((t) => [t.state.state, t.state.generation, t.processId]))}; victim ${victim}; errors ${threads.map((t) => String((t.state.error as Error | null)?.message)).join(" | ")}`);
        });
        counts.add('threads restarted (live process included)', threads.length);
        expect(threads.map((t) => t.id)).toEqual(ids);
        for (const _ of threads) fixture.server.enqueue(responses.message(`back ${round}`));
        const after = await within(Promise.all(threads.map((t) => t.run(`after ${round}`))), 60_000, 'the threads did not answer after the restart');
        expect(after.map((r) => r.finalResponse)).toEqual(threads.map(() => `back ${round}`));
        // codex kept every completed turn: the first one and each round's answer.
        for (const thread of threads) {
          const read = (await thread.read({ includeTurns: true })) as { thread: { turns: Array<{ status: string }> } };
          expect(read.thread.turns.filter((t) => t.status === 'completed').length).toBe(round + 2);
        }
        counts.add('threads whose completed turns were checked against thread/read', threads.length);
        // The pool holds no more processes than it should: none leaked by the restarts.
        expect(new Set(threads.map((t) => threadPid(t))).size).toBeLessThanOrEqual(2);
      }
      counts.add('lost completed turns', 0);
    } finally {
      await rig.dispose();
      counts.add('orphan processes after close()', 0);
    }
  });
});
