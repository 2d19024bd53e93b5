import { describe, expect, it } from 'vitest';
import { ProtocolError } from '../../../src/errors/index.js';
import { parseExecEvent, safeParseExecEvent, type ExecThreadEvent } from '../../../src/protocol/execEvents.js';

// Lines as the pinned binary prints them (codex-wire.md §2.1, §2.4), trimmed.
const wire = {
  threadStarted: '{"type":"thread.started","thread_id":"01a20a8c-9f89-7963-999d-b4c4645ab432"}',
  metadataWarning:
    '{"type":"item.completed","item":{"id":"item_0","type":"error","message":"Model metadata for `mock-model` not found. Defaulting to fallback metadata; this can degrade performance and cause issues."}}',
  turnStarted: '{"type":"turn.started"}',
  agentMessage: '{"type":"item.completed","item":{"id":"item_1","type":"agent_message","text":"Hello!"}}',
  turnCompleted:
    '{"type":"turn.completed","usage":{"input_tokens":100,"cached_input_tokens":40,"cache_write_input_tokens":0,"output_tokens":7,"reasoning_output_tokens":3}}',
  commandStarted:
    '{"type":"item.started","item":{"id":"item_1","type":"command_execution","command":"/bin/bash -c \\"printf x; exit 3\\"","aggregated_output":"","exit_code":null,"status":"in_progress"}}',
  commandFailed:
    '{"type":"item.completed","item":{"id":"item_1","type":"command_execution","command":"/bin/bash -c \\"x\\"","aggregated_output":"out1\\nerr1\\n","exit_code":3,"status":"failed"}}',
  fileChangeStarted:
    '{"type":"item.started","item":{"id":"item_0","type":"file_change","changes":[{"path":"/abs/edit.txt","kind":"update"},{"path":"/abs/gone.txt","kind":"delete"},{"path":"/abs/new.txt","kind":"add"}],"status":"in_progress"}}',
  reasoning: '{"type":"item.completed","item":{"id":"item_1","type":"reasoning","text":"**Plan** think\\nSecond summary part"}}',
  todoUpdated:
    '{"type":"item.updated","item":{"id":"item_1","type":"todo_list","items":[{"text":"inspect","completed":true},{"text":"edit","completed":false}]}}',
  streamError: '{"type":"error","message":"Reconnecting... 1/2 (stream disconnected before completion: stream closed before response.completed)"}',
  turnFailed: '{"type":"turn.failed","error":{"message":"stream disconnected before completion: The model exploded"}}',
  mcpCall:
    '{"type":"item.completed","item":{"id":"item_3","type":"mcp_tool_call","server":"docs","tool":"search","arguments":{"q":"x"},"result":{"content":[{"type":"text","text":"hit"}],"structured_content":null},"error":null,"status":"completed"}}',
  webSearch: '{"type":"item.completed","item":{"id":"item_4","type":"web_search","query":"codex sdk","action":{"type":"search"}}}',
};

describe('parseExecEvent: the events the pinned binary prints', () => {
  it.each(Object.entries(wire))('%s parses to exactly the wire object', (_name, line) => {
    expect(parseExecEvent(line)).toEqual(JSON.parse(line));
  });

  it('types events as a discriminated union', () => {
    const event: ExecThreadEvent = parseExecEvent(wire.commandFailed);
    if (event.type !== 'item.completed' || event.item.type !== 'command_execution') throw new Error('narrowing failed');
    expect(event.item.exit_code).toBe(3);
    expect(event.item.status).toBe('failed');
  });

  it('accepts declined commands and a plan item', () => {
    expect(
      parseExecEvent('{"type":"item.completed","item":{"id":"i","type":"command_execution","command":"x","aggregated_output":"","status":"declined"}}'),
    ).toMatchObject({ item: { status: 'declined' } });
    expect(parseExecEvent('{"type":"item.completed","item":{"id":"p","type":"plan","text":"1. a"}}')).toMatchObject({ item: { type: 'plan' } });
  });
});

describe('parseExecEvent: forward compatibility', () => {
  it('passes an unknown event type through as { type: "unknown", raw }', () => {
    const line = '{"type":"item.plan.delta","item_id":"i","delta":"x"}';
    expect(parseExecEvent(line)).toEqual({ type: 'unknown', raw: JSON.parse(line) });
  });

  it('passes an item event with an unknown item type through as unknown', () => {
    const line = '{"type":"item.started","item":{"id":"c","type":"collab_tool_call","tool":"spawn_agent"}}';
    expect(parseExecEvent(line)).toEqual({ type: 'unknown', raw: JSON.parse(line) });
  });

  it('keeps unknown fields on events and items', () => {
    expect(parseExecEvent('{"type":"thread.started","thread_id":"t","timestamp":"2026-01-01T00:00:00Z"}')).toEqual({
      type: 'thread.started',
      thread_id: 't',
      timestamp: '2026-01-01T00:00:00Z',
    });
    expect(parseExecEvent('{"type":"item.completed","item":{"id":"m","type":"agent_message","text":"hi","phase":"final_answer"}}')).toEqual({
      type: 'item.completed',
      item: { id: 'm', type: 'agent_message', text: 'hi', phase: 'final_answer' },
    });
  });

  it('fills usage fields older binaries omit with 0 (as the SDK does for cache_write_input_tokens)', () => {
    expect(parseExecEvent('{"type":"turn.completed","usage":{"input_tokens":5,"cached_input_tokens":1,"output_tokens":2}}')).toEqual({
      type: 'turn.completed',
      usage: { input_tokens: 5, cached_input_tokens: 1, cache_write_input_tokens: 0, output_tokens: 2, reasoning_output_tokens: 0 },
    });
  });
});

describe('parseExecEvent: invalid lines', () => {
  it.each([
    ['not JSON', 'Reading additional input from stdin...', /not JSON/],
    ['truncated JSON', '{"type":"turn.sta', /not JSON/],
    ['a JSON array', '[1,2]', /string "type"/],
    ['a JSON string', '"hello"', /string "type"/],
    ['an object without type', '{"thread_id":"x"}', /string "type"/],
    ['a known event missing a field', '{"type":"thread.started"}', /thread\.started.*thread_id/],
    ['a known item with a wrong field type', '{"type":"item.completed","item":{"id":"i","type":"agent_message","text":42}}', /item\.text/],
    ['an item event without item', '{"type":"item.completed"}', /item/],
    ['a bad status', '{"type":"item.started","item":{"id":"i","type":"file_change","changes":[],"status":"weird"}}', /status/],
  ])('%s → ProtocolError keeping the line', (_name, line, reason) => {
    let error: unknown;
    try {
      parseExecEvent(line);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ProtocolError);
    expect((error as ProtocolError).line).toBe(line);
    expect((error as ProtocolError).message).toMatch(reason);
  });

  it('safeParseExecEvent returns the parsed JSON of a mis-shaped event so it can still be passed on', () => {
    const result = safeParseExecEvent('{"type":"thread.started","thread_id":7}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.raw).toEqual({ type: 'thread.started', thread_id: 7 });
    const notJson = safeParseExecEvent('garbage');
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.raw).toBeUndefined();
  });
});
