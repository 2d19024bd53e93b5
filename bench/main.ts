/**
 * `npm run bench`: P1–P5 against one scripted model and the pinned codex
 * binary, several runs each after a warm-up; writes `bench/RESULTS.md` and
 * `bench/results.json`. Run through `scripts/bench.ts`, which builds this file
 * like the published package is built (no dev-only transforms) and starts
 * Node with `--expose-gc`.
 *
 * Options: `--runs N` (P3, P5; default 9), `--turn-runs N` (P1/P2, default 40: single
 * turns are short and the machine is shared, so they need more samples),
 * `--only P1,P3,…` (P6: a never-completing goal stopped by its default bound), `--threads N` (P4, default 64), `--render` (only re-render
 * RESULTS.md from results.json).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { PINNED_CODEX_VERSION } from '../src/index.js';
import { createCodexHome, createScriptedModelServer } from '../src/testing/index.js';
import { codexBinaryPath } from '../test/support/codexBinaryPath.js';
import { formatProfileSummary, summariseProfile } from './profileSummary.js';
import { withCpuProfile } from './cpuProfile.js';
import { measureEventPipeline } from './eventPipeline.js';
import { runPipeline } from './pipelineRun.js';
import { recordTurnStream, replicateTurn } from './recordTurnStream.js';
import { measureGoalBound } from './goalBound.js';
import { measureRecovery } from './recovery.js';
import { renderResults, type BenchResults } from './renderResults.js';
import { measureScale } from './scale.js';
import { summarise } from './stats.js';
import { measureTurnLatency } from './turnLatency.js';
import { runModelServerProcess, startModelServerProcess } from './modelServerProcess.js';

if (process.argv.includes('--render')) {
  // Re-renders bench/RESULTS.md from bench/results.json (after changing the report, or for fresh fault counts).
  const previous = JSON.parse(await readFile(join('bench', 'results.json'), 'utf8')) as BenchResults;
  const { markdown, json } = await renderResults(previous, 'bench');
  await writeFile(join('bench', 'RESULTS.md'), markdown);
  await writeFile(join('bench', 'results.json'), `${JSON.stringify(json, null, 2)}\n`);
  console.log(markdown);
  process.exit(0);
}

if (process.argv.includes('--model-server')) {
  await runModelServerProcess();
  await new Promise(() => {}); // serves until stdin closes (exits there)
}

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    'turn-runs': { type: 'string', default: '40' },
    only: { type: 'string' },
    threads: { type: 'string', default: '64' },
    out: { type: 'string', default: 'bench' },
    cache: { type: 'string', default: 'node_modules/.cache/codex-actors-bench' },
    'profile-top': { type: 'string', default: '15' },
    'model-server': { type: 'boolean', default: false },
    render: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const only = new Set((values.only ?? 'P1,P2,P3,P4,P5,P6').split(',').map((s) => s.trim().toUpperCase()));
const log = (line: string) => console.log(line);

const server = await createScriptedModelServer();
const home = await createCodexHome({ server, modelCatalog: true });
const codexPath = codexBinaryPath();
const started = performance.now();
const results: BenchResults = {
  date: new Date().toISOString(),
  node: process.version,
  codex: PINNED_CODEX_VERSION,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGb: totalmem() / 2 ** 30,
  loadAverageStart: loadavg()[0]!,
  loadAverageEnd: 0,
  runs,
  durationS: 0,
};

try {
  if (only.has('P1') || only.has('P2')) {
    const turnRuns = Number(values['turn-runs']);
    log(`P1/P2: warm turn latency, ${turnRuns} runs after 2 warm-up turns each (codex-actors, raw JSON-RPC client, @openai/codex-sdk, interleaved)`);
    const model = await startModelServerProcess();
    const turnHome = await createCodexHome({ server: model.url, modelCatalog: true });
    try {
      const t = await measureTurnLatency({ codexPath, home: turnHome, runs: turnRuns, warmup: 2, log });
      results.turnLatency = { actors: summarise(t.actors), raw: summarise(t.raw), sdk: summarise(t.sdk), samples: t };
    } finally {
      await turnHome.cleanup();
      await model.stop();
    }
  }

  if (only.has('P3')) {
    log('P3: recording a turn from the pinned binary');
    const recorded = await recordTurnStream(codexPath, server, home);
    log(`  recorded ${recorded.lines.length} notification lines; replaying ≥ 100k lines, ${runs} runs`);
    const p = await measureEventPipeline(recorded, { runs, minLines: 100_000, cwd: home.workspace, log });
    const profilePath = join(values.cache, 'p3-pipeline.cpuprofile');
    await mkdir(values.cache, { recursive: true });
    const turns = replicateTurn(recorded, 100_000);
    const { profile } = await withCpuProfile(profilePath, () => runPipeline(recorded.threadId, turns, home.workspace));
    results.pipeline = {
      lines: p.lines,
      turns: p.turns,
      linesPerTurn: p.linesPerTurn,
      events: p.eventsPerRun,
      protocolErrors: p.protocolErrors,
      cpu: Object.fromEntries(Object.entries(p.cpu).map(([k, v]) => [k, summarise(v)])),
      wall: Object.fromEntries(Object.entries(p.wall).map(([k, v]) => [k, summarise(v)])),
      profile: formatProfileSummary(summariseProfile(profile as never), Number(values['profile-top'])),
      profilePath,
    };
  }

  if (only.has('P4')) {
    // Per-thread mode at --threads (default 64); the pool of 8 at 4× that (256 by default): a pool's processes are shared.
    const threadsPerThread = Number(values.threads);
    results.scale = [];
    for (const [processModel, threads] of [
      ['per-thread', threadsPerThread],
      [{ pool: 8 }, threadsPerThread * 4],
    ] as const) {
      log(`P4: ${threads} concurrent one-turn threads, processModel ${JSON.stringify(processModel)}`);
      const run = await measureScale({ codexPath, server, home, threads, processModel });
      log(`  ${run.completed}/${threads} completed in ${run.wallMs.toFixed(0)} ms; peak RSS self ${run.peakSelfMb.toFixed(0)} MiB, children ${run.peakChildrenMb.toFixed(0)} MiB; app-servers ${run.peakAppServers}; heap/idle thread ${run.heapPerIdleThreadKb.toFixed(0)} KiB`);
      results.scale.push(run);
    }
  }

  if (only.has('P5')) {
    log(`P5: kill -9 recovery vs cold thread start, ${runs} runs, default supervisor policy`);
    const r = await measureRecovery({ codexPath, server, home, runs, log });
    log(`P5: the same with supervisor.backoff.initialDelayMs: 0 (restart at once)`);
    const z = await measureRecovery({ codexPath, server, home, runs, initialBackoffMs: 0, log });
    results.recovery = { cold: summarise(r.coldMs), recovery: summarise(r.recoveryMs), samples: r };
    results.recoveryNoBackoff = { cold: summarise(z.coldMs), recovery: summarise(z.recoveryMs), samples: z };
  }

  if (only.has('P6')) {
    const goalRuns = Math.min(runs, 5);
    log(`P6: a goal the model never completes, default bounds, ${goalRuns} runs`);
    const g = await measureGoalBound({ codexPath, server, home, runs: goalRuns, log });
    results.goalBound = { stop: summarise(g.map((r) => r.stopMs)), requests: summarise(g.map((r) => r.requests)), samples: g };
  }
} finally {
  await server.close();
  await home.cleanup();
}

results.loadAverageEnd = loadavg()[0]!;
results.durationS = (performance.now() - started) / 1000;
const { markdown, json } = await renderResults(results, values.out);
await writeFile(join(values.out, 'RESULTS.md'), markdown);
await writeFile(join(values.out, 'results.json'), `${JSON.stringify(json, null, 2)}\n`);
log(`\n${markdown}`);
log(`wrote ${join(values.out, 'RESULTS.md')} and results.json in ${results.durationS.toFixed(0)} s`);
