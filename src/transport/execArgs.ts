/**
 * The command line and environment of one `codex exec` turn, built exactly as
 * `@openai/codex-sdk` (0.163.0, the newest published SDK for the 0.169.0 pin) builds
 * them, so a program written for the SDK starts the same process with our exec transport.
 */
import { delimiter } from 'node:path';
import { toConfigOverrides, toTomlValue, type CodexConfigObject } from '../protocol/tomlOverrides.js';

/** Sandbox policy for model-generated commands (`--sandbox`). */
export type ExecSandboxMode = 'read-only' | 'workspace-write' | 'danger-full-access';

/** Reasoning effort (`--config model_reasoning_effort`). */
export type ExecReasoningEffort = 'minimal' | 'low' | 'medium' | 'high' | 'xhigh' | 'max' | 'ultra' | 'persistent';

/** Web search mode (`--config web_search`). */
export type ExecWebSearchMode = 'disabled' | 'cached' | 'live';

/**
 * Approval policy (`--config approval_policy`). Note: the pinned binary rejects
 * `"untrusted"` in config (exits 1), and `codex exec` never asks for approvals anyway.
 */
export type ExecApprovalPolicy = 'never' | 'on-request' | 'on-failure' | 'untrusted';

/** Experimental Cyber access program (`--cyber-access-program`, OpenAI provider only). */
export type ExecCyberAccessProgram = 'standard' | 'daybreak_blue' | 'daybreak_red';

/** Everything that shapes the `codex exec` command line of one turn. */
export interface ExecArgsOptions {
  /** Config object, flattened to `--config` overrides first (see `toConfigOverrides`). */
  config?: CodexConfigObject;
  /** Raw `key=value` overrides, passed after `config` unchanged. */
  configOverrides?: readonly string[];
  /** Base URL of the OpenAI API: `--config openai_base_url="…"`. */
  baseUrl?: string;
  /** `--model`. */
  model?: string;
  /** `--thread-source` (only when starting a new thread; ignored on resume, like the SDK). */
  threadSource?: string;
  /** `--sandbox`. */
  sandboxMode?: ExecSandboxMode;
  /** `--cd`: the agent's working root. */
  workingDirectory?: string;
  /** `--add-dir`, once per directory. */
  additionalDirectories?: readonly string[];
  /** `--skip-git-repo-check` when true. */
  skipGitRepoCheck?: boolean;
  /** `--output-schema`: path of a JSON-schema file. */
  outputSchemaFile?: string;
  /** `--cyber-access-program`. */
  cyberAccessProgram?: ExecCyberAccessProgram;
  /** `--config model_reasoning_effort="…"`. */
  modelReasoningEffort?: ExecReasoningEffort;
  /** `--config sandbox_workspace_write.network_access=…` (also when false). */
  networkAccessEnabled?: boolean;
  /** `--config web_search="…"`; wins over `webSearchEnabled`. */
  webSearchMode?: ExecWebSearchMode;
  /** Legacy switch: true → `web_search="live"`, false → `web_search="disabled"`. */
  webSearchEnabled?: boolean;
  /** `--config approval_policy="…"`. */
  approvalPolicy?: ExecApprovalPolicy;
  /** Resume this thread: `resume <id>` (after all options above). */
  threadId?: string | null;
  /** `--image <path>`, once per image (after `resume`). */
  images?: readonly string[];
}

/**
 * Builds the argument vector of `codex exec` for one turn. The prompt is not an
 * argument: it goes to stdin, which is then closed (codex reads stdin to EOF).
 *
 * Order (the SDK's): `exec --experimental-json`, config overrides, raw overrides,
 * `openai_base_url`, `--model`, `--thread-source`, `--sandbox`, `--cd`, `--add-dir`…,
 * `--skip-git-repo-check`, `--output-schema`, `--cyber-access-program`, the
 * reasoning-effort / network / web-search / approval overrides, `resume <id>`, `--image`….
 *
 * @example
 * ```ts
 * buildExecArgs({ model: 'gpt-5', sandboxMode: 'read-only', threadId: 't1' });
 * // → ['exec', '--experimental-json', '--model', 'gpt-5', '--sandbox', 'read-only', 'resume', 't1']
 * ```
 *
 * @throws InvalidOptionsError when `config` cannot be expressed as `--config` overrides.
 */
