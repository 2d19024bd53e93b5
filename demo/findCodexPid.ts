import { readdirSync, readlinkSync } from 'node:fs';

/**
 * The pid of the codex process that currently owns a thread, found through
 * /proc: codex keeps `$CODEX_HOME/thread-writer-locks/<thread id>.lock` open
 * while a thread is loaded, so the process holding that file is the one to
 * kill. Only public facts are used (the thread id and Linux /proc); no
 * internals of codex-actors. Returns null when no process holds it (not Linux,
 * or the thread is not loaded).
 */
export function findCodexPid(threadId: string): number | null {
  const lock = `/thread-writer-locks/${threadId}.lock`;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return null;
  }
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // exited meanwhile, or not ours
    }
    for (const fd of fds) {
      try {
        if (readlinkSync(`/proc/${pid}/fd/${fd}`).endsWith(lock)) return Number(pid);
      } catch {
        // the descriptor closed while we looked
      }
    }
  }
  return null;
}

/** Whether a process is alive (signal 0 probes without signalling). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
