/**
 * Errors of cluster mode (`new Codex({ cluster })`, host agents).
 *
 * @module
 */
import { CodexError, type CodexErrorOptions } from './codexError.js';
import { JsonRpcError } from './rpcErrors.js';

/** NATS refused the credentials (token, user/password, nkey or creds file) of a client or host agent. */
export class ClusterAuthError extends CodexError {
  /** The NATS servers tried. */
  readonly servers: string[];

  constructor(servers: string[], detail: string, options?: CodexErrorOptions) {
    super(
      'CLUSTER_AUTH_FAILED',
      `NATS at ${servers.join(', ')} refused the credentials (${detail}). Check cluster.token / user / pass / credsFile / nkeySeed: they must match the NATS server's authorization.`,
      options,
    );
    this.servers = servers;
  }
}

/** The cluster cannot be reached or has no usable host (NATS down, no host agent registered, a host gone). */
export class ClusterUnavailableError extends CodexError {
  readonly servers: string[];

  constructor(servers: string[], detail: string, options?: CodexErrorOptions) {
    super('CLUSTER_UNAVAILABLE', `The codex-actors cluster at ${servers.join(', ')} is unavailable: ${detail}`, options);
    this.servers = servers;
  }
}

/** No host could take a thread: every live host is full or refused it (or the pinned host is not live). */
export class PlacementRefusedError extends CodexError {
  /** Why each host tried said no (host id → reason). */
  readonly refusals: Record<string, string>;

  constructor(cluster: string, refusals: Record<string, string>, hint: string, options?: CodexErrorOptions) {
    const tried = Object.entries(refusals).map(([host, reason]) => `${host}: ${reason}`);
    super('PLACEMENT_REFUSED', `No host of cluster ${cluster} took the thread${tried.length > 0 ? ` (${tried.join('; ')})` : ''}. ${hint}`, options);
    this.refusals = refusals;
  }
}

/**
 * The host a thread was placed on cannot see its `workingDirectory` (cluster
 * mode needs the workspace on a volume every host mounts at the same path).
 * A JSON-RPC error of `thread/start` / `thread/resume` as far as the thread is
 * concerned: a restart would not cure it, so the thread fails at once.
 */
export class WorkingDirectoryNotVisibleError extends JsonRpcError {
  /** The directory the host cannot see. */
  readonly path: string;
  /** The host that refused. */
  readonly hostId: string;

  constructor(method: string, path: string, hostId: string, options?: CodexErrorOptions) {
    super(
      method,
      { code: -32602, message: `working directory ${path} is not visible on host ${hostId}` },
      'WORKING_DIRECTORY_NOT_VISIBLE',
      'Put the workspace on a volume every host agent mounts at the same path, or pin the thread to a host that has it (placement: { host })',
      options,
    );
    this.path = path;
    this.hostId = hostId;
  }
}
