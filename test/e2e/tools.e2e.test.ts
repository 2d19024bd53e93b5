import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineTool, type ThreadEvent } from '../../src/index.js';
import { functionCallOutputs, responses, sse, toolNames } from '../../src/testing/index.js';
import { useCodexFixture } from '../support/index.js';

const setup = useCodexFixture();

function record(thread: { events$: { subscribe(o: (e: ThreadEvent) => void): unknown } }): ThreadEvent[] {
  const events: ThreadEvent[] = [];
  thread.events$.subscribe((e) => events.push(e));
  return events;
}

const lookupTicket = defineTool({
  name: 'lookup_ticket',
  description: 'Fetch a support ticket by id',
  parameters: z.object({ id: z.string().regex(/^[A-Z]+-\d+$/), verbose: z.boolean().optional() }),
  execute: async ({ id }) => `Ticket ${id} is OPEN`,
});

describe('dynamic tools (defineTool) on the real binary', () => {
  it('happy path: codex offers the tool, arguments are parsed, the output reaches the next request, the chart passes runningTool', async () => {
    const { fixture, codex } = await setup();
    const received: unknown[] = [];
    const tool = defineTool({
      name: 'lookup_ticket',
      description: 'Fetch a support ticket by id',
      parameters: lookupTicket.parameters,
      execute: async (args, ctx) => {
        received.push({ args, threadId: ctx.threadId, turnId: ctx.turnId, callId: ctx.callId });
        return `Ticket ${args.id} is OPEN`;
      },
    });
    fixture.server.enqueue(responses.dynamicToolCall('lookup_ticket', { id: 'ABC-123' }, { callId: 'call_t1' }), responses.message('ABC-123 is open.'));
    const thread = codex.startThread({ cwd: fixture.home.workspace, tools: [tool] });
    const events = record(thread);
    const turnStates: string[] = [];
    thread.state$.subscribe((s) => {
      if (s.turnState && turnStates.at(-1) !== s.turnState) turnStates.push(s.turnState);
    });
    const result = await thread.run('what about ABC-123?');
    expect(result.status).toBe('completed');
    expect(result.finalResponse).toBe('ABC-123 is open.');
    expect(toolNames(fixture.server.requests[0]!)).toContain('lookup_ticket');
    const offered = fixture.server.requests[0]!.body!.tools!.find((t) => t['name'] === 'lookup_ticket')!;
    expect(offered['parameters']).toMatchObject({ type: 'object', properties: { id: { type: 'string' } }, required: ['id'] });
    expect(received).toEqual([{ args: { id: 'ABC-123' }, threadId: thread.id, turnId: result.id, callId: 'call_t1' }]);
    expect(functionCallOutputs(fixture.server.requests[1]!)).toMatchObject([{ type: 'function_call_output', callId: 'call_t1', output: 'Ticket ABC-123 is OPEN' }]);
    expect(events.find((e) => e.type === 'tool.called')).toMatchObject({ call_id: 'call_t1', tool: 'lookup_ticket', arguments: { id: 'ABC-123' } });
    expect(events.find((e) => e.type === 'tool.completed')).toMatchObject({ call_id: 'call_t1', success: true, output: 'Ticket ABC-123 is OPEN' });
    expect(turnStates).toContain('active.runningTool');
  });

  it('a tool that throws: the model gets a failed output naming the error, the turn completes', async () => {
    const { fixture, codex } = await setup();
    const broken = defineTool({
      name: 'flaky',
      description: 'Always fails',
      parameters: z.object({}),
      execute: () => {
        throw new Error('database unreachable');
      },
    });
    fixture.server.enqueue(responses.dynamicToolCall('flaky', {}, { callId: 'call_f' }), responses.message('sorry'));
    const thread = codex.startThread({ cwd: fixture.home.workspace, tools: [broken] });
    const events = record(thread);
    const result = await thread.run('try it');
    expect(result.status).toBe('completed');
    expect(result.finalResponse).toBe('sorry');
    const [output] = functionCallOutputs(fixture.server.requests[1]!);
    expect(output).toMatchObject({ callId: 'call_f' });
    expect(output!.output).toContain('database unreachable');
    expect(events.find((e) => e.type === 'tool.completed')).toMatchObject({ success: false });
  });

  it('invalid arguments: execute never runs, the model gets the validation issues', async () => {
    const { fixture, codex } = await setup();
    let ran = false;
    const tool = defineTool({ ...lookupTicket, parameters: lookupTicket.parameters, execute: () => ((ran = true), 'nope') });
    fixture.server.enqueue(responses.dynamicToolCall('lookup_ticket', { id: 42 }, { callId: 'call_bad' }), responses.message('retrying'));
    const thread = codex.startThread({ cwd: fixture.home.workspace, tools: [tool] });
    const result = await thread.run('bad args');
    expect(result.status).toBe('completed');
    expect(ran).toBe(false);
    const [output] = functionCallOutputs(fixture.server.requests[1]!);
    expect(output!.output).toMatch(/Invalid arguments for tool lookup_ticket: id: /);
  });

  it('a namespaced tool: codex groups it under its namespace and routes the namespaced call to it', async () => {
    const { fixture, codex } = await setup();
    const findCustomer = defineTool({
      name: 'find_customer',
      namespace: 'crm',
      description: 'Find a customer by email',
      parameters: z.object({ email: z.string() }),
      execute: ({ email }) => ({ content: [{ type: 'text', text: `customer ${email}: ACME` }] }),
    });
    fixture.server.enqueue(responses.dynamicToolCall('find_customer', { email: 'a@b.c' }, { callId: 'call_ns', namespace: 'crm' }), responses.message('ACME'));
    const thread = codex.startThread({ cwd: fixture.home.workspace, tools: [findCustomer] });
    const result = await thread.run('who is a@b.c?');
    expect(result.finalResponse).toBe('ACME');
    expect(toolNames(fixture.server.requests[0]!)).toContain('crm.find_customer');
    expect(functionCallOutputs(fixture.server.requests[1]!)[0]).toMatchObject({ callId: 'call_ns', output: 'customer a@b.c: ACME' });
  });

  it('two tool calls in one model response both run and both outputs go back', async () => {
    const { fixture, codex } = await setup();
    const calls: string[] = [];
    const tool = defineTool({ ...lookupTicket, parameters: lookupTicket.parameters, execute: ({ id }) => (calls.push(id), `${id}: ok`) });
    fixture.server.enqueue(
      responses.stream([sse.dynamicToolCall('lookup_ticket', { id: 'A-1' }, { callId: 'call_a' }), sse.dynamicToolCall('lookup_ticket', { id: 'B-2' }, { callId: 'call_b' })]),
      responses.message('both fine'),
    );
    const thread = codex.startThread({ cwd: fixture.home.workspace, tools: [tool] });
    const result = await thread.run('check both');
    expect(result.finalResponse).toBe('both fine');
    expect(calls.sort()).toEqual(['A-1', 'B-2']);
    const outputs = functionCallOutputs(fixture.server.requests[1]!);
    expect(Object.fromEntries(outputs.map((o) => [o.callId, o.output]))).toEqual({ call_a: 'A-1: ok', call_b: 'B-2: ok' });
  });

  it('maxToolCalls: calls beyond the limit fail back to the model with a clear message', async () => {
    const { fixture, codex } = await setup();
    let runs = 0;
    const tool = defineTool({ ...lookupTicket, parameters: lookupTicket.parameters, execute: ({ id }) => (runs++, `${id}: ok`) });
    fixture.server.enqueue(
      responses.dynamicToolCall('lookup_ticket', { id: 'A-1' }, { callId: 'call_1' }),
      responses.dynamicToolCall('lookup_ticket', { id: 'A-2' }, { callId: 'call_2' }),
      responses.message('stopping'),
    );
    const thread = codex.startThread({ cwd: fixture.home.workspace, tools: [tool], maxToolCalls: 1 });
    const result = await thread.run('loop');
    expect(result.status).toBe('completed');
    expect(runs).toBe(1);
    const outputs = functionCallOutputs(fixture.server.requests[2]!);
    expect(outputs.find((o) => o.callId === 'call_1')!.output).toBe('A-1: ok');
    expect(outputs.find((o) => o.callId === 'call_2')!.output).toMatch(/Tool call limit reached: at most 1 tool calls per turn/);
    // The limit is per turn: the next turn may call again (the turn option overrides the thread's).
    fixture.server.enqueue(responses.dynamicToolCall('lookup_ticket', { id: 'C-3' }, { callId: 'call_3' }), responses.message('fresh'));
    await thread.run('again', { maxToolCalls: 5 });
    expect(runs).toBe(2);
  });

  it('interrupt while a tool runs: the handler signal aborts and the turn ends interrupted', async () => {
    const { fixture, codex } = await setup();
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    let abortReason: unknown = 'not aborted';
    const slow = defineTool({
      name: 'slow_job',
      description: 'Takes forever',
      parameters: z.object({}),
      execute: (_args, { signal }) =>
        new Promise<string>((resolve) => {
          signal.addEventListener('abort', () => {
            abortReason = signal.reason;
            resolve('aborted');
          });
          started();
        }),
    });
    fixture.server.enqueue(responses.dynamicToolCall('slow_job', {}, { callId: 'call_slow' }));
    const thread = codex.startThread({ cwd: fixture.home.workspace, tools: [slow] });
    const turn = await thread.turn('go');
    await running;
    await turn.interrupt();
    const result = await turn.result();
    expect(result.status).toBe('interrupted');
    expect(abortReason).not.toBe('not aborted');
    expect(fixture.server.requests).toHaveLength(1);
  });

  it('abort via AbortSignal while a tool runs rejects with AbortError and aborts the handler', async () => {
    const { fixture, codex } = await setup();
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    let handlerAborted = false;
    const slow = defineTool({
      name: 'slow_job',
      description: 'Takes forever',
      parameters: z.object({}),
      execute: (_args, { signal }) =>
        new Promise<string>((resolve) => {
          signal.addEventListener('abort', () => ((handlerAborted = true), resolve('aborted')));
          started();
        }),
    });
    fixture.server.enqueue(responses.dynamicToolCall('slow_job', {}, { callId: 'call_slow' }));
    const thread = codex.startThread({ cwd: fixture.home.workspace, tools: [slow] });
    const controller = new AbortController();
    const run = thread.run('go', { signal: controller.signal });
    await running;
    controller.abort(new Error('user gave up'));
    await expect(run).rejects.toMatchObject({ name: 'AbortError', code: 'ABORT_ERR' });
    expect(handlerAborted).toBe(true);
  });
});
