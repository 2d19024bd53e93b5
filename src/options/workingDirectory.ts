import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { InvalidOptionsError } from '../errors/index.js';

/** codex exec's own refusal (its wording kept, so code that matches on it keeps working). */
export const NOT_IN_GIT_REPO_MESSAGE = 'Not inside a trusted directory and --skip-git-repo-check was not specified.';

/**
 * Checks, before any codex process starts, the directory a turn will run in:
 * it must exist and be a directory, and — unless `skipGitRepoCheck` — lie inside
 * a git repository, as `codex exec` (and so @openai/codex-sdk) requires. app-server
 * never checks by itself, so without this a drop-in program would run where the
 * SDK refuses to.
 *
 * @example
 * ```ts
 * assertTurnDirectory('/repo', { skipGitRepoCheck: false }); // throws unless /repo is (inside) a git repository
 * ```
 *
 * @param dir The absolute directory the turn runs in.
 * @param options `option`: the option that named it (for the error); `skipGitRepoCheck` as the thread has it.
 * @throws InvalidOptionsError naming `workingDirectory` (missing, not a directory) or `skipGitRepoCheck` (not a git repository).
 */
export function assertTurnDirectory(dir: string, options: { skipGitRepoCheck: boolean; option?: string }): void {
  const option = options.option ?? 'workingDirectory';
  let isDirectory: boolean;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch {
    throw new InvalidOptionsError(option, `${dir} does not exist (relative paths resolve against process.cwd(), ${process.cwd()}). Create it or pass an existing directory.`);
  }
  if (!isDirectory) throw new InvalidOptionsError(option, `${dir} is not a directory. Pass the directory the agent should work in.`);
  if (!options.skipGitRepoCheck && !isInsideGitRepository(dir)) {
    throw new InvalidOptionsError(
      'skipGitRepoCheck',
      `${NOT_IN_GIT_REPO_MESSAGE} ${dir} is not inside a git repository; run in a repository (git init) or pass skipGitRepoCheck: true to the thread.`,
    );
  }
}

/** codex's test: a `.git` entry (directory, or file for worktrees and submodules) in the directory or an ancestor. */
export function isInsideGitRepository(dir: string): boolean {
  for (let current = path.resolve(dir); ; ) {
    if (existsSync(path.join(current, '.git'))) return true;
    const parent = path.dirname(current);
    if (parent === current) return false;
    current = parent;
  }
}
