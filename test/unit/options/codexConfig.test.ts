import { describe, expect, it } from 'vitest';
import { closestName, flattenConfig, mcpServersToConfig, type ConfigObject } from '../../../src/options/index.js';

describe('flattenConfig', () => {
  it.each<[ConfigObject, Record<string, unknown>]>([
    [{}, {}],
    [{ model: 'gpt-5.5' }, { model: 'gpt-5.5' }],
    [{ tools: { update_plan: { enabled: true } } }, { 'tools.update_plan.enabled': true }],
    [{ 'tools.update_plan.enabled': true }, { 'tools.update_plan.enabled': true }],
    [{ a: { b: 1, c: [1, 2] }, d: false }, { 'a.b': 1, 'a.c': [1, 2], d: false }],
    [{ a: {} }, { a: {} }],
    [{ a: { b: undefined, c: 'x' }, e: undefined }, { 'a.c': 'x' }],
    [{ a: { b: undefined } }, { a: {} }],
    // Arrays are leaves, objects inside them are kept whole.
    [{ list: [{ name: 'x', n: 1 }] }, { list: [{ name: 'x', n: 1 }] }],
    // A nested key with a dot cannot be a path segment: the parent is kept whole.
    [{ model_providers: { 'my.provider': { base_url: 'http://x' } } }, { model_providers: { 'my.provider': { base_url: 'http://x' } } }],
    [{ a: { b: 1 }, 'a.b': 2 }, { 'a.b': 2 }],
  ])('%j → %j', (config, expected) => {
    expect(flattenConfig(config)).toEqual(expected);
  });
});

describe('mcpServersToConfig', () => {
  it('converts camelCase fields to codex snake_case keys', () => {
    expect(
      mcpServersToConfig({
        docs: { command: 'docs-mcp', args: ['--stdio'], env: { TOKEN_FILE: '/t' }, envVars: ['HOME'], cwd: '/srv', startupTimeoutSec: 10, toolTimeoutSec: 30, enabled: true },
        web: { url: 'https://mcp.example/mcp', bearerTokenEnvVar: 'MCP_TOKEN', httpHeaders: { 'X-Team': 'a' }, envHttpHeaders: { 'X-Key': 'KEY_VAR' }, enabledTools: ['search'], disabledTools: ['delete'] },
      }),
    ).toEqual({
      mcp_servers: {
        docs: { command: 'docs-mcp', args: ['--stdio'], env: { TOKEN_FILE: '/t' }, env_vars: ['HOME'], cwd: '/srv', startup_timeout_sec: 10, tool_timeout_sec: 30, enabled: true },
        web: { url: 'https://mcp.example/mcp', bearer_token_env_var: 'MCP_TOKEN', http_headers: { 'X-Team': 'a' }, env_http_headers: { 'X-Key': 'KEY_VAR' }, enabled_tools: ['search'], disabled_tools: ['delete'] },
      },
    });
  });
});

describe('closestName', () => {
  const known = ['sandbox', 'sandboxMode', 'model', 'workingDirectory', 'cwd', 'env'];
  it.each<[string, string | undefined]>([
    ['sandobx', 'sandbox'],
    ['SANDBOX', 'sandbox'],
    ['sandboxmod', 'sandboxMode'],
    ['modle', 'model'],
    ['workingDir', 'workingDirectory'],
    ['cdw', 'cwd'],
    ['foo', undefined],
    ['x', undefined],
    ['environment', undefined],
  ])('%s → %s', (typed, expected) => {
    expect(closestName(typed, known)).toBe(expected);
  });
});
