/**
 * Host registrations and placement: pure functions over the records hosts
 * keep in the cluster's hosts bucket.
 *
 * @module
 */

/** What a host agent publishes about itself (KV `hosts`, key = host id), refreshed every heartbeat. */
export interface HostRecord {
  id: string;
  /** Sessions (threads) it takes at most. */
  capacity: number;
  /** Sessions it holds now. */
  load: number;
  /** app-server processes it runs now. */
  processes: number;
  /** Version of its codex binary. */
  codexVersion: string;
  /** Its process id and machine, for operators. */
  pid: number;
  hostname: string;
  startedAt: number;
  /** Wall clock of the last heartbeat (ms). */
  heartbeatAt: number;
  /** How often it heartbeats (ms); a record older than a few of these is a lost host. */
  heartbeatMs: number;
  /** Threads it holds (codex thread ids). */
  threads: string[];
}

/** Heartbeats a host may miss before it counts as lost. */
export const MISSED_HEARTBEATS = 3;

/** True when the host's last heartbeat is recent enough (within {@link MISSED_HEARTBEATS} intervals). */
export function isLive(host: HostRecord, now: number): boolean {
  return now - host.heartbeatAt <= host.heartbeatMs * MISSED_HEARTBEATS;
}

/**
 * The hosts to try for a new session, best first: live hosts with room, the
 * preferred one (pinned, or where the thread's rollout already is) first, then
 * by load ratio, then by id (deterministic on ties). A pinned host is the only
 * candidate.
 *
 * @example
 * ```ts
 * planPlacement([{ id: 'a', load: 2, capacity: 4, … }, { id: 'b', load: 0, capacity: 4, … }], { now }); // ['b', 'a']
 * ```
 */
export function planPlacement(hosts: readonly HostRecord[], options: { now: number; pin?: string; prefer?: string | null }): string[] {
  const live = hosts.filter((h) => isLive(h, options.now));
  if (options.pin !== undefined) return live.some((h) => h.id === options.pin) ? [options.pin] : [];
  const withRoom = live.filter((h) => h.load < h.capacity);
  withRoom.sort((a, b) => a.load / a.capacity - b.load / b.capacity || a.load - b.load || a.id.localeCompare(b.id));
  const ids = withRoom.map((h) => h.id);
  if (options.prefer && ids.includes(options.prefer)) return [options.prefer, ...ids.filter((id) => id !== options.prefer)];
  return ids;
}
