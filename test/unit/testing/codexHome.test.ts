import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCodexError } from '../../../src/errors/index.js';
import { codexConfigToml, createCodexHome } from '../../../src/testing/index.js';

const server = { url: 'http://127.0.0.1:4321/v1' };

describe('createCodexHome', () => {
  it('writes an isolated home under /var/tmp with a mock provider config and a git workspace', async () => {
    await using home = await createCodexHome({ server });
    expect(home.path.startsWith('/var/tmp/')).toBe(true);
    expect(dirname(home.path)).toBe(dirname(home.workspace));
    expect(statSync(join(home.workspace, '.git')).isDirectory()).toBe(true);

    const toml = readFileSync(home.configPath, 'utf8');
    expect(home.configPath).toBe(join(home.path, 'config.toml'));
    expect(toml).toContain('model = "mock-model"');
    expect(toml).toContain('model_provider = "mock"');
    expect(toml).toContain('[model_providers.mock]');
    expect(toml).toContain('base_url = "http://127.0.0.1:4321/v1"');
    expect(toml).toContain('wire_api = "responses"');
    expect(toml).toContain('env_key = "MOCK_API_KEY"');
    expect(toml).toContain('supports_websockets = false');
    expect(toml).toContain('request_max_retries = 0');
    expect(toml).toContain('stream_max_retries = 0');
    expect(toml).not.toContain('model_catalog_json');
    expect(toml).not.toContain('approval_policy');
  });

  it('gives an env with CODEX_HOME, MOCK_API_KEY, PATH and an isolated empty HOME only', async () => {
    await using home = await createCodexHome({ server, apiKey: 'k-123' });
    expect(home.userHome).toBe(join(dirname(home.path), 'user-home'));
    expect(readdirSync(home.userHome!)).toEqual([]);
    expect(home.env).toEqual({ CODEX_HOME: home.path, MOCK_API_KEY: 'k-123', PATH: process.env['PATH'], HOME: home.userHome });
  });

  it('passes the real HOME through with isolateHome: false', async () => {
    await using home = await createCodexHome({ server, isolateHome: false });
    expect(home.env['HOME']).toBe(process.env['HOME']);
  });

  it('writes policy, sandbox, retries and extra TOML ahead of the provider table', () => {
    const toml = codexConfigToml({
      server: 'http://127.0.0.1:1/v1',
      approvalPolicy: 'on-request',
      sandbox: 'workspace-write',
      requestMaxRetries: 2,
      streamMaxRetries: 3,
      streamIdleTimeoutMs: 500,
      extraToml: '[tools.update_plan]\nenabled = true',
    });
    expect(toml).toContain('approval_policy = "on-request"\nsandbox_mode = "workspace-write"');
    expect(toml).toContain('request_max_retries = 2\nstream_max_retries = 3\nstream_idle_timeout_ms = 500');
    // Extra tables come before ours, so our top-level keys never end up inside them.
    expect(toml.indexOf('[tools.update_plan]')).toBeGreaterThan(toml.indexOf('sandbox_mode'));
    expect(toml.indexOf('[tools.update_plan]')).toBeLessThan(toml.indexOf('[model_providers.mock]'));
  });

  it('turns shell_snapshot and plugins off by default; the features option overrides and extends', () => {
    expect(codexConfigToml({ server })).toContain('[features]\nshell_snapshot = false\nplugins = false\n');
    const toml = codexConfigToml({ server, features: { shell_snapshot: true, 'odd.name': true } });
    expect(toml).toContain('[features]\nshell_snapshot = true\nplugins = false\n"odd.name" = true\n');
    expect(() => codexConfigToml({ server, extraToml: '[features]\nx = true' })).not.toThrow();
  });

  it('rejects a [features] table in extraToml', async () => {
    await expect(createCodexHome({ server, extraToml: '[features]\nplugins = true' })).rejects.toMatchObject({ code: 'INVALID_OPTIONS', option: 'extraToml' });
  });

  it('registers the model in a catalog file when modelCatalog is set', async () => {
    await using home = await createCodexHome({ server, modelCatalog: true, model: 'my-model' });
    expect(home.modelCatalogPath).toBe(join(home.path, 'model-catalog.json'));
    const catalog = JSON.parse(readFileSync(home.modelCatalogPath!, 'utf8')) as { models: Array<Record<string, unknown>> };
    expect(catalog.models).toHaveLength(1);
    expect(catalog.models[0]).toMatchObject({ slug: 'my-model', apply_patch_tool_type: 'freeform', use_responses_lite: false, shell_type: 'unified_exec' });
    expect(catalog.models[0]).not.toHaveProperty('tool_mode');
    expect(readFileSync(home.configPath, 'utf8')).toContain(`model_catalog_json = ${JSON.stringify(home.modelCatalogPath)}`);
  });

  it('rejects approvalPolicy "untrusted" and says to pass it per thread', async () => {
    const error = await createCodexHome({ server, approvalPolicy: 'untrusted' }).catch((e: unknown) => e);
    expect(isCodexError(error) && error.code).toBe('INVALID_OPTIONS');
    expect((error as { option: string }).option).toBe('approvalPolicy');
    expect((error as Error).message).toMatch(/per thread/);
  });

  it('rejects a missing server url and bad retry counts', async () => {
    await expect(createCodexHome({ server: 'localhost:1' })).rejects.toMatchObject({ code: 'INVALID_OPTIONS', option: 'server' });
    await expect(createCodexHome({ server, streamMaxRetries: -1 })).rejects.toMatchObject({ option: 'streamMaxRetries' });
  });

  it('cleanup removes home and workspace and is idempotent', async () => {
    const home = await createCodexHome({ server });
    await Promise.all([home.cleanup(), home.cleanup()]);
    expect(existsSync(home.path)).toBe(false);
    expect(existsSync(home.workspace)).toBe(false);
  });

  it('honours root', async () => {
    const root = realpathSync(tmpdir());
    await using home = await createCodexHome({ server, root });
    expect(home.path.startsWith(join(root, 'codex-actors-'))).toBe(true);
  });
});
