import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProtocolError } from '../../src/errors/index.js';
import type { ExecThreadEvent } from '../../src/protocol/execEvents.js';
import { inputMessages, messageTexts, responses, userTexts } from '../../src/testing/index.js';
import { runExecTurn, type ExecTurn, type ExecTurnOptions } from '../../src/transport/exec.js';
import { createScriptedCodex, type ScriptedCodex } from '../support/index.js';

function turn(codex: ScriptedCodex, input: string, options: Partial<ExecTurnOptions> = {}): ExecTurn {
  return runExecTurn({ codexPath: codex.codexPath, env: codex.home.env, workingDirectory: codex.home.workspace, input, ...options });
}

async function collect(t: ExecTurn): Promise<{ events: ExecThreadEvent[]; protocolErrors: ProtocolError[] }> {
  const protocolErrors: ProtocolError[] = [];
  t.protocolErrors$.subscribe((e) => protocolErrors.push(e));
  const events: ExecThreadEvent[] = [];
  for await (const event of t) events.push(event);
  return { events, protocolErrors };
}

const agentTexts = (events: ExecThreadEvent[]) =>
  events.flatMap((e) => (e.type === 'item.completed' && e.item.type === 'agent_message' ? [e.item.text] : []));

const threadIdOf = (events: ExecThreadEvent[]) => events.find((e) => e.type === 'thread.started')?.thread_id;

describe('exec transport on the real binary', () => {
  it('runs a message turn: validated events, prompt from stdin, SDK originator, clean exit', async () => {
    await using codex = await createScriptedCodex();
    codex.server.enqueue(responses.message('Hello from the model'));
    const t = turn(codex, 'Say hello');
    const { events, protocolErrors } = await collect(t);

    expect(protocolErrors).toEqual([]);
    // The fallback-metadata warning is an error item before turn.started (codex-wire.md §1.2).
    expect(events.map((e) => (e.type === 'item.completed' ? `item:${e.item.type}` : e.type))).toEqual([
      'thread.started',
      'item:error',
      'turn.started',
      'item:agent_message',
      'turn.completed',
    ]);
    expect(agentTexts(events)).toEqual(['Hello from the model']);
    const completed = events.at(-1);
    expect(completed).toMatchObject({ type: 'turn.completed', usage: { input_tokens: expect.any(Number), cache_write_input_tokens: 0 } });

    const request = codex.server.requests[0]!;
    expect(userTexts(request)).toEqual(['Say hello']);
    expect(request.headers['originator']).toBe('codex_sdk_ts');
    await expect(t.exited).resolves.toMatchObject({ exitCode: 0, signal: null });
    codex.server.assertNoMisses();
  });

  it('resumes a thread: same thread id, and the second request carries the first turn', async () => {
    await using codex = await createScriptedCodex();
    codex.server.enqueue(responses.message('The answer is 42.'), responses.message('You asked about the answer.'));

    const first = await collect(turn(codex, 'What is the answer?'));
    const threadId = threadIdOf(first.events);
    expect(threadId).toMatch(/^[0-9a-f-]{36}$/);

    const second = turn(codex, 'What did I ask?', { threadId });
    const { events } = await collect(second);
    expect(threadIdOf(events)).toBe(threadId);
    expect(agentTexts(events)).toEqual(['You asked about the answer.']);
    expect(second.args).toEqual(expect.arrayContaining(['resume', threadId]));

    const request = codex.server.requests[1]!;
    expect(userTexts(request)).toEqual(['What is the answer?', 'What did I ask?']);
    expect(inputMessages(request, 'assistant').flatMap(messageTexts)).toEqual(['The answer is 42.']);
  });

  it('sends the output schema to the model and deletes the schema file after the turn', async () => {
    await using codex = await createScriptedCodex();
    const schema = { type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'], additionalProperties: false };
    codex.server.enqueue(responses.message('{"answer":"yes"}'));
    const t = turn(codex, 'Answer in JSON', { outputSchema: schema });
    const { events } = await collect(t);

    expect(agentTexts(events)).toEqual(['{"answer":"yes"}']);
    expect(codex.server.requests[0]!.body?.text).toMatchObject({ format: { type: 'json_schema', strict: true, schema, name: 'codex_output_schema' } });
    const schemaPath = t.args![t.args!.indexOf('--output-schema') + 1]!;
    expect(existsSync(schemaPath)).toBe(false);
  });

  it('passes options as config overrides codex really applies (effort, web search, escaped strings)', async () => {
    await using codex = await createScriptedCodex();
    codex.server.enqueue(responses.message('ok'));
    // TOML escaping must survive codex's own parser: quotes, backslashes, newlines, unicode and DEL.
    const instructions = 'Quote " back\\slash\nsecond line ✓ 日本 \u007f end';
    await collect(turn(codex, 'hi', { modelReasoningEffort: 'high', webSearchMode: 'disabled', config: { developer_instructions: instructions } }));

    const body = codex.server.requests[0]!.body!;
    expect(body.reasoning).toMatchObject({ effort: 'high' });
    expect((body.tools ?? []).filter((tool) => tool['type'] === 'web_search')).toEqual([]);
    const developerTexts = inputMessages(codex.server.requests[0]!, 'developer').flatMap(messageTexts);
    expect(developerTexts).toContain(instructions);
  });
});
