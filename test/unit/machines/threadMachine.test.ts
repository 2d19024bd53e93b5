/**
 * The thread machine under a real supervisor, with in-memory connections:
 * how it opens, fails, restarts, resumes and closes, and what an inspector
 * serializes of it.
 */
import { describe, expect, it } from 'vitest';
import { SimulatedClock, type AnyActorRef } from 'xstate';
import { createSupervisor } from '../../../actors/createSupervisor.js';
import { defineChildSpec } from '../../../actors/childSpec.js';
import type { SupervisorEvent } from '../../../actors/supervisorEvents.js';
import type { ConnectionLease, ConnectionStarter } from '../../../machines/connection/connectionMachine.js';
import { ThreadRouter } from '../../../machines/connection/threadRouter.js';
import { threadMachine } from '../../../machines/thread/threadMachine.js';
import type { ThreadInput, TurnOutcome, TurnRequest } from '../../../machines/thread/threadTypes.js';
import { EphemeralThreadLostError, InvalidRequestError, ThreadInUseError, TimeoutError } from '../../../src/errors/index.js';
import type { EffectiveSettings } from '../../../src/options/effectiveSettings.js';
import type { ThreadEvent } from '../../../src/protocol/publicEvents.js';
import { FakeTransport } from '../runtime/fakeTransport.js';

const flush = () => new Promise((resolve) => setImmediate(resolve));

type Respond = (method: string, params: unknown) => unknown;

/** A supervisor on a SimulatedClock with one thread child whose connections are FakeTransports answering with `respond`. */
function setup(
  options: { respond?: Respond; codexThreadId?: string | null; connect?: ConnectionStarter; settings?: EffectiveSettings; ephemeralRestart?: 'fail' | 'new-thread' } = {},
) {
  const clock = new SimulatedClock();
  const transports: FakeTransport[] = [];
  let opened = 0;
  const respond: Respond =
    options.respond ??
    ((method) => {
      if (method === 'thread/start' || method === 'thread/resume') return { thread: { id: `th-${++opened}` } };
      return {};
    });
  const connect: ConnectionStarter =
    options.connect ??
    (async ({ onSpawned }) => {
      const transport = new FakeTransport(respond);
      transports.push(transport);
      onSpawned(transport.pid);
      return transport.asTransport;
    });
  const published: ThreadEvent[] = [];
  const input: Omit<ThreadInput, 'childId' | 'generation'> = {
    codexThreadId: options.codexThreadId ?? null,
    connect,
    startParams: { cwd: '/w' },
    resumeParams: (threadId) => ({ threadId }),
    publish: (e) => published.push(e),
    onNotification: () => {},
    onThreadOpened: () => {},
    resolveServerRequest: async () => ({}),
    retryTurnOnCrash: false,
    queueCapacity: 10,
    ...(options.settings ? { settings: options.settings } : {}),
    ...(options.ephemeralRestart ? { ephemeralRestart: options.ephemeralRestart } : {}),
  };
  const supervisor = createSupervisor({ clock, options: { backoff: { initialDelayMs: 100, jitter: 0 } } });
  const events: SupervisorEvent[] = [];
  supervisor.on('*', (e) => events.push(e as SupervisorEvent));
  supervisor.start();
  supervisor.send({ type: 'supervisor.start_child', spec: defineChildSpec({ id: 'thread:1', systemId: 'thread:1', logic: threadMachine, input: input as never }) });
  const thread = supervisor.system.get('thread:1') as AnyActorRef;
  const state = () => JSON.stringify(thread.getSnapshot().value);
  return { clock, supervisor, thread, transports, published, events, state };
}

/** A turn request that records how it settled. */
function turnRequest(id = 'req_1', settings?: TurnRequest['settings']) {
  const outcomes: TurnOutcome[] = [];
  const request: TurnRequest = {
    id,
    ...(settings ? { settings } : {}),
    attempt: 0,
    buildParams: (threadId) => ({ threadId, input: [] }),
    publish: () => {},
    attached: () => {},
    settle: (outcome) => outcomes.push(outcome),
  };
  return { request, outcomes };
}

