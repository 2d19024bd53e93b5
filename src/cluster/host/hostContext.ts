import type { NatsConnection } from '@nats-io/nats-core';
import type { ProcessExit } from '../../errors/index.js';
import type { ClusterNames } from '../clusterNames.js';
import type { OwnerRecord } from '../ownerRecord.js';
import type { HostProcess } from './hostProcess.js';
import type { HostSession } from './hostSession.js';

/** What a host's processes and sessions need from their agent. @internal */
export interface HostContext {
  readonly nc: NatsConnection;
  readonly names: ClusterNames;
  readonly hostId: string;
  readonly codexHome: string;
  /** Hides the host's secrets in a serialized message before it leaves the host. */
  redact(text: string): string;
  /** One line of the host's log. */
  log(line: string): void;
  /** Copies the thread's rollout into the object store (serialized per thread). */
  checkpoint(threadId: string, reason: string): Promise<void>;
  /** Copies the thread's rollout back from the object store when this host lacks it. */
  restoreIfMissing(threadId: string): Promise<void>;
  /** Takes ownership of the thread (compare-and-set on its owner record). */
  claim(threadId: string): Promise<{ ok: true } | { ok: false; owner: OwnerRecord }>;
  /** Gives ownership up cleanly (the rollout is checkpointed). */
  park(threadId: string): Promise<void>;
  /** A session ended (closed by its client or its process died). */
  sessionEnded(session: HostSession): Promise<void>;
  /** A process died on its own or was closed. */
  processExited(process: HostProcess, exit: ProcessExit): void;
}
