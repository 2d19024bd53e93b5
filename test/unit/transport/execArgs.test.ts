import { delimiter } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from '../../../src/errors/index.js';
import { buildExecArgs, buildExecEnv, ORIGINATOR_ENV, SDK_ORIGINATOR, type ExecArgsOptions } from '../../../src/transport/execArgs.js';

const head = ['exec', '--experimental-json'];

// Expected command lines are what @openai/codex-sdk 0.163.0 (the newest SDK for the
// 0.169.0 pin) passes for the same options: option by option, then all together for order.
describe('buildExecArgs: one option at a time, as the SDK passes it', () => {
  it.each<[string, ExecArgsOptions, string[]]>([
    ['nothing', {}, []],
    ['config object', { config: { model_reasoning_summary: 'detailed', tools: { update_plan: { enabled: true } } } }, ['--config', 'model_reasoning_summary="detailed"', '--config', 'tools.update_plan.enabled=true']],
    ['raw configOverrides', { configOverrides: ['a=1', 'b="x"'] }, ['--config', 'a=1', '--config', 'b="x"']],
    ['baseUrl', { baseUrl: 'https://example.test/v1' }, ['--config', 'openai_base_url="https://example.test/v1"']],
    ['model', { model: 'gpt-5.5' }, ['--model', 'gpt-5.5']],
    ['threadSource on a new thread', { threadSource: 'ci' }, ['--thread-source', 'ci']],
    ['threadSource is dropped on resume', { threadSource: 'ci', threadId: 't1' }, ['resume', 't1']],
    ['sandboxMode', { sandboxMode: 'workspace-write' }, ['--sandbox', 'workspace-write']],
    ['workingDirectory', { workingDirectory: '/work' }, ['--cd', '/work']],
    ['additionalDirectories', { additionalDirectories: ['/a', '/b'] }, ['--add-dir', '/a', '--add-dir', '/b']],
    ['empty additionalDirectories', { additionalDirectories: [] }, []],
    ['skipGitRepoCheck true', { skipGitRepoCheck: true }, ['--skip-git-repo-check']],
    ['skipGitRepoCheck false', { skipGitRepoCheck: false }, []],
    ['outputSchemaFile', { outputSchemaFile: '/tmp/s/schema.json' }, ['--output-schema', '/tmp/s/schema.json']],
    ['cyberAccessProgram', { cyberAccessProgram: 'standard' }, ['--cyber-access-program', 'standard']],
    ['modelReasoningEffort', { modelReasoningEffort: 'high' }, ['--config', 'model_reasoning_effort="high"']],
    ['networkAccessEnabled true', { networkAccessEnabled: true }, ['--config', 'sandbox_workspace_write.network_access=true']],
    ['networkAccessEnabled false', { networkAccessEnabled: false }, ['--config', 'sandbox_workspace_write.network_access=false']],
    ['webSearchMode', { webSearchMode: 'cached' }, ['--config', 'web_search="cached"']],
    ['webSearchEnabled true', { webSearchEnabled: true }, ['--config', 'web_search="live"']],
    ['webSearchEnabled false', { webSearchEnabled: false }, ['--config', 'web_search="disabled"']],
    ['webSearchMode wins over webSearchEnabled', { webSearchMode: 'disabled', webSearchEnabled: true }, ['--config', 'web_search="disabled"']],
    ['approvalPolicy', { approvalPolicy: 'on-request' }, ['--config', 'approval_policy="on-request"']],
    ['threadId', { threadId: '01a2-uuid' }, ['resume', '01a2-uuid']],
    ['null threadId', { threadId: null }, []],
    ['images', { images: ['/a.png', '/b.png'] }, ['--image', '/a.png', '--image', '/b.png']],
  ])('%s', (_name, options, tail) => {
    expect(buildExecArgs(options)).toEqual([...head, ...tail]);
  });
});

