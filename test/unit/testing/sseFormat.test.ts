import { afterEach, describe, expect, it } from 'vitest';
import { createScriptedModelServer, DEFAULT_USAGE, responses, sse, type ScriptedModelServer } from '../../../src/testing/index.js';
import { parseSse, postResponses, readEvents } from './sseTestClient.js';

let server: ScriptedModelServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('SSE wire format', () => {
  it('encodes each event as `event: <type>` and `data: <json>` followed by a blank line', () => {
    const event = sse.outputTextDelta('Hel', 'msg_1');
    expect(sse.encode([event, sse.completed('resp_1')])).toBe(
      `event: response.output_text.delta\ndata: ${JSON.stringify(event)}\n\n` +
        `event: response.completed\ndata: ${JSON.stringify(sse.completed('resp_1'))}\n\n`,
    );
  });

  it('serves text/event-stream with created, the items and completed, numbered in sequence', async () => {
    server = await createScriptedModelServer({ responses: [responses.message('Hello', { responseId: 'resp_x' })] });
    const response = await postResponses(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const events = parseSse(await response.text());

    expect(events.map((e) => e.event)).toEqual(['response.created', 'response.output_item.done', 'response.completed']);
    expect(events.every((e) => e.event === e.data['type'])).toBe(true);
    expect(events.map((e) => e.data['sequence_number'])).toEqual([0, 1, 2]);
    expect(events[0]!.data['response']).toMatchObject({ id: 'resp_x', status: 'in_progress' });
    expect(events[1]!.data['item']).toMatchObject({ type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'Hello' }] });
  });

  it('reports usage in the Responses-API shape, total = input + output unless given', () => {
    expect(sse.completed('r', { inputTokens: 10, cachedInputTokens: 4, outputTokens: 3, reasoningOutputTokens: 1 })['response']).toMatchObject({
      usage: { input_tokens: 10, input_tokens_details: { cached_tokens: 4 }, output_tokens: 3, output_tokens_details: { reasoning_tokens: 1 }, total_tokens: 13 },
    });
    expect(sse.wireUsage({ inputTokens: 1, outputTokens: 1, totalTokens: 99 })).toMatchObject({ total_tokens: 99, input_tokens_details: { cached_tokens: 0 } });
    expect(sse.wireUsage()).toMatchObject({ input_tokens: DEFAULT_USAGE.inputTokens, output_tokens: DEFAULT_USAGE.outputTokens });
  });

  it('streams a message as added, output_text deltas and done, with its phase', () => {
    const events = sse.message('Hello big world', { id: 'msg_1', phase: 'final_answer', stream: true });
    expect(events.map((e) => e.type)).toEqual([
      'response.output_item.added',
      'response.output_text.delta',
      'response.output_text.delta',
      'response.output_text.delta',
      'response.output_item.done',
    ]);
    expect(events.slice(1, 4).map((e) => e['delta']).join('')).toBe('Hello big world');
    expect(events.slice(1, 4).every((e) => e['item_id'] === 'msg_1')).toBe(true);
    expect(events[4]!['item']).toMatchObject({ id: 'msg_1', phase: 'final_answer' });
    expect(sse.message('x', { stream: ['a', 'b'] }).filter((e) => e.type === 'response.output_text.delta').map((e) => e['delta'])).toEqual(['a', 'b']);
  });

  it('builds reasoning with summary parts and optional summary deltas', () => {
    const [done] = sse.reasoning(['one', 'two'], { id: 'rs_1', content: ['raw'] });
    expect(done!['item']).toEqual({
      type: 'reasoning',
      id: 'rs_1',
      summary: [
        { type: 'summary_text', text: 'one' },
        { type: 'summary_text', text: 'two' },
      ],
      content: [{ type: 'reasoning_text', text: 'raw' }],
    });
    const streamed = sse.reasoning('think hard', { stream: true });
    const deltas = streamed.filter((e) => e.type === 'response.reasoning_summary_text.delta');
    expect(deltas.map((e) => e['delta']).join('')).toBe('think hard');
    expect(deltas.every((e) => e['summary_index'] === 0)).toBe(true);
  });

  it('builds tool calls: generic, namespaced, shell (exec_command) and freeform apply_patch', () => {
    expect(sse.functionCall('lookup', { id: 1 }, { callId: 'c1', namespace: 'crm' })[0]!['item']).toMatchObject({
      type: 'function_call',
      call_id: 'c1',
      name: 'lookup',
      namespace: 'crm',
      arguments: '{"id":1}',
    });
    const shell = sse.shellCall('ls', { callId: 'c2', sandboxPermissions: 'require_escalated', justification: 'why', workdir: '/w' })[0]!['item'] as Record<string, string>;
    expect(shell['name']).toBe('exec_command');
    expect(JSON.parse(shell['arguments']!)).toEqual({ cmd: 'ls', login: false, workdir: '/w', sandbox_permissions: 'require_escalated', justification: 'why' });
    expect(sse.applyPatch('*** Begin Patch\n*** End Patch\n', { callId: 'c3' })[0]!['item']).toMatchObject({
      type: 'custom_tool_call',
      name: 'apply_patch',
      call_id: 'c3',
      input: '*** Begin Patch\n*** End Patch\n',
    });
    expect(sse.dynamicToolCall('t', '{"raw":true}', { callId: 'c4' })[0]!['item']).toMatchObject({ name: 't', arguments: '{"raw":true}' });
  });

  it('places each item of a stream at its own output_index', () => {
    const response = responses.stream([sse.reasoning('r'), sse.message('m', { stream: true })]);
    const indexOf = (predicate: (type: string, item: unknown) => boolean) =>
      new Set(response.events.filter((e) => 'output_index' in e && predicate(e.type, e['item'])).map((e) => e['output_index']));
    expect(indexOf((_, item) => (item as { type?: string } | undefined)?.type === 'reasoning')).toEqual(new Set([0]));
    expect(indexOf((type, item) => type === 'response.output_text.delta' || (item as { type?: string } | undefined)?.type === 'message')).toEqual(new Set([1]));
  });

  it('sends response.failed with code and message after response.created', async () => {
    server = await createScriptedModelServer({ responses: [responses.failed('context_length_exceeded', 'too long')] });
    const events = await readEvents(await postResponses(server.url));
    expect(events.map((e) => e.event)).toEqual(['response.created', 'response.failed']);
    expect(events[1]!.data['response']).toMatchObject({ status: 'failed', error: { code: 'context_length_exceeded', message: 'too long' } });
  });

  it('serves garbage as a 200 event stream that is not SSE', async () => {
    server = await createScriptedModelServer({ responses: [responses.garbage('nonsense')] });
    const response = await postResponses(server.url);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('nonsense');
  });
});
