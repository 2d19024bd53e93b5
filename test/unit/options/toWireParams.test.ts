import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { normalizeInput } from '../../../src/input/index.js';
import { fileMentionText } from '../../../src/input/normalizeInput.js';
import {
  parseThreadOptions,
  parseTurnOptions,
  toSandboxPolicy,
  toThreadForkParams,
  toThreadResumeParams,
  toThreadStartParams,
  toTurnStartParams,
  toTurnSteerParams,
} from '../../../src/options/index.js';
import { expectInvalid } from './expectInvalid.js';

const BASE = '/work/project';
const TID = '01a20a8f-5867-7000-8000-000000000000';
const thread = (raw: unknown) => parseThreadOptions(raw, BASE);
const turn = (raw: unknown) => parseTurnOptions(raw, BASE);
const text = (t: string) => ({ type: 'text', text: t, text_elements: [] });
const lookup = { name: 'lookup_ticket', description: 'Fetch a ticket', inputSchema: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } };

describe('toThreadStartParams', () => {
  it.each<[string, unknown, Record<string, unknown>]>([
    ['no options', {}, {}],
    ['SDK basics', { model: 'gpt-5.5', sandboxMode: 'workspace-write', workingDirectory: 'repo' }, { model: 'gpt-5.5', sandbox: 'workspace-write', cwd: `${BASE}/repo` }],
    ['approvalMode deny_all', { approvalMode: 'deny_all' }, { approvalPolicy: 'never' }],
    ['approvalMode auto_review', { approvalMode: 'auto_review' }, { approvalPolicy: 'on-request', approvalsReviewer: 'auto_review' }],
    ['approvalMode ask', { approvalMode: 'ask' }, { approvalPolicy: 'untrusted', approvalsReviewer: 'user' }],
    ['approvalPolicy on-failure', { approvalPolicy: 'on-failure' }, { approvalPolicy: 'on-request' }],
    ['reasoning effort', { modelReasoningEffort: 'high' }, { config: { model_reasoning_effort: 'high' } }],
    ['network access', { networkAccessEnabled: false }, { config: { 'sandbox_workspace_write.network_access': false } }],
    ['webSearchEnabled', { webSearchEnabled: true }, { config: { web_search: 'live' } }],
    ['webSearchMode', { webSearchMode: 'disabled' }, { config: { web_search: 'disabled' } }],
    ['additional directories', { additionalDirectories: ['data', '/abs'] }, { config: { 'sandbox_workspace_write.writable_roots': [`${BASE}/data`, '/abs'] } }],
    [
      'config roots merged with additional directories',
      { config: { sandbox_workspace_write: { writable_roots: ['/cfg', '/abs'] } }, additionalDirectories: ['/abs', '/extra'] },
      { config: { 'sandbox_workspace_write.writable_roots': ['/cfg', '/abs', '/extra'] } },
    ],
    ['user config flattened', { config: { tools: { update_plan: { enabled: true } }, model_reasoning_summary: 'detailed' } }, { config: { 'tools.update_plan.enabled': true, model_reasoning_summary: 'detailed' } }],
    ['typed options win over config', { config: { model_reasoning_effort: 'low', web_search: 'live' }, modelReasoningEffort: 'high', webSearchMode: 'cached' }, { config: { model_reasoning_effort: 'high', web_search: 'cached' } }],
    [
      'MCP servers',
      { mcpServers: { docs: { command: 'docs-mcp', args: ['--stdio'], toolTimeoutSec: 30 }, web: { url: 'https://mcp.example/mcp', bearerTokenEnvVar: 'TOKEN' } } },
      {
        config: {
          'mcp_servers.docs.command': 'docs-mcp',
          'mcp_servers.docs.args': ['--stdio'],
          'mcp_servers.docs.tool_timeout_sec': 30,
          'mcp_servers.web.url': 'https://mcp.example/mcp',
          'mcp_servers.web.bearer_token_env_var': 'TOKEN',
        },
      },
    ],
    [
      'instructions, personality, ephemeral, provider, tier, service, source',
      { baseInstructions: 'b', developerInstructions: 'd', personality: 'none', ephemeral: true, modelProvider: 'mock', serviceTier: 'flex', serviceName: 'svc', threadSource: 'sdk' },
      { baseInstructions: 'b', developerInstructions: 'd', personality: 'none', ephemeral: true, modelProvider: 'mock', serviceTier: 'flex', serviceName: 'svc', threadSource: 'sdk' },
    ],
    // Not thread/start params: exec-only flag, handlers, supervisor and per-turn settings.
    ['options with no thread/start param', { skipGitRepoCheck: true, restart: 'permanent', collaborationMode: 'plan', onApproval: () => 'accept' }, {}],
  ])('%s', (_name, raw, expected) => {
    expect(toThreadStartParams(thread(raw))).toEqual(expected);
  });

  it('registers tool specs as dynamic tools', () => {
    expect(toThreadStartParams(thread({}), { tools: [lookup, { ...lookup, name: 'later', deferLoading: true }] })).toEqual({
      dynamicTools: [
        { type: 'function', ...lookup },
        { type: 'function', ...lookup, name: 'later', deferLoading: true },
      ],
    });
  });

  it('uses the thread tools when they carry their JSON schema', () => {
    const tool = { ...lookup, execute: async () => 'ok' };
    expect(toThreadStartParams(thread({ tools: [tool] })).dynamicTools).toEqual([{ type: 'function', ...lookup }]);
  });

  it('rejects tools without a JSON schema, bad names and duplicates', () => {
    const tool = { name: 'lookup', description: 'd', execute: async () => 'ok' };
    expect(expectInvalid(() => toThreadStartParams(thread({ tools: [tool] })), 'tools[0].inputSchema')).toMatch(/defineTool/);
    expect(expectInvalid(() => toThreadStartParams(thread({}), { tools: [{ ...lookup, name: 'a.b' }] }), 'tools[0].name')).toMatch(/a-zA-Z0-9_-/);
    expect(expectInvalid(() => toThreadStartParams(thread({}), { tools: [lookup, lookup] }), 'tools[1].name')).toMatch(/unique/);
  });

  it('builds the full thread/start object', () => {
    const opts = thread({
      model: 'gpt-5.5',
      cwd: '/repo',
      sandbox: 'workspace-write',
      approvalMode: 'auto_review',
      modelReasoningEffort: 'medium',
      networkAccessEnabled: true,
      webSearchEnabled: false,
      additionalDirectories: ['/data'],
      developerInstructions: 'Be terse.',
      ephemeral: false,
    });
    expect(toThreadStartParams(opts, { tools: [lookup] })).toEqual({
      model: 'gpt-5.5',
      cwd: '/repo',
      approvalPolicy: 'on-request',
      approvalsReviewer: 'auto_review',
      sandbox: 'workspace-write',
      config: {
        model_reasoning_effort: 'medium',
        'sandbox_workspace_write.network_access': true,
        web_search: 'disabled',
        'sandbox_workspace_write.writable_roots': ['/data'],
      },
      developerInstructions: 'Be terse.',
      ephemeral: false,
      dynamicTools: [{ type: 'function', ...lookup }],
    });
  });
});