describe('buildExecArgs: order', () => {
  it('puts every option where the SDK does, resume after the options and images last', () => {
    expect(
      buildExecArgs({
        images: ['/img.png'],
        threadId: 'thread-1',
        approvalPolicy: 'never',
        webSearchMode: 'live',
        networkAccessEnabled: true,
        modelReasoningEffort: 'low',
        cyberAccessProgram: 'daybreak_blue',
        outputSchemaFile: '/tmp/schema.json',
        skipGitRepoCheck: true,
        additionalDirectories: ['/extra'],
        workingDirectory: '/work',
        sandboxMode: 'read-only',
        threadSource: 'ignored-on-resume',
        model: 'm',
        baseUrl: 'http://127.0.0.1:9/v1',
        configOverrides: ['raw=1'],
        config: { x: { y: 'z' } },
      }),
    ).toEqual([
      'exec', '--experimental-json',
      '--config', 'x.y="z"',
      '--config', 'raw=1',
      '--config', 'openai_base_url="http://127.0.0.1:9/v1"',
      '--model', 'm',
      '--sandbox', 'read-only',
      '--cd', '/work',
      '--add-dir', '/extra',
      '--skip-git-repo-check',
      '--output-schema', '/tmp/schema.json',
      '--cyber-access-program', 'daybreak_blue',
      '--config', 'model_reasoning_effort="low"',
      '--config', 'sandbox_workspace_write.network_access=true',
      '--config', 'web_search="live"',
      '--config', 'approval_policy="never"',
      'resume', 'thread-1',
      '--image', '/img.png',
    ]);
  });

  it('never puts the prompt on the command line (it goes to stdin)', () => {
    expect(buildExecArgs({ model: 'm' })).not.toContain('--');
  });

  it('reports a config TOML cannot express as InvalidOptionsError', () => {
    expect(() => buildExecArgs({ config: { a: null } as never })).toThrow(InvalidOptionsError);
  });
});

describe('buildExecEnv', () => {
  it('replaces process.env when env is given, adds the SDK originator and CODEX_API_KEY', () => {
    process.env['CODEX_ACTORS_SHOULD_NOT_LEAK'] = 'leak';
    try {
      const env = buildExecEnv({ env: { CODEX_HOME: '/var/tmp/h', CUSTOM: 'c', DROPPED: undefined }, apiKey: 'sk-test' });
      expect(env).toEqual({ CODEX_HOME: '/var/tmp/h', CUSTOM: 'c', [ORIGINATOR_ENV]: SDK_ORIGINATOR, CODEX_API_KEY: 'sk-test' });
    } finally {
      delete process.env['CODEX_ACTORS_SHOULD_NOT_LEAK'];
    }
  });

  it('copies process.env when env is not given', () => {
    process.env['CODEX_ACTORS_INHERITED'] = 'yes';
    try {
      expect(buildExecEnv()['CODEX_ACTORS_INHERITED']).toBe('yes');
    } finally {
      delete process.env['CODEX_ACTORS_INHERITED'];
    }
  });

  it('keeps an originator the env already sets, else uses the given one', () => {
    expect(buildExecEnv({ env: { [ORIGINATOR_ENV]: 'mine' } })[ORIGINATOR_ENV]).toBe('mine');
    expect(buildExecEnv({ env: {}, originator: 'codex_actors' })[ORIGINATOR_ENV]).toBe('codex_actors');
  });

  it('does not set CODEX_API_KEY without apiKey, and never sets OPENAI_BASE_URL', () => {
    const env = buildExecEnv({ env: {} });
    expect(env).not.toHaveProperty('CODEX_API_KEY');
    expect(env).not.toHaveProperty('OPENAI_BASE_URL');
  });

  it('prepends pathDirs to PATH without duplicating them', () => {
    const env = buildExecEnv({ env: { PATH: ['/usr/bin', '/pkg/codex-path', '/bin'].join(delimiter) }, pathDirs: ['/pkg/codex-path'] });
    expect(env['PATH']).toBe(['/pkg/codex-path', '/usr/bin', '/bin'].join(delimiter));
    expect(buildExecEnv({ env: {}, pathDirs: ['/p'] })['PATH']).toBe('/p');
  });
});
