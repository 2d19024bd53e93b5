/**
 * Fault (c): the binary itself misbehaves (test/fixtures/fake-app-server-faulty.mjs
 * stands in for codex): it prints invalid JSON mid-turn, a 20 MB line, or
 * hangs without output. Garbage is reported and skipped, huge lines pass,
 * and a hung turn ends at `turnTimeoutMs` with a `TimeoutError` — its
 * process killed, the thread resumed in a new one.
 */
import { chmodSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Codex, TimeoutError } from '../../src/index.js';
import { FaultCounts } from './support/faultCounts.js';
import { faultRandom } from './support/faultConfig.js';
import { isAlive, nextEvent, threadPid, within } from './support/faultFixture.js';

const FAKE = fileURLToPath(new URL('../fixtures/fake-app-server-faulty.mjs', import.meta.url));
chmodSync(FAKE, 0o755);

const counts = new FaultCounts('c-binary-faults');
afterAll(() => counts.flush());

function startCodex(options: { turnTimeoutMs?: number } = {}): Codex {
  return new Codex({
    codexPath: FAKE,
    versionCheck: 'off',
    env: { PATH: process.env.PATH ?? '' },
    supervisor: { backoff: { initialDelayMs: 10 } },
    ...options,
  });
}

describe('(c) binary faults', () => {
  it('invalid JSON lines mid-turn are skipped; the turn completes', async () => {
    faultRandom('binaryFaults');
    const codex = startCodex();
    try {
      const thread = codex.startThread();
      const result = await within(thread.run('fault:garbage'), 30_000, 'garbage turn');
      expect(result.finalResponse).toBe('survived garbage');
      expect((await thread.run('after garbage')).finalResponse).toBe('ok: after garbage');
      counts.add('invalid JSON lines skipped (turn completed)', 3);
    } finally {
      await codex.close();
    }
  });

  it('a 20 MB line arrives whole; a 20 MB line of garbage is skipped', async () => {
    const codex = startCodex();
    try {
      const thread = codex.startThread();
      const result = await within(thread.run('fault:huge'), 60_000, 'huge turn');
      expect(result.finalResponse).toHaveLength(20 * 1024 * 1024);
      expect((await thread.run('after huge')).finalResponse).toBe('ok: after huge');
      counts.add('20 MB lines (one message, one garbage)', 2);
    } finally {
      await codex.close();
    }
  });

  it('a hung binary: the turn times out with TimeoutError, the process is killed, the thread resumes', async () => {
    const codex = startCodex({ turnTimeoutMs: 1000 });
    try {
      const thread = codex.startThread();
      await thread.ready();
      const pid = threadPid(thread);
      const restarted = nextEvent(thread.events$, 'thread.restarted');
      const started = Date.now();
      const error = await within(
        thread.run('fault:hang').then(
          () => null,
          (e: unknown) => e,
        ),
        30_000,
        'the hung turn never ended',
      );
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as TimeoutError).message).toMatch(/timed out after 1000 ms.*killed/);
      // Timeout (1 s) + interrupt grace (1 s), with slack for a loaded machine.
      expect(Date.now() - started).toBeLessThan(10_000);
      await within(restarted, 30_000, 'the thread did not restart after the kill');
      expect(isAlive(pid)).toBe(false);
      expect((await thread.run('after hang')).finalResponse).toBe('ok: after hang');
      counts.add('hung turns ended by turnTimeoutMs (TimeoutError, process killed, thread resumed)');
    } finally {
      await codex.close();
    }
  });
});
