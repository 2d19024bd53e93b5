/**
 * A thread's codex process killed mid-turn (SIGKILL, as an OOM kill or a
 * crash would) is restarted by the supervisor and the same codex thread id is
 * resumed: the turn in flight rejects (or is re-sent once with
 * `retryTurnOnCrash`), completed items survive, and work sent during the
 * restart waits for it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Codex, CodexProcessCrashedError, type CodexOptions, type ThreadEvent } from '../../src/index.js';
import { createGate, responses, userTexts } from '../../src/testing/index.js';
import { createScriptedCodex, type ScriptedCodex } from '../support/index.js';
import { collectEvents, killHard, nextEvent } from '../support/runtimeHelpers.js';

let fixture: ScriptedCodex | null = null;
let codex: Codex | null = null;

afterEach(async () => {
  await codex?.close();
  await fixture?.dispose();
  codex = null;
  fixture = null;
});

// Short, jitter-free backoff: the restart itself is what is under test.
const FAST_RESTARTS: CodexOptions['supervisor'] = { backoff: { initialDelayMs: 20, jitter: 0 } };

async function setup(options: CodexOptions = {}) {
  fixture = await createScriptedCodex({ modelCatalog: true });
  codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, supervisor: FAST_RESTARTS, ...options });
  return { fixture, codex, thread: codex.startThread({ cwd: fixture.home.workspace }) };
}

type TurnItem = { type: string; text?: string };
type StoredTurn = { status: string; items: TurnItem[] };

describe('crash → restart → resume', () => {
  it('kill -9 mid-turn: the turn rejects CodexProcessCrashedError, thread.restarted follows and the same thread id goes on with its history', async () => {
    const { fixture, codex, thread } = await setup();
    const held = createGate();
    fixture.server.enqueue(responses.message('first answer'), responses.message('never delivered', { gate: held }), responses.message('after the restart'));
    const supervisorEvents = collectEvents(codex, 'supervisor.');

    await thread.run('one');
    const threadId = thread.id;
    const firstPid = thread.processId;
    expect(firstPid).toBeGreaterThan(0);

    const restarted = nextEvent(thread.events$, 'thread.restarted');
    const inFlight = thread.run('two');
    await held.reached;
    const killedAt = killHard(firstPid);

    const error = await inFlight.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CodexProcessCrashedError);
    expect((error as CodexProcessCrashedError).signal).toBe('SIGKILL');
    const event = await restarted;
    expect(event).toMatchObject({ thread_id: threadId, generation: 2, reason: 'codex process killed by SIGKILL' });
    console.info(`[crash-restart-resume] kill → thread.restarted in ${event.meta!.at - killedAt} ms`);

    const third = await thread.run('three');
    expect(third.finalResponse).toBe('after the restart');
    expect(thread.id).toBe(threadId);
    expect(thread.processId).not.toBe(firstPid);
    expect(thread.state.generation).toBe(2);

    // History survived: the model sees the first exchange again, and codex kept the turns.
    expect(userTexts(fixture.server.requests[2]!)).toEqual(expect.arrayContaining(['one', 'three']));
    expect(JSON.stringify(fixture.server.requests[2]!.body?.input)).toContain('first answer');
    const stored = (await thread.read({ includeTurns: true })) as { thread: { turns: StoredTurn[] } };
    const turns = stored.thread.turns;
    expect(turns.map((t) => t.status)).toEqual(['completed', 'interrupted', 'completed']);
    expect(turns[0]!.items.map((i) => i.type)).toEqual(['userMessage', 'agentMessage']);
    expect(turns[0]!.items[1]!.text).toBe('first answer');

    expect(supervisorEvents.map((e) => e.type)).toEqual(['supervisor.child_started', 'supervisor.child_crashed', 'supervisor.restarting', 'supervisor.child_restarted']);
    expect(codex.supervisor.tree().children[0]).toMatchObject({ status: 'running', generation: 2, restarts: 1 });
    fixture.server.assertNoMisses();
  });

  it('the first restart in the intensity window is immediate; a second kill within it waits initialDelayMs (OTP intensity)', async () => {
    const { codex, thread } = await setup({ supervisor: { backoff: { initialDelayMs: 250, jitter: 0 } } });
    const restarting = collectEvents(codex, 'supervisor.restarting');
    await thread.ready();
    for (const generation of [2, 3]) {
      const restarted = nextEvent(thread.events$, 'thread.restarted');
      killHard(thread.processId);
      expect(await restarted).toMatchObject({ generation });
    }
    expect(restarting.map((e) => [e.attempt, e.delayMs])).toEqual([
      [1, 0],
      [2, 250],
    ]);
  });

  it('a thread killed before its first turn (codex has not stored it yet) comes back as a new codex thread', async () => {
    const { fixture, thread } = await setup();
    fixture.server.enqueue(responses.message('fresh answer'));
    await thread.ready();
    const firstId = thread.id;
    const restarted = nextEvent(thread.events$, 'thread.restarted');
    const started = nextEvent(thread.events$, 'thread.started', (e) => e.thread_id !== firstId);
    killHard(thread.processId);

    const event = await restarted;
    expect(event.reason).toContain('a new thread was started');
    // thread.id changes only with an event that says so: the old id rides along.
    expect(event.previous_thread_id).toBe(firstId);
    expect((await started).thread_id).toBe(thread.id);
    expect(thread.id).not.toBe(firstId);
    expect((await thread.run('hello again')).finalResponse).toBe('fresh answer');
  });

  it('retryTurnOnCrash: the turn in flight is re-sent once after the resume and completes', async () => {
    const { fixture, thread } = await setup({ retryTurnOnCrash: true });
    const held = createGate();
    fixture.server.enqueue(responses.message('never delivered', { gate: held }), responses.message('answer of the retry'));
    await thread.ready();
    const firstPid = thread.processId;

    const run = thread.run('do the thing');
    await held.reached;
    killHard(firstPid);

    const result = await run;
    expect(result.status).toBe('completed');
    expect(result.finalResponse).toBe('answer of the retry');
    expect(thread.processId).not.toBe(firstPid);
    expect(fixture.server.requests).toHaveLength(2);
    expect(userTexts(fixture.server.requests[1]!).at(-1)).toBe('do the thing');
  });

  it('a restart while an approval handler waits aborts the handler\u2019s signal; the turn rejects and the thread goes on', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.shellCall('touch approved.txt', { callId: 'call_ask' }), responses.message('after the restart'));
    let handlerCalled!: () => void;
    const called = new Promise<void>((resolve) => (handlerCalled = resolve));
    let handlerAborted!: () => void;
    const aborted = new Promise<void>((resolve) => (handlerAborted = resolve));
    const thread = codex.startThread({
      cwd: fixture.home.workspace,
      sandbox: 'read-only',
      approvalMode: 'ask',
      onApproval: (_request, { signal }: { signal: AbortSignal }) =>
        new Promise((answer) => {
          signal.addEventListener('abort', () => (handlerAborted(), answer('decline')), { once: true });
          handlerCalled();
        }),
    });
    const run = thread.run('ask first').catch((e: unknown) => e);
    await called;
    const restarted = nextEvent(thread.events$, 'thread.restarted');
    killHard(thread.processId);

    await aborted;
    expect(await run).toBeInstanceOf(CodexProcessCrashedError);
    await restarted;
    expect((await thread.run('go on')).finalResponse).toBe('after the restart');
  });

  it('turns and calls sent while the thread restarts are queued and run after the restart', async () => {
    // The first restart is immediate: the turn and the call are sent synchronously from
    // the state stream, while the thread is still restarting.
    const { fixture, thread } = await setup();
    const held = createGate();
    fixture.server.enqueue(responses.message('never delivered', { gate: held }), responses.message('queued answer'));
    await thread.ready();
    const order: string[] = [];
    thread.events$.subscribe((e: ThreadEvent) => {
      if (e.type === 'thread.restarted' || e.type === 'turn.started' || e.type === 'turn.completed') order.push(e.type);
    });

    const inFlight = thread.run('first').catch((e: unknown) => e);
    await held.reached;
    // Send the moment the thread is restarting, from its own state stream.
    const queued = new Promise<{ run: Promise<unknown>; read: Promise<unknown>; state: string }>((resolve) => {
      let sent = false;
      const sub = thread.state$.subscribe((s) => {
        // Sending re-enters this callback (the thread's state changes): send once.
        if (sent || !s.state.startsWith('restarting')) return;
        sent = true;
        queueMicrotask(() => sub.unsubscribe());
        const run = thread.run('sent while restarting');
        const read = thread.read();
        resolve({ run, read, state: s.state });
      });
    });
    killHard(thread.processId);

    expect(await inFlight).toBeInstanceOf(CodexProcessCrashedError);
    const sent = await queued;
    expect(sent.state).toMatch(/^restarting/);
    const result = (await sent.run) as { finalResponse: string };
    expect(result.finalResponse).toBe('queued answer');
    await expect(sent.read).resolves.toMatchObject({ thread: { id: thread.id } });
    // The held turn started before the crash; the queued one only after the restart.
    expect(order).toEqual(['turn.started', 'thread.restarted', 'turn.started', 'turn.completed']);
  });
});
