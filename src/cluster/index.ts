/**
 * codex-actors/cluster: host agents for cluster mode.
 *
 * - {@link startHost}: the host agent (what `npx codex-actors host` runs): owns
 *   its machine's codex processes, registers with a heartbeat, serves
 *   placement, relays JSON-RPC to remote clients, checkpoints rollouts.
 * - Clients need nothing from here: `new Codex({ cluster: { servers, name } })`.
 *
 * @example
 * ```ts
 * import { startHost } from 'codex-actors/cluster';
 * const host = await startHost({ servers: 'nats://127.0.0.1:4222', cluster: 'prod', capacity: 16 });
 * process.once('SIGTERM', () => void host.close());
 * ```
 *
 * @packageDocumentation
 */
export { startHost, type ClusterHost } from './host/startHost.js';
export type { HostOptions } from './host/hostOptions.js';
export type { HostRecord } from './hostRecord.js';
export type { OwnerRecord } from './ownerRecord.js';
export type { ClusterOptions } from './clusterOptions.js';
export type { NatsConnectionOptions } from './natsConnect.js';
export type { ClusterView } from './client/clusterClient.js';
export { clusterNames, type ClusterNames } from './clusterNames.js';
export { ClusterAuthError, ClusterUnavailableError, PlacementRefusedError, WorkingDirectoryNotVisibleError } from '../errors/index.js';
