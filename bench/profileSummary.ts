/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof` or `cpuProfile.ts`):
 * self time per function and per source file, heaviest first. Used to explain
 * the P3 figures; `scripts/benchProfile.ts` is its command line.
 */

import { findSourceMap } from 'node:module';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

/**
 * Where a frame's code came from: through the bundle's source map when there
 * is one (the benchmark runs a bundle), so rows name `machines/…` files.
 */
function originalLocation(frame: CallFrame): { url: string; line: number } {
  if (frame.url.startsWith('file://') || frame.url.startsWith('/')) {
    const map = findSourceMap(frame.url) ?? (frame.url.startsWith('file://') ? findSourceMap(new URL(frame.url).pathname) : undefined);
    const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; originalLine?: number } | undefined;
    if (entry?.originalSource) return { url: entry.originalSource, line: (entry.originalLine ?? 0) + 1 };
  }
  return { url: frame.url, line: frame.lineNumber + 1 };
}

/** The parts of a V8 CPU profile used here. */
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** One row of the summary. */
export interface ProfileRow {
  name: string;
  ms: number;
  share: number;
}

/** Self time by function (`name file:line`) and by file, from a parsed profile. */
export function summariseProfile(profile: CpuProfile): { total: number; byFunction: ProfileRow[]; byFile: ProfileRow[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const fn = new Map<string, number>();
  const file = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!.callFrame;
    const where = originalLocation(frame);
    const shortUrl = where.url.replace(/^.*\/(node_modules\/)/, '$1').replace(/^.*\/main\//, '');
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
    // The inspector's native `dispatch` of Profiler.stop itself (serialising the profile) is sampled too.
    if (frame.functionName === 'dispatch' && frame.url === '') continue;
    total += us;
    const key = `${frame.functionName || '(anonymous)'} ${shortUrl}:${where.line}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
    const f = shortUrl === '' ? frame.functionName : shortUrl.replace(/^(node_modules\/(@[^/]+\/)?[^/]+).*$/, '$1');
    file.set(f, (file.get(f) ?? 0) + us);
  }
  const rows = (m: Map<string, number>): ProfileRow[] =>
    [...m.entries()].map(([name, us]) => ({ name, ms: us / 1000, share: us / total })).sort((a, b) => b.ms - a.ms);
  return { total: total / 1000, byFunction: rows(fn), byFile: rows(file) };
}

/** Renders the summary as Markdown lists (the top `top` rows of each). */
export function formatProfileSummary(summary: ReturnType<typeof summariseProfile>, top = 25): string {
  const pct = (r: ProfileRow) => `${(r.share * 100).toFixed(1)}% ${r.ms.toFixed(0)} ms`;
  return [
    `busy (non-idle) samples: ${summary.total.toFixed(0)} ms`,
    '',
    'self time by file:',
    ...summary.byFile.slice(0, top).map((r) => `- ${pct(r)} ${r.name}`),
    '',
    'self time by function:',
    ...summary.byFunction.slice(0, top).map((r) => `- ${pct(r)} ${r.name}`),
  ].join('\n');
}
