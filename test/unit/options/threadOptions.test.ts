import { describe, expect, it } from 'vitest';
import { parseThreadOptions } from '../../../src/options/index.js';
import { expectInvalid } from './expectInvalid.js';

const tool = (name: string) => ({ name, description: `the ${name} tool`, execute: async () => 'ok' });
const BASE = '/work/project';

describe('parseThreadOptions: normalisation', () => {
  it('applies defaults to empty options', () => {
    for (const raw of [undefined, null, {}]) {
      expect(parseThreadOptions(raw, BASE)).toEqual({ skipGitRepoCheck: false, additionalDirectories: [], tools: [], restart: 'transient' });
    }
  });

  it.each<[unknown, Record<string, unknown>]>([
    [{ sandboxMode: 'workspace-write' }, { sandbox: 'workspace-write' }],
    [{ sandbox: 'read-only' }, { sandbox: 'read-only' }],
    [{ sandbox: 'danger-full-access', sandboxMode: 'danger-full-access' }, { sandbox: 'danger-full-access' }],
    [{ workingDirectory: 'repo' }, { cwd: `${BASE}/repo` }],
    [{ cwd: '/abs/dir' }, { cwd: '/abs/dir' }],
    [{ cwd: '/abs/dir', workingDirectory: '/abs/dir/' }, { cwd: '/abs/dir' }],
    [{ cwd: 'repo', workingDirectory: `${BASE}/repo` }, { cwd: `${BASE}/repo` }],
    [{ webSearchEnabled: true }, { webSearchMode: 'live' }],
    [{ webSearchEnabled: false }, { webSearchMode: 'disabled' }],
    [{ webSearchEnabled: true, webSearchMode: 'cached' }, { webSearchMode: 'cached' }],
    [{ webSearchMode: 'indexed' }, { webSearchMode: 'indexed' }],
    [{ additionalDirectories: ['data', '/abs', 'data'] }, { additionalDirectories: [`${BASE}/data`, '/abs'] }],
    // Relative to the working directory, as codex resolves --add-dir against --cd.
    [{ workingDirectory: 'repo', additionalDirectories: ['data', '../shared'] }, { cwd: `${BASE}/repo`, additionalDirectories: [`${BASE}/repo/data`, `${BASE}/shared`] }],
    [{ approvalMode: 'ask', approvalPolicy: 'untrusted' }, { approvalMode: 'ask', approvalPolicy: 'untrusted' }],
    [{ approvalMode: 'auto_review', approvalPolicy: 'on-failure' }, { approvalMode: 'auto_review', approvalPolicy: 'on-failure' }],
    [{ approvalMode: 'auto_review', approvalsReviewer: 'guardian_subagent' }, { approvalMode: 'auto_review', approvalsReviewer: 'guardian_subagent' }],
    [{ skipGitRepoCheck: true, restart: 'temporary' }, { skipGitRepoCheck: true, restart: 'temporary' }],
    [{ modelReasoningEffort: 'ultra' }, { modelReasoningEffort: 'ultra' }],
    [{ modelReasoningEffort: 'some-future-effort' }, { modelReasoningEffort: 'some-future-effort' }],
  ])('%j → %j', (raw, expected) => {
    const opts = parseThreadOptions(raw, BASE);
    expect(opts).toMatchObject(expected);
    // Aliases never survive normalisation.
    expect(opts).not.toHaveProperty('sandboxMode');
    expect(opts).not.toHaveProperty('workingDirectory');
    expect(opts).not.toHaveProperty('webSearchEnabled');
  });

  it('accepts every @openai/codex-sdk ThreadOptions field', () => {
    const sdk = {
      model: 'gpt-5.5',
      threadSource: 'cli',
      sandboxMode: 'workspace-write',
      workingDirectory: '/repo',
      skipGitRepoCheck: true,
      modelReasoningEffort: 'xhigh',
      networkAccessEnabled: true,
      webSearchMode: 'live',
      webSearchEnabled: true,
      approvalPolicy: 'on-request',
      additionalDirectories: ['/data'],
      collaborationMode: 'plan',
    };
    expect(parseThreadOptions(sdk, BASE)).toEqual({
      model: 'gpt-5.5',
      threadSource: 'cli',
      sandbox: 'workspace-write',
      cwd: '/repo',
      skipGitRepoCheck: true,
      modelReasoningEffort: 'xhigh',
      networkAccessEnabled: true,
      webSearchMode: 'live',
      approvalPolicy: 'on-request',
      additionalDirectories: ['/data'],
      collaborationMode: 'plan',
      tools: [],
      restart: 'transient',
    });
  });

  it('keeps handlers, tools, MCP servers and config by reference', () => {
    const onApproval = () => 'accept';
    const tools = [tool('lookup'), tool('create_ticket')];
    const config = { model_reasoning_summary: 'detailed' };
    const mcpServers = { docs: { command: 'docs-mcp' }, web: { url: 'https://mcp.example/mcp' } };
    const opts = parseThreadOptions({ onApproval, onUserInput: onApproval, onElicitation: onApproval, tools, config, mcpServers }, BASE);
    expect(opts.onApproval).toBe(onApproval);
    expect(opts.tools).toEqual(tools);
    expect(opts.config).toBe(config);
    expect(opts.mcpServers).toEqual(mcpServers);
  });

  it('accepts the granular approval policy object', () => {
    const granular = { granular: { sandbox_approval: true, rules: false, mcp_elicitations: true, skill_approval: false } };
    expect(parseThreadOptions({ approvalPolicy: granular }, BASE).approvalPolicy).toEqual(granular);
  });
});