describe('toThreadResumeParams / toThreadForkParams', () => {
  const opts = thread({ model: 'gpt-5.5', approvalMode: 'ask', sandbox: 'read-only', ephemeral: true, personality: 'none', serviceName: 'svc', threadSource: 'sdk', modelReasoningEffort: 'low' });

  it('resume carries the overrides but not start-only params', () => {
    expect(toThreadResumeParams(TID, opts)).toEqual({
      threadId: TID,
      model: 'gpt-5.5',
      approvalPolicy: 'untrusted',
      approvalsReviewer: 'user',
      sandbox: 'read-only',
      config: { model_reasoning_effort: 'low' },
      personality: 'none',
    });
    expect(toThreadResumeParams(TID, thread({}), { excludeTurns: true })).toEqual({ threadId: TID, excludeTurns: true });
  });

  it('fork carries ephemeral and threadSource for the new thread', () => {
    expect(toThreadForkParams(TID, opts, { excludeTurns: true })).toEqual({
      threadId: TID,
      model: 'gpt-5.5',
      approvalPolicy: 'untrusted',
      approvalsReviewer: 'user',
      sandbox: 'read-only',
      config: { model_reasoning_effort: 'low' },
      ephemeral: true,
      threadSource: 'sdk',
      excludeTurns: true,
    });
  });
});

