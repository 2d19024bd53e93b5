import { firstValueFrom, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AbortError, defineTool, type ThreadEvent } from '../../src/index.js';
import { createGate, functionCallOutputs, responses, sse, userTexts } from '../../src/testing/index.js';
import { useScriptedCodex } from '../support/useScriptedCodex.js';

const setup = useScriptedCodex();

const usage = (inputTokens: number, outputTokens: number, cachedInputTokens = 0) => ({ inputTokens, outputTokens, cachedInputTokens, reasoningOutputTokens: 0 });

/** A tool whose answer the test releases, so the turn is provably still active meanwhile. */
function heldTool() {
  let release!: (text: string) => void;
  let markCalled!: () => void;
  const called = new Promise<void>((resolve) => (markCalled = resolve));
  const answer = new Promise<string>((resolve) => (release = resolve));
  const tool = defineTool({
    name: 'wait_for_test',
    description: 'Waits until the test answers',
    parameters: z.object({}),
    execute: async () => {
      markCalled();
      return answer;
    },
  });
  return { tool, called, release };
}

describe('thread.run → TurnResult', () => {
  it('has id, status, finalResponse, items, per-turn usage, error and timing', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(
      responses.shellCall('echo hi', { callId: 'call_sh', usage: usage(10, 2, 4) }),
      responses.stream([sse.reasoning('thinking'), sse.message('It printed hi.')], { usage: usage(20, 5, 8) }),
      responses.message('second turn', { usage: usage(7, 1) }),
    );
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const before = Date.now();
    const result = await thread.run('run echo hi');
    expect(result).toMatchObject({ status: 'completed', finalResponse: 'It printed hi.', error: null });
    expect(result.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.items.map((i) => i.type)).toEqual(['command_execution', 'reasoning', 'agent_message']);
    expect(result.items[0]).toMatchObject({ type: 'command_execution', status: 'completed', exit_code: 0, aggregated_output: 'hi\n' });
    // Per turn: the sum of this turn's two model requests.
    expect(result.usage).toMatchObject({ input_tokens: 30, cached_input_tokens: 12, output_tokens: 7 });
    expect(result.startedAt).toBeGreaterThanOrEqual(before);
    expect(result.completedAt).toBeGreaterThanOrEqual(result.startedAt!);
    expect(result.durationMs).toBe(result.completedAt! - result.startedAt!);
    expect(functionCallOutputs(fixture.server.requests[1]!)[0]!.output).toContain('hi');

    const second = await thread.run('again');
    expect(second.id).not.toBe(result.id);
    expect(second.usage).toMatchObject({ input_tokens: 7, cached_input_tokens: 0, output_tokens: 1 });
  });

  it('finalResponse: a final_answer message wins over later messages', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.stream([sse.message('progress', { phase: 'commentary' }), sse.message('THE ANSWER', { phase: 'final_answer' }), sse.message('trailing')]));
    const result = await codex.startThread({ cwd: fixture.home.workspace }).run('q');
    expect(result.items.filter((i) => i.type === 'agent_message').map((i) => (i as { phase?: unknown }).phase)).toEqual(['commentary', 'final_answer', undefined]);
    expect(result.finalResponse).toBe('THE ANSWER');
  });

  it('finalResponse: the last agent message when none is marked final; an empty last message stays ""', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.stream([sse.message('first'), sse.message('last')]), responses.stream([sse.message('not empty'), sse.message('')]));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    expect((await thread.run('a')).finalResponse).toBe('last');
    expect((await thread.run('b')).finalResponse).toBe('');
  });

  it('finalResponse: null when the turn has only commentary', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.stream([sse.message('just thinking aloud', { phase: 'commentary' })]));
    const result = await codex.startThread({ cwd: fixture.home.workspace }).run('q');
    expect(result.status).toBe('completed');
    expect(result.finalResponse).toBeNull();
  });
});

