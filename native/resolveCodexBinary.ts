import { CodexVersionError, InvalidOptionsError } from '../src/errors/index.js';
import { locateCodexBinary, type CodexBinarySource } from './locateCodexBinary.js';
import { PINNED_CODEX_VERSION } from './pinnedVersion.js';
import { readCodexVersion, type CodexVersionProbe } from './readCodexVersion.js';

/** How a version other than {@link PINNED_CODEX_VERSION} is treated. */
export type CodexVersionCheck = 'error' | 'warn' | 'off';

/** Options of {@link resolveCodexBinary}. */
export interface ResolveCodexBinaryOptions {
  /**
   * Path of the codex executable to use. Wins over everything else; if it is not an
   * executable file, resolution fails (it never falls back to another binary).
   * A bare name without a slash (`codex-nightly`) is looked up on PATH.
   */
  codexPath?: string;
  /** How `codexPath` was given, when not as the option (e.g. `--codex-path` on a command line): errors then name that. */
  codexPathName?: string;
  /** Environment to read `CODEX_PATH` and `PATH` from, and to run `codex --version` with. Replaces `process.env` when given. */
  env?: Record<string, string | undefined>;
  /**
   * What to do when the binary's version is not {@link PINNED_CODEX_VERSION}:
   * `'error'` (default) throws {@link CodexVersionError}, `'warn'` reports through
   * `onWarning` and goes on, `'off'` accepts any version silently.
   */
  versionCheck?: CodexVersionCheck;
  /** Receives the version warning when `versionCheck` is `'warn'`. Default: `console.warn`. */
  onWarning?: (message: string) => void;
  /** Platform whose prebuilt package is looked for. Default `process.platform`; overriding it is for tests and diagnostics. */
  platform?: NodeJS.Platform;
  /** CPU architecture whose prebuilt package is looked for. Default `process.arch`. */
  arch?: string;
  /** Limit for `codex --version`, in milliseconds. Default 10 000. */
  versionTimeoutMs?: number;
}

/** A codex executable that exists, runs, and reported its version. */
export interface ResolvedCodexBinary {
  /** Absolute path of the executable. */
  path: string;
  /** The version it reported (`0.169.0`), or `'unknown'` if its `--version` output was not recognised and the check allowed that. */
  version: string;
  /** Which candidate it came from. */
  source: CodexBinarySource;
}

const VERSION_CHECKS: readonly CodexVersionCheck[] = ['error', 'warn', 'off'];

/**
 * Finds the codex binary codex-actors should run and checks its version.
 *
 * Candidates, first match wins:
 * - the `codexPath` option;
 * - the `CODEX_PATH` environment variable (from `options.env` when given);
 * - the platform binary of the pinned `@openai/codex` package
 *   (`@openai/codex-<platform>-<arch>/vendor/<target triple>/bin/codex`);
 * - `codex` on PATH.
 *
 * Only a valid executable is ever run, once, as `<path> --version`; the result is
 * cached per path and file modification time, so calling this for every Codex
 * instance costs a `stat`, not a process.
 *
 * @example
 * ```ts
 * const codex = await resolveCodexBinary();
 * // { path: '.../@openai/codex-linux-x64/vendor/x86_64-unknown-linux-musl/bin/codex', version: '0.169.0', source: 'package' }
 *
 * await resolveCodexBinary({ codexPath: '/opt/codex/bin/codex', versionCheck: 'warn' });
 * ```
 *
 * @throws {@link CodexNotFoundError} when no candidate is usable, or when an explicit
 *   `codexPath`/`CODEX_PATH` is missing, a directory or not executable; lists what was tried and how to fix it.
 * @throws {@link CodexVersionError} when the version differs from the pin and `versionCheck` is `'error'`.
 * @throws {@link CodexSpawnError} when the file exists but `--version` cannot run or fails.
 * @throws {@link TimeoutError} when `--version` does not answer in time.
 * @throws {@link InvalidOptionsError} for an empty `codexPath` or an unknown `versionCheck`.
 * @see native/README.md for pinning and building codex-rs from source.
 */
export async function resolveCodexBinary(options: ResolveCodexBinaryOptions = {}): Promise<ResolvedCodexBinary> {
  const versionCheck = options.versionCheck ?? 'error';
  if (!VERSION_CHECKS.includes(versionCheck)) {
    throw new InvalidOptionsError('versionCheck', `must be one of ${VERSION_CHECKS.map((v) => `'${v}'`).join(', ')}, got ${JSON.stringify(versionCheck)}`);
  }
  const located = await locateCodexBinary({
    codexPath: options.codexPath,
    codexPathName: options.codexPathName,
    env: options.env ?? process.env,
    platform: options.platform ?? process.platform,
    arch: options.arch ?? process.arch,
  });
  const probe = await readCodexVersion(located.path, located.stats, {
    ...(options.env === undefined ? {} : { env: options.env }),
    ...(options.versionTimeoutMs === undefined ? {} : { timeoutMs: options.versionTimeoutMs }),
  });
  if (probe.version !== PINNED_CODEX_VERSION && versionCheck !== 'off') {
    const mismatch = new CodexVersionError({ path: located.path, expected: PINNED_CODEX_VERSION, actual: describeVersion(probe) });
    if (versionCheck === 'error') throw mismatch;
    (options.onWarning ?? console.warn)(mismatch.message);
  }
  return { path: located.path, version: probe.version ?? 'unknown', source: located.source };
}

function describeVersion(probe: CodexVersionProbe): string {
  if (probe.version !== null) return probe.version;
  const shown = probe.output.length > 120 ? `${probe.output.slice(0, 120)}…` : probe.output;
  return `unknown (\`--version\` printed ${JSON.stringify(shown)}, expected "codex-cli X.Y.Z")`;
}
