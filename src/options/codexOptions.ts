import { z } from 'zod';
import { attachmentOptionsSchema, type AttachmentOptions } from '../attachments/attachmentOptions.js';
import { configObjectSchema, type ConfigObject } from './codexConfig.js';
import { foldAlias } from './foldAlias.js';
import type { ApprovalHandler, ElicitationHandler, InspectOption, MeterProviderLike, TracerProviderLike, UserInputHandler } from './handlerTypes.js';
import {
  absolutePath,
  durationMs,
  functionOption,
  integerIn,
  isPlainObject,
  nonEmptyString,
  numberIn,
  objectWithMethods,
  oneOf,
  secretString,
  strictOptions,
} from './optionSchemas.js';
import { parseWithSchema } from './parseWithSchema.js';
import { copyDefined } from './copyDefined.js';
import { MISPLACED_IN_CODEX_OPTIONS } from './misplacedOptions.js';
import { describeValue } from './describeValue.js';
import { InvalidOptionsError } from '../errors/index.js';
import { clusterOptionsSchema, type ClusterOptions } from '../cluster/clusterOptions.js';

/**
 * How the supervisor restarts crashed children (OTP names).
 *
 * @example
 * ```ts
 * new Codex({ supervisor: { strategy: 'rest_for_one' } });
 * ```
 */
export type RestartStrategy = 'one_for_one' | 'one_for_all' | 'rest_for_one';

/**
 * Delay between repeated restarts. As in OTP, the first restart of a thread
 * within the intensity window (`supervisor.withinMs`) is immediate; the nth
 * (n ≥ 2) waits `initialDelayMs × factor^(n-2)`, capped at `maxDelayMs`, ± `jitter`.
 *
 * @example
 * ```ts
 * new Codex({ supervisor: { backoff: { initialDelayMs: 100, maxDelayMs: 2000, factor: 2, jitter: 0.1 } } });
 * ```
 */
export interface BackoffOptions {
  /** Delay of the second restart in the window, the first backed-off one (default 100 ms; the first restart is immediate). */
  initialDelayMs?: number;
  /** Upper bound of the delay (default 5000 ms). */
  maxDelayMs?: number;
  /** Growth per restart, ≥ 1 (default 2). */
  factor?: number;
  /** Random spread as a fraction 0…1 of the delay (default 0.2); `true` = 0.2, `false` = 0. */
  jitter?: number | boolean;
}

/**
 * Supervisor settings (OTP semantics, see DESIGN §2).
 *
 * @example
 * ```ts
 * new Codex({ supervisor: { strategy: 'one_for_one', maxRestarts: 3, withinMs: 5000, backoff: { initialDelayMs: 200, factor: 2 } } });
 * ```
 */
export interface SupervisorOptions {
  /** Which children restart when one crashes (default `one_for_one`). */
  strategy?: RestartStrategy;
  /** Restart intensity: at most this many restarts… (default 3; 0 = never restart) */
  maxRestarts?: number;
  /** …within this window, else escalate (default 5000 ms). */
  withinMs?: number;
  /** Delay between repeated restarts (the first one in the window is immediate). */
  backoff?: BackoffOptions;
}

/**
 * `per-thread`: one `codex app-server` process per thread (default).
 * `{ pool: N }`: threads share N supervised app-server processes.
 *
 * @example
 * ```ts
 * new Codex({ processModel: { pool: 2 } }); // 2 app-server processes shared by all threads
 * ```
 */
export type ProcessModel = 'per-thread' | { pool: number };

/**
 * Options of `new Codex(options)`. Every `@openai/codex-sdk` option is accepted with the
 * same meaning (`codexPathOverride`, `baseUrl`, `apiKey`, `config`, `configOverrides`, `env`).
 *
 * @example
 * ```ts
 * const codex = new Codex({
 *   codexHome: '/var/tmp/my-agent-home',
 *   apiKey: process.env.OPENAI_API_KEY,
 *   supervisor: { maxRestarts: 5, withinMs: 60_000 },
 *   onApproval: async (request) => (request.command?.startsWith('npm test') ? 'accept' : 'decline'),
 * });
 * ```
 */
