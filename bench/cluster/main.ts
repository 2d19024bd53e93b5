/**
 * Cluster benchmarks C1, C3, C4 (`npm run bench:cluster`): writes
 * `bench/cluster-results.json` and the cluster section of `bench/RESULTS.md`
 * (between its markers; the rest of the file is left as it is).
 *
 * - C1: a warm turn through the cluster (1 host agent) ÷ the same turn in local mode, alternating, same run.
 * - C3: 3 host agents on this machine, N threads (default 96) each running one turn at once:
 *   all complete, wall time, per host its app-server processes and peak RSS.
 * - C4: the host relay path (lines/s) ÷ bare `JSON.parse` of the same lines.
 *
 * Options: `--runs N` (C1 turns, C4 runs), `--threads N`, `--pool M` (C3 hosts' `--pool`; default 4, 0 = a process per thread), `--only C1,C3,C4`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Codex, PINNED_CODEX_VERSION } from '../../src/index.js';
import { connectNats } from '../../src/cluster/natsConnect.js';
import { createCodexHome, createScriptedModelServer, responses, startTestCluster } from '../../src/testing/index.js';
import { codexBinaryPath } from '../../test/support/codexBinaryPath.js';
import { descendants } from '../processStats.js';
import { recordTurnStream, replicateTurn } from '../recordTurnStream.js';
import { summarise, type Summary } from '../stats.js';
import { measureRelay } from './relayPath.js';
import { renderClusterSection } from './renderCluster.js';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '20' }, threads: { type: 'string', default: '96' }, pool: { type: 'string', default: '4' }, only: { type: 'string', default: 'C1,C3,C4' }, cache: { type: 'string' } },
});
const runs = Number(values.runs);
const only = new Set(values.only.split(',').map((s) => s.trim().toUpperCase()));
const log = (line: string) => console.log(line);
// Host agents run the built CLI when there is one (as a user's would), else the sources through tsx.
const hostCommand = existsSync('dist/src/cli/main.js') ? ['dist/src/cli/main.js'] : ['--import', 'tsx', 'src/cli/main.ts'];

export interface ClusterBenchResults {
  date: string;
  node: string;
  codex: string;
  machine: string;
  loadAverageStart: number;
  loadAverageEnd: number;
  hostCommand: string;
  c1?: { local: Summary; cluster: Summary };
  c3?: { threads: number; completed: number; wallMs: number; pool: number | null; hosts: Array<{ id: string; threads: number; peakProcesses: number; peakRssMb: number }> };
  c4?: { lines: number; bytes: number; jsonParse: Summary; relay: Summary; profile: string };
}

const results: ClusterBenchResults = {
  date: new Date().toISOString(),
  node: process.version,
  codex: PINNED_CODEX_VERSION,
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB`,
  loadAverageStart: loadavg()[0]!,
  loadAverageEnd: 0,
  hostCommand: hostCommand.join(' '),
};
// Measures not re-run (--only) keep their last figures.
const previous = JSON.parse(await readFile(join('bench', 'cluster-results.json'), 'utf8').catch(() => '{}')) as Partial<ClusterBenchResults>;
for (const key of ['c1', 'c3', 'c4'] as const) if (!only.has(key.toUpperCase()) && previous[key]) Object.assign(results, { [key]: previous[key] });
const server = await createScriptedModelServer();
try {
  if (only.has('C1')) results.c1 = await c1();
  if (only.has('C3')) results.c3 = await c3();
  if (only.has('C4')) results.c4 = await c4();
} finally {
  await server.close();
}
results.loadAverageEnd = loadavg()[0]!;
await writeFile(join('bench', 'cluster-results.json'), `${JSON.stringify(results, null, 2)}\n`);
const resultsPath = join('bench', 'RESULTS.md');
const section = renderClusterSection(results);
await writeFile(resultsPath, replaceSection(await readFile(resultsPath, 'utf8').catch(() => '# Benchmark results\n'), section));
log(section);

async function c1(): Promise<{ local: Summary; cluster: Summary }> {
  log(`C1: warm turn, local vs cluster (1 host agent), ${runs} alternating turns after 2 warm-up turns each`);
  await using cluster = await startTestCluster({ hosts: 1, server, hostCommand });
  const home = await createCodexHome({ server, modelCatalog: true });
  const local = new Codex({ codexPath: codexBinaryPath(), env: home.env });
  const remote = new Codex({ cluster: cluster.clusterOptions });
  try {
    const lt = local.startThread({ workingDirectory: home.workspace });
    const rt = remote.startThread({ workingDirectory: cluster.workspace });
    const turn = async (thread: typeof lt) => {
      server.enqueue(responses.message('ok'));
      const started = performance.now();
      const result = await thread.run('hi');
      if (result.status !== 'completed') throw new Error(`a C1 turn ended ${result.status}`);
      return performance.now() - started;
    };
    for (let i = 0; i < 2; i++) {
      await turn(lt);
      await turn(rt);
    }
    const l: number[] = [];
    const c: number[] = [];
    for (let i = 0; i < runs; i++) {
      // Alternate which goes first, so drift in machine load hits both.
      if (i % 2 === 0) {
        l.push(await turn(lt));
        c.push(await turn(rt));
      } else {
        c.push(await turn(rt));
        l.push(await turn(lt));
      }
    }
    log(`  local median ${summarise(l).median.toFixed(1)} ms, cluster ${summarise(c).median.toFixed(1)} ms`);
    return { local: summarise(l), cluster: summarise(c) };
  } finally {
    await remote.close();
    await local.close();
    await home.cleanup();
  }
}

async function c3(): Promise<NonNullable<ClusterBenchResults['c3']>> {
  const threads = Number(values.threads);
  const pool = Number(values.pool) > 0 ? Number(values.pool) : null;
  log(`C3: 3 host agents, ${threads} threads × 1 turn at once (${pool ? `--pool ${pool}` : 'a process per thread'})`);
  // A 2 s heartbeat: on this shared 2-core machine a busy host agent can miss three 500 ms beats and be judged lost.
  await using cluster = await startTestCluster({ hosts: 3, server, capacity: Math.ceil(threads / 3) + 4, ...(pool ? { pool } : {}), hostCommand, heartbeatMs: 2000 });
  const codex = new Codex({ cluster: cluster.clusterOptions });
  const peaks = new Map(cluster.hosts.map((h) => [h.id, { peakProcesses: 0, peakRssMb: 0 }]));
  const sample = () => {
    for (const host of cluster.hosts) {
      const pids = [host.pid, ...descendants(host.pid)];
      const codexProcesses = pids.filter((pid) => /app-server/.test(readCmd(pid))).length;
      const rss = pids.reduce((sum, pid) => sum + rssKb(pid), 0) / 1024;
      const peak = peaks.get(host.id)!;
      peak.peakProcesses = Math.max(peak.peakProcesses, codexProcesses);
      peak.peakRssMb = Math.max(peak.peakRssMb, rss);
    }
  };
  const timer = setInterval(sample, 250);
  try {
    for (let i = 0; i < threads; i++) server.enqueue(responses.message('done'));
    const list = Array.from({ length: threads }, () => codex.startThread({ workingDirectory: cluster.workspace }));
    const started = performance.now();
    const settled = await Promise.allSettled(list.map((t) => t.run('one turn')));
    const wallMs = performance.now() - started;
    sample();
    const completed = settled.filter((s) => s.status === 'fulfilled' && s.value.status === 'completed').length;
    const failures = settled.filter((s) => s.status === 'rejected').map((s) => String((s as PromiseRejectedResult).reason).slice(0, 200));
    if (failures.length > 0) log(`  failures: ${[...new Set(failures)].join(' | ')}`);
    const perHost = new Map<string, number>();
    for (const t of list) perHost.set(t.host ?? '?', (perHost.get(t.host ?? '?') ?? 0) + 1);
    log(`  ${completed}/${threads} completed in ${wallMs.toFixed(0)} ms; ${[...perHost].map(([h, n]) => `${h}: ${n}`).join(', ')}`);
    return { threads, completed, wallMs, pool, hosts: cluster.hosts.map((h) => ({ id: h.id, threads: perHost.get(h.id) ?? 0, ...peaks.get(h.id)! })) };
  } finally {
    clearInterval(timer);
    await codex.close();
  }
}

async function c4(): Promise<NonNullable<ClusterBenchResults['c4']>> {
  log('C4: recording a turn from the pinned binary, relaying ≥ 100k lines through the host path');
  const home = await createCodexHome({ server, modelCatalog: true });
  await using cluster = await startTestCluster({ hosts: 1, server, hostCommand });
  const nc = await connectNats({ servers: cluster.nats.url }, 'bench');
  try {
    const recorded = await recordTurnStream(codexBinaryPath(), server, home);
    const lines = replicateTurn(recorded, 100_000).flatMap((t) => t.lines);
    const t = await measureRelay(nc, recorded.threadId, lines, Math.min(runs, 9), join(values.cache ?? 'node_modules/.cache/codex-actors-bench', 'c4-relay.cpuprofile'));
    log(`  ${lines.length} lines: JSON.parse ${summarise(t.cpu.jsonParse).median.toFixed(0)} ms CPU, relay ${summarise(t.cpu.relay).median.toFixed(0)} ms CPU`);
    return { lines: lines.length, bytes: t.bytes, jsonParse: summarise(t.cpu.jsonParse), relay: summarise(t.cpu.relay), profile: t.profile };
  } finally {
    await nc.drain();
    await home.cleanup();
  }
}

function readCmd(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

function rssKb(pid: number): number {
  try {
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function replaceSection(markdown: string, section: string): string {
  const begin = '<!-- cluster:begin -->';
  const end = '<!-- cluster:end -->';
  const block = `${begin}\n${section}\n${end}`;
  const a = markdown.indexOf(begin);
  const b = markdown.indexOf(end);
  if (a >= 0 && b > a) return `${markdown.slice(0, a)}${block}${markdown.slice(b + end.length)}`;
  return `${markdown.trimEnd()}\n\n${block}\n`;
}
