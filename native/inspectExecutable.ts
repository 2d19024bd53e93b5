import { constants, type Stats } from 'node:fs';
import { access, stat } from 'node:fs/promises';

/** The outcome of checking a candidate path without running it. */
export type ExecutableInspection =
  | { readonly ok: true; readonly stats: Stats }
  | { readonly ok: false; readonly reason: string; readonly problem: ExecutableProblem };

/** Why a path cannot be run as the codex binary. */
export type ExecutableProblem = 'missing' | 'directory' | 'not-a-file' | 'not-executable' | 'unreadable';

/**
 * Checks, with `stat` and `access` only, that `path` is a file this process may
 * execute. Nothing is spawned: a wrong path must fail fast and clearly, not as a
 * confusing ENOENT/EACCES from a later spawn.
 *
 * @internal
 */
export async function inspectExecutable(path: string): Promise<ExecutableInspection> {
  let stats: Stats;
  try {
    stats = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, problem: 'missing', reason: 'does not exist' };
    return { ok: false, problem: 'unreadable', reason: `cannot be read (${code ?? String(error)})` };
  }
  if (stats.isDirectory()) {
    return { ok: false, problem: 'directory', reason: 'is a directory, not the codex executable inside it' };
  }
  if (!stats.isFile()) return { ok: false, problem: 'not-a-file', reason: 'is not a regular file' };
  try {
    // On Windows X_OK is treated like F_OK; executability there is decided by the extension.
    await access(path, constants.X_OK);
  } catch {
    return { ok: false, problem: 'not-executable', reason: 'is not executable; fix with `chmod +x`' };
  }
  return { ok: true, stats };
}