export interface CodexOptions {
  /** Path of the codex binary to run (default: the pinned `@openai/codex` package's binary). */
  codexPath?: string;
  /** @openai/codex-sdk's name for {@link CodexOptions.codexPath}. */
  codexPathOverride?: string;
  /** `CODEX_HOME` for the codex processes (absolute path). Default: codex's own (`~/.codex`). */
  codexHome?: string;
  /** Environment of the codex processes; when given it replaces `process.env` entirely. */
  env?: Record<string, string | undefined>;
  /** API key handed to codex (as `CODEX_API_KEY`). Never logged. */
  apiKey?: string;
  /** Base URL of the OpenAI-compatible API (`openai_base_url`). */
  baseUrl?: string;
  /** codex config (`config.toml` as an object), passed as `--config` overrides of every process. */
  config?: ConfigObject;
  /** Raw `--config key=value` overrides, applied after {@link CodexOptions.config}. */
  configOverrides?: string[];
  /** `app-server` (default): long-lived JSON-RPC processes. `exec`: one `codex exec --json` per turn, like @openai/codex-sdk. */
  transport?: 'app-server' | 'exec';
  /** How threads map to app-server processes (default `per-thread`). */
  processModel?: ProcessModel;
  /** Restart policy for crashed processes. */
  supervisor?: SupervisorOptions;
  /** What to do when the binary is not the pinned version: throw (default), warn, or ignore. */
  versionCheck?: 'error' | 'warn' | 'off';
  /**
   * The `originator` header (and User-Agent prefix) codex sends to the model
   * provider, which provider-side dashboards group requests by. Default: the
   * `CODEX_INTERNAL_ORIGINATOR_OVERRIDE` variable of the environment if set, else
   * `codex-actors` on app-server and `codex_sdk_ts` (as @openai/codex-sdk) on exec.
   * Set `'codex_sdk_ts'` to keep a drop-in's requests labelled like the SDK's.
   */
  originator?: string;
  /** Timeout of each JSON-RPC request to app-server (default 60 000 ms). */
  requestTimeoutMs?: number;
  /** Grace period for a process to exit on close before it is killed (default 5000 ms; 0 = kill at once). */
  shutdownTimeoutMs?: number;
  /** How long a handler may take to answer an approval/user-input request before it is declined (default 300 000 ms). */
  approvalTimeoutMs?: number;
  /** Re-send a turn once after its process crashed and the thread resumed (default `false`: the turn rejects). */
  retryTurnOnCrash?: boolean;
  /**
   * Longest a turn may run (default: no limit). When it is up the turn is
   * interrupted, and its codex process killed if it does not end within
   * `min(turnTimeoutMs, 5 s)`; the turn rejects with `TimeoutError`.
   */
  turnTimeoutMs?: number;
  /** Default approval handler for every thread (a thread's own handler wins). */
  onApproval?: ApprovalHandler;
  /** Default handler for codex's questions to the user. */
  onUserInput?: UserInputHandler;
  /** Default handler for MCP elicitation requests. */
  onElicitation?: ElicitationHandler;
  /**
   * XState inspector for the whole actor system: it receives the `@xstate.actor`,
   * `@xstate.event` and `@xstate.snapshot` events of the supervisor (id `supervisor`),
   * thread (`thread:<n>`), connection (`connection`) and turn (`turn`) actors and of
   * the work they invoke (`startProcess`, `openThread`, `startTurn`…). The `inspect`
   * observer of `@statelyai/inspect` (`createBrowserInspector()`,
   * `createWebSocketInspector()`…) is accepted as is. Serializing inspectors see a
   * summary of each context (ids, generation, pid, queue length, error), never the
   * live process, thread options or credentials. Charts: `docs/state-charts.md`.
   *
   * @example
   * ```ts
   * const inspector = createBrowserInspector(); // from '@statelyai/inspect'
   * new Codex({ inspect: inspector.inspect });
   * new Codex({ inspect: (event) => event.type === '@xstate.snapshot' && log(event.actorRef.id, event.snapshot) });
   * ```
   */
  inspect?: InspectOption;
  /** Where `file` / `local_image` inputs are staged, and which files may be attached. */
  attachments?: AttachmentOptions;
  /** OpenTelemetry tracer provider (default: the global one). */
  tracerProvider?: TracerProviderLike;
  /** OpenTelemetry meter provider (default: the global one). */
  meterProvider?: MeterProviderLike;
  /** Cluster mode: run threads on the host agents of a NATS cluster (see docs/cluster.md). */
  cluster?: ClusterOptions;
}

