/**
 * Thread ownership: one owner record per codex thread in the cluster's
 * threads bucket, changed only by compare-and-set (KV `create` / `update` with
 * the revision read), so two hosts can never both take a thread over.
 *
 * `epoch` grows by one each time the thread moves to another host: events and
 * writes of an older epoch are stale (the fencing of cluster failover builds
 * on it). `state` says whether the owner has the thread loaded (`active`) or
 * gave it up cleanly with its rollout checkpointed (`parked`): a parked
 * thread may be taken by any host, an active one only from a lost host.
 *
 * @module
 */
import type { KV } from '@nats-io/kv';

/** The value of one owner record. */
export interface OwnerRecord {
  threadId: string;
  host: string;
  epoch: number;
  state: 'active' | 'parked';
  at: number;
}

/** What {@link decideClaim} concluded. */
export type ClaimDecision =
  | { kind: 'create'; record: OwnerRecord }
  | { kind: 'update'; record: OwnerRecord; revision: number }
  | { kind: 'keep' }
  | { kind: 'refuse'; owner: OwnerRecord };

/**
 * Decides how `host` may take `threadId` given the current record (pure):
 * none → create at epoch 1; ours → keep (or re-activate); another's, parked or
 * held by a host that is not live → update at epoch + 1; another live host's
 * active thread → refuse.
 */
export function decideClaim(current: { record: OwnerRecord; revision: number } | null, threadId: string, host: string, isHostLive: (id: string) => boolean, now: number): ClaimDecision {
  if (!current) return { kind: 'create', record: { threadId, host, epoch: 1, state: 'active', at: now } };
  const { record, revision } = current;
  if (record.host === host) {
    return record.state === 'active' ? { kind: 'keep' } : { kind: 'update', revision, record: { ...record, state: 'active', at: now } };
  }
  if (record.state === 'active' && isHostLive(record.host)) return { kind: 'refuse', owner: record };
  return { kind: 'update', revision, record: { threadId, host, epoch: record.epoch + 1, state: 'active', at: now } };
}

/** Reads a thread's owner record with its revision. */
export async function readOwner(kv: KV, threadId: string): Promise<{ record: OwnerRecord; revision: number } | null> {
  const entry = await kv.get(threadId);
  if (!entry || entry.operation !== 'PUT' || entry.value.length === 0) return null;
  return { record: entry.json<OwnerRecord>(), revision: entry.revision };
}

/**
 * Takes `threadId` for `host` by compare-and-set; retries when another writer
 * won the race in between, and resolves with the record in force, or the
 * owner that refused us.
 */
export async function claimThread(kv: KV, threadId: string, host: string, isHostLive: (id: string) => boolean): Promise<{ ok: true; record: OwnerRecord | null } | { ok: false; owner: OwnerRecord }> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const current = await readOwner(kv, threadId);
    const decision = decideClaim(current, threadId, host, isHostLive, Date.now());
    try {
      if (decision.kind === 'refuse') return { ok: false, owner: decision.owner };
      if (decision.kind === 'keep') return { ok: true, record: current?.record ?? null };
      if (decision.kind === 'create') await kv.create(threadId, JSON.stringify(decision.record));
      else await kv.update(threadId, JSON.stringify(decision.record), decision.revision);
      return { ok: true, record: decision.record };
    } catch (error) {
      // "wrong last sequence": someone else wrote first; read again and decide again.
      if (!/wrong last sequence/i.test((error as Error).message)) throw error;
    }
  }
  throw new Error(`claiming thread ${threadId}: the owner record kept changing under us`);
}

/** Marks our thread parked (its rollout is checkpointed; any host may take it), if we still own it. */
export async function parkThread(kv: KV, threadId: string, host: string): Promise<void> {
  const current = await readOwner(kv, threadId);
  if (!current || current.record.host !== host || current.record.state === 'parked') return;
  try {
    await kv.update(threadId, JSON.stringify({ ...current.record, state: 'parked', at: Date.now() }), current.revision);
  } catch (error) {
    if (!/wrong last sequence/i.test((error as Error).message)) throw error;
  }
}
