import type { ConnectionStarter } from '../../machines/connection/connectionMachine.js';
import type { ResolvedCodexBinary } from '../../native/index.js';
import type { NormalizedCodexOptions } from '../options/codexOptions.js';
import { toConfigOverrides } from '../protocol/tomlOverrides.js';
import { startAppServer, type AppServerTransport } from '../transport/appServerTransport.js';

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
 * Builds the function connection actors call to start an app-server process.
 * Every transport it creates is tracked, so `Codex.close()` can make sure no
 * process outlives it whatever state the actors were in.
 */
export function createAppServerStarter(
  options: NormalizedCodexOptions,
  binary: () => Promise<ResolvedCodexBinary>,
  live: Set<AppServerTransport>,
): ConnectionStarter {
  return async ({ signal, onSpawned }) => {
    const resolved = await binary();
    const transport = await startAppServer({
      codexPath: resolved.path,
      args: codexConfigArgs(options),
      env: codexProcessEnv(options),
      requestTimeoutMs: options.requestTimeoutMs,
      shutdownTimeoutMs: options.shutdownTimeoutMs,
      signal,
      onSpawned,
    });
    live.add(transport);
    void transport.exited.then(() => live.delete(transport));
    return transport;
  };
}