/**
 * {@link CodexOptions} after validation: aliases folded, defaults applied.
 *
 * @example
 * ```ts
 * const opts: NormalizedCodexOptions = parseCodexOptions({ transport: 'exec' });
 * opts.requestTimeoutMs; // 60000
 * ```
 */
export interface NormalizedCodexOptions {
  codexPath?: string;
  codexHome?: string;
  /** Only the defined entries of the `env` option. */
  env?: Record<string, string>;
  apiKey?: string;
  baseUrl?: string;
  config?: ConfigObject;
  configOverrides: string[];
  transport: 'app-server' | 'exec';
  processModel: ProcessModel;
  supervisor: {
    strategy: RestartStrategy;
    maxRestarts: number;
    withinMs: number;
    backoff: { initialDelayMs: number; maxDelayMs: number; factor: number; jitter: number };
  };
  versionCheck: 'error' | 'warn' | 'off';
  originator?: string;
  requestTimeoutMs: number;
  shutdownTimeoutMs: number;
  approvalTimeoutMs: number;
  retryTurnOnCrash: boolean;
  turnTimeoutMs?: number;
  onApproval?: ApprovalHandler;
  onUserInput?: UserInputHandler;
  onElicitation?: ElicitationHandler;
  inspect?: InspectOption;
  attachments?: AttachmentOptions;
  tracerProvider?: TracerProviderLike;
  meterProvider?: MeterProviderLike;
  cluster?: ClusterOptions;
}

/**
 * Defaults applied by {@link parseCodexOptions}.
 *
 * @example
 * ```ts
 * CODEX_OPTION_DEFAULTS.approvalTimeoutMs; // 300000
 * ```
 */
export const CODEX_OPTION_DEFAULTS = {
  transport: 'app-server',
  processModel: 'per-thread',
  versionCheck: 'error',
  requestTimeoutMs: 60_000,
  shutdownTimeoutMs: 5_000,
  approvalTimeoutMs: 300_000,
  retryTurnOnCrash: false,
  supervisor: {
    strategy: 'one_for_one',
    maxRestarts: 3,
    withinMs: 5_000,
    backoff: { initialDelayMs: 100, maxDelayMs: 5_000, factor: 2, jitter: 0.2 },
  },
} as const satisfies Omit<NormalizedCodexOptions, 'configOverrides'>;

const CODEX_PATH_HINT = 'Give the path of a codex binary, or omit the option to use the pinned @openai/codex package.';

const envSchema = z.custom<Record<string, string | undefined>>(
  (v) => isPlainObject(v) && Object.entries(v).every(([k, val]) => k !== '' && !k.includes('=') && (val === undefined || typeof val === 'string')),
  {
    error: (issue) => {
      const v = issue.input;
      if (!isPlainObject(v)) return `must be an object of environment variables; got ${describeValue(v)}`;
      const bad = Object.entries(v).find(([k, val]) => k === '' || k.includes('=') || (val !== undefined && typeof val !== 'string'));
      if (bad && (bad[0] === '' || bad[0].includes('='))) return `has an invalid variable name ${JSON.stringify(bad[0])} (names must be non-empty and contain no '=')`;
      return `variable ${JSON.stringify(bad?.[0])} must be a string; got ${describeValue(bad?.[1])}. Convert numbers and booleans with String().`;
    },
  },
);