describe('toTurnStartParams', () => {
  it.each<[string, unknown, Record<string, unknown>]>([
    ['no options', {}, {}],
    ['model, effort, summary, personality, tier', { model: 'gpt-5.5', effort: 'high', summary: 'detailed', personality: 'none', serviceTier: 'flex' }, { model: 'gpt-5.5', effort: 'high', summary: 'detailed', personality: 'none', serviceTier: 'flex' }],
    ['cwd resolved', { cwd: 'sub' }, { cwd: `${BASE}/sub` }],
    ['sandbox read-only', { sandbox: 'read-only' }, { sandboxPolicy: { type: 'readOnly' } }],
    ['sandbox danger-full-access', { sandboxMode: 'danger-full-access' }, { sandboxPolicy: { type: 'dangerFullAccess' } }],
    ['sandbox workspace-write without thread settings', { sandbox: 'workspace-write' }, { sandboxPolicy: { type: 'workspaceWrite' } }],
    ['approvalMode ask', { approvalMode: 'ask' }, { approvalPolicy: 'untrusted', approvalsReviewer: 'user' }],
    ['approvalMode auto_review', { approvalMode: 'auto_review' }, { approvalPolicy: 'on-request', approvalsReviewer: 'auto_review' }],
    ['approvalMode deny_all', { approvalMode: 'deny_all' }, { approvalPolicy: 'never' }],
    ['approvalPolicy on-failure', { approvalPolicy: 'on-failure' }, { approvalPolicy: 'on-request' }],
    ['JSON output schema', { outputSchema: { type: 'object', properties: {} } }, { outputSchema: { type: 'object', properties: {} } }],
    ['cyber program (SDK spelling → camelCase)', { cyberAccessProgram: 'daybreak_blue' }, { cyberAccessProgram: 'daybreakBlue' }],
    ['cyber program standard', { cyberAccessProgram: 'standard' }, { cyberAccessProgram: 'standard' }],
    ['collaboration mode with turn model', { collaborationMode: 'plan', model: 'gpt-5.5', effort: 'low' }, { model: 'gpt-5.5', effort: 'low', collaborationMode: { mode: 'plan', settings: { model: 'gpt-5.5', reasoning_effort: 'low', developer_instructions: null } } }],
    ['handlers and signal stay off the wire', { signal: new AbortController().signal, onRequestUserInput: () => ({}) }, {}],
  ])('%s', (_name, raw, expected) => {
    expect(toTurnStartParams(TID, 'hi', turn(raw))).toEqual({ threadId: TID, input: [text('hi')], ...expected });
  });

  it('repeats the thread writable roots and network setting in a workspace-write policy', () => {
    const t = thread({
      additionalDirectories: ['/data'],
      networkAccessEnabled: true,
      config: { sandbox_workspace_write: { writable_roots: ['/cfg'], exclude_slash_tmp: true, exclude_tmpdir_env_var: false } },
    });
    expect(toTurnStartParams(TID, 'hi', turn({ sandbox: 'workspace-write' }), { thread: t }).sandboxPolicy).toEqual({
      type: 'workspaceWrite',
      writableRoots: ['/cfg', '/data'],
      networkAccess: true,
      excludeTmpdirEnvVar: false,
      excludeSlashTmp: true,
    });
    // Network access from the thread's config when the typed option is absent.
    const fromConfig = thread({ config: { 'sandbox_workspace_write.network_access': true } });
    expect(toTurnStartParams(TID, 'hi', turn({ sandbox: 'workspace-write' }), { thread: fromConfig }).sandboxPolicy).toEqual({ type: 'workspaceWrite', networkAccess: true });
    // Read-only ignores them.
    expect(toTurnStartParams(TID, 'hi', turn({ sandbox: 'read-only' }), { thread: t }).sandboxPolicy).toEqual({ type: 'readOnly' });
  });

  it('takes the collaboration mode and model from the thread', () => {
    const t = thread({ collaborationMode: 'plan', model: 'gpt-5.5', modelReasoningEffort: 'high' });
    expect(toTurnStartParams(TID, 'hi', turn({}), { thread: t }).collaborationMode).toEqual({
      mode: 'plan',
      settings: { model: 'gpt-5.5', reasoning_effort: 'high', developer_instructions: null },
    });
    const noModel = thread({ collaborationMode: 'default' });
    expect(toTurnStartParams(TID, 'hi', turn({}), { thread: noModel, model: 'resolved-model' }).collaborationMode).toEqual({
      mode: 'default',
      settings: { model: 'resolved-model', reasoning_effort: null, developer_instructions: null },
    });
    expect(expectInvalid(() => toTurnStartParams(TID, 'hi', turn({}), { thread: noModel }), 'collaborationMode')).toMatch(/needs a model name/);
  });

  it('uses a converted output schema and refuses an unconverted zod schema', () => {
    const converted = { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'], additionalProperties: false };
    const zodTurn = turn({ outputSchema: z.object({ ok: z.boolean() }) });
    expect(toTurnStartParams(TID, 'hi', zodTurn, { outputSchema: converted }).outputSchema).toBe(converted);
    expect(expectInvalid(() => toTurnStartParams(TID, 'hi', zodTurn), 'outputSchema')).toMatch(/converted to JSON schema/);
  });

  it('accepts input already normalised, and resolves relative paths against baseDir', () => {
    const normalized = normalizeInput([{ type: 'local_image', path: '/a.png' }]);
    expect(toTurnStartParams(TID, normalized, {}).input).toBe(normalized.items);
    // Text items (a file's mention is one) are joined with a blank line, as @openai/codex-sdk sends its prompt.
    const texts = normalizeInput([{ type: 'text', text: 'see' }, { type: 'local_image', path: '/a.png' }, { type: 'text', text: 'and' }, { type: 'file', path: '/repo/a.md' }]);
    expect(toTurnStartParams(TID, texts, {}).input).toEqual([{ ...text(''), text: `see\n\nand\n\n${fileMentionText('/repo/a.md')}` }, { type: 'localImage', path: '/a.png' }]);
    expect(toTurnStartParams(TID, [{ type: 'local_image', path: 'img.png' }], {}, { baseDir: '/pics' }).input).toEqual([{ type: 'localImage', path: '/pics/img.png' }]);
    expectInvalid(() => toTurnStartParams(TID, [], {}), 'input');
  });
});

describe('toTurnSteerParams and toSandboxPolicy', () => {
  it('builds turn/steer params', () => {
    expect(toTurnSteerParams(TID, 'turn-1', ['a', 'b'].map((t) => ({ type: 'text' as const, text: t })))).toEqual({
      threadId: TID,
      expectedTurnId: 'turn-1',
      input: [text('a'), text('b')],
    });
  });

  it.each([
    ['read-only', {}, { type: 'readOnly' }],
    ['danger-full-access', { writableRoots: ['/x'] }, { type: 'dangerFullAccess' }],
    ['workspace-write', {}, { type: 'workspaceWrite' }],
    ['workspace-write', { writableRoots: [], networkAccess: false }, { type: 'workspaceWrite', networkAccess: false }],
  ] as const)('%s %j → %j', (mode, settings, expected) => {
    expect(toSandboxPolicy(mode, settings)).toEqual(expected);
  });
});
