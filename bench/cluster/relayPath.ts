/**
 * C4: the host relay path, in process. The recorded turn's lines go through
 * what a host agent does with each line of its app-server's stdout: framing
 * and `JSON.parse` (the transport's decoder, no schema check), then
 * `HostProcess` routing — redaction, one serialization, a publish to the
 * session's inbox and one to the thread's JetStream subject — on a real NATS
 * connection (flushed at the end). Baseline: bare `JSON.parse` of the same lines.
 */
import type { NatsConnection } from '@nats-io/nats-core';
import { Subject } from 'rxjs';
import { clusterNames } from '../../src/cluster/clusterNames.js';
import type { HostContext } from '../../src/cluster/host/hostContext.js';
import { HostProcess } from '../../src/cluster/host/hostProcess.js';
import { HostSession } from '../../src/cluster/host/hostSession.js';
import { classifyMessage } from '../../src/protocol/jsonRpc.js';
import { SecretRedactor } from '../../src/secrets/index.js';
import { JsonLineDecoder } from '../../src/transport/framing/index.js';
import type { AppServerTransport } from '../../src/transport/appServerTransport.js';
import type { RpcNotification } from '../../src/transport/types.js';
import { withCpuProfile } from '../cpuProfile.js';
import { formatProfileSummary, summariseProfile, type CpuProfile } from '../profileSummary.js';

/** CPU ms per run of each variant. */
export interface RelayTimes {
  lines: number;
  /** Bytes of the lines (each run sends them twice). */
  bytes: number;
  cpu: { jsonParse: number[]; relay: number[] };
  /** A CPU profile of one more relay run, summarised (top functions). */
  profile: string;
}

function cpuOf(fn: () => void | Promise<void>): Promise<number> {
  const start = process.cpuUsage();
  return Promise.resolve(fn()).then(() => {
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  });
}

/** Measures C4 over `lines` (one thread's notifications), `runs` alternating runs after a warm-up. */
export async function measureRelay(nc: NatsConnection, threadId: string, lines: readonly string[], runs: number, profilePath: string): Promise<RelayTimes> {
  const names = clusterNames('bench');
  const notifications = new Subject<RpcNotification>();
  // The process side of a host: only what HostProcess reads of its transport.
  const transport = { pid: 0, notifications$: notifications.asObservable(), setServerRequestHandler: () => undefined, processExited: new Promise(() => {}) } as unknown as AppServerTransport;
  const redactor = new SecretRedactor(['test-key-for-the-bench']);
  const ctx = {
    nc,
    names,
    hostId: 'bench',
    codexHome: '/nonexistent',
    redact: (text: string) => redactor.redactKnown(text),
    log: () => undefined,
    checkpoint: async () => undefined,
    restoreIfMissing: async () => undefined,
    claim: async () => ({ ok: true as const }),
    park: async () => undefined,
    sessionEnded: async () => undefined,
    processExited: () => undefined,
  } satisfies HostContext;
  const process_ = new HostProcess(transport, ctx);
  const session = new HostSession('bench-session', 'bench', process_, 1000, ctx);
  process_.bind(threadId, session);
  const bytes = Buffer.from(`${lines.join('\n')}\n`);
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += 65_536) chunks.push(bytes.subarray(at, at + 65_536));
  const relay = async () => {
    const decoder = new JsonLineDecoder({
      onJson: (value, line) => {
        if (classifyMessage(value) === 'notification') process_.route(value as RpcNotification, line);
      },
      onProtocolError: () => undefined,
    });
    for (const chunk of chunks) decoder.push(chunk);
    await nc.flush();
  };
  const jsonParse = () => {
    for (const line of lines) JSON.parse(line);
  };
  const cpu = { jsonParse: [] as number[], relay: [] as number[] };
  for (let i = 0; i <= runs; i++) {
    const a = await cpuOf(jsonParse);
    const b = await cpuOf(relay);
    if (i === 0) continue;
    cpu.jsonParse.push(a);
    cpu.relay.push(b);
  }
  const { profile } = await withCpuProfile(profilePath, relay);
  await session.close();
  return { lines: lines.length, bytes: bytes.length, cpu, profile: formatProfileSummary(summariseProfile(profile as CpuProfile), 14) };
}