const urlSchema = z.custom<string>(
  (v) => {
    if (typeof v !== 'string') return false;
    try {
      const url = new URL(v);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  },
  // The value is not echoed: a key pasted into the wrong option must not end up in logs.
  { error: (issue) => `must be an http(s) URL such as 'https://api.openai.com/v1'; got ${typeof issue.input === 'string' ? 'a string that is not one' : describeValue(issue.input)}` },
);

const configOverrideSchema = z.custom<string>((v) => typeof v === 'string' && /^[^=\s][^=]*=/.test(v), {
  error: (issue) =>
    `must be a 'key=value' string as codex's --config flag takes (e.g. 'model="gpt-5"'); got ${typeof issue.input === 'string' ? "a string without a 'key=' part" : describeValue(issue.input)}`,
});

const backoffSchema = strictOptions({
  initialDelayMs: durationMs(0).optional(),
  maxDelayMs: durationMs(0).optional(),
  factor: numberIn(1, 1_000).optional(),
  jitter: z.union([numberIn(0, 1), z.boolean()], { error: (i) => `must be a number from 0 to 1 or a boolean; got ${describeValue(i.input)}` }).optional(),
});

const supervisorSchema = strictOptions({
  strategy: oneOf(['one_for_one', 'one_for_all', 'rest_for_one']).optional(),
  maxRestarts: integerIn(0).optional(),
  withinMs: durationMs(1).optional(),
  backoff: backoffSchema.optional(),
});

const processModelSchema = z.union(
  [z.literal('per-thread'), strictOptions({ pool: integerIn(1, 1_024) })],
  { error: (i) => `must be 'per-thread' or { pool: N } with N ≥ 1; got ${describeValue(i.input)}` },
);

/**
 * The zod schema of {@link CodexOptions} (shape and per-field rules; cross-field rules
 * and defaults are applied by {@link parseCodexOptions}).
 *
 * @example
 * ```ts
 * codexOptionsSchema.safeParse({ transport: 'exec' }).success; // true
 * ```
 */
export const codexOptionsSchema = strictOptions({
  codexPath: nonEmptyString(CODEX_PATH_HINT).optional(),
  codexPathOverride: nonEmptyString(CODEX_PATH_HINT).optional(),
  codexHome: absolutePath("Use path.resolve() on it, e.g. codexHome: path.resolve('.codex-home').").optional(),
  env: envSchema.optional(),
  apiKey: secretString().optional(),
  baseUrl: urlSchema.optional(),
  config: configObjectSchema().optional(),
  configOverrides: z.array(configOverrideSchema).optional(),
  transport: oneOf(['app-server', 'exec']).optional(),
  processModel: processModelSchema.optional(),
  supervisor: supervisorSchema.optional(),
  versionCheck: oneOf(['error', 'warn', 'off']).optional(),
  originator: z
    .custom<string>((v) => typeof v === 'string' && /^[\x21-\x7e]+$/.test(v), {
      error: (i) => `must be a non-empty header value of printable ASCII without spaces (e.g. 'codex_sdk_ts'); got ${describeValue(i.input)}`,
    })
    .optional(),
  requestTimeoutMs: durationMs(1).optional(),
  shutdownTimeoutMs: durationMs(0).optional(),
  approvalTimeoutMs: durationMs(1).optional(),
  retryTurnOnCrash: z.boolean().optional(),
  turnTimeoutMs: durationMs(1).optional(),
  onApproval: functionOption<ApprovalHandler>('the approval handler').optional(),
  onUserInput: functionOption<UserInputHandler>('the user-input handler').optional(),
  onElicitation: functionOption<ElicitationHandler>('the MCP elicitation handler').optional(),
  inspect: z
    .custom<InspectOption>((v) => typeof v === 'function' || (typeof v === 'object' && v !== null), {
      error: (i) => `must be an inspection callback or observer (e.g. createBrowserInspector().inspect); got ${describeValue(i.input)}`,
    })
    .optional(),
  attachments: attachmentOptionsSchema.optional(),
  tracerProvider: objectWithMethods<TracerProviderLike>(['getTracer'], 'an OpenTelemetry TracerProvider').optional(),
  meterProvider: objectWithMethods<MeterProviderLike>(['getMeter'], 'an OpenTelemetry MeterProvider').optional(),
  cluster: clusterOptionsSchema.optional(),
}, MISPLACED_IN_CODEX_OPTIONS);

/**
 * Validates `new Codex(options)` and returns normalised options: `codexPathOverride`
 * folded into `codexPath`, `undefined` env entries dropped, every default filled in.
 *
 * Rejects, with an {@link InvalidOptionsError} naming the option: unknown keys (with a
 * "did you mean" hint), a relative `codexHome`, an empty `codexPath`, different values for
 * `codexPath` and `codexPathOverride`, negative or fractional timeouts, `processModel.pool`
 * below 1, `supervisor.backoff.maxDelayMs` below `initialDelayMs`, non-function handlers.
 *
 * @example
 * ```ts
 * const opts = parseCodexOptions({ codexPathOverride: '/usr/local/bin/codex', supervisor: { maxRestarts: 5 } });
 * opts.codexPath;                  // '/usr/local/bin/codex'
 * opts.supervisor.withinMs;        // 5000 (default)
 * parseCodexOptions({ sandbox: 'read-only' }); // throws: `sandbox` is a thread option
 * ```
 *
 * @param raw The options object (or `undefined`).
 * @returns The normalised options.
 * @throws InvalidOptionsError when an option is invalid.
 */
export function parseCodexOptions(raw: unknown = {}): NormalizedCodexOptions {
  const parsed = parseWithSchema(codexOptionsSchema, raw ?? {}, { what: 'Codex options' });
  const d = CODEX_OPTION_DEFAULTS;
  const codexPath = foldAlias<string>(parsed, 'codexPath', 'codexPathOverride');
  const backoff = parsed.supervisor?.backoff ?? {};
  const initialDelayMs = backoff.initialDelayMs ?? d.supervisor.backoff.initialDelayMs;
  const maxDelayMs = backoff.maxDelayMs ?? Math.max(d.supervisor.backoff.maxDelayMs, initialDelayMs);
  if (maxDelayMs < initialDelayMs) {
    throw new InvalidOptionsError(
      'supervisor.backoff.maxDelayMs',
      `(${maxDelayMs}) is below supervisor.backoff.initialDelayMs (${initialDelayMs}); the cap must be at least the first delay.`,
    );
  }
  const jitter = backoff.jitter === true ? d.supervisor.backoff.jitter : backoff.jitter === false ? 0 : (backoff.jitter ?? d.supervisor.backoff.jitter);

  const out: NormalizedCodexOptions = {
    configOverrides: parsed.configOverrides ?? [],
    transport: parsed.transport ?? d.transport,
    processModel: parsed.processModel ?? d.processModel,
    supervisor: {
      strategy: parsed.supervisor?.strategy ?? d.supervisor.strategy,
      maxRestarts: parsed.supervisor?.maxRestarts ?? d.supervisor.maxRestarts,
      withinMs: parsed.supervisor?.withinMs ?? d.supervisor.withinMs,
      backoff: { initialDelayMs, maxDelayMs, factor: backoff.factor ?? d.supervisor.backoff.factor, jitter },
    },
    versionCheck: parsed.versionCheck ?? d.versionCheck,
    requestTimeoutMs: parsed.requestTimeoutMs ?? d.requestTimeoutMs,
    shutdownTimeoutMs: parsed.shutdownTimeoutMs ?? d.shutdownTimeoutMs,
    approvalTimeoutMs: parsed.approvalTimeoutMs ?? d.approvalTimeoutMs,
    retryTurnOnCrash: parsed.retryTurnOnCrash ?? d.retryTurnOnCrash,
  };
  if (codexPath !== undefined) out.codexPath = codexPath;
  if (parsed.env !== undefined) out.env = definedEntries(parsed.env);
  copyDefined(parsed, out, ['codexHome', 'apiKey', 'baseUrl', 'config', 'originator', 'turnTimeoutMs', 'onApproval', 'onUserInput', 'onElicitation', 'inspect', 'attachments', 'tracerProvider', 'meterProvider', 'cluster']);
  return out;
}

function definedEntries(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}
