import type { Stats } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';

import { CodexNotFoundError, InvalidOptionsError } from '../src/errors/index.js';
import { codexPlatformTarget, SUPPORTED_CODEX_PLATFORMS } from './codexPlatformTarget.js';
import { findExecutableOnPath } from './findExecutableOnPath.js';
import { findPackagedCodexBinary } from './findPackagedCodexBinary.js';
import { inspectExecutable } from './inspectExecutable.js';
import { CODEX_NPM_PACKAGE, PINNED_CODEX_GIT_TAG, PINNED_CODEX_VERSION } from './pinnedVersion.js';

/** Where a resolved binary came from, in the order the candidates are tried. */
export type CodexBinarySource = 'option' | 'CODEX_PATH' | 'package' | 'PATH';

/** A binary that exists and is executable; its version is not checked yet. */
export interface LocatedCodexBinary {
  readonly path: string;
  readonly source: CodexBinarySource;
  readonly stats: Stats;
}

/** One rejected candidate, as listed by {@link CodexNotFoundError}. */
type Tried = { source: string; path: string; reason: string };

/** What the locator needs to know about its surroundings (all injectable for tests). */
export interface LocateCodexBinaryInput {
  readonly codexPath: string | undefined;
  /** How the caller's user gave `codexPath` (a command-line flag such as `--codex-path`), for the messages; default the option. */
  readonly codexPathName?: string | undefined;
  readonly env: Record<string, string | undefined>;
  readonly platform: NodeJS.Platform;
  readonly arch: string;
}

/**
 * Finds the codex executable without running it. Candidates, first match wins:
 * the `codexPath` option, the `CODEX_PATH` variable, the pinned npm package's
 * platform binary, `codex` on PATH.
 *
 * An explicit `codexPath` or `CODEX_PATH` that does not point at an executable
 * file is an error on its own: the user asked for that binary, and silently
 * running another one would hide the mistake.
 *
 * @throws {@link CodexNotFoundError} listing each candidate tried and why it was rejected.
 * @throws {@link InvalidOptionsError} when `codexPath` is an empty string.
 * @internal
 */
export async function locateCodexBinary(input: LocateCodexBinaryInput): Promise<LocatedCodexBinary> {
  if (input.codexPath !== undefined) {
    const name = input.codexPathName ?? 'codexPath';
    if (input.codexPath.trim() === '') {
      throw new InvalidOptionsError(name, 'is an empty string; pass the path of the codex executable, or omit it to use the pinned package');
    }
    return locateExplicit(input.codexPath, 'option', input.codexPathName ?? 'codexPath option', input);
  }
  const fromEnv = input.env['CODEX_PATH'];
  // An empty variable counts as unset, as shells and most tools treat it.
  if (fromEnv !== undefined && fromEnv.trim() !== '') return locateExplicit(fromEnv, 'CODEX_PATH', 'CODEX_PATH', input);

  const tried: Tried[] = [];
  const target = codexPlatformTarget(input.platform, input.arch);
  if (target === null) {
    tried.push({
      source: 'package',
      path: CODEX_NPM_PACKAGE,
      reason: `OpenAI publishes no prebuilt codex for ${input.platform}/${input.arch}; prebuilt binaries exist for ${SUPPORTED_CODEX_PLATFORMS.join(', ')}`,
    });
  } else {
    const packaged = await findPackagedCodexBinary(target);
    if (packaged.found) return { path: packaged.path, source: 'package', stats: packaged.stats };
    tried.push({ source: 'package', path: packaged.path, reason: packaged.reason });
  }

  const onPath = await findExecutableOnPath('codex', pathVariable(input.env, input.platform), input.platform, input.env['PATHEXT']);
  if (onPath.found) return { path: onPath.path, source: 'PATH', stats: onPath.stats };
  tried.push({ source: 'PATH', path: 'codex', reason: onPath.reason });

  throw new CodexNotFoundError(tried, notFoundHint(target === null ? `${input.platform}/${input.arch}` : null));
}

async function locateExplicit(
  value: string,
  source: 'option' | 'CODEX_PATH',
  label: string,
  input: LocateCodexBinaryInput,
): Promise<LocatedCodexBinary> {
  const fix =
    source === 'option'
      ? `${input.codexPathName ?? 'The codexPath option'} must name the codex executable itself (e.g. .../bin/codex). Fix the path, or omit ${input.codexPathName ?? 'codexPath'} to use the pinned ${CODEX_NPM_PACKAGE}@${PINNED_CODEX_VERSION} package.`
      : `CODEX_PATH must name the codex executable itself (e.g. .../bin/codex). Fix it, or unset CODEX_PATH to use the pinned ${CODEX_NPM_PACKAGE}@${PINNED_CODEX_VERSION} package.`;
  // A bare command name (`codex`, `codex-nightly`) means "look it up on PATH", as spawn would.
  if (!isAbsolute(value) && !/[\\/]/.test(value)) {
    const onPath = await findExecutableOnPath(value, pathVariable(input.env, input.platform), input.platform, input.env['PATHEXT']);
    if (!onPath.found) throw new CodexNotFoundError([{ source: label, path: value, reason: onPath.reason }], fix);
    return { path: onPath.path, source, stats: onPath.stats };
  }
  const path = resolve(value);
  const inspection = await inspectExecutable(path);
  if (!inspection.ok) {
    const shown = path === value ? value : `${value} (resolved to ${path})`;
    throw new CodexNotFoundError([{ source: label, path: shown, reason: inspection.reason }], fix);
  }
  return { path, source, stats: inspection.stats };
}

/** Windows spells the variable `Path`; environment keys are case-insensitive there. */
function pathVariable(env: Record<string, string | undefined>, platform: NodeJS.Platform): string | undefined {
  if (platform !== 'win32') return env['PATH'];
  const key = Object.keys(env).find((name) => name.toUpperCase() === 'PATH');
  return key === undefined ? undefined : env[key];
}

function notFoundHint(unsupportedPlatform: string | null): string {
  const buildFromSource = `build codex-rs from source at tag ${PINNED_CODEX_GIT_TAG} (see native/README.md in codex-actors) and set CODEX_PATH to the result`;
  const useABinary = [`set CODEX_PATH to a codex ${PINNED_CODEX_VERSION} executable`, 'pass the codexPath option to new Codex()'];
  // Without a prebuilt binary for this platform, installing the npm package cannot help.
  const steps =
    unsupportedPlatform === null
      ? [`npm install ${CODEX_NPM_PACKAGE}@${PINNED_CODEX_VERSION} (installs the prebuilt binary for this platform)`, ...useABinary, buildFromSource]
      : [buildFromSource, ...useABinary];
  const intro =
    unsupportedPlatform === null ? 'Fix it in one of these ways:' : `There is no prebuilt codex for ${unsupportedPlatform}. Fix it in one of these ways:`;
  return `${intro}\n${steps.map((step) => `  - ${step}`).join('\n')}\nThen run \`npx codex-actors doctor\` to check.`;
}
