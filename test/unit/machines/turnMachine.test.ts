import { describe, expect, it } from 'vitest';
import { createActor, toPromise } from 'xstate';
import { turnMachine } from '../../../machines/turn/turnMachine.js';
import type { TurnInput, ServerRequestOutcome } from '../../../machines/turn/turnTypes.js';
import type { ThreadEvent } from '../../../src/protocol/publicEvents.js';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

function setup(overrides: Partial<TurnInput> = {}) {
  const events: ThreadEvent[] = [];
  const calls: Array<{ method: string; params: unknown }> = [];
  const startResponse = deferred<unknown>();
  const input: TurnInput = {
    threadId: 'th1',
    generation: 0,
    startParams: { threadId: 'th1', input: [] },
    publish: (e) => events.push(e),
    rpc: {
      request: async (method: string, params?: unknown) => {
        calls.push({ method, params });
        if (method === 'turn/start') return startResponse.promise as never;
        return {} as never;
      },
    },
    resolveServerRequest: async () => ({ decision: 'decline' }),
    ...overrides,
  };
  const actor = createActor(turnMachine, { input }).start();
  const note = (method: string, params: Record<string, unknown>) => actor.send({ type: 'wire.notification', method, params });
  return { actor, events, calls, startResponse, note };
}

const item = (type: string, extra: Record<string, unknown>) => ({ item: { type, id: `${type}_1`, ...extra }, threadId: 'th1', turnId: 't1' });

