/**
 * `processModel: { pool: N }`: threads share N supervised app-server
 * processes, assigned least-loaded. A pool process crash is a crash of every
 * thread on it — each restarts and resumes — while threads on the other
 * process carry on undisturbed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Codex, type Thread } from '../../src/index.js';
import { createGate, responses, type Gate, type ScriptedResponse } from '../../src/testing/index.js';
import { createScriptedCodex, listCodexProcesses, type ScriptedCodex } from '../support/index.js';
import { collectEvents, enqueueByPrompt, isAlive, killHard, nextEvent } from '../support/runtimeHelpers.js';

let fixture: ScriptedCodex | null = null;
let codex: Codex | null = null;

afterEach(async () => {
  await codex?.close();
  await fixture?.dispose();
  codex = null;
  fixture = null;
});

function appServers(home: string): number[] {
  return listCodexProcesses(home)
    .filter((p) => p.command.endsWith(' app-server') || p.command.includes(' app-server '))
    .map((p) => p.pid);
}

describe('processModel: { pool: 2 }', () => {
  it('4 threads share 2 processes and run turns at once; killing one process restarts only the threads on it', async () => {
    fixture = await createScriptedCodex({ modelCatalog: true });
    codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, processModel: { pool: 2 }, supervisor: { backoff: { initialDelayMs: 20, jitter: 0 } } });
    const threads = [0, 1, 2, 3].map(() => codex!.startThread({ cwd: fixture!.home.workspace }));
    const firstGates = threads.map(() => createGate());
    const table: Record<string, ScriptedResponse | ScriptedResponse[]> = {};
    threads.forEach((_, i) => (table[`first ${i}`] = responses.message(`first answer ${i}`, { gate: firstGates[i] })));
    enqueueByPrompt(fixture.server, table);

    // All four turns are in flight at the same time (each model request is held).
    const firstRuns = threads.map((t, i) => t.run(`first ${i}`));
    await Promise.all(firstGates.map((g) => g.reached));
    const pids = threads.map((t) => t.processId!);
    expect(new Set(pids).size).toBe(2);
    expect(appServers(fixture.home.path).sort()).toEqual([...new Set(pids)].sort());
    // Least-loaded: two threads per process.
    expect(pids.filter((p) => p === pids[0])).toHaveLength(2);
    for (const g of firstGates) g.release();
    expect((await Promise.all(firstRuns)).map((r) => r.finalResponse)).toEqual([0, 1, 2, 3].map((i) => `first answer ${i}`));

    const victim = pids[0]!;
    const onVictim = threads.filter((_, i) => pids[i] === victim);
    const survivors = threads.filter((_, i) => pids[i] !== victim);
    const survivorPid = survivors[0]!.processId!;
    const ids = threads.map((t) => t.id);

    // The survivors have turns in flight while the other process dies.
    const heldSurvivors: Gate[] = survivors.map(() => createGate());
    const second: Record<string, ScriptedResponse | ScriptedResponse[]> = {};
    survivors.forEach((t, i) => (second[`survivor ${threads.indexOf(t)}`] = responses.message(`survived ${threads.indexOf(t)}`, { gate: heldSurvivors[i] })));
    onVictim.forEach((t) => (second[`again ${threads.indexOf(t)}`] = responses.message(`back ${threads.indexOf(t)}`)));
    enqueueByPrompt(fixture.server, second);
    const survivorRuns = survivors.map((t) => t.run(`survivor ${threads.indexOf(t)}`));
    await Promise.all(heldSurvivors.map((g) => g.reached));

    const restarting = collectEvents(codex, 'supervisor.restarting');
    const restarted = onVictim.map((t) => nextEvent(t.events$, 'thread.restarted'));
    const killedAt = killHard(victim);
    const events = await Promise.all(restarted);
    console.info(`[process-pool] kill → both threads restarted in ${Math.max(...events.map((e) => e.meta!.at)) - killedAt} ms`);
    for (const g of heldSurvivors) g.release();

    expect((await Promise.all(survivorRuns)).map((r) => r.finalResponse)).toEqual(survivors.map((t) => `survived ${threads.indexOf(t)}`));
    expect(restarting.map((e) => e.childId).sort()).toEqual(onVictim.map((t) => childIdOf(threads, t)).sort());
    expect(survivors.map((t) => [t.processId, t.state.generation])).toEqual(survivors.map(() => [survivorPid, 1]));
    expect(isAlive(victim)).toBe(false);
    const replacement = onVictim[0]!.processId!;
    expect(replacement).not.toBe(victim);
    expect(onVictim.map((t) => t.processId)).toEqual([replacement, replacement]);
    expect(appServers(fixture.home.path).sort()).toEqual([replacement, survivorPid].sort());

    // The restarted threads resumed their own codex threads.
    const again = await Promise.all(onVictim.map((t) => t.run(`again ${threads.indexOf(t)}`)));
    expect(again.map((r) => r.finalResponse)).toEqual(onVictim.map((t) => `back ${threads.indexOf(t)}`));
    expect(threads.map((t) => t.id)).toEqual(ids);

    await codex.close();
    expect(listCodexProcesses(fixture.home.path)).toEqual([]);
  });

  it('closing one thread gives its place back without closing the shared process', async () => {
    fixture = await createScriptedCodex({ modelCatalog: true });
    codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, processModel: { pool: 1 } });
    const [a, b] = [codex.startThread({ cwd: fixture.home.workspace }), codex.startThread({ cwd: fixture.home.workspace })] as [Thread, Thread];
    enqueueByPrompt(fixture.server, { 'a one': responses.message('a'), 'b one': responses.message('b'), 'b two': responses.message('b again') });
    await Promise.all([a.run('a one'), b.run('b one')]);
    const shared = a.processId!;
    expect(b.processId).toBe(shared);

    await a.close();
    expect(isAlive(shared)).toBe(true);
    expect((await b.run('b two')).finalResponse).toBe('b again');
    expect(b.processId).toBe(shared);
  });
});

function childIdOf(threads: Thread[], thread: Thread): string {
  return `thread:${threads.indexOf(thread) + 1}`;
}
