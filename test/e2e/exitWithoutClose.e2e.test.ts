/**
 * A drop-in program that never calls `close()` ends by itself, like one written for
 * @openai/codex-sdk: idle app-server processes do not keep Node's event loop alive,
 * and the processes are stopped when Node exits.
 */
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { responses } from '../../src/testing/index.js';
import { isAlive } from '../support/runtimeHelpers.js';
import { createScriptedCodex, listCodexProcesses } from '../support/index.js';

/** Waits for processes a dead parent left to be stopped; the loop ends when they are gone (the test's timeout bounds it). */
async function gone(pids: number[]): Promise<void> {
  while (pids.some(isAlive)) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe.each(['app-server', 'exec'] as const)('a program without close() (%s)', (transport) => {
  it('exits after its last line, and leaves no codex process', async () => {
    await using fixture = await createScriptedCodex({ modelCatalog: true });
    fixture.server.enqueue(responses.message('one'), responses.message('two'), responses.message('three'));
    const run = await execa('node', ['--import', 'tsx', 'test/fixtures/sdkProgramWithoutClose.ts'], {
      reject: false,
      // Far beyond the program's own time: reaching it means the process would have hung.
      timeout: 60_000,
      env: { DROPIN_CODEX_PATH: fixture.codexPath, DROPIN_ENV: JSON.stringify(fixture.home.env), DROPIN_WORKSPACE: fixture.home.workspace, DROPIN_TRANSPORT: transport },
    });
    expect(run.timedOut, 'the program did not end by itself').toBe(false);
    expect(run.exitCode, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { first: string; types: string[]; third: string; pids: number[] };
    expect(out).toMatchObject({ first: 'one', third: 'three' });
    expect(out.types).toContain('turn.completed');
    // resumeThread of the thread this Codex holds reused its process (one writer).
    if (transport === 'app-server') expect(out.pids).toEqual([out.pids[0], out.pids[0]]);
    await gone(out.pids);
    expect(listCodexProcesses(fixture.home.path)).toEqual([]);
  });
});
