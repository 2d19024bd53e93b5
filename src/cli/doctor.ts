import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

import { PINNED_CODEX_VERSION, resolveCodexBinary, type CodexBinarySource } from '../../native/index.js';
import { CodexVersionError, isCodexError } from '../errors/index.js';

/** Environment variables codex reads credentials from. Only their presence is ever reported. */
export const AUTH_ENV_VARS = ['OPENAI_API_KEY', 'CODEX_API_KEY', 'CODEX_ACCESS_TOKEN'] as const;

/** The codex binary as doctor found it, or why it could not. */
export type DoctorBinary =
  | {
      readonly found: true;
      readonly path: string;
      readonly source: CodexBinarySource;
      readonly version: string;
      readonly pinnedVersion: string;
      readonly versionMatches: boolean;
    }
  | { readonly found: false; readonly pinnedVersion: string; readonly error: { readonly code: string; readonly message: string } };

/**
 * Everything `codex-actors doctor` checks, as data (`--json` prints exactly this).
 * Never contains a secret: credentials are reported as present or absent only.
 */
export interface DoctorReport {
  /** True when codex-actors can run: a binary was found and its version is the pinned one. */
  readonly ok: boolean;
  readonly binary: DoctorBinary;
  readonly codexHome: { readonly path: string; readonly fromEnv: boolean; readonly exists: boolean };
  readonly auth: {
    /** True when any credential source below is present. */
    readonly present: boolean;
    readonly authJson: { readonly path: string; readonly exists: boolean };
    readonly envVars: ReadonlyArray<{ readonly name: (typeof AUTH_ENV_VARS)[number]; readonly set: boolean }>;
  };
  readonly node: { readonly version: string; readonly platform: NodeJS.Platform; readonly arch: string };
  /** What prevents codex-actors from working; each says how to fix it. Non-empty means `ok: false`. */
  readonly problems: readonly string[];
  /** What may go wrong later but does not block (e.g. no credentials yet). */
  readonly warnings: readonly string[];
}

/** Inputs of {@link collectDoctorReport}; defaults are the current process's. */
export interface DoctorOptions {
  /** Environment to inspect (CODEX_PATH, CODEX_HOME, credentials, PATH). Default `process.env`. */
  env?: Record<string, string | undefined>;
  /** Check this binary instead of resolving one (like the `codexPath` option). */
  codexPath?: string;
  /** How the user gave `codexPath`, for the messages (the CLI passes `--codex-path`). Default: the option. */
  codexPathName?: string;
}

/**
 * Checks the codex installation the way codex-actors would use it: finds and
 * version-checks the binary, locates CODEX_HOME and looks for credentials.
 *
 * @example
 * ```ts
 * const report = await collectDoctorReport();
 * if (!report.ok) console.error(report.problems.join('\n'));
 * ```
 */
export async function collectDoctorReport(options: DoctorOptions = {}): Promise<DoctorReport> {
  const env = options.env ?? process.env;
  const problems: string[] = [];
  const warnings: string[] = [];

  const binary = await checkBinary(env, options.codexPath, options.codexPathName);
  if (!binary.found) problems.push(binary.error.message);
  else if (!binary.versionMatches) {
    problems.push(new CodexVersionError({ path: binary.path, expected: PINNED_CODEX_VERSION, actual: binary.version }).message);
  }

  const codexHome = await checkCodexHome(env);
  if (codexHome.fromEnv && !codexHome.exists) {
    // codex refuses to start when CODEX_HOME is set to a missing path (it only creates the default ~/.codex).
    problems.push(`CODEX_HOME points to ${codexHome.path}, which does not exist as a directory; codex will refuse to start. Create it or unset CODEX_HOME.`);
  }

  const authJsonPath = join(codexHome.path, 'auth.json');
  const authJson = { path: authJsonPath, exists: await isFile(authJsonPath) };
  const envVars = AUTH_ENV_VARS.map((name) => ({ name, set: (env[name] ?? '') !== '' }));
  const present = authJson.exists || envVars.some((v) => v.set);
  if (!present) {
    warnings.push(
      `No credentials found: no ${authJsonPath} and none of ${AUTH_ENV_VARS.join(', ')} is set. ` +
        'Pass apiKey to new Codex(), call codex.login.apiKey(), or run `codex login` ' +
        '(credentials kept in the OS keyring, or a custom model provider, are not detected here).',
    );
  }

  return {
    ok: problems.length === 0,
    binary,
    codexHome,
    auth: { present, authJson, envVars },
    node: { version: process.version, platform: process.platform, arch: process.arch },
    problems,
    warnings,
  };
}

async function checkBinary(env: Record<string, string | undefined>, codexPath: string | undefined, codexPathName: string | undefined): Promise<DoctorBinary> {
  try {
    // 'off' so a mismatch is reported alongside the rest of the report instead of aborting it.
    const resolved = await resolveCodexBinary({ env, versionCheck: 'off', ...(codexPath === undefined ? {} : { codexPath }), ...(codexPathName === undefined ? {} : { codexPathName }) });
    return { found: true, ...resolved, pinnedVersion: PINNED_CODEX_VERSION, versionMatches: resolved.version === PINNED_CODEX_VERSION };
  } catch (error) {
    if (!isCodexError(error)) throw error;
    return { found: false, pinnedVersion: PINNED_CODEX_VERSION, error: { code: error.code, message: error.message } };
  }
}

async function checkCodexHome(env: Record<string, string | undefined>): Promise<DoctorReport['codexHome']> {
  const fromEnv = (env['CODEX_HOME'] ?? '') !== '';
  // codex's default is ~/.codex; resolve home from the inspected env so a caller-provided env is honoured.
  const home = env['HOME'] ?? env['USERPROFILE'] ?? homedir();
  const path = fromEnv ? (env['CODEX_HOME'] as string) : join(home, '.codex');
  const exists = await stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
  return { path, fromEnv, exists };
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}
