/**
 * Every NATS subject, KV bucket, object store and stream of one cluster,
 * derived from its name in one place: two clusters on one NATS server share
 * nothing, and a client of another cluster name sees nothing of this one.
 *
 * @module
 */
import { InvalidOptionsError } from '../errors/index.js';

/** Cluster names become subject tokens and bucket names: keep them to what both allow. */
const CLUSTER_NAME = /^[A-Za-z0-9_-]{1,64}$/;

/** The names one cluster uses on NATS. */
export interface ClusterNames {
  readonly cluster: string;
  /** KV bucket: one entry per live host (its {@link HostRecord}), refreshed by its heartbeat. */
  readonly hostsBucket: string;
  /** KV bucket: one owner record per codex thread (host, epoch), changed only by compare-and-set. */
  readonly threadsBucket: string;
  /** Object store: each thread's last checkpointed rollout file. */
  readonly rolloutsStore: string;
  /** JetStream stream holding every thread's (redacted) notifications. */
  readonly eventsStream: string;
  /** Subject a thread's notifications are published on (captured by {@link eventsStream}). */
  threadEvents(threadId: string): string;
  /** Wildcard of every thread's notifications. */
  readonly allThreadEvents: string;
  /** Request subject: open a session on one host. */
  hostOpen(hostId: string): string;
  /** Request subject every host answers: cluster-wide `thread/list`. */
  readonly listThreads: string;
  /** Request subject: a client request relayed to a session's app-server. */
  sessionRpc(sessionId: string): string;
  /** Fire-and-forget subject: a notification from the client to the session's app-server, and close. */
  sessionControl(sessionId: string): string;
  /** Subject the host delivers a session's notifications and its exit on. */
  sessionInbox(sessionId: string): string;
  /** Request subject: a server request (approval, tool call…) the host asks the session's client to answer. */
  sessionServerRequest(sessionId: string): string;
}

/**
 * The names of cluster `name`.
 *
 * @throws InvalidOptionsError when the name is not 1–64 letters, digits, `_` or `-`.
 */
export function clusterNames(name: string): ClusterNames {
  if (typeof name !== 'string' || !CLUSTER_NAME.test(name)) {
    throw new InvalidOptionsError('cluster.name', `must be 1–64 letters, digits, "_" or "-" (it names NATS subjects and buckets); got ${JSON.stringify(name)}`);
  }
  const base = `codex-actors.${name}`;
  return {
    cluster: name,
    hostsBucket: `codex-actors-${name}-hosts`,
    threadsBucket: `codex-actors-${name}-threads`,
    rolloutsStore: `codex-actors-${name}-rollouts`,
    eventsStream: `codex-actors-${name}-events`,
    threadEvents: (threadId) => `${base}.events.${subjectToken(threadId)}`,
    allThreadEvents: `${base}.events.>`,
    hostOpen: (hostId) => `${base}.host.${subjectToken(hostId)}.open`,
    listThreads: `${base}.threads.list`,
    sessionRpc: (sessionId) => `${base}.session.${sessionId}.rpc`,
    sessionControl: (sessionId) => `${base}.session.${sessionId}.control`,
    sessionInbox: (sessionId) => `${base}.session.${sessionId}.inbox`,
    sessionServerRequest: (sessionId) => `${base}.session.${sessionId}.request`,
  };
}

/** A host or thread id as one subject token (ids are uuids or `[A-Za-z0-9_-]` host ids; anything else is replaced). */
function subjectToken(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_');
}
