/**
 * Restart strategies with two threads, each on its own codex process
 * (`processModel: 'per-thread'`): `one_for_one` restarts only the thread whose
 * process died; `one_for_all` restarts every thread, and each resumes its own
 * codex thread id.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Codex, CodexProcessCrashedError, type CodexOptions } from '../../src/index.js';
import { createGate, responses } from '../../src/testing/index.js';
import { createScriptedCodex, type ScriptedCodex } from '../support/index.js';
import { collectEvents, enqueueByPrompt, isAlive, killHard, nextEvent } from '../support/runtimeHelpers.js';

let fixture: ScriptedCodex | null = null;
let codex: Codex | null = null;

afterEach(async () => {
  await codex?.close();
  await fixture?.dispose();
  codex = null;
  fixture = null;
});

async function setup(strategy: NonNullable<CodexOptions['supervisor']>['strategy']) {
  fixture = await createScriptedCodex({ modelCatalog: true });
  codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, supervisor: { strategy, backoff: { initialDelayMs: 20, jitter: 0 } } });
  const a = codex.startThread({ cwd: fixture.home.workspace });
  const b = codex.startThread({ cwd: fixture.home.workspace });
  // A first turn each: codex stores a thread (so it can be resumed elsewhere) only once a turn started.
  enqueueByPrompt(fixture.server, { 'A hello': responses.message('hello from A'), 'B hello': responses.message('hello from B') });
  await Promise.all([a.run('A hello'), b.run('B hello')]);
  return { fixture, codex, a, b };
}

describe('supervision strategies', () => {
  it("one_for_one: killing A's process restarts A only; B's turn in flight completes on its unchanged process", async () => {
    const { fixture, codex, a, b } = await setup('one_for_one');
    const heldB = createGate();
    enqueueByPrompt(fixture.server, {
      'B works': responses.message('B finished', { gate: heldB }),
      'A again': responses.message('A is back'),
    });
    const [pidA, pidB] = [a.processId, b.processId];
    expect(pidA).not.toBe(pidB);
    const restarting = collectEvents(codex, 'supervisor.restarting');

    const turnB = b.run('B works');
    await heldB.reached;
    const restartedA = nextEvent(a.events$, 'thread.restarted');
    killHard(pidA);
    await restartedA;
    heldB.release();

    expect((await turnB).finalResponse).toBe('B finished');
    expect(b.processId).toBe(pidB);
    expect(b.state.generation).toBe(1);
    expect(a.processId).not.toBe(pidA);
    expect(restarting.map((e) => e.childId)).toEqual(['thread:1']);
    expect((await a.run('A again')).finalResponse).toBe('A is back');
  });

  it('one_for_all: killing A restarts both; B\u2019s turn in flight rejects and both threads resume their own ids on new processes', async () => {
    const { fixture, codex, a, b } = await setup('one_for_all');
    const heldB = createGate();
    enqueueByPrompt(fixture.server, {
      'B works': responses.message('never delivered', { gate: heldB }),
      'A again': responses.message('A is back'),
      'B again': responses.message('B is back'),
    });
    const [pidA, pidB] = [a.processId!, b.processId!];
    const [idA, idB] = [a.id, b.id];
    const restarting = collectEvents(codex, 'supervisor.restarting');

    const turnB = b.run('B works').catch((e: unknown) => e);
    await heldB.reached;
    const restartedA = nextEvent(a.events$, 'thread.restarted');
    const restartedB = nextEvent(b.events$, 'thread.restarted');
    killHard(pidA);

    const errorB = await turnB;
    expect(errorB).toBeInstanceOf(CodexProcessCrashedError);
    expect((errorB as Error).message).toContain('a sibling thread crashed');
    expect((await restartedA).reason).toBe('codex process killed by SIGKILL');
    expect((await restartedB).reason).toContain('sibling');
    expect(restarting.map((e) => e.childId).sort()).toEqual(['thread:1', 'thread:2']);
    expect(a.processId).not.toBe(pidA);
    expect(b.processId).not.toBe(pidB);
    expect(isAlive(pidB)).toBe(false);

    const [againA, againB] = await Promise.all([a.run('A again'), b.run('B again')]);
    expect(againA.finalResponse).toBe('A is back');
    expect(againB.finalResponse).toBe('B is back');
    expect([a.id, b.id]).toEqual([idA, idB]);
    expect(codex.supervisor.tree().children.map((c) => [c.status, c.generation])).toEqual([
      ['running', 2],
      ['running', 2],
    ]);
  });
});
