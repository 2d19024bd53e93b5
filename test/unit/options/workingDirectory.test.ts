/**
 * The directory checks a turn passes before any codex process runs. The binary path
 * does not exist: had anything tried to start codex, the error would be CodexNotFoundError.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Codex, CodexNotFoundError, InvalidOptionsError } from '../../../src/index.js';
import { isInsideGitRepository } from '../../../src/options/workingDirectory.js';

const root = mkdtempSync(path.join(tmpdir(), 'codex-actors-cwd-'));
const plain = path.join(root, 'plain');
const repo = path.join(root, 'repo');
const file = path.join(root, 'file.txt');
mkdirSync(plain);
mkdirSync(path.join(repo, '.git'), { recursive: true });
mkdirSync(path.join(repo, 'src'));
writeFileSync(file, 'x');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const missingBinary = path.join(root, 'no-such-codex');

describe.each(['app-server', 'exec'] as const)('turn directory checks (%s)', (transport) => {
  const codex = () => new Codex({ codexPath: missingBinary, transport });

  it('refuses a workingDirectory that does not exist, naming it', async () => {
    const error = await codex().startThread({ workingDirectory: '/does/not/exist', skipGitRepoCheck: true }).run('hi').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect(error).toMatchObject({ option: 'workingDirectory', message: expect.stringContaining('/does/not/exist does not exist') });
  });

  it('refuses a relative workingDirectory that resolves to nothing, and a file', async () => {
    await expect(codex().startThread({ workingDirectory: 'no/such/relative/dir', skipGitRepoCheck: true }).run('hi')).rejects.toMatchObject({
      option: 'workingDirectory',
      message: expect.stringContaining(path.resolve('no/such/relative/dir')),
    });
    await expect(codex().startThread({ workingDirectory: file, skipGitRepoCheck: true }).run('hi')).rejects.toMatchObject({ option: 'workingDirectory', message: expect.stringContaining('is not a directory') });
    await expect(codex().startThread({ skipGitRepoCheck: true }).run('hi', transport === 'exec' ? {} : { cwd: '/does/not/exist' })).rejects.toBeInstanceOf(
      transport === 'exec' ? CodexNotFoundError : InvalidOptionsError,
    );
  });

  it('refuses a directory outside git without skipGitRepoCheck, with codex exec\'s words', async () => {
    const error = await codex().startThread({ workingDirectory: plain }).run('hi').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect(error).toMatchObject({ option: 'skipGitRepoCheck', message: expect.stringContaining('Not inside a trusted directory and --skip-git-repo-check was not specified.') });
    // The SDK's way out, and a subdirectory of a repository, both pass the checks and reach the binary.
    await expect(codex().startThread({ workingDirectory: plain, skipGitRepoCheck: true }).run('hi')).rejects.toBeInstanceOf(CodexNotFoundError);
    await expect(codex().startThread({ workingDirectory: path.join(repo, 'src') }).run('hi')).rejects.toBeInstanceOf(CodexNotFoundError);
  });

  it('a relative workingDirectory that exists resolves against process.cwd(), as the SDK\'s --cd does', () => {
    const relative = path.relative(process.cwd(), repo);
    expect(codex().startThread({ workingDirectory: relative }).options.cwd).toBe(repo);
  });

  it('a closed Codex throws InvalidOptionsError', async () => {
    const closed = codex();
    const thread = closed.startThread({ skipGitRepoCheck: true });
    await closed.close();
    for (const use of [() => closed.startThread(), () => closed.resumeThread('thread-id')]) {
      expect(use).toThrow(InvalidOptionsError);
      expect(use).toThrow(expect.objectContaining({ option: 'codex', message: expect.stringContaining('closed') }));
    }
    if (transport === 'app-server') await expect(thread.run('hi')).rejects.toBeInstanceOf(InvalidOptionsError);
  });
});

describe('isInsideGitRepository', () => {
  it('finds .git in the directory or an ancestor (a file counts: worktrees, submodules)', () => {
    expect(isInsideGitRepository(repo)).toBe(true);
    expect(isInsideGitRepository(path.join(repo, 'src'))).toBe(true);
    expect(isInsideGitRepository(plain)).toBe(false);
    const worktree = path.join(root, 'worktree');
    mkdirSync(worktree);
    writeFileSync(path.join(worktree, '.git'), 'gitdir: /elsewhere\n');
    expect(isInsideGitRepository(worktree)).toBe(true);
  });
});
