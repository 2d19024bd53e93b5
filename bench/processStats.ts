/**
 * Memory of this process and of its descendants, from /proc (Linux), and a
 * sampler that keeps the peaks while a measure runs.
 */
import { readdirSync, readFileSync } from 'node:fs';

function readStatus(pid: number): { rssKb: number; ppid: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /^VmRSS:\s+(\d+) kB/m.exec(status);
    const ppid = /^PPid:\s+(\d+)/m.exec(status);
    return { rssKb: rss ? Number(rss[1]) : 0, ppid: ppid ? Number(ppid[1]) : 0 };
  } catch {
    return null; // gone meanwhile
  }
}

/** Pids of every live descendant of `root`. */
export function descendants(root: number = process.pid): number[] {
  const children = new Map<number, number[]>();
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return [];
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    const s = readStatus(Number(name));
    if (!s) continue;
    const list = children.get(s.ppid);
    if (list) list.push(Number(name));
    else children.set(s.ppid, [Number(name)]);
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      out.push(child);
      queue.push(child);
    }
  }
  return out;
}

/** RSS in MiB of this process, and the sum over its descendants. */
export function memorySnapshot(): { selfMb: number; childrenMb: number; children: number } {
  const kids = descendants();
  let childKb = 0;
  for (const pid of kids) childKb += readStatus(pid)?.rssKb ?? 0;
  return { selfMb: process.memoryUsage().rss / 1048576, childrenMb: childKb / 1024, children: kids.length };
}

/** Samples memory every `intervalMs` until stopped; returns the peaks. */
export function startMemorySampler(intervalMs = 100): { stop(): { peakSelfMb: number; peakChildrenMb: number; peakChildren: number } } {
  let peakSelfMb = 0;
  let peakChildrenMb = 0;
  let peakChildren = 0;
  const sample = () => {
    const m = memorySnapshot();
    peakSelfMb = Math.max(peakSelfMb, m.selfMb);
    peakChildrenMb = Math.max(peakChildrenMb, m.childrenMb);
    peakChildren = Math.max(peakChildren, m.children);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { peakSelfMb, peakChildrenMb, peakChildren };
    },
  };
}

/** Live `codex app-server` processes among our descendants. */
export function countAppServers(): number {
  let n = 0;
  for (const pid of descendants()) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'latin1');
      if (cmdline.split('\0').includes('app-server')) n++;
    } catch {
      // exited meanwhile
    }
  }
  return n;
}