describe('thread.runStreamed', () => {
  it('yields @openai/codex-sdk shaped events, opening each run with thread.started', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.shellCall('echo streamed', { callId: 'call_s', usage: usage(5, 1) }), responses.message('done', { usage: usage(6, 2) }), responses.message('again'));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const { events } = await thread.runStreamed('stream it');
    const seen: ThreadEvent[] = [];
    for await (const event of events) seen.push(event);
    const sdk = seen.filter((e) => ['thread.started', 'turn.started', 'item.started', 'item.updated', 'item.completed', 'turn.completed', 'turn.failed', 'error'].includes(e.type));
    expect(sdk.map((e) => e.type)).toEqual(['thread.started', 'turn.started', 'item.started', 'item.completed', 'item.started', 'item.completed', 'turn.completed']);
    expect(sdk[0]).toMatchObject({ type: 'thread.started', thread_id: thread.id });
    // Items are numbered per turn like codex exec's (item_0, item_1…); codex's own id rides along.
    expect(sdk[2]).toMatchObject({ item: { id: 'item_0', type: 'command_execution', status: 'in_progress', aggregated_output: '' }, codex_item_id: 'call_s' });
    expect(sdk[3]).toMatchObject({ item: { id: 'item_0', type: 'command_execution', status: 'completed', exit_code: 0, aggregated_output: 'streamed\n' } });
    expect(sdk[5]).toMatchObject({ item: { type: 'agent_message', text: 'done' } });
    expect(sdk.at(-1)).toEqual(expect.objectContaining({ type: 'turn.completed', usage: expect.objectContaining({ input_tokens: 11, output_tokens: 3, cached_input_tokens: 0 }) }));

    const second: string[] = [];
    for await (const event of (await thread.runStreamed('again')).events) second.push(event.type);
    expect(second.slice(0, 2)).toEqual(['thread.started', 'turn.started']);
    expect(second.at(-1)).toBe('turn.completed');
  });
});

describe('thread.turn → TurnHandle', () => {
  it('events$ replays the whole turn to a late subscriber; async iteration and result() agree', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.message('replayed'));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const turn = await thread.turn('hi');
    const result = await turn.result();
    expect(turn.id).toBe(result.id);
    const late = await firstValueFrom(turn.events$.pipe(toArray()));
    expect(late[0]!.type).toBe('turn.started');
    expect(late.at(-1)!.type).toBe('turn.completed');
    const iterated: ThreadEvent[] = [];
    for await (const event of turn) iterated.push(event);
    expect(iterated).toEqual(late);
    expect(late.every((e) => e.meta?.turnId === result.id && e.meta?.threadId === thread.id)).toBe(true);
    expect(result.finalResponse).toBe('replayed');
  });

  it('steer: the steering text reaches the next model request of the same turn', async () => {
    const { fixture, codex } = await setup();
    const held = heldTool();
    fixture.server.enqueue(responses.dynamicToolCall('wait_for_test', {}, { callId: 'call_hold' }), responses.message('steered answer'));
    const thread = codex.startThread({ cwd: fixture.home.workspace, tools: [held.tool] });
    const turn = await thread.turn('start working');
    await held.called; // the turn is active, waiting on our tool
    await turn.steer('STEER: also mention the docs');
    held.release('tool done');
    const result = await turn.result();
    expect(result.status).toBe('completed');
    expect(result.finalResponse).toBe('steered answer');
    const next = fixture.server.requests[1]!;
    expect(userTexts(next)).toEqual(['start working', 'STEER: also mention the docs']);
    expect(functionCallOutputs(next).map((o) => o.output)).toEqual(['tool done']);
    expect(fixture.server.requests).toHaveLength(2); // same turn: no new turn/start
    await expect(turn.steer('too late')).rejects.toThrow(/no active turn/);
  });

  it('interrupt: the turn ends interrupted and the thread stays usable', async () => {
    const { fixture, codex } = await setup();
    const gate = createGate();
    fixture.server.enqueue(responses.message('never finished', { gate, stream: true }), responses.message('after interrupt'));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const turn = await thread.turn('long task');
    await gate.reached;
    await turn.interrupt();
    const result = await turn.result();
    expect(result.status).toBe('interrupted');
    const types = await firstValueFrom(turn.events$.pipe(toArray()));
    expect(types.at(-1)!.type).toBe('turn.interrupted');
    gate.release();

    const next = await thread.run('next task');
    expect(next.status).toBe('completed');
    expect(next.finalResponse).toBe('after interrupt');
    const request = fixture.server.requests[1]!;
    expect(userTexts(request).at(-1)).toBe('next task');
    expect(userTexts(request).join('\n')).toContain('<turn_aborted>');
  });
});

describe('AbortSignal', () => {
  it('aborting run() rejects with AbortError (cause = reason) and interrupts the turn in codex', async () => {
    const { fixture, codex } = await setup();
    const gate = createGate();
    fixture.server.enqueue(responses.message('never finished', { gate, stream: true }), responses.message('still usable'));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const controller = new AbortController();
    const running = thread.run('long task', { signal: controller.signal });
    await gate.reached;
    const reason = new Error('user pressed stop');
    controller.abort(reason);
    const error = await running.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ name: 'AbortError', code: 'ABORT_ERR', cause: reason });
    gate.release();
    const stored = (await thread.read({ includeTurns: true })).thread as { turns: Array<{ status: string }> };
    expect(stored.turns.map((t) => t.status)).toEqual(['interrupted']);
    expect((await thread.run('next')).finalResponse).toBe('still usable');
    // An already-aborted signal: nothing is sent.
    await expect(thread.run('x', { signal: AbortSignal.abort('no') })).rejects.toBeInstanceOf(AbortError);
    expect(fixture.server.requests).toHaveLength(2);
  });
});
