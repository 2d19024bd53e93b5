import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidOptionsError } from '../errors/index.js';
import { MOCK_MODEL, mockModelCatalog } from './modelCatalog.js';

/** Approval policies accepted in config.toml by the pinned binary (`untrusted` is not: pass it per thread). */
export type ConfigApprovalPolicy = 'never' | 'on-request' | 'on-failure';

/** Sandbox modes of config.toml's `sandbox_mode`. */
export type SandboxMode = 'read-only' | 'workspace-write' | 'danger-full-access';

/** Options of {@link createCodexHome}. */
export interface CodexHomeOptions {
  /** The scripted server (or any object with its `url`), or a base URL such as `http://127.0.0.1:1234/v1`. */
  server: { readonly url: string } | string;
  /** `approval_policy` in config.toml. `'untrusted'` is rejected: the pinned binary treats it as a fatal config error. */
  approvalPolicy?: ConfigApprovalPolicy | 'untrusted';
  /** `sandbox_mode` in config.toml. */
  sandbox?: SandboxMode;
  /** Model slug (default `mock-model`). */
  model?: string;
  /**
   * Register the model in a `model_catalog_json` file with real metadata (a
   * gpt-5.5-style entry), which removes codex's fallback-metadata warning and
   * enables the freeform `apply_patch` tool. Default false (fallback metadata).
   */
  modelCatalog?: boolean;
  /** Provider `request_max_retries` (default 0: every HTTP error reaches the test). */
  requestMaxRetries?: number;
  /** Provider `stream_max_retries` (default 0: a broken stream fails the turn). */
  streamMaxRetries?: number;
  /** Provider `stream_idle_timeout_ms` (codex's default when omitted). */
  streamIdleTimeoutMs?: number;
  /**
   * `[features]` flags, merged over {@link DEFAULT_TEST_FEATURES}
   * (`shell_snapshot` and `plugins` off). Pass `{ shell_snapshot: true }` to get codex's default back.
   */
  features?: Readonly<Record<string, boolean>>;
  /**
   * Give codex a fresh empty `HOME` inside the temporary dir (default true) instead of
   * `process.env.HOME`. codex sources the user's shell profile (~/.bashrc) around
   * shell commands; an isolated HOME keeps profile output and its cost (e.g. pyenv
   * init, ~0.2 s per command) out of tests. Set false to use the real HOME.
   */
  isolateHome?: boolean;
  /** Value of `MOCK_API_KEY` (default `test-key`); the binary sends it as the bearer token. */
  apiKey?: string;
  /**
   * Raw TOML inserted after the top-level keys written here and before the
   * provider table. Do not repeat keys or tables this helper writes (`model`, `model_provider`,
   * `approval_policy`, `sandbox_mode`, `model_catalog_json`, `[features]`): use the options instead.
   */
  extraToml?: string;
  /** Parent directory of the temporary dir (default `/var/tmp`, see below). */
  root?: string;
}

/** An isolated CODEX_HOME with its workspace. Remove it with `cleanup()` (or `await using`). */
export interface CodexHome extends AsyncDisposable {
  /** The CODEX_HOME directory. */
  readonly path: string;
  /** A git-initialised working directory to run codex in. */
  readonly workspace: string;
  /** The written config.toml. */
  readonly configPath: string;
  /** The catalog file, when `modelCatalog` was set. */
  readonly modelCatalogPath: string | undefined;
  /** The model slug configured. */
  readonly model: string;
  /** The `HOME` given to codex: an empty dir in the temporary dir, or `process.env.HOME` with `isolateHome: false`. */
  readonly userHome: string | undefined;
  /** Environment for the codex process: `CODEX_HOME`, `MOCK_API_KEY`, `HOME` and `PATH` (from `process.env`), nothing else. */
  readonly env: Readonly<Record<string, string>>;
  /** Deletes the temporary directory (home and workspace). Idempotent. */
  cleanup(): Promise<void>;
}

/**
 * Feature flags the testing home turns off by default, so a test run is offline,
 * fast and leaves no process behind:
 * - `shell_snapshot`: at session start codex runs the user's login shell (`bash -lc`
 *   sourcing ~/.bashrc) in the background to snapshot its environment; that process
 *   can outlive a `codex exec` run and leaks profile noise into command output.
 * - `plugins`: codex syncs its plugin list with `git ls-remote https://github.com/openai/plugins.git`.
 */
export const DEFAULT_TEST_FEATURES: Readonly<Record<string, boolean>> = Object.freeze({ shell_snapshot: false, plugins: false });

/** A TOML basic string. JSON string escapes are a subset of TOML's, so JSON.stringify is exact here. */
function tomlString(value: string): string {
  return JSON.stringify(value);
}

/** A bare TOML key when possible, else a quoted one. */
function tomlKey(key: string): string {
  return /^[A-Za-z0-9_-]+$/.test(key) ? key : tomlString(key);
}

function checkCount(name: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
    throw new InvalidOptionsError(name, `must be a non-negative integer, got ${String(value)}`);
  }
}

