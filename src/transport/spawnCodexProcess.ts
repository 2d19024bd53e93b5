/**
 * Starts a codex subprocess with execa and turns spawn failures into
 * {@link CodexSpawnError}s that say what to fix.
 */
import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { execa, type ResultPromise } from 'execa';
import { CodexSpawnError } from '../errors/index.js';
import { PROCESS_TAG_ENV } from './orphanReaper.js';

/** The subprocess type returned by {@link spawnCodexProcess}. */
export type CodexSubprocess = ResultPromise<{
  stdin: 'pipe';
  stdout: 'pipe';
  stderr: 'pipe';
  buffer: false;
  reject: false;
}>;

/** Options of {@link spawnCodexProcess}. */
export interface SpawnCodexOptions {
  codexPath: string;
  args: readonly string[];
  /** Replaces `process.env` entirely when given. */
  env?: Readonly<Record<string, string | undefined>>;
  cwd?: string;
}

/** A started process plus the tag its environment carries (see `orphanReaper.ts`). */
export interface SpawnedCodex {
  subprocess: CodexSubprocess;
  pid: number;
  processTag: string;
  /** The environment the process got (for redacting secrets from stderr). */
  env: Readonly<Record<string, string | undefined>>;
}

const SPAWN_REASONS: Record<string, string> = {
  ENOENT: 'no such file (ENOENT)',
  EACCES: 'permission denied (EACCES): the file is not executable, or is a directory',
  ENOEXEC: 'not an executable format (ENOEXEC)',
  EISDIR: 'is a directory (EISDIR)',
  E2BIG: 'argument list or environment too long (E2BIG)',
};

/**
 * Spawns `codexPath ...args` with piped stdio and no output buffering (the
 * caller consumes the streams). Resolves once the OS has started the process.
 *
 * @throws CodexSpawnError when the executable cannot be started (missing,
 * not executable, bad working directory).
 */
export async function spawnCodexProcess(options: SpawnCodexOptions): Promise<SpawnedCodex> {
  const processTag = `${process.pid}-${randomUUID()}`;
  const baseEnv = options.env ?? process.env;
  const env = { ...baseEnv, [PROCESS_TAG_ENV]: processTag };
  const subprocess = execa(options.codexPath, options.args, {
    stdin: 'pipe',
    stdout: 'pipe',
    stderr: 'pipe',
    buffer: false,
    reject: false,
    // Kill codex if this Node process exits first (it gets SIGTERM, which makes
    // it stop the commands it started).
    cleanup: true,
    // Escalation is ours (processShutdown.ts); execa's own timer would race it.
    forceKillAfterDelay: false,
    env,
    extendEnv: false,
    cwd: options.cwd,
    windowsHide: true,
  }) as CodexSubprocess;

  const pid = subprocess.pid;
  if (pid !== undefined) return { subprocess, pid, processTag, env };

  // The OS refused to start it: execa resolves (reject: false) with the error.
  const result = await subprocess;
  const code = (result as { code?: string }).code ?? (result.cause as { code?: string } | undefined)?.code ?? 'UNKNOWN';
  let reason = SPAWN_REASONS[code] ?? `${code}: ${result.shortMessage ?? 'spawn failed'}`;
  if (code === 'ENOENT' && options.cwd !== undefined && !(await isDirectory(options.cwd))) {
    reason = `the working directory ${options.cwd} does not exist (ENOENT)`;
  }
  throw new CodexSpawnError({ path: options.codexPath, args: options.args, reason }, { cause: result.cause ?? result });
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
