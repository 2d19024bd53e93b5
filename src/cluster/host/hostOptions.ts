import { homedir } from 'node:os';
import { join, isAbsolute } from 'node:path';
import { hostname } from 'node:os';
import { InvalidOptionsError } from '../../errors/index.js';
import type { NatsConnectionOptions } from '../natsConnect.js';

/** Options of {@link startHost} (and of `codex-actors host`). */
export interface HostOptions extends NatsConnectionOptions {
  /** Cluster name: namespaces every subject and bucket (clients must use the same). */
  cluster: string;
  /** Sessions (threads) this host takes at most. */
  capacity: number;
  /** Share M app-server processes between this host's threads (default: one process per thread). */
  pool?: number;
  /** `CODEX_HOME` of this host's codex processes (default: `$CODEX_HOME`, else `~/.codex`). Rollouts are restored into it. */
  codexHome?: string;
  /** This host's id (default: `<hostname>-<pid>`). Letters, digits, `_`, `-`. */
  hostId?: string;
  /** The codex binary (default: the pinned `@openai/codex` package's). */
  codexPath?: string;
  /** Environment of the codex processes (default `process.env`); `CODEX_HOME` is set from {@link codexHome}. API keys stay here, on the host. */
  env?: Record<string, string | undefined>;
  /** Heartbeat interval (default 1000 ms); a host missing 3 heartbeats counts as lost. */
  heartbeatMs?: number;
  /** How long thread events are kept in the cluster's event stream (default 24 h). */
  eventsMaxAgeMs?: number;
  /** Log sink, one line per placement, checkpoint, restore, attach (default: stderr). */
  log?: (line: string) => void;
}

/** {@link HostOptions} with defaults applied. @internal */
export interface ResolvedHostOptions extends HostOptions {
  hostId: string;
  codexHome: string;
  env: Record<string, string>;
  heartbeatMs: number;
  eventsMaxAgeMs: number;
  log: (line: string) => void;
}

/** Validates and completes host options. @throws InvalidOptionsError */
export function resolveHostOptions(options: HostOptions): ResolvedHostOptions {
  if (!Number.isInteger(options.capacity) || options.capacity < 1) throw new InvalidOptionsError('capacity', `must be an integer ≥ 1 (threads this host takes); got ${String(options.capacity)}`);
  if (options.pool !== undefined && (!Number.isInteger(options.pool) || options.pool < 1)) throw new InvalidOptionsError('pool', `must be an integer ≥ 1; got ${String(options.pool)}`);
  const hostId = options.hostId ?? `${hostname().replace(/[^A-Za-z0-9_-]/g, '_')}-${process.pid}`;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(hostId)) throw new InvalidOptionsError('hostId', `must be 1–64 letters, digits, "_" or "-"; got ${JSON.stringify(hostId)}`);
  const baseEnv = options.env ?? process.env;
  const codexHome = options.codexHome ?? baseEnv.CODEX_HOME ?? join(homedir(), '.codex');
  if (!isAbsolute(codexHome)) throw new InvalidOptionsError('codexHome', `must be an absolute path; got ${codexHome}`);
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(baseEnv)) if (v !== undefined) env[k] = v;
  env.CODEX_HOME = codexHome;
  return {
    ...options,
    hostId,
    codexHome,
    env,
    heartbeatMs: options.heartbeatMs ?? 1000,
    eventsMaxAgeMs: options.eventsMaxAgeMs ?? 24 * 3600_000,
    log: options.log ?? ((line) => process.stderr.write(`${line}\n`)),
  };
}
