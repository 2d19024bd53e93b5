import type { ConnectionStarter } from '../../machines/connection/connectionMachine.js';
import type { ResolvedCodexBinary } from '../../native/index.js';
import type { NormalizedCodexOptions } from '../options/codexOptions.js';
import { toConfigOverrides } from '../protocol/tomlOverrides.js';
import { DEFAULT_CLIENT_INFO, type AppServerClientInfo } from '../transport/appServerOptions.js';
import { startAppServer, type AppServerTransport } from '../transport/appServerTransport.js';
import { ORIGINATOR_ENV } from '../transport/execArgs.js';
import type { ProcessTracker } from './processTracker.js';

/** Starts one app-server process the caller owns (a `ConnectionStarter` that never hands out a lease). */
export type AppServerStarter = (hooks: Parameters<ConnectionStarter>[0]) => Promise<AppServerTransport>;

/** The environment of every codex process of a `Codex`: `env` replaces `process.env` when given. */
export function codexProcessEnv(options: NormalizedCodexOptions): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(options.env ?? process.env)) if (value !== undefined) env[key] = value;
  if (options.codexHome) env.CODEX_HOME = options.codexHome;
  if (options.apiKey) env.CODEX_API_KEY = options.apiKey;
  return env;
}

/** `-c key=value` arguments from `config`, `baseUrl` and `configOverrides` (in that order: later wins). */
export function codexConfigArgs(options: NormalizedCodexOptions): string[] {
  const overrides = [
    ...(options.config ? toConfigOverrides(options.config) : []),
    ...(options.baseUrl ? toConfigOverrides({ openai_base_url: options.baseUrl }) : []),
    ...options.configOverrides,
  ];
  return overrides.flatMap((o) => ['-c', o]);
}

/**
 * The `initialize.clientInfo` of a `Codex`'s processes: app-server takes the
 * `originator` header from its name. The `originator` option wins, then the
 * environment's `CODEX_INTERNAL_ORIGINATOR_OVERRIDE` (what codex exec and the SDK
 * honour), else the default `codex-actors`.
 */
export function appServerClientInfo(options: NormalizedCodexOptions): { clientInfo?: AppServerClientInfo } {
  const name = options.originator ?? (options.env ?? process.env)[ORIGINATOR_ENV];
  return name ? { clientInfo: { ...DEFAULT_CLIENT_INFO, name } } : {};
}

/**
 * Builds the function connection actors (and the pool) call to start an
 * app-server process. Every start and process is tracked, so `Codex.close()`
 * can make sure no process outlives it whatever state the actors were in.
 */
export function createAppServerStarter(
  options: NormalizedCodexOptions,
  binary: () => Promise<ResolvedCodexBinary>,
  tracker: ProcessTracker,
): AppServerStarter {
  return async ({ signal, onSpawned }) => {
    const resolved = await binary();
    const transport = await tracker.start(startAppServer({
      codexPath: resolved.path,
      args: [...codexConfigArgs(options), ...(options.apiKey ? IN_MEMORY_LOGIN : [])],
      env: codexProcessEnv(options),
      requestTimeoutMs: options.requestTimeoutMs,
      shutdownTimeoutMs: options.shutdownTimeoutMs,
      ...appServerClientInfo(options),
      signal,
      onSpawned,
    }));
    if (options.apiKey) await signIn(transport, options.apiKey);
    return transport;
  };
}

/**
 * codex app-server reads no API key from its environment (0.169 and 0.171 sent no
 * `Authorization` with `CODEX_API_KEY` or `OPENAI_API_KEY` set): the `apiKey`
 * option becomes a login of each process instead, kept in that process's
 * memory (`cli_auth_credentials_store = "ephemeral"`), so it never lands in
 * `CODEX_HOME/auth.json` and never replaces the user's own login there.
 */
const IN_MEMORY_LOGIN = ['-c', 'cli_auth_credentials_store="ephemeral"'];

async function signIn(transport: AppServerTransport, apiKey: string): Promise<void> {
  try {
    await transport.request('account/login/start', { type: 'apiKey', apiKey });
  } catch (error) {
    await transport.close();
    throw error;
  }
}