describe('thread machine', () => {
  it('codex refusing to open the thread fails it at once: child.failed, no restart, queued work rejected with the refusal', async () => {
    const refusal = { code: -32600, message: 'no rollout found for thread id 01ab' };
    const h = setup({
      codexThreadId: '01ab',
      respond: (method) => {
        if (method === 'thread/resume') throw new InvalidRequestError(method, refusal);
        return {};
      },
    });
    const { request, outcomes } = turnRequest();
    h.thread.send({ type: 'turn.enqueue', request });
    await flush();

    expect(h.state()).toBe('"failed"');
    expect(outcomes).toEqual([expect.objectContaining({ state: 'rejected', error: expect.any(InvalidRequestError) })]);
    expect(h.events.map((e) => e.type)).toEqual(['supervisor.child_started', 'supervisor.child_failed']);
    h.clock.increment(10_000);
    expect(h.transports).toHaveLength(1);
  });

  it('after a crash, a thread codex never stored (no turn yet) is started anew rather than failed', async () => {
    let resumes = 0;
    let starts = 0;
    const h = setup({
      respond: (method) => {
        if (method === 'thread/start') return { thread: { id: `fresh-${++starts}` } };
        if (method === 'thread/resume') {
          resumes += 1;
          throw new InvalidRequestError(method, { code: -32600, message: 'no rollout found for thread id fresh-1' });
        }
        return {};
      },
    });
    h.thread.send({ type: 'thread.boot' });
    await flush();
    expect(h.state()).toBe('{"connected":"ready"}');
    h.transports[0]!.crash();
    await flush();
    expect(h.state()).toBe('{"restarting":"backoff"}');
    h.clock.increment(100);
    await flush();

    expect(h.state()).toBe('{"connected":"ready"}');
    expect([resumes, starts]).toEqual([1, 2]);
    expect(h.thread.getSnapshot().context.codexThreadId).toBe('fresh-2');
    const restarted = h.published.find((e) => e.type === 'thread.restarted');
    expect(restarted).toMatchObject({ thread_id: 'fresh-2', generation: 2 });
    expect((restarted as { reason: string }).reason).toContain('a new thread was started');
    expect(h.published.filter((e) => e.type === 'thread.started').map((e) => (e as { thread_id: string }).thread_id)).toEqual(['fresh-1', 'fresh-2']);
  });

  it('an ephemeral thread without turns is replaced after a crash; thread.restarted names both ids and says nothing was lost', async () => {
    let starts = 0;
    const h = setup({
      respond: (method) => (method === 'thread/start' ? { thread: { id: `eph-${++starts}`, ephemeral: true } } : {}),
    });
    h.thread.send({ type: 'thread.boot' });
    await flush();
    h.transports[0]!.crash();
    await flush();
    h.clock.increment(100);
    await flush();
    expect(h.state()).toBe('{"connected":"ready"}');
    expect(h.transports[1]!.requests.map((r) => r.method)).toEqual(['thread/start']);
    const restarted = h.published.find((e) => e.type === 'thread.restarted');
    expect(restarted).toMatchObject({ thread_id: 'eph-2', previous_thread_id: 'eph-1' });
    expect((restarted as { reason: string }).reason).toContain('the thread was ephemeral and had no turns yet, so a new thread replaced it (nothing was lost)');
  });

  it('an ephemeral thread with history fails after a crash with EphemeralThreadLostError; no resume is tried', async () => {
    const h = setup({ codexThreadId: 'eph', respond: (method) => (method === 'thread/resume' ? { thread: { id: 'eph', ephemeral: true } } : {}) });
    h.thread.send({ type: 'thread.boot' });
    await flush();
    h.transports[0]!.crash();
    await flush();
    h.clock.increment(100);
    await flush();
    expect(h.state()).toBe('"failed"');
    expect(h.thread.getSnapshot().context.error).toBeInstanceOf(EphemeralThreadLostError);
    expect(h.transports[1]!.requests).toEqual([]);
    expect(h.events.map((e) => e.type)).toContain('supervisor.child_failed');
    const { request, outcomes } = turnRequest();
    h.thread.send({ type: 'turn.enqueue', request });
    expect(outcomes).toEqual([expect.objectContaining({ state: 'rejected', error: expect.any(EphemeralThreadLostError) })]);
  });

  it("with ephemeralRestart: 'new-thread' an ephemeral thread with history is replaced, and the event says its history is lost", async () => {
    const h = setup({
      codexThreadId: 'eph',
      ephemeralRestart: 'new-thread',
      respond: (method) => ({ thread: { id: method === 'thread/start' ? 'fresh' : 'eph', ephemeral: true } }),
    });
    h.thread.send({ type: 'thread.boot' });
    await flush();
    h.transports[0]!.crash();
    await flush();
    h.clock.increment(100);
    await flush();
    expect(h.state()).toBe('{"connected":"ready"}');
    const restarted = h.published.find((e) => e.type === 'thread.restarted') as { reason: string; previous_thread_id?: string; thread_id: string };
    expect(restarted).toMatchObject({ thread_id: 'fresh', previous_thread_id: 'eph' });
    expect(restarted.reason).toContain("codex never stores ephemeral threads, so the thread's history is lost");
  });

  it('a thread another process holds fails at once with ThreadInUseError (no restart); queued turns are never sent', async () => {
    const h = setup({
      codexThreadId: '01ab',
      respond: (method) => {
        if (method === 'thread/resume') throw new InvalidRequestError(method, { code: -32600, message: 'thread 01ab already has an active writer' });
        return {};
      },
    });
    const { request, outcomes } = turnRequest();
    h.thread.send({ type: 'turn.enqueue', request });
    await flush();
    expect(h.state()).toBe('"failed"');
    expect(outcomes).toEqual([expect.objectContaining({ state: 'rejected', error: expect.any(ThreadInUseError) })]);
    expect(h.transports[0]!.requests.map((r) => r.method)).toEqual(['thread/resume']);
    expect(h.events.map((e) => e.type)).toEqual(['supervisor.child_started', 'supervisor.child_failed']);
  });

  it('a turn codex accepted folds its overrides into the settings, and the resume after a crash sends them', async () => {
    const h = setup({
      settings: { sandbox: 'workspace-write', model: 'a' },
      respond: (method) => (method === 'turn/start' ? { turn: { id: 'turn-1', status: 'inProgress', items: [] } } : { thread: { id: 'th' } }),
    });
    const { request, outcomes } = turnRequest('req_1', { sandbox: 'read-only', approvalPolicy: 'never' });
    h.thread.send({ type: 'turn.enqueue', request });
    await flush();
    h.transports[0]!.notifications.next({ method: 'turn/completed', params: { threadId: 'th', turn: { id: 'turn-1', status: 'completed', error: null } } });
    await flush();
    expect(outcomes.map((o) => o.state)).toEqual(['completed']);
    expect(h.thread.getSnapshot().context.settings).toEqual({ sandbox: 'read-only', model: 'a', approvalPolicy: 'never' });

    h.transports[0]!.crash();
    await flush();
    h.clock.increment(100);
    await flush();
    expect(h.state()).toBe('{"connected":"ready"}');
    expect(h.transports[1]!.requests[0]).toEqual({ method: 'thread/resume', params: { threadId: 'th', sandbox: 'read-only', model: 'a', approvalPolicy: 'never' } });
  });

  it('a turn codex refused changes no setting', async () => {
    const h = setup({
      settings: { sandbox: 'workspace-write' },
      respond: (method) => {
        if (method === 'turn/start') throw new InvalidRequestError(method, { code: -32600, message: 'bad turn' });
        return { thread: { id: 'th' } };
      },
    });
    const { request, outcomes } = turnRequest('req_1', { sandbox: 'read-only' });
    h.thread.send({ type: 'turn.enqueue', request });
    await flush();
    expect(outcomes.map((o) => o.state)).toEqual(['failed']);
    expect(h.thread.getSnapshot().context.settings).toEqual({ sandbox: 'workspace-write' });
  });

  it('a timeout while opening counts as a crash: the supervisor restarts the thread', async () => {
    let calls = 0;
    const h = setup({
      respond: (method) => {
        if (method === 'thread/start' && ++calls === 1) throw new TimeoutError('thread/start', 60_000);
        return { thread: { id: 'th' } };
      },
    });
    h.thread.send({ type: 'thread.boot' });
    await flush();
    expect(h.events.map((e) => e.type)).toEqual(['supervisor.child_started', 'supervisor.child_crashed', 'supervisor.restarting']);
    h.clock.increment(100);
    await flush();
    expect(h.state()).toBe('{"connected":"ready"}');
    expect(h.transports[0]!.closed).toBe(true);
  });

  it('closing waits for an owned process to exit', async () => {
    const h = setup();
    h.thread.send({ type: 'thread.boot' });
    await flush();
    h.thread.send({ type: 'thread.close' });
    expect(h.state()).toBe('"closing"');
    await flush();
    expect(h.thread.getSnapshot().status).toBe('done');
    expect(h.transports[0]!.closeCalls).toBeGreaterThan(0);
    expect(h.transports[0]!.closed).toBe(true);
  });

  it('closing a thread on a shared (pool) connection releases its lease and leaves the process up', async () => {
    const shared = new FakeTransport((method) => (method === 'thread/start' ? { thread: { id: 'pooled' } } : {}));
    const router = new ThreadRouter(shared.asTransport);
    let released = 0;
    const h = setup({
      connect: async ({ onSpawned }) => {
        onSpawned(shared.pid);
        return { kind: 'lease', transport: shared.asTransport, router, release: () => void released++ } satisfies ConnectionLease;
      },
    });
    h.thread.send({ type: 'thread.boot' });
    await flush();
    expect(router.size).toBe(1);
    h.thread.send({ type: 'thread.close' });
    await flush();

    expect(h.thread.getSnapshot().status).toBe('done');
    expect(released).toBeGreaterThan(0);
    expect(router.size).toBe(0);
    expect([shared.closed, shared.closeCalls]).toEqual([false, 0]);
  });

  it('serializes (for inspectors) to a summary: ids, generation, pid, queue, effective settings; never the transport or the input', async () => {
    const h = setup({ settings: { sandbox: 'read-only', approvalPolicy: 'never' } });
    h.thread.send({ type: 'thread.boot' });
    await flush();
    const json = JSON.parse(JSON.stringify(h.thread.getSnapshot())) as { context: Record<string, unknown> };
    expect(json.context).toEqual({
      childId: 'thread:1',
      label: null,
      codexThreadId: 'th-1',
      generation: 1,
      pid: h.transports[0]!.pid,
      queued: 0,
      pendingCalls: 0,
      goal: null,
      restartDelayMs: 0,
      restartReason: null,
      sandbox: 'read-only',
      settings: { sandbox: 'read-only', approvalPolicy: 'never' },
      error: null,
    });
    const supervisorJson = JSON.parse(JSON.stringify(h.supervisor.getSnapshot())) as { context: unknown };
    expect(supervisorJson.context).toEqual({
      strategy: 'one_for_one',
      children: [{ id: 'thread:1', systemId: 'thread:1', restart: 'permanent', generation: 1, status: 'running', restarts: 0 }],
    });
  });
});