describe('turnMachine', () => {
  it('folds a plain turn into public events and ends completed', async () => {
    const { actor, events, startResponse, note } = setup();
    expect(actor.getSnapshot().value).toBe('starting');
    startResponse.resolve({ turn: { id: 't1', status: 'inProgress' } });
    await new Promise((r) => setImmediate(r));
    expect(actor.getSnapshot().value).toEqual({ active: 'running' });
    note('item/started', item('agentMessage', { text: '', phase: null }));
    note('item/agentMessage/delta', { itemId: 'agentMessage_1', delta: 'Hel' });
    note('item/completed', item('agentMessage', { text: 'Hello', phase: null }));
    note('thread/tokenUsage/updated', { tokenUsage: { last: { inputTokens: 10, cachedInputTokens: 4, outputTokens: 2 }, total: { inputTokens: 30 } } });
    note('turn/completed', { turn: { id: 't1', status: 'completed', error: null } });
    await toPromise(actor);
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('completed');
    expect(snap.context.acc.finalResponse()).toBe('Hello');
    // The SDK's Usage has five counts; the ones codex did not report are 0, never missing.
    expect(snap.context.acc.usage).toEqual({ input_tokens: 10, cached_input_tokens: 4, cache_write_input_tokens: 0, output_tokens: 2, reasoning_output_tokens: 0 });
    expect(events.map((e) => e.type)).toEqual(['turn.started', 'item.started', 'item.delta', 'item.completed', 'token_usage.updated']);
  });

  it('numbers items item_0, item_1… like codex exec, keeps codex\'s id on the events, and adds no phase: null', async () => {
    const { actor, events, startResponse, note } = setup();
    startResponse.resolve({ turn: { id: 't1', status: 'inProgress' } });
    await new Promise((r) => setImmediate(r));
    note('item/started', { item: { type: 'commandExecution', id: 'call_x', command: 'ls', status: 'inProgress' }, threadId: 'th1', turnId: 't1' });
    note('item/agentMessage/delta', { itemId: 'msg_a', delta: 'Hi', threadId: 'th1', turnId: 't1' });
    note('item/completed', { item: { type: 'commandExecution', id: 'call_x', command: 'ls', status: 'completed', exitCode: 0 }, threadId: 'th1', turnId: 't1' });
    note('item/completed', { item: { type: 'agentMessage', id: 'msg_a', text: 'Hi', phase: null }, threadId: 'th1', turnId: 't1' });
    note('turn/completed', { turn: { id: 't1', status: 'completed', error: null } });
    await toPromise(actor);
    const acc = actor.getSnapshot().context.acc;
    expect(acc.items.map((i) => i.id)).toEqual(['item_0', 'item_1']);
    expect(acc.items[1]).toEqual({ id: 'item_1', type: 'agent_message', text: 'Hi' });
    expect(acc.findItem('call_x')?.id).toBe('item_0');
    expect(events.filter((e) => e.type.startsWith('item.')).map((e) => [e.type, (e as { codex_item_id?: string }).codex_item_id])).toEqual([
      ['item.started', 'call_x'],
      ['item.delta', 'msg_a'],
      ['item.completed', 'call_x'],
      ['item.completed', 'msg_a'],
    ]);
    expect(events.find((e) => e.type === 'item.delta')).toMatchObject({ item_id: 'item_1' });
  });

  it('adopts a turn codex started by itself (a goal continuation): no turn/start, server requests handled as in any turn', async () => {
    const asked: string[] = [];
    const { actor, events, calls, note } = setup({
      adopt: { id: 't9', status: 'inProgress' },
      resolveServerRequest: async (request) => (asked.push(request.method), { decision: 'accept' }),
    });
    expect(actor.getSnapshot().value).toEqual({ active: 'running' });
    expect(actor.getSnapshot().context.acc.turnId).toBe('t9');
    const answer = new Promise<ServerRequestOutcome>((respond) =>
      actor.send({ type: 'wire.serverRequest', request: { id: 1, method: 'item/commandExecution/requestApproval', params: { threadId: 'th1', turnId: 't9' } }, respond }),
    );
    expect(actor.getSnapshot().value).toEqual({ active: 'awaitingApproval' });
    expect(await answer).toEqual({ result: { decision: 'accept' } });
    note('turn/completed', { turn: { id: 't9', status: 'completed', error: null } });
    await toPromise(actor);
    expect(actor.getSnapshot().value).toBe('completed');
    expect(calls.map((c) => c.method)).not.toContain('turn/start');
    expect(asked).toEqual(['item/commandExecution/requestApproval']);
    expect(events[0]!.type).toBe('turn.started');
  });

  it('sums cache writes over the model requests of a turn', async () => {
    const { actor, startResponse, note } = setup();
    startResponse.resolve({ turn: { id: 't1', status: 'inProgress' } });
    await new Promise((r) => setImmediate(r));
    note('thread/tokenUsage/updated', { tokenUsage: { last: { inputTokens: 10, cacheWriteInputTokens: 6, outputTokens: 1 }, total: {} } });
    note('thread/tokenUsage/updated', { tokenUsage: { last: { inputTokens: 5, cacheWriteInputTokens: 2, outputTokens: 1 }, total: { cacheWriteInputTokens: 8 } } });
    note('turn/completed', { turn: { id: 't1', status: 'completed', error: null } });
    await toPromise(actor);
    expect(actor.getSnapshot().context.acc.usage).toMatchObject({ input_tokens: 15, cache_write_input_tokens: 8 });
  });

  it('accepts turn/completed that arrives before the turn/start response', async () => {
    const { actor, startResponse, note } = setup();
    note('turn/started', { turn: { id: 't1' } });
    note('item/completed', item('agentMessage', { text: 'fast' }));
    note('turn/completed', { turn: { id: 't1', status: 'completed' } });
    startResponse.resolve({ turn: { id: 't1' } });
    await toPromise(actor);
    expect(actor.getSnapshot().value).toBe('completed');
    expect(actor.getSnapshot().context.acc.finalResponse()).toBe('fast');
  });

  it('enters awaitingApproval while a handler decides, then answers and returns to running', async () => {
    const decision = deferred<unknown>();
    const { actor, startResponse, note } = setup({ resolveServerRequest: () => decision.promise });
    startResponse.resolve({ turn: { id: 't1' } });
    await new Promise((r) => setImmediate(r));
    const outcome = deferred<ServerRequestOutcome>();
    actor.send({
      type: 'wire.serverRequest',
      request: { id: 0, method: 'item/commandExecution/requestApproval', params: { threadId: 'th1', turnId: 't1' } },
      respond: outcome.resolve,
    });
    expect(actor.getSnapshot().value).toEqual({ active: 'awaitingApproval' });
    decision.resolve({ decision: 'accept' });
    expect(await outcome.promise).toEqual({ result: { decision: 'accept' } });
    await new Promise((r) => setImmediate(r));
    expect(actor.getSnapshot().value).toEqual({ active: 'running' });
    note('turn/completed', { turn: { id: 't1', status: 'completed' } });
    expect(actor.getSnapshot().value).toBe('completed');
  });

  it('shows runningTool for a dynamic tool call', async () => {
    const done = deferred<unknown>();
    const { actor, startResponse } = setup({ resolveServerRequest: () => done.promise });
    startResponse.resolve({ turn: { id: 't1' } });
    await new Promise((r) => setImmediate(r));
    actor.send({ type: 'wire.serverRequest', request: { id: 1, method: 'item/tool/call', params: {} }, respond: () => {} });
    expect(actor.getSnapshot().value).toEqual({ active: 'runningTool' });
    done.resolve({ contentItems: [], success: true });
    await new Promise((r) => setImmediate(r));
    expect(actor.getSnapshot().value).toEqual({ active: 'running' });
  });

  it('interrupts: sends turn/interrupt and cleans background terminals, ends interrupted, closes dangling items', async () => {
    const { actor, events, calls, startResponse, note } = setup();
    startResponse.resolve({ turn: { id: 't1' } });
    await new Promise((r) => setImmediate(r));
    note('item/started', item('commandExecution', { command: 'sleep 20', status: 'inProgress' }));
    actor.send({ type: 'turn.interrupt', reason: 'interrupt' });
    expect(actor.getSnapshot().value).toBe('interrupting');
    await new Promise((r) => setImmediate(r));
    expect(calls.map((c) => c.method)).toEqual(['turn/start', 'turn/interrupt', 'thread/backgroundTerminals/clean']);
    note('turn/completed', { turn: { id: 't1', status: 'interrupted' } });
    expect(actor.getSnapshot().value).toBe('interrupted');
    const closed = events.filter((e) => e.type === 'item.completed');
    expect(closed).toHaveLength(1);
    expect(closed[0]).toMatchObject({ item: { type: 'command_execution', status: 'failed' } });
  });

  it('an interrupt requested while starting is sent once the turn id is known', async () => {
    const { actor, calls, startResponse } = setup();
    actor.send({ type: 'turn.interrupt', reason: 'abort', cause: 'stop' });
    startResponse.resolve({ turn: { id: 't9' } });
    await new Promise((r) => setImmediate(r));
    expect(actor.getSnapshot().value).toBe('interrupting');
    expect(calls[1]).toEqual({ method: 'turn/interrupt', params: { threadId: 'th1', turnId: 't9' } });
    expect(actor.getSnapshot().context.endReason).toBe('abort');
  });

  it('connection loss ends the turn crashed with CodexProcessCrashedError and aborts pending handlers', async () => {
    let seenSignal: AbortSignal | undefined;
    const { actor, startResponse } = setup({
      resolveServerRequest: (_r, ctx) => {
        seenSignal = ctx.signal;
        return new Promise(() => {});
      },
    });
    startResponse.resolve({ turn: { id: 't1' } });
    await new Promise((r) => setImmediate(r));
    actor.send({ type: 'wire.serverRequest', request: { id: 2, method: 'item/fileChange/requestApproval', params: {} }, respond: () => {} });
    actor.send({ type: 'connection.lost', exit: { exitCode: null, signal: 'SIGKILL', stderrTail: '' } });
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('crashed');
    expect((snap.context.error as Error).name).toBe('CodexProcessCrashedError');
    expect(seenSignal?.aborted).toBe(true);
  });

  it('failed turns keep codex error info', async () => {
    const { actor, events, startResponse, note } = setup();
    startResponse.resolve({ turn: { id: 't1' } });
    await new Promise((r) => setImmediate(r));
    note('error', { error: { message: 'boom', codexErrorInfo: 'internalServerError' }, willRetry: false });
    note('turn/completed', { turn: { id: 't1', status: 'failed', error: { message: 'boom', codexErrorInfo: 'internalServerError' } } });
    expect(actor.getSnapshot().value).toBe('failed');
    expect(actor.getSnapshot().context.acc.error).toMatchObject({ message: 'boom', codexErrorInfo: 'internalServerError' });
    expect(events.map((e) => e.type)).toContain('error');
  });

  it('final response: final_answer wins, empty kept, commentary only is null', async () => {
    const run = async (msgs: Array<{ text: string; phase: string | null }>) => {
      const { actor, startResponse, note } = setup();
      startResponse.resolve({ turn: { id: 't1' } });
      msgs.forEach((m, i) => note('item/completed', { item: { type: 'agentMessage', id: `m${i}`, ...m } }));
      note('turn/completed', { turn: { id: 't1', status: 'completed' } });
      return actor.getSnapshot().context.acc.finalResponse();
    };
    expect(await run([{ text: 'answer', phase: 'final_answer' }, { text: 'after', phase: null }])).toBe('answer');
    expect(await run([{ text: 'a', phase: null }, { text: '', phase: null }])).toBe('');
    expect(await run([{ text: 'thinking', phase: 'commentary' }])).toBeNull();
    expect(await run([])).toBeNull();
  });
});
