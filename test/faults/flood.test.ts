/**
 * Fault (g): a flood — many turns queued at once on 8 threads (1,000 in the
 * full run). None may be lost or answered with another turn's reply; each
 * thread must run its turns in the order they were queued (checked by our
 * completion order and by codex's own `thread/read`).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { responses, userTexts } from '../../src/testing/index.js';
import { FaultCounts } from './support/faultCounts.js';
import { faultConfig, faultRandom } from './support/faultConfig.js';
import { createFaultRig, within } from './support/faultFixture.js';

const THREADS = 8;
const counts = new FaultCounts('g-flood');
afterAll(() => counts.flush());

describe('(g) flood', () => {
  it(`${faultConfig.floodTurns} turns queued on ${THREADS} threads: none lost, order kept per thread`, async () => {
    const { random } = faultRandom('flood');
    const rig = await createFaultRig();
    try {
      const { fixture, codex } = rig;
      const total = faultConfig.floodTurns;
      // The model echoes the turn's own prompt, so a mixed-up answer is caught.
      for (let i = 0; i < total; i++) fixture.server.enqueue((request) => responses.message(`echo ${userTexts(request).at(-1) ?? '?'}`));
      const threads = Array.from({ length: THREADS }, () => codex.startThread({ cwd: fixture.home.workspace }));
      const perThread = threads.map(() => 0);
      const completionOrder: number[][] = threads.map(() => []);
      const runs: Array<Promise<void>> = [];
      // Queue everything at once, threads interleaved at random (seeded).
      for (let i = 0; i < total; i++) {
        const t = Math.floor(random() * THREADS);
        const n = perThread[t]!++;
        const prompt = `thread ${t} turn ${n}`;
        runs.push(
          threads[t]!.run(prompt).then((result) => {
            expect(result.finalResponse).toBe(`echo ${prompt}`);
            completionOrder[t]!.push(n);
          }),
        );
      }
      await within(Promise.all(runs), 540_000, 'the flood did not drain');
      counts.add('turns queued', total);
      counts.add('turns completed with their own answer', completionOrder.flat().length);
      for (const [t, order] of completionOrder.entries()) {
        expect(order, `thread ${t} completion order`).toEqual([...order].sort((a, b) => a - b));
        expect(order).toHaveLength(perThread[t]!);
      }
      // codex's record agrees: each thread's user messages are its prompts, in order.
      for (const [t, thread] of threads.entries()) {
        if (perThread[t] === 0) continue;
        const read = (await thread.read({ includeTurns: true })) as { thread: { turns: Array<{ items: Array<{ type: string; content?: Array<{ text?: string }> }> }> } };
        const prompts = read.thread.turns.map((turn) => turn.items.find((i) => i.type === 'userMessage')?.content?.[0]?.text);
        expect(prompts).toEqual(Array.from({ length: perThread[t]! }, (_, n) => `thread ${t} turn ${n}`));
      }
      counts.add('lost turns', total - completionOrder.flat().length);
      counts.add('threads whose order differed', 0);
      fixture.server.assertNoMisses();
    } finally {
      await rig.dispose();
    }
  });
});
