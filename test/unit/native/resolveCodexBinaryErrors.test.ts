import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { PINNED_CODEX_GIT_TAG, PINNED_CODEX_VERSION, resolveCodexBinary } from '../../../native/index.js';
import { CodexNotFoundError, InvalidOptionsError, isCodexError } from '../../../src/errors/index.js';
import { installFake, tempDirs } from './fakeCodex.js';

const dirs = tempDirs();
afterEach(() => dirs.cleanup());

async function rejection(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  if (outcome.ok) throw new Error(`expected a rejection, got ${JSON.stringify(outcome.value)}`);
  if (!(outcome.error instanceof Error)) throw new Error(`rejected with a non-error: ${String(outcome.error)}`);
  return outcome.error;
}

/** Resolution must fail for the explicit candidate even though the real package binary would work. */
async function explicitFailure(options: Parameters<typeof resolveCodexBinary>[0]): Promise<CodexNotFoundError> {
  const error = await rejection(resolveCodexBinary(options));
  expect(error).toBeInstanceOf(CodexNotFoundError);
  expect(isCodexError(error) && error.code).toBe('CODEX_NOT_FOUND');
  return error as CodexNotFoundError;
}

describe('resolveCodexBinary: an explicit codexPath / CODEX_PATH that is unusable is an error', () => {
  it('rejects a codexPath that does not exist, naming it and the fix', async () => {
    const dir = await dirs.make();
    const missing = join(dir, 'no-such-codex');

    const error = await explicitFailure({ codexPath: missing, env: { PATH: '' } });

    expect(error.tried).toEqual([{ source: 'codexPath option', path: missing, reason: 'does not exist' }]);
    expect(error.message).toContain(missing);
    expect(error.message).toContain(`omit codexPath to use the pinned @openai/codex@${PINNED_CODEX_VERSION}`);
  });

  it('rejects a codexPath that is a directory', async () => {
    const dir = await dirs.make();

    const error = await explicitFailure({ codexPath: dir, env: { PATH: '' } });

    expect(error.tried[0]?.reason).toMatch(/is a directory/);
    expect(error.message).toContain(dir);
  });

  it('rejects a codexPath that is not executable, without running it', async () => {
    const dir = await dirs.make();
    const spawnLog = join(dir, 'spawns.log');
    const fake = await installFake(dir, 'fake-codex-version', 'codex', 0o644);

    const error = await explicitFailure({ codexPath: fake, env: { PATH: '', FAKE_CODEX_SPAWN_LOG: spawnLog } });

    expect(error.tried[0]?.reason).toMatch(/not executable.*chmod \+x/);
    await expect(readFile(spawnLog, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('rejects a bare codexPath name that is not on PATH', async () => {
    const dir = await dirs.make();

    const error = await explicitFailure({ codexPath: 'codex-nightly', env: { PATH: dir } });

    expect(error.tried[0]).toMatchObject({ source: 'codexPath option', path: 'codex-nightly' });
  });

  it('rejects a CODEX_PATH that points at a directory, naming the variable', async () => {
    const dir = await dirs.make();

    const error = await explicitFailure({ env: { CODEX_PATH: dir, PATH: '' } });

    expect(error.tried).toEqual([{ source: 'CODEX_PATH', path: dir, reason: expect.stringMatching(/is a directory/) }]);
    expect(error.message).toContain('unset CODEX_PATH');
  });

  it('rejects a CODEX_PATH that does not exist', async () => {
    const dir = await dirs.make();
    const missing = join(dir, 'gone', 'codex');

    const error = await explicitFailure({ env: { CODEX_PATH: missing, PATH: '' } });

    expect(error.tried).toEqual([{ source: 'CODEX_PATH', path: missing, reason: 'does not exist' }]);
  });

  it('rejects an empty codexPath as an invalid option', async () => {
    const error = await rejection(resolveCodexBinary({ codexPath: '  ', env: { PATH: '' } }));

    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect(error).toMatchObject({ option: 'codexPath' });
  });

  it('rejects an unknown versionCheck value', async () => {
    const error = await rejection(resolveCodexBinary({ versionCheck: 'loose' as never, env: { PATH: '' } }));

    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect(error).toMatchObject({ option: 'versionCheck' });
  });
});

describe('resolveCodexBinary: nothing found', () => {
  it('lists every candidate tried and how to fix it', async () => {
    const dir = await dirs.make();

    const error = await explicitFailure({ platform: 'darwin', arch: 'arm64', env: { PATH: dir } });

    expect(error.tried.map((t) => t.source)).toEqual(['package', 'PATH']);
    expect(error.tried[0]?.reason).toContain('@openai/codex-darwin-arm64');
    expect(error.message).toContain(`npm install @openai/codex@${PINNED_CODEX_VERSION}`);
    expect(error.message).toContain('set CODEX_PATH');
    expect(error.message).toContain('codexPath option');
    expect(error.message).toContain(`build codex-rs from source at tag ${PINNED_CODEX_GIT_TAG}`);
    expect(error.message).toContain('native/README.md');
  });

  it('names an unsupported platform and points at building from source', async () => {
    const error = await explicitFailure({ platform: 'freebsd', arch: 'x64', env: { PATH: '' } });

    expect(error.tried[0]).toMatchObject({ source: 'package', reason: expect.stringContaining('freebsd/x64') });
    expect(error.message).toContain('There is no prebuilt codex for freebsd/x64');
    expect(error.message).toContain(PINNED_CODEX_GIT_TAG);
    // npm cannot install a binary that does not exist for this platform, so that fix is not offered.
    expect(error.message).not.toContain('npm install');
  });

  it('still uses codex on PATH on an unsupported platform (e.g. a source build)', async () => {
    const dir = await dirs.make();
    const fake = await installFake(dir, 'fake-codex-version');

    const resolved = await resolveCodexBinary({ platform: 'linux', arch: 'ia32', env: { PATH: dir, FAKE_CODEX_VERSION: PINNED_CODEX_VERSION } });

    expect(resolved).toEqual({ path: fake, version: PINNED_CODEX_VERSION, source: 'PATH' });
  });
});