function validate(options: CodexHomeOptions): void {
  if (options.approvalPolicy === 'untrusted') {
    throw new InvalidOptionsError(
      'approvalPolicy',
      'codex 0.169.0 refuses `approval_policy = "untrusted"` in config.toml and exits at start. ' +
        "Leave it out here and pass approvalPolicy: 'untrusted' per thread (app-server thread/start) instead.",
    );
  }
  const url = typeof options.server === 'string' ? options.server : options.server?.url;
  if (typeof url !== 'string' || !/^https?:\/\//.test(url)) {
    throw new InvalidOptionsError('server', `needs a scripted server or an http(s) base URL, got ${String(url)}`);
  }
  if (options.extraToml !== undefined && /^\s*\[features\]\s*$/m.test(options.extraToml)) {
    throw new InvalidOptionsError('extraToml', 'must not define a [features] table (this helper writes one); pass flags with the `features` option instead.');
  }
  checkCount('requestMaxRetries', options.requestMaxRetries);
  checkCount('streamMaxRetries', options.streamMaxRetries);
  checkCount('streamIdleTimeoutMs', options.streamIdleTimeoutMs);
}

/** The config.toml text for the given options (exported for tests and docs). */
export function codexConfigToml(options: CodexHomeOptions & { modelCatalogPath?: string }): string {
  const url = typeof options.server === 'string' ? options.server : options.server.url;
  const top = [
    `model = ${tomlString(options.model ?? MOCK_MODEL)}`,
    'model_provider = "mock"',
    ...(options.approvalPolicy ? [`approval_policy = ${tomlString(options.approvalPolicy)}`] : []),
    ...(options.sandbox ? [`sandbox_mode = ${tomlString(options.sandbox)}`] : []),
    ...(options.modelCatalogPath ? [`model_catalog_json = ${tomlString(options.modelCatalogPath)}`] : []),
  ];
  const provider = [
    '[model_providers.mock]',
    'name = "mock"',
    `base_url = ${tomlString(url)}`,
    'wire_api = "responses"',
    'env_key = "MOCK_API_KEY"',
    // Without this the binary first tries a websocket upgrade on GET /v1/responses (wire reference §1).
    'supports_websockets = false',
    `request_max_retries = ${options.requestMaxRetries ?? 0}`,
    `stream_max_retries = ${options.streamMaxRetries ?? 0}`,
    ...(options.streamIdleTimeoutMs !== undefined ? [`stream_idle_timeout_ms = ${options.streamIdleTimeoutMs}`] : []),
  ];
  const features = Object.entries({ ...DEFAULT_TEST_FEATURES, ...options.features }).map(([name, on]) => `${tomlKey(name)} = ${on ? 'true' : 'false'}`);
  const extra = options.extraToml?.trim() ? [options.extraToml.trim(), ''] : [];
  return [...top, '', ...extra, '[features]', ...features, '', ...provider, ''].join('\n');
}

/** `git init` so codex sees a repository (exec otherwise needs --skip-git-repo-check). Best effort without git. */
function gitInit(dir: string): void {
  const result = spawnSync('git', ['init', '-q'], { cwd: dir, stdio: 'ignore' });
  if (result.error && (result.error as NodeJS.ErrnoException).code !== 'ENOENT') throw result.error;
}

function defaultRoot(): string {
  // Under /tmp the binary refuses to create its helper links and prints a warning on every start (wire reference §1).
  return existsSync('/var/tmp') ? '/var/tmp' : process.cwd();
}

/**
 * Writes an isolated CODEX_HOME whose config points codex at a scripted server:
 * provider `mock` (`wire_api = "responses"`, key from `MOCK_API_KEY`, websockets
 * and retries off), model `mock-model`, plus a git-initialised workspace and an
 * empty user HOME. Layout: `<root>/codex-actors-XXXX/{home,workspace,user-home}`.
 *
 * @example
 * ```ts
 * await using home = await createCodexHome({ server, sandbox: 'workspace-write', modelCatalog: true });
 * await execa(codexPath, ['exec', '--json', '-'], { cwd: home.workspace, env: home.env, extendEnv: false, input: 'hi' });
 * ```
 *
 * @throws InvalidOptionsError for `approvalPolicy: 'untrusted'`, a missing server URL or bad counts.
 */
export async function createCodexHome(options: CodexHomeOptions): Promise<CodexHome> {
  validate(options);
  const root = await realpath(options.root ?? defaultRoot());
  const dir = await mkdtemp(join(root, 'codex-actors-'));
  const path = join(dir, 'home');
  const workspace = join(dir, 'workspace');
  try {
    await mkdir(path);
    await mkdir(workspace);
    gitInit(workspace);
    const model = options.model ?? MOCK_MODEL;
    let modelCatalogPath: string | undefined;
    if (options.modelCatalog) {
      modelCatalogPath = join(path, 'model-catalog.json');
      await writeFile(modelCatalogPath, `${JSON.stringify(mockModelCatalog([model]), null, 2)}\n`);
    }
    const configPath = join(path, 'config.toml');
    await writeFile(configPath, codexConfigToml({ ...options, ...(modelCatalogPath ? { modelCatalogPath } : {}) }));

    let userHome = process.env['HOME'];
    if (options.isolateHome ?? true) {
      userHome = join(dir, 'user-home');
      await mkdir(userHome);
    }
    const env: Record<string, string> = { CODEX_HOME: path, MOCK_API_KEY: options.apiKey ?? 'test-key' };
    if (process.env['PATH'] !== undefined) env['PATH'] = process.env['PATH'];
    if (userHome !== undefined) env['HOME'] = userHome;

    let removed: Promise<void> | null = null;
    const cleanup = () => (removed ??= rm(dir, { recursive: true, force: true }));
    return { path, workspace, userHome, configPath, modelCatalogPath, model, env, cleanup, [Symbol.asyncDispose]: cleanup };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
