import { describe, expect, it } from 'vitest';
import { functionCallOutputs, inputMessages, toolCalls, toolNames, userTexts, type RecordedRequest } from '../../../src/testing/index.js';

/** A request shaped like what codex 0.169.0 sends on the second request of a tool turn. */
function request(body: Record<string, unknown>): RecordedRequest {
  return { index: 0, method: 'POST', path: '/v1/responses', url: '/v1/responses', headers: {}, rawBody: JSON.stringify(body), body, receivedAt: 0 };
}

const toolTurn = request({
  model: 'mock-model',
  tools: [{ type: 'function', name: 'exec_command' }, { type: 'custom', name: 'apply_patch' }, { type: 'namespace', name: 'crm', tools: [{ type: 'function', name: 'find' }] }, { type: 'web_search' }],
  input: [
    { type: 'message', role: 'developer', content: [{ type: 'input_text', text: 'You are Codex' }] },
    { type: 'message', role: 'user', content: [{ type: 'input_text', text: '<environment_context>\n  <cwd>/w</cwd>\n</environment_context>' }] },
    { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'run ls' }, { type: 'input_image', image_url: 'data:' }] },
    { type: 'function_call', call_id: 'c1', name: 'exec_command', arguments: '{"cmd":"ls"}' },
    { type: 'function_call_output', call_id: 'c1', output: 'Output:\nfile\n' },
    { type: 'custom_tool_call', call_id: 'c2', name: 'apply_patch', input: '*** Begin Patch' },
    { type: 'custom_tool_call_output', call_id: 'c2', output: [{ type: 'input_text', text: 'Success.' }] },
    { type: 'function_call', call_id: 'c3', name: 'find', namespace: 'crm', arguments: '{}' },
    { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'done' }] },
    { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'thanks' }] },
  ],
});

describe('request readers', () => {
  it('userTexts returns what the user typed, without codex-injected context unless asked', () => {
    expect(userTexts(toolTurn)).toEqual(['run ls', 'thanks']);
    expect(userTexts(toolTurn, { includeContext: true })).toHaveLength(3);
  });

  it('inputMessages filters message items by role', () => {
    expect(inputMessages(toolTurn, 'developer')).toHaveLength(1);
    expect(inputMessages(toolTurn, 'assistant')[0]!.content).toEqual([{ type: 'output_text', text: 'done' }]);
  });

  it('functionCallOutputs returns function and custom tool outputs as text', () => {
    expect(functionCallOutputs(toolTurn).map(({ type, callId, output }) => ({ type, callId, output }))).toEqual([
      { type: 'function_call_output', callId: 'c1', output: 'Output:\nfile\n' },
      { type: 'custom_tool_call_output', callId: 'c2', output: 'Success.' },
    ]);
  });

  it('toolCalls returns the calls replayed in history, with namespaces', () => {
    expect(toolCalls(toolTurn).map(({ type, callId, name, namespace, input }) => ({ type, callId, name, namespace, input }))).toEqual([
      { type: 'function_call', callId: 'c1', name: 'exec_command', namespace: undefined, input: '{"cmd":"ls"}' },
      { type: 'custom_tool_call', callId: 'c2', name: 'apply_patch', namespace: undefined, input: '*** Begin Patch' },
      { type: 'function_call', callId: 'c3', name: 'find', namespace: 'crm', input: '{}' },
    ]);
  });

  it('toolNames lists offered tools, namespaced ones as ns.name', () => {
    expect(toolNames(toolTurn)).toEqual(['exec_command', 'apply_patch', 'crm.find', 'web_search']);
  });

  it('copes with a request without a JSON body', () => {
    const empty: RecordedRequest = { ...toolTurn, body: undefined };
    expect([userTexts(empty), functionCallOutputs(empty), toolCalls(empty), toolNames(empty)]).toEqual([[], [], [], []]);
  });
});
