/**
 * Finds and kills processes a codex app-server left behind.
 *
 * Why this exists: codex runs each command in a new session (its own process
 * group). Sandboxed commands die with codex (bubblewrap `--die-with-parent`),
 * but unsandboxed ones — `danger-full-access`, and every *approved* command,
 * which runs outside the sandbox — survive a SIGKILL of the app-server,
 * reparented to init. Killing codex's process group does not reach them.
 * (A graceful exit — stdin closed or SIGTERM — makes codex kill them itself.)
 *
 * Two complementary ways to find them, both Linux-only (`/proc`):
 * - by tag: the transport puts a unique `CODEX_ACTORS_PROCESS_TAG` in codex's
 *   environment; commands inherit it (codex's default shell environment policy
 *   passes it through), so after codex is gone its orphans are still findable;
 * - by ancestry: before we SIGKILL codex ourselves, its live descendants are
 *   listed via their parent pids (covers a policy that scrubs the environment).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';

/** Name of the environment variable that tags a transport's process tree. */
export const PROCESS_TAG_ENV = 'CODEX_ACTORS_PROCESS_TAG';

const supported = process.platform === 'linux';

function isPid(name: string): boolean {
  const first = name.charCodeAt(0);
  return first >= 48 && first <= 57;
}

/**
 * Pids of every live process whose environment contains `PROCESS_TAG_ENV=tag`,
 * excluding the current process. Processes of other users are skipped.
 */
export async function findTaggedProcesses(tag: string): Promise<number[]> {
  if (!supported) return [];
  const needle = Buffer.from(`\0${PROCESS_TAG_ENV}=${tag}\0`);
  const first = Buffer.from(`${PROCESS_TAG_ENV}=${tag}\0`);
  const names = (await readdir('/proc').catch(() => [] as string[])).filter(isPid);
  const found: number[] = [];
  await Promise.all(
    names.map(async (name) => {
      const pid = Number(name);
      if (pid === process.pid) return;
      const environ = await readFile(`/proc/${name}/environ`).catch(() => undefined);
      if (environ === undefined) return;
      if (environ.indexOf(needle) !== -1 || environ.subarray(0, first.length).equals(first)) found.push(pid);
    }),
  );
  return found;
}

/**
 * Live descendants of `rootPid` (children, grandchildren…), found through the
 * parent pid in `/proc/<pid>/stat`. Synchronous so it can run right before a kill.
 */
export function listDescendants(rootPid: number): number[] {
  if (!supported) return [];
  let names: string[];
  try {
    names = readdirSync('/proc').filter(isPid);
  } catch {
    return [];
  }
  const children = new Map<number, number[]>();
  for (const name of names) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue;
    }
    // Format: "pid (comm) state ppid …"; comm may contain spaces and parentheses.
    const afterComm = stat.lastIndexOf(')');
    const fields = stat.slice(afterComm + 2).split(' ');
    const ppid = Number(fields[1]);
    const list = children.get(ppid);
    if (list) list.push(Number(name));
    else children.set(ppid, [Number(name)]);
  }
  const out: number[] = [];
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    for (const child of children.get(pid) ?? []) {
      out.push(child);
      queue.push(child);
    }
  }
  return out;
}

/** Sends `signal` to each pid, ignoring those already gone. Returns how many were signalled. */
export function killPids(pids: readonly number[], signal: NodeJS.Signals = 'SIGKILL'): number {
  let killed = 0;
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
      killed++;
    } catch {
      // Already exited (ESRCH) or not ours (EPERM): nothing to do.
    }
  }
  return killed;
}

/** True while `pid` exists and is not a zombie (a killed orphan lingers as one until init reaps it). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  if (!supported) return true;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.charAt(stat.lastIndexOf(')') + 2);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

/**
 * Resolves once none of `pids` is alive, or after `timeoutMs`. Signals are
 * delivered asynchronously: right after SIGKILL a process can still be running
 * for a moment, and there is no portable way to be notified of a non-child's
 * death, so this polls (every 5 ms, bounded).
 */
export async function waitForDeath(pids: readonly number[], timeoutMs = 2000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  let alive = pids.filter(isProcessAlive);
  while (alive.length > 0) {
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 5));
    alive = alive.filter(isProcessAlive);
  }
  return true;
}

/**
 * Kills every process still carrying `tag`, plus `extra` pids (descendants
 * listed before a kill), and waits until they are gone. Returns the pids that
 * were signalled.
 */
export async function reapTaggedProcesses(tag: string, extra: readonly number[] = []): Promise<number[]> {
  const tagged = await findTaggedProcesses(tag);
  const pids = [...new Set([...tagged, ...extra])];
  killPids(pids);
  await waitForDeath(pids);
  return pids;
}
