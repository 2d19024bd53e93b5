import { readFile, utimes } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { parseCodexVersion, PINNED_CODEX_VERSION, resolveCodexBinary } from '../../../native/index.js';
import { CodexSpawnError, CodexVersionError, TimeoutError } from '../../../src/errors/index.js';
import { installFake, tempDirs } from './fakeCodex.js';

const dirs = tempDirs();
afterEach(async () => {
  vi.restoreAllMocks();
  await dirs.cleanup();
});

const WRONG = '0.1.0';

describe('parseCodexVersion', () => {
  it.each([
    ['codex-cli 0.169.0', '0.169.0'],
    ['codex-cli 0.169.0\n', '0.169.0'],
    ['codex-cli 0.170.0-alpha.2', '0.170.0-alpha.2'],
    ['WARNING: something\ncodex-cli 1.2.3', '1.2.3'],
  ])('reads %j as %s', (output, version) => {
    expect(parseCodexVersion(output)).toBe(version);
  });

  it.each(['hello', 'codex-cli 0.169', 'codex 0.169.0', ''])('rejects %j', (output) => {
    expect(parseCodexVersion(output)).toBeNull();
  });
});

describe('resolveCodexBinary: version check', () => {
  async function wrongVersionBinary(): Promise<{ path: string; env: Record<string, string> }> {
    const dir = await dirs.make();
    return { path: await installFake(dir, 'fake-codex-version'), env: { PATH: '', FAKE_CODEX_VERSION: WRONG } };
  }

  it("throws CodexVersionError by default ('error')", async () => {
    const { path, env } = await wrongVersionBinary();

    const error = await resolveCodexBinary({ codexPath: path, env }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(CodexVersionError);
    expect(error).toMatchObject({ code: 'CODEX_VERSION_MISMATCH', path, expected: PINNED_CODEX_VERSION, actual: WRONG });
    expect((error as Error).message).toContain(`versionCheck: 'warn'`);
  });

  it("reports through onWarning and returns the binary with 'warn'", async () => {
    const { path, env } = await wrongVersionBinary();
    const warnings: string[] = [];

    const resolved = await resolveCodexBinary({ codexPath: path, env, versionCheck: 'warn', onWarning: (m) => warnings.push(m) });

    expect(resolved).toEqual({ path, version: WRONG, source: 'option' });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(WRONG);
    expect(warnings[0]).toContain(PINNED_CODEX_VERSION);
  });

  it("falls back to console.warn with 'warn' and no onWarning", async () => {
    const { path, env } = await wrongVersionBinary();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});

    await resolveCodexBinary({ codexPath: path, env, versionCheck: 'warn' });

    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toContain(WRONG);
  });

  it("accepts any version silently with 'off'", async () => {
    const { path, env } = await wrongVersionBinary();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const onWarning = vi.fn();

    const resolved = await resolveCodexBinary({ codexPath: path, env, versionCheck: 'off', onWarning });

    expect(resolved.version).toBe(WRONG);
    expect(onWarning).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  it('treats unrecognised --version output as a mismatch, quoting the output', async () => {
    const dir = await dirs.make();
    const path = await installFake(dir, 'fake-codex-garbage');

    const error = await resolveCodexBinary({ codexPath: path, env: { PATH: '' } }).catch((e: unknown) => e);
    const resolved = await resolveCodexBinary({ codexPath: path, env: { PATH: '' }, versionCheck: 'off' });

    expect(error).toBeInstanceOf(CodexVersionError);
    expect((error as Error).message).toContain('hello from something else');
    expect(resolved.version).toBe('unknown');
  });

  it('raises CodexSpawnError with the stderr tail when --version fails', async () => {
    const dir = await dirs.make();
    const path = await installFake(dir, 'fake-codex-crash');

    const error = await resolveCodexBinary({ codexPath: path, env: { PATH: '' }, versionCheck: 'off' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(CodexSpawnError);
    expect(error).toMatchObject({ code: 'CODEX_SPAWN_FAILED', path, args: ['--version'] });
    expect((error as Error).message).toContain('exited with code 127');
    expect((error as Error).message).toContain('libfake.so.1');
  });

  it('raises TimeoutError when --version never answers', async () => {
    const dir = await dirs.make();
    const path = await installFake(dir, 'fake-codex-hang');

    const error = await resolveCodexBinary({ codexPath: path, env: { PATH: '' }, versionTimeoutMs: 200 }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ code: 'TIMEOUT', timeoutMs: 200 });
  });
});

describe('resolveCodexBinary: caching', () => {
  async function countingBinary(): Promise<{ path: string; env: Record<string, string>; spawns(): Promise<number> }> {
    const dir = await dirs.make();
    const log = join(dir, 'spawns.log');
    return {
      path: await installFake(dir, 'fake-codex-version'),
      env: { PATH: '', FAKE_CODEX_VERSION: PINNED_CODEX_VERSION, FAKE_CODEX_SPAWN_LOG: log },
      spawns: async () => (await readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean).length,
    };
  }

  it('runs --version once per binary, also for concurrent resolutions', async () => {
    const fake = await countingBinary();

    await Promise.all([1, 2, 3].map(() => resolveCodexBinary({ codexPath: fake.path, env: fake.env })));
    const again = await resolveCodexBinary({ codexPath: fake.path, env: fake.env });

    expect(again.version).toBe(PINNED_CODEX_VERSION);
    expect(await fake.spawns()).toBe(1);
  });

  it('applies each call’s versionCheck to the cached version', async () => {
    const fake = await countingBinary();
    const env = { ...fake.env, FAKE_CODEX_VERSION: WRONG };

    await resolveCodexBinary({ codexPath: fake.path, env, versionCheck: 'off' });
    const error = await resolveCodexBinary({ codexPath: fake.path, env }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(CodexVersionError);
    expect(await fake.spawns()).toBe(1);
  });

  it('probes again when the binary file changes (new mtime)', async () => {
    const fake = await countingBinary();

    await resolveCodexBinary({ codexPath: fake.path, env: fake.env });
    const later = new Date(Date.now() + 60_000);
    await utimes(fake.path, later, later);
    await resolveCodexBinary({ codexPath: fake.path, env: fake.env });

    expect(await fake.spawns()).toBe(2);
  });
});
