import type { Stats } from 'node:fs';

import { execa } from 'execa';

import { CodexSpawnError, TimeoutError } from '../src/errors/index.js';

/** What `codex --version` reported. */
export interface CodexVersionProbe {
  /** The parsed version (`0.169.0`), or `null` when the output was not `codex-cli X.Y.Z`. */
  readonly version: string | null;
  /** The trimmed stdout, kept for messages when it could not be parsed. */
  readonly output: string;
}

/** Default limit for `codex --version`; generous because the first exec of a ~300 MB binary pages it in. */
export const DEFAULT_VERSION_TIMEOUT_MS = 10_000;

const VERSION_LINE = /^codex-cli\s+(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\s*$/m;

/**
 * Extracts the version from the output of `codex --version` (`codex-cli 0.169.0`),
 * including pre-release suffixes (`codex-cli 0.170.0-alpha.2`). Returns `null` for
 * anything else.
 *
 * @example
 * ```ts
 * parseCodexVersion('codex-cli 0.169.0\n'); // '0.169.0'
 * parseCodexVersion('hello');               // null
 * ```
 */
export function parseCodexVersion(output: string): string | null {
  return VERSION_LINE.exec(output)?.[1] ?? null;
}

// One probe per binary *file version*: the key includes mtime and size, so replacing
// the binary in place (an upgrade, a rebuild) is noticed without any explicit reset.
// The promise is cached, so concurrent resolutions share one spawn.
const probes = new Map<string, Promise<CodexVersionProbe>>();

/**
 * Runs `<path> --version` once per path + mtime + size and returns the parsed
 * version. Failures are not cached, so a fixed binary is picked up on the next call.
 *
 * @throws {@link CodexSpawnError} when the file cannot be started or `--version` exits non-zero.
 * @throws {@link TimeoutError} when it does not answer within `timeoutMs`.
 * @internal
 */
export function readCodexVersion(
  path: string,
  stats: Stats,
  options: { env?: Record<string, string | undefined>; timeoutMs?: number } = {},
): Promise<CodexVersionProbe> {
  const key = `${path}\0${stats.mtimeMs}\0${stats.size}`;
  const cached = probes.get(key);
  if (cached !== undefined) return cached;
  const probe = runVersionProbe(path, options.env, options.timeoutMs ?? DEFAULT_VERSION_TIMEOUT_MS);
  probes.set(key, probe);
  probe.catch(() => probes.delete(key));
  return probe;
}

/**
 * Forgets every cached `--version` result. Only needed by tests that rewrite a
 * fake binary within the file system's mtime resolution.
 *
 * @internal
 */
export function clearCodexVersionCache(): void {
  probes.clear();
}

async function runVersionProbe(
  path: string,
  env: Record<string, string | undefined> | undefined,
  timeoutMs: number,
): Promise<CodexVersionProbe> {
  const args = ['--version'];
  const result = await execa(path, args, {
    reject: false,
    timeout: timeoutMs,
    stdin: 'ignore',
    maxBuffer: 1024 * 1024,
    // `env` replaces process.env when given, as everywhere in codex-actors.
    ...(env === undefined ? {} : { env, extendEnv: false }),
  });
  if (result.timedOut) {
    throw new TimeoutError(`\`${path} --version\``, timeoutMs, 'The file may not be a codex binary; check codexPath/CODEX_PATH');
  }
  if (result.failed) {
    const stderr = result.stderr.trim().split('\n').slice(-5).join('\n');
    const how =
      result.exitCode !== undefined
        ? `\`--version\` exited with code ${result.exitCode}`
        : result.signal !== undefined
          ? `\`--version\` was killed by ${result.signal}`
          : `spawn failed with ${result.code ?? result.shortMessage}`;
    throw new CodexSpawnError({ path, args, reason: stderr === '' ? how : `${how}; stderr: ${stderr}` }, { cause: result });
  }
  const output = result.stdout.trim();
  return { version: parseCodexVersion(output), output };
}
