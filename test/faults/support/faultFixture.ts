/**
 * Shared helpers of the fault suite: a scripted codex fixture with its Codex,
 * a peek at a thread's app-server pid, waits with deadlines, and the
 * orphan check on the OS process table.
 */
import { readFileSync } from 'node:fs';
import { firstValueFrom, filter, type Observable } from 'rxjs';
import { expect } from 'vitest';
import { Codex, type CodexOptions, type Thread, type ThreadEvent } from '../../../src/index.js';
import { createScriptedCodex, listCodexProcesses, type ScriptedCodex, type ScriptedCodexOptions } from '../../support/index.js';

/** The app-server pid a thread runs on now. */
export function threadPid(thread: Thread): number {
  const pid = thread.processId;
  if (typeof pid !== 'number') throw new Error(`thread ${thread.id} has no live process`);
  return pid;
}

/** True while `pid` exists and is not a zombie. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  return listCodexProcessesByPid(pid);
}

function listCodexProcessesByPid(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Rejects with `message` if `promise` does not settle within `ms` (a hang is a failure, not a timeout of the runner). */
export function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${message} (no outcome within ${ms} ms)`)), ms)));
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** The next event of `type` on `events$`. */
export function nextEvent<T extends ThreadEvent['type']>(events$: Observable<ThreadEvent>, type: T): Promise<Extract<ThreadEvent, { type: T }>> {
  return firstValueFrom(events$.pipe(filter((e): e is Extract<ThreadEvent, { type: T }> => e.type === type)));
}

/** A scripted codex fixture plus a Codex on it; `dispose()` closes both and asserts no codex process survived. */
export interface FaultRig {
  fixture: ScriptedCodex;
  codex: Codex;
  dispose(): Promise<void>;
}

/** Creates a {@link FaultRig}. */
export async function createFaultRig(options: { codex?: CodexOptions; home?: ScriptedCodexOptions } = {}): Promise<FaultRig> {
  const fixture = await createScriptedCodex({ modelCatalog: true, ...options.home });
  const codex = new Codex({ codexPath: fixture.codexPath, env: { ...fixture.home.env }, ...options.codex });
  return {
    fixture,
    codex,
    async dispose() {
      await within(codex.close(), 60_000, 'codex.close() hung');
      // The OS process table, not our bookkeeping: nothing of this CODEX_HOME may be left.
      expect(listCodexProcesses(fixture.home.path)).toEqual([]);
      await fixture.dispose();
    },
  };
}

/** Deferred promise. */
export function deferred<T = void>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
