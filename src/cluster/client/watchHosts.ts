import { KvWatchInclude, type KV } from '@nats-io/kv';
import type { HostRecord } from '../hostRecord.js';

/**
 * Follows the hosts bucket: reads every registered host, then calls
 * `onChange` with all of them after each put or delete (hosts re-put their
 * record every heartbeat, so a change missed between the read and the watch
 * is made good within one interval). The returned function stops the watch.
 */
export async function watchHosts(kv: KV, onChange: (hosts: HostRecord[]) => void): Promise<() => void> {
  const hosts = new Map<string, HostRecord>();
  const watch = await kv.watch({ include: KvWatchInclude.UpdatesOnly });
  for await (const key of await kv.keys()) {
    const entry = await kv.get(key);
    if (entry?.operation === 'PUT') hosts.set(key, entry.json<HostRecord>());
  }
  onChange([...hosts.values()]);
  void (async () => {
    for await (const entry of watch) {
      if (entry.operation === 'PUT') hosts.set(entry.key, entry.json<HostRecord>());
      else hosts.delete(entry.key);
      onChange([...hosts.values()]);
    }
  })().catch(() => undefined);
  return () => watch.stop();
}
