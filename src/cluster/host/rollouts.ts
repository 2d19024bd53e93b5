/**
 * Rollout checkpoints: a thread's rollout file is what codex resumes it from,
 * so the host agent copies it into the cluster's object store after every
 * settled turn and when the thread closes, and copies it back before resuming
 * a thread its own `CODEX_HOME` lacks. codex finds a rollout anywhere under
 * `$CODEX_HOME/sessions/` as long as it keeps its `rollout-…-<id>.jsonl` name
 * (see docs/codex-quirks.md), so restored files go to `sessions/restored/`.
 *
 * @module
 */
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ObjectStore } from '@nats-io/obj';

/** The rollout of `threadId` under `codexHome/sessions`, or null. */
export async function findLocalRollout(codexHome: string, threadId: string): Promise<string | null> {
  const root = join(codexHome, 'sessions');
  let entries: string[];
  try {
    entries = await readdir(root, { recursive: true });
  } catch {
    return null;
  }
  const suffix = `-${threadId}.jsonl`;
  const hit = entries.find((e) => basename(e).startsWith('rollout-') && e.endsWith(suffix));
  return hit === undefined ? null : join(root, hit);
}

/** Copies the rollout at `path` into the store under the thread id; resolves with its size in bytes. */
export async function checkpointRollout(store: ObjectStore, threadId: string, path: string): Promise<number> {
  const data = await readFile(path);
  await store.putBlob({ name: threadId, description: basename(path) }, data);
  return data.length;
}

/**
 * Writes the checkpointed rollout of `threadId` under `codexHome/sessions/restored/`
 * (atomically: a half-written rollout would fail the resume). Resolves with
 * its path, or null when the store has none.
 */
export async function restoreRollout(store: ObjectStore, codexHome: string, threadId: string): Promise<string | null> {
  const info = await store.info(threadId);
  if (!info || info.deleted) return null;
  const data = await store.getBlob(threadId);
  if (!data) return null;
  const name = info.description && /^rollout-.*\.jsonl$/.test(info.description) ? info.description : `rollout-restored-${threadId}.jsonl`;
  const dir = join(codexHome, 'sessions', 'restored');
  await mkdir(dir, { recursive: true });
  const target = join(dir, name);
  await writeFile(`${target}.partial`, data);
  await rename(`${target}.partial`, target);
  return target;
}
