import { describe, expect, it } from 'vitest';
import { Codex, InvalidOptionsError, type CodexOptions, type ThreadOptions, type TurnOptions } from '../../src/index.js';
import { inputMessages, messageTexts, responses, toolNames, type RecordedRequest } from '../../src/testing/index.js';
import { listCodexProcesses } from '../support/listCodexProcesses.js';
import { useScriptedCodex } from '../support/useScriptedCodex.js';

const setup = useScriptedCodex();

/** codex describes each model request in the `x-codex-turn-metadata` header (model, effort, sandbox…). */
function turnMetadata(request: RecordedRequest): { model: string; reasoning_effort?: string; sandbox_mode: string } {
  return JSON.parse(request.headers['x-codex-turn-metadata']!) as { model: string; reasoning_effort?: string; sandbox_mode: string };
}

function developerTexts(request: RecordedRequest): string[] {
  return inputMessages(request, 'developer').flatMap(messageTexts);
}

describe('thread and turn options reach the wire', () => {
  it('thread options: model, effort, instructions, sandbox, approval policy, web search', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.message('ok'));
    const thread = codex.startThread({
      workingDirectory: fixture.home.workspace,
      model: 'mock-model',
      modelReasoningEffort: 'low',
      sandboxMode: 'workspace-write',
      approvalPolicy: 'never',
      baseInstructions: 'BASE: you are a test agent.',
      developerInstructions: 'DEV: answer briefly.',
      webSearchMode: 'disabled',
    });
    await thread.run('go');
    const request = fixture.server.requests[0]!;
    expect(request.body!.model).toBe('mock-model');
    expect(request.body!.reasoning).toMatchObject({ effort: 'low' });
    expect(turnMetadata(request)).toMatchObject({ model: 'mock-model', reasoning_effort: 'low', sandbox_mode: 'workspace-write' });
    const dev = developerTexts(request);
    expect(dev[0]).toBe('BASE: you are a test agent.');
    expect(dev[1]).toBe('DEV: answer briefly.');
    expect(dev.join('\n')).toMatch(/`sandbox_mode` is `workspace-write`/);
    expect(dev.join('\n')).toMatch(/Approval policy is currently never/);
    expect(toolNames(request)).not.toContain('web_search');
    expect(userCwd(request)).toBe(fixture.home.workspace);
  });

  it('per-turn model, effort and sandbox overrides persist to later turns, as codex does', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.message('1'), responses.message('2'), responses.message('3'));
    const thread = codex.startThread({ cwd: fixture.home.workspace, modelReasoningEffort: 'low', sandbox: 'workspace-write' });
    await thread.run('first');
    await thread.run('second', { model: 'other-model', effort: 'high', sandbox: 'read-only' });
    await thread.run('third');
    const [first, second, third] = fixture.server.requests.map(turnMetadata);
    expect(first).toMatchObject({ model: 'mock-model', reasoning_effort: 'low', sandbox_mode: 'workspace-write' });
    expect(second).toMatchObject({ model: 'other-model', reasoning_effort: 'high', sandbox_mode: 'read-only' });
    expect(third).toMatchObject({ model: 'other-model', reasoning_effort: 'high', sandbox_mode: 'read-only' });
    expect(fixture.server.requests[2]!.body!.model).toBe('other-model');
  });

  it('Codex config becomes --config overrides of the process', async () => {
    const { fixture, newCodex } = await setup();
    const codex = newCodex({ config: { model_reasoning_effort: 'medium' } });
    fixture.server.enqueue(responses.message('ok'));
    await codex.startThread({ cwd: fixture.home.workspace }).run('go');
    expect(fixture.server.requests[0]!.body!.reasoning).toMatchObject({ effort: 'medium' });
  });
});

function userCwd(request: RecordedRequest): string | undefined {
  const env = inputMessages(request, 'user').flatMap(messageTexts).find((t) => t.startsWith('<environment_context>'));
  return env?.match(/<cwd>([^<]+)<\/cwd>/)?.[1];
}

describe('invalid options fail before any process starts', () => {
  const codexCases: Array<[string, CodexOptions, string]> = [
    ['a relative codexHome', { codexHome: 'relative/home' }, 'codexHome'],
    ['a negative timeout', { requestTimeoutMs: -1 }, 'requestTimeoutMs'],
    ['an unknown transport', { transport: 'grpc' as never }, 'transport'],
    ['a thread option given to Codex', { sandbox: 'read-only' } as never, 'sandbox'],
  ];
  it.each(codexCases)('new Codex with %s', async (_name, options, option) => {
    const { fixture } = await setup();
    let error: unknown;
    try {
      new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, ...options });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect((error as InvalidOptionsError).option).toBe(option);
    expect(listCodexProcesses(fixture.home.path)).toEqual([]);
  });

  const threadCases: Array<[string, ThreadOptions, string]> = [
    ['an unknown sandbox', { sandbox: 'full' as never }, 'sandbox'],
    ['a typo', { modle: 'x' } as never, 'modle'],
    ['an unknown approval policy', { approvalPolicy: 'sometimes' as never }, 'approvalPolicy'],
  ];
  it.each(threadCases)('startThread with %s', async (_name, options, option) => {
    const { fixture, codex } = await setup();
    let error: unknown;
    try {
      codex.startThread(options);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect((error as InvalidOptionsError).option).toBe(option);
    expect(listCodexProcesses(fixture.home.path)).toEqual([]);
  });

  const turnCases: Array<[string, TurnOptions, string]> = [
    ['an unknown sandbox', { sandbox: 'nope' as never }, 'sandbox'],
    ['a non-string model', { model: 42 as never }, 'model'],
  ];
  it.each(turnCases)('run with %s', async (_name, options, option) => {
    const { fixture, codex } = await setup();
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const error = await thread.run('x', options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect((error as InvalidOptionsError).option).toBe(option);
    expect(listCodexProcesses(fixture.home.path)).toEqual([]);
    expect(fixture.server.requests).toHaveLength(0);
  });
});
