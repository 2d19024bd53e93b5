import { readdirSync, readFileSync } from 'node:fs';
import { filter, firstValueFrom, type Observable } from 'rxjs';
import type { Codex } from '../../src/index.js';
import type { SupervisorEventEnvelope } from '../../src/runtime/eventBus.js';
import { userTexts, type RecordedRequest, type ScriptedModelServer, type ScriptedResponse } from '../../src/testing/index.js';

/**
 * Resolves with the first event of `events$` of type `type` (and matching
 * `where`). Subscribes at once: call it *before* the action that causes the
 * event, since the runtime's streams are hot.
 */
export function nextEvent<E extends { type: string }, T extends E['type']>(
  events$: Observable<E>,
  type: T,
  where: (event: Extract<E, { type: T }>) => boolean = () => true,
): Promise<Extract<E, { type: T }>> {
  return firstValueFrom(events$.pipe(filter((e): e is Extract<E, { type: T }> => e.type === type && where(e as Extract<E, { type: T }>))));
}

/**
 * Queues answers chosen by each model request's latest user text, so several
 * threads can share one scripted server whatever order their requests arrive
 * in. A prompt mapped to a list gets the next entry on each request.
 */
export function enqueueByPrompt(server: ScriptedModelServer, table: Record<string, ScriptedResponse | ScriptedResponse[]>): void {
  const queues = new Map(Object.entries(table).map(([prompt, r]) => [prompt, Array.isArray(r) ? [...r] : [r]]));
  const total = [...queues.values()].reduce((n, q) => n + q.length, 0);
  const pick = (request: RecordedRequest): ScriptedResponse => {
    const prompt = userTexts(request).at(-1) ?? '';
    const next = queues.get(prompt)?.shift();
    if (!next) throw new Error(`no scripted answer left for prompt ${JSON.stringify(prompt)}`);
    return next;
  };
  for (let i = 0; i < total; i++) server.enqueue(pick);
}

/** Every supervisor event on `codex.events$` whose type starts with `prefix`, collected from now on (read the array whenever). */
export function collectEvents(codex: Codex, prefix: `supervisor.${string}`): SupervisorEventEnvelope[] {
  const seen: SupervisorEventEnvelope[] = [];
  codex.events$.pipe(filter((e): e is SupervisorEventEnvelope => e.type.startsWith(prefix))).subscribe((e) => seen.push(e));
  return seen;
}

/** The next supervisor event of `type` on `codex.events$` (subscribe before the action that causes it). */
export function nextSupervisorEvent(codex: Codex, type: `supervisor.${string}`): Promise<SupervisorEventEnvelope> {
  return firstValueFrom(codex.events$.pipe(filter((e): e is SupervisorEventEnvelope => e.type === type)));
}

/** SIGKILLs `pid` (a codex app-server) as a crash would; returns the time it was sent. */
export function killHard(pid: number | undefined): number {
  if (pid === undefined) throw new Error('no process to kill: the thread has no live codex process');
  process.kill(pid, 'SIGKILL');
  return Date.now();
}

/** Live (non-zombie) descendants of `rootPid`, found through the parent pid in `/proc/<pid>/stat`, with their command lines. */
export function descendantsOf(rootPid: number): Array<{ pid: number; command: string }> {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] === 'Z') continue;
      parentOf.set(Number(name), Number(fields[1]));
    } catch {
      // Exited while we looked.
    }
  }
  const out: Array<{ pid: number; command: string }> = [];
  for (const [pid] of parentOf) {
    let p = parentOf.get(pid);
    while (p !== undefined && p !== rootPid && p > 1) p = parentOf.get(p);
    if (p === rootPid) {
      let command = '';
      try {
        command = readFileSync(`/proc/${pid}/cmdline`, 'latin1').split('\0').filter(Boolean).join(' ');
      } catch {
        // Exited while we looked.
      }
      out.push({ pid, command });
    }
  }
  return out;
}

/** True while `pid` is alive and not a zombie. */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.charAt(stat.lastIndexOf(')') + 2);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}
