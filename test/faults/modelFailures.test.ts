/**
 * Fault (b): the model misbehaves — HTTP 500, HTTP 429, a 200 whose body is
 * not SSE, a stream cut off (connection reset, or closed before
 * `response.completed`). Each turn must reject with a typed error naming what
 * codex reported, and the thread must take the next turn normally.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { TurnFailedError, isCodexError } from '../../src/index.js';
import { responses, sse } from '../../src/testing/index.js';
import { FaultCounts } from './support/faultCounts.js';
import { faultConfig, faultRandom } from './support/faultConfig.js';
import { createFaultRig, within } from './support/faultFixture.js';

const counts = new FaultCounts('b-model-failures');
afterAll(() => counts.flush());

const FAULTS = {
  'HTTP 500': () => responses.serverError(),
  'HTTP 429': () => responses.rateLimited({ retryAfterSeconds: 0 }),
  'garbage instead of SSE': () => responses.garbage(),
  'connection reset mid-stream': () => responses.stream([sse.message('partial answer that never ends', { stream: true })], { truncateAfter: 3, abort: true }),
  'stream closed before response.completed': () => responses.stream([sse.message('partial answer', { stream: true })], { truncateAfter: 3 }),
  'response.failed': () => responses.failed('server_error', 'The model exploded'),
} as const;

describe('(b) model failures', () => {
  it('every model fault fails its turn with a typed error; the thread goes on', async () => {
    const { pick } = faultRandom('modelFailures');
    const rig = await createFaultRig();
    try {
      const { fixture, codex } = rig;
      const thread = codex.startThread({ cwd: fixture.home.workspace });
      const names = Object.keys(FAULTS) as Array<keyof typeof FAULTS>;
      // Every fault once per round, in a seeded order, each followed by a healthy turn.
      for (let round = 0; round < faultConfig.modelFaultRounds; round++) {
        const order = [...names].sort(() => (pick([0, 1]) === 0 ? -1 : 1));
        for (const name of order) {
          fixture.server.enqueue(FAULTS[name]());
          const error = await within(
            thread.run(`provoke ${name}`).then(
              () => null,
              (e: unknown) => e,
            ),
            60_000,
            `${name}: the turn never settled`,
          );
          expect(error, `${name}: the turn should fail`).not.toBeNull();
          expect(isCodexError(error), `${name}: untyped ${String(error)}`).toBe(true);
          expect(error).toBeInstanceOf(TurnFailedError);
          expect((error as TurnFailedError).message.length).toBeGreaterThan(0);
          counts.add(`${name} → TurnFailedError`);

          fixture.server.enqueue(responses.message(`recovered after ${name}`));
          const next = await within(thread.run('and now?'), 60_000, `${name}: the next turn never settled`);
          expect(next.finalResponse).toBe(`recovered after ${name}`);
          counts.add('healthy turns after a model fault');
        }
      }
      fixture.server.assertNoMisses();
    } finally {
      await rig.dispose();
    }
  });
});