export function buildExecArgs(options: ExecArgsOptions): string[] {
  // `--experimental-json` is what the SDK passes; the pinned binary still accepts it as a hidden alias of `--json`.
  const args = ['exec', '--experimental-json'];
  const config = (value: string) => args.push('--config', value);

  if (options.config) toConfigOverrides(options.config).forEach(config);
  options.configOverrides?.forEach(config);
  if (options.baseUrl) config(`openai_base_url=${toTomlValue(options.baseUrl, 'baseUrl')}`);
  if (options.model) args.push('--model', options.model);
  if (options.threadSource !== undefined && !options.threadId) args.push('--thread-source', options.threadSource);
  if (options.sandboxMode) args.push('--sandbox', options.sandboxMode);
  if (options.workingDirectory) args.push('--cd', options.workingDirectory);
  for (const dir of options.additionalDirectories ?? []) args.push('--add-dir', dir);
  if (options.skipGitRepoCheck) args.push('--skip-git-repo-check');
  if (options.outputSchemaFile) args.push('--output-schema', options.outputSchemaFile);
  if (options.cyberAccessProgram !== undefined) args.push('--cyber-access-program', options.cyberAccessProgram);
  // The SDK interpolates these enum values without escaping; so do we, for identical arguments.
  if (options.modelReasoningEffort) config(`model_reasoning_effort="${options.modelReasoningEffort}"`);
  if (options.networkAccessEnabled !== undefined) config(`sandbox_workspace_write.network_access=${options.networkAccessEnabled}`);
  if (options.webSearchMode) config(`web_search="${options.webSearchMode}"`);
  else if (options.webSearchEnabled === true) config('web_search="live"');
  else if (options.webSearchEnabled === false) config('web_search="disabled"');
  if (options.approvalPolicy) config(`approval_policy="${options.approvalPolicy}"`);
  if (options.threadId) args.push('resume', options.threadId);
  // After `resume`: `codex exec -i` takes several values, but the resume subcommand's `-i` takes one.
  for (const image of options.images ?? []) args.push('--image', image);
  return args;
}

/** The env var codex reads to label requests with the calling client (`originator` header). */
export const ORIGINATOR_ENV = 'CODEX_INTERNAL_ORIGINATOR_OVERRIDE';

/** The originator `@openai/codex-sdk` sends; the default, so requests look the same as the SDK's. */
export const SDK_ORIGINATOR = 'codex_sdk_ts';

/** Inputs of {@link buildExecEnv}. */
export interface ExecEnvOptions {
  /** Replaces `process.env` entirely when given (like the SDK's `env`). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Sent as `CODEX_API_KEY`. */
  apiKey?: string;
  /** Value for {@link ORIGINATOR_ENV} unless the env already sets one. Default {@link SDK_ORIGINATOR}. */
  originator?: string;
  /** Directories put in front of PATH (the codex package's `codex-path` dir with `rg`), without duplicates. */
  pathDirs?: readonly string[];
}

/**
 * Builds the environment of a `codex exec` process the way the SDK does: the given
 * `env` (or a copy of `process.env`), the originator label unless already set,
 * `CODEX_API_KEY` from `apiKey`, and extra PATH directories first.
 *
 * @example
 * ```ts
 * buildExecEnv({ env: { CODEX_HOME: '/var/tmp/h' }, apiKey: 'sk-…' });
 * // → { CODEX_HOME: '/var/tmp/h', CODEX_INTERNAL_ORIGINATOR_OVERRIDE: 'codex_sdk_ts', CODEX_API_KEY: 'sk-…' }
 * ```
 */
export function buildExecEnv(options: ExecEnvOptions = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(options.env ?? process.env)) {
    if (value !== undefined) env[key] = value;
  }
  if (!env[ORIGINATOR_ENV]) env[ORIGINATOR_ENV] = options.originator ?? SDK_ORIGINATOR;
  if (options.apiKey) env['CODEX_API_KEY'] = options.apiKey;
  if (options.pathDirs?.length) {
    const dirs = options.pathDirs;
    const rest = (env['PATH'] ?? '').split(delimiter).filter((entry) => entry !== '' && !dirs.includes(entry));
    env['PATH'] = [...dirs, ...rest].join(delimiter);
  }
  return env;
}
