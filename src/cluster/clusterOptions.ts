import { z } from 'zod';
import { describeValue } from '../options/describeValue.js';
import type { NatsConnectionOptions } from './natsConnect.js';

/**
 * `new Codex({ cluster })`: run threads on the host agents of a cluster
 * instead of local processes. The NATS credentials pass through; API keys
 * stay on the hosts.
 */
export interface ClusterOptions extends NatsConnectionOptions {
  /** The cluster name the host agents were started with (`--cluster`). */
  name: string;
  /** How long to wait for a host to open a session (default 60 000 ms: it may start a codex process). */
  openTimeoutMs?: number;
  /** How long `listThreads` waits for the hosts' answers (default 5000 ms). */
  listTimeoutMs?: number;
}

const stringList = z.union([z.string(), z.array(z.string())]);

/** The zod schema of {@link ClusterOptions} (shape only; security rules are checked when connecting). */
export const clusterOptionsSchema = z.custom<ClusterOptions>(
  (v) => {
    if (typeof v !== 'object' || v === null) return false;
    const o = v as Record<string, unknown>;
    return typeof o.name === 'string' && stringList.safeParse(o.servers).success;
  },
  { error: (i) => `must be { servers: 'nats://…' | string[], name: 'cluster-name', …credentials }; got ${describeValue(i.input)}` },
);
