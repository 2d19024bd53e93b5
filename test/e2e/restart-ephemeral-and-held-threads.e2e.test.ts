/**
 * What a restart cannot keep, it says: an ephemeral thread (codex never stores
 * it) fails after a crash with `EphemeralThreadLostError`, or — when the user
 * accepts it with `ephemeralRestart: 'new-thread'` — is replaced by a new thread
 * announced with its old and new ids. A thread another process holds fails
 * with `ThreadInUseError` before any turn is sent.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Codex, EphemeralThreadLostError, ThreadInUseError, type CodexOptions } from '../../src/index.js';
import { responses, userTexts } from '../../src/testing/index.js';
import { createScriptedCodex, type ScriptedCodex } from '../support/index.js';
import { killHard, nextEvent, nextSupervisorEvent } from '../support/runtimeHelpers.js';

let fixture: ScriptedCodex | null = null;
const open: Codex[] = [];

afterEach(async () => {
  for (const codex of open.splice(0)) await codex.close();
  await fixture?.dispose();
  fixture = null;
});

async function setup(options: CodexOptions = {}) {
  fixture ??= await createScriptedCodex({ modelCatalog: true });
  const codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, supervisor: { backoff: { initialDelayMs: 20, jitter: 0 } }, ...options });
  open.push(codex);
  return { fixture, codex };
}

describe('ephemeral threads after a crash', () => {
  it('by default the thread fails with EphemeralThreadLostError (codex never stored it); its id does not change', async () => {
    const { fixture, codex } = await setup();
    const thread = codex.startThread({ cwd: fixture.home.workspace, ephemeral: true });
    fixture.server.enqueue(responses.message('noted'));
    await thread.run('remember KIWI-7');
    const id = thread.id;
    const failed = nextSupervisorEvent(codex, 'supervisor.child_failed');
    const restarted: unknown[] = [];
    thread.events$.subscribe((e) => e.type === 'thread.restarted' && restarted.push(e));
    killHard(thread.processId);
    await failed;

    const error = await thread.run('what did I say?').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EphemeralThreadLostError);
    expect(error).toMatchObject({ code: 'EPHEMERAL_THREAD_LOST', threadId: id });
    expect((error as Error).message).toMatch(/never stores ephemeral threads.*ephemeralRestart: 'new-thread'/s);
    expect(thread.state.state).toBe('failed');
    expect(thread.id).toBe(id);
    expect(restarted).toEqual([]);
    expect(fixture.server.requests).toHaveLength(1);
  });

  it("ephemeralRestart: 'new-thread' accepts a fresh thread: thread.restarted names the old and new ids and says the history is lost", async () => {
    const { fixture, codex } = await setup();
    const thread = codex.startThread({ cwd: fixture.home.workspace, ephemeral: true, ephemeralRestart: 'new-thread', sandbox: 'read-only' });
    fixture.server.enqueue(responses.message('noted'), responses.message('fresh start'));
    await thread.run('remember KIWI-7', { sandbox: 'workspace-write' });
    const oldId = thread.id!;
    const restarted = nextEvent(thread.events$, 'thread.restarted');
    killHard(thread.processId);
    const event = await restarted;

    expect(event.previous_thread_id).toBe(oldId);
    expect(event.thread_id).not.toBe(oldId);
    expect(event.reason).toMatch(/^codex process killed by SIGKILL; codex never stores ephemeral threads, so the thread's history is lost and a new thread replaced it/);
    expect(thread.id).toBe(event.thread_id);
    expect(thread.settings.sandbox).toBe('workspace-write');
    expect((await thread.run('what did I say?')).finalResponse).toBe('fresh start');
    expect(userTexts(fixture.server.requests[1]!)).toEqual(['what did I say?']);
    expect(JSON.parse(fixture.server.requests[1]!.headers['x-codex-turn-metadata'] ?? '{}')).toMatchObject({ sandbox_mode: 'workspace-write' });
  });
});

describe('a thread another process holds', () => {
  it('resumeThread in a second Codex on the same CODEX_HOME fails with ThreadInUseError before any turn is sent', async () => {
    const first = await setup();
    const thread = first.codex.startThread({ cwd: first.fixture.home.workspace });
    first.fixture.server.enqueue(responses.message('held here'));
    await thread.run('hello');
    const { codex: second } = await setup();

    const refused = second.resumeThread(thread.id!);
    const error = await refused.run('me too').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ThreadInUseError);
    expect(error).toMatchObject({ code: 'THREAD_IN_USE', threadId: thread.id });
    expect((error as Error).message).toMatch(/held by another codex process.*cluster mode/s);
    expect(first.fixture.server.requests).toHaveLength(1);

    expect(refused.state.state).toBe('failed');

    // Once the holder lets go, the second process can resume it (after closing its failed Thread).
    await thread.close();
    await refused.close();
    first.fixture.server.enqueue(responses.message('now mine'));
    expect((await second.resumeThread(thread.id!).run('me now')).finalResponse).toBe('now mine');
  });
});