describe('parseThreadOptions: rejects with the option path and a fix', () => {
  it.each<[unknown, string, RegExp]>([
    [{ sandbox: 'full-access' }, 'sandbox', /one of 'read-only', 'workspace-write', 'danger-full-access'; got the string "full-access"/],
    [{ sandboxMode: 'readonly' }, 'sandboxMode', /'read-only'/],
    [{ sandbox: 'read-only', sandboxMode: 'workspace-write' }, 'sandboxMode', /conflicts with `sandbox`/],
    [{ cwd: '/a', workingDirectory: '/b' }, 'cwd', /conflicts with `workingDirectory`/],
    [{ cwd: '' }, 'cwd', /non-empty path/],
    [{ webSearchEnabled: false, webSearchMode: 'live' }, 'webSearchEnabled', /contradicts webSearchMode 'live'/],
    [{ webSearchEnabled: true, webSearchMode: 'disabled' }, 'webSearchEnabled', /contradicts/],
    [{ webSearchMode: 'on' }, 'webSearchMode', /'disabled', 'cached', 'indexed', 'live'/],
    [{ approvalPolicy: 'always' }, 'approvalPolicy', /'never', 'on-request', 'on-failure', 'untrusted' or \{ granular/],
    [{ approvalPolicy: { granular: { sandbox_approval: true, rules: 'x', mcp_elicitations: true } } }, 'approvalPolicy.granular.rules', /boolean/],
    [{ approvalMode: 'auto' }, 'approvalMode', /'deny_all', 'auto_review', 'ask'/],
    [{ approvalMode: 'ask', approvalPolicy: 'never' }, 'approvalPolicy', /contradicts approvalMode 'ask', which means approvalPolicy 'untrusted'/],
    [{ approvalMode: 'deny_all', approvalPolicy: 'on-request' }, 'approvalPolicy', /contradicts approvalMode 'deny_all'/],
    [{ approvalMode: 'auto_review', approvalPolicy: 'untrusted' }, 'approvalPolicy', /contradicts/],
    [{ approvalMode: 'ask', approvalPolicy: { granular: { sandbox_approval: true, rules: true, mcp_elicitations: true } } }, 'approvalPolicy', /contradicts/],
    [{ approvalMode: 'auto_review', approvalsReviewer: 'user' }, 'approvalsReviewer', /contradicts approvalMode 'auto_review'/],
    [{ approvalMode: 'ask', approvalsReviewer: 'auto_review' }, 'approvalsReviewer', /contradicts/],
    [{ approvalsReviewer: 'me' }, 'approvalsReviewer', /'user', 'auto_review', 'guardian_subagent'/],
    [{ modelReasoningEffort: '' }, 'modelReasoningEffort', /non-empty string.*'low', 'medium', 'high'/],
    [{ model: '' }, 'model', /non-empty/],
    [{ additionalDirectories: '/data' }, 'additionalDirectories', /array/],
    [{ additionalDirectories: ['/ok', 3] }, 'additionalDirectories[1]', /path string; got the number 3/],
    [{ tools: [{ name: 'bad name', description: 'd', execute: () => 1 }] }, 'tools[0]', /invalid name "bad name".*letters, digits/],
    [{ tools: [{ name: 'ok', description: 'd' }] }, 'tools[0]', /needs an execute function.*defineTool/],
    [{ tools: [{ name: 'ok', execute: () => 1 }] }, 'tools[0]', /needs a description/],
    [{ tools: ['lookup'] }, 'tools[0]', /tool created with defineTool/],
    [{ tools: [tool('a'), tool('b'), tool('a')] }, 'tools[2].name', /'a' is already used by tools\[0\]/],
    [{ mcpServers: { docs: { command: 'x', url: 'http://a' } } }, 'mcpServers.docs', /both `command` and `url`/],
    [{ mcpServers: { docs: { args: ['x'] } } }, 'mcpServers.docs', /needs `command`.*or `url`/],
    [{ mcpServers: { docs: { command: 'x', timeout: 3 } } }, 'mcpServers.docs.timeout', /unknown option 'timeout'/],
    [{ mcpServers: { docs: { command: 'x', toolTimeoutSec: -1 } } }, 'mcpServers.docs.toolTimeoutSec', /from 0 to/],
    [{ mcpServers: { docs: { url: 'ftp://x' } } }, 'mcpServers.docs.url', /http\(s\) URL/],
    [{ mcpServers: { 'my docs': { command: 'x' } } }, 'mcpServers["my docs"]', /letters, digits/],
    [{ mcpServers: { docs: 'docs-mcp' } }, 'mcpServers.docs', /server object/],
    [{ onApproval: true }, 'onApproval', /function/],
    [{ ephemeral: 'yes' }, 'ephemeral', /boolean/],
    [{ config: { a: () => 1 } }, 'config.a', /cannot be a function/],
    [{ restart: 'always' }, 'restart', /'permanent', 'transient', 'temporary'/],
    [{ collaborationMode: 'pair' }, 'collaborationMode', /'default', 'plan'/],
    [{ personality: 'grumpy' }, 'personality', /'none', 'friendly', 'pragmatic'/],
  ])('%j → %s', (raw, option, reason) => {
    expect(expectInvalid(() => parseThreadOptions(raw, BASE), option)).toMatch(reason);
  });

  it.each([
    ['sandobx', 'sandbox'],
    ['workingDir', 'workingDirectory'],
    ['aprovalPolicy', 'approvalPolicy'],
    ['modelReasoningEfort', 'modelReasoningEffort'],
    ['additionalDirectory', 'additionalDirectories'],
  ])('suggests %s → %s', (typo, known) => {
    expect(expectInvalid(() => parseThreadOptions({ [typo]: 'x' }, BASE), typo)).toBe(`unknown option '${typo}'; did you mean '${known}'?`);
  });

  it.each([
    ['apiKey', /Codex option: pass it to new Codex/],
    ['codexPathOverride', /Codex option/],
    ['outputSchema', /turn option: pass it to thread\.run/],
    ['signal', /turn option/],
  ])('says where %s belongs', (key, reason) => {
    expect(expectInvalid(() => parseThreadOptions({ [key]: 'x' }, BASE), key)).toMatch(reason);
  });
});
