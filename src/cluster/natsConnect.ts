/**
 * Connecting to NATS, for clients and host agents alike: credentials pass
 * through, a non-loopback server without credentials is refused unless
 * `insecure: true`, and failures become typed errors.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { credsAuthenticator, nkeyAuthenticator, type NatsConnection, type TlsOptions } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { ClusterAuthError, ClusterUnavailableError, InvalidOptionsError } from '../errors/index.js';

/** How to reach and authenticate to NATS (shared by `CodexOptions.cluster` and `startHost`). */
export interface NatsConnectionOptions {
  /** NATS server URLs (`nats://host:4222`, or `host:port`). */
  servers: string | string[];
  /** Token authentication. */
  token?: string;
  /** User/password authentication. */
  user?: string;
  pass?: string;
  /** A `.creds` file (JWT + nkey seed), as `nsc` writes it. */
  credsFile?: string;
  /** An nkey seed (`SU…`). */
  nkeySeed?: string;
  /** TLS options, as `@nats-io/transport-node` takes them (`caFile`, `certFile`, `keyFile`…). */
  tls?: TlsOptions;
  /** Allow a non-loopback NATS URL without any credentials. Default false. */
  insecure?: boolean;
  /** Connection name shown by the NATS server. */
  connectionName?: string;
}

/** The servers as a list. */
export function serverList(options: Pick<NatsConnectionOptions, 'servers'>): string[] {
  const list = Array.isArray(options.servers) ? options.servers : [options.servers];
  return list.filter((s) => typeof s === 'string' && s.trim() !== '');
}

/** True when a server URL names this machine (127.0.0.0/8, ::1, localhost). */
export function isLoopbackUrl(url: string): boolean {
  const withScheme = /^[a-z]+:\/\//i.test(url) ? url : `nats://${url}`;
  let host: string;
  try {
    host = new URL(withScheme).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return false;
  }
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Checks the options before anything is sent: servers given, and
 * credentials (or `insecure: true`) when a server is not on loopback.
 *
 * @throws InvalidOptionsError naming the option at fault.
 */
export function assertConnectionOptions(options: NatsConnectionOptions, at: string): void {
  const servers = serverList(options);
  if (servers.length === 0) throw new InvalidOptionsError(`${at}.servers`, 'must name at least one NATS server URL (e.g. nats://127.0.0.1:4222)');
  const hasCredentials = Boolean(options.token || options.user || options.credsFile || options.nkeySeed || options.tls?.certFile || options.tls?.cert);
  const remote = servers.filter((s) => !isLoopbackUrl(s));
  if (remote.length > 0 && !hasCredentials && options.insecure !== true) {
    throw new InvalidOptionsError(
      `${at}.servers`,
      `${remote.join(', ')} is not a loopback address and no credentials were given (token, user/pass, credsFile, nkeySeed or a TLS client certificate); pass credentials, or insecure: true to connect anyway`,
    );
  }
}

/**
 * Connects to NATS with the given credentials.
 *
 * @throws InvalidOptionsError for a refused configuration (see {@link assertConnectionOptions}).
 * @throws ClusterAuthError when the server refuses the credentials.
 * @throws ClusterUnavailableError when no server can be reached.
 */
export async function connectNats(options: NatsConnectionOptions, at: string): Promise<NatsConnection> {
  assertConnectionOptions(options, at);
  const servers = serverList(options);
  const authenticator = options.credsFile
    ? credsAuthenticator(readFileSync(options.credsFile))
    : options.nkeySeed
      ? nkeyAuthenticator(new TextEncoder().encode(options.nkeySeed))
      : undefined;
  try {
    return await connect({
      servers,
      ...(options.token !== undefined ? { token: options.token } : {}),
      ...(options.user !== undefined ? { user: options.user, pass: options.pass ?? '' } : {}),
      ...(authenticator ? { authenticator } : {}),
      ...(options.tls ? { tls: options.tls } : {}),
      ...(options.connectionName ? { name: options.connectionName } : {}),
      // Keep trying across a NATS restart; cluster failover judges hosts by heartbeats, not by one socket.
      maxReconnectAttempts: -1,
      reconnectTimeWait: 250,
    });
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    if ((error as Error).name === 'AuthorizationError' || /authorization|authentication/i.test(message)) throw new ClusterAuthError(servers, message, { cause: error });
    throw new ClusterUnavailableError(servers, `cannot connect to NATS: ${message}`, { cause: error });
  }
}
