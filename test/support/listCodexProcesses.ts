import { readdirSync, readFileSync } from 'node:fs';

/** A live process that belongs to a CODEX_HOME. */
export interface CodexProcessInfo {
  readonly pid: number;
  /** argv joined with spaces. */
  readonly command: string;
}

function read(path: string): string | null {
  try {
    return readFileSync(path, 'latin1');
  } catch {
    // The process exited while we looked, or is not ours to read.
    return null;
  }
}

/**
 * Live processes started for `codexHome`, found through /proc: any process whose
 * environment has `CODEX_HOME=<codexHome>` or whose command line mentions it
 * (sandbox helpers such as bwrap). Used to prove that no codex process outlives
 * a test. Linux only; returns `[]` elsewhere. Zombies are left out: they are dead,
 * only not yet reaped.
 */
export function listCodexProcesses(codexHome: string): CodexProcessInfo[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const marker = `CODEX_HOME=${codexHome}`;
  const found: CodexProcessInfo[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid === process.pid) continue;
    const stat = read(`/proc/${pid}/stat`);
    // Field 3 (state) follows the last ')' because the command name may contain spaces or parentheses.
    if (stat === null || stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z') continue;
    const environ = read(`/proc/${pid}/environ`) ?? '';
    const cmdline = read(`/proc/${pid}/cmdline`) ?? '';
    if (environ.split('\0').includes(marker) || cmdline.includes(codexHome)) {
      found.push({ pid, command: cmdline.split('\0').filter(Boolean).join(' ') });
    }
  }
  return found;
}
