import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { codexPlatformTarget, PINNED_CODEX_VERSION, resolveCodexBinary } from '../../../native/index.js';
import { installFake, tempDirs } from './fakeCodex.js';

// Every call passes `env`, so the developer's own CODEX_PATH/PATH never leak into a test.
const pinnedEnv = { FAKE_CODEX_VERSION: PINNED_CODEX_VERSION };
const dirs = tempDirs();
afterEach(() => dirs.cleanup());

describe('resolveCodexBinary: candidate order', () => {
  it('uses the codexPath option first', async () => {
    const dir = await dirs.make();
    const fake = await installFake(dir, 'fake-codex-version');
    const other = await installFake(dir, 'fake-codex-version', 'other-codex');

    const resolved = await resolveCodexBinary({ codexPath: fake, env: { ...pinnedEnv, CODEX_PATH: other, PATH: dir } });

    expect(resolved).toEqual({ path: fake, version: PINNED_CODEX_VERSION, source: 'option' });
  });

  it('uses CODEX_PATH from options.env when no codexPath is given, before the package', async () => {
    const dir = await dirs.make();
    const fake = await installFake(dir, 'fake-codex-version');

    const resolved = await resolveCodexBinary({ env: { ...pinnedEnv, CODEX_PATH: fake, PATH: '' } });

    expect(resolved).toEqual({ path: fake, version: PINNED_CODEX_VERSION, source: 'CODEX_PATH' });
  });

  it('treats an empty CODEX_PATH as unset', async () => {
    const resolved = await resolveCodexBinary({ env: { CODEX_PATH: '', PATH: '' } });

    expect(resolved.source).toBe('package');
  });

  it('finds the pinned package platform binary (the real one) before PATH', async () => {
    const dir = await dirs.make();
    await installFake(dir, 'fake-codex-version');
    const target = codexPlatformTarget();
    if (target === null) throw new Error('these tests need a platform with a prebuilt codex');

    const resolved = await resolveCodexBinary({ env: { ...pinnedEnv, PATH: dir } });

    expect(resolved.source).toBe('package');
    expect(resolved.version).toBe(PINNED_CODEX_VERSION);
    expect(resolved.path).toContain(join('vendor', target.targetTriple, 'bin', target.binaryName));
    expect(resolved.path).toContain(target.packageName);
  });

  it('falls back to codex on PATH when no platform package is installed', async () => {
    const dir = await dirs.make();
    const fake = await installFake(dir, 'fake-codex-version');

    // darwin/arm64's package is not installed on this (Linux) machine, so the package candidate misses.
    const resolved = await resolveCodexBinary({ platform: 'darwin', arch: 'arm64', env: { ...pinnedEnv, PATH: dir } });

    expect(resolved).toEqual({ path: fake, version: PINNED_CODEX_VERSION, source: 'PATH' });
  });

  it('skips PATH entries named codex that are directories or not executable', async () => {
    const [first, second, third] = [await dirs.make(), await dirs.make(), await dirs.make()];
    await mkdir(join(first, 'codex'));
    await installFake(second, 'fake-codex-version', 'codex', 0o644);
    const fake = await installFake(third, 'fake-codex-version');

    const resolved = await resolveCodexBinary({ platform: 'darwin', arch: 'arm64', env: { ...pinnedEnv, PATH: [first, second, third].join(':') } });

    expect(resolved).toEqual({ path: fake, version: PINNED_CODEX_VERSION, source: 'PATH' });
  });

  it('looks a bare codexPath name up on PATH, like spawn would', async () => {
    const dir = await dirs.make();
    const fake = await installFake(dir, 'fake-codex-version', 'codex-nightly');

    const resolved = await resolveCodexBinary({ codexPath: 'codex-nightly', env: { ...pinnedEnv, PATH: dir } });

    expect(resolved).toEqual({ path: fake, version: PINNED_CODEX_VERSION, source: 'option' });
  });

  it('resolves a relative codexPath against the working directory and returns it absolute', async () => {
    const dir = await dirs.make();
    const fake = await installFake(dir, 'fake-codex-version');

    const resolved = await resolveCodexBinary({ codexPath: relative(process.cwd(), fake), env: pinnedEnv });

    expect(resolved.path).toBe(fake);
  });

  it('finds codex.exe through PATHEXT when resolving for Windows', async () => {
    const dir = await dirs.make();
    // Neither a bare `codex` nor a batch shim can be spawned directly on Windows.
    await writeFile(join(dir, 'codex'), 'not a windows executable', { mode: 0o755 });
    await writeFile(join(dir, 'codex.cmd'), '@echo off', { mode: 0o755 });
    const fake = await installFake(dir, 'fake-codex-version', 'codex.exe');

    // win32/ia32 has no prebuilt package, so PATH is the only candidate.
    const resolved = await resolveCodexBinary({ platform: 'win32', arch: 'ia32', env: { ...pinnedEnv, Path: dir, PATHEXT: '.CMD;.EXE' } });

    expect(resolved).toEqual({ path: fake, version: PINNED_CODEX_VERSION, source: 'PATH' });
  });
});
