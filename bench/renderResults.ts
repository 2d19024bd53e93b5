/**
 * Turns the measured figures into `bench/RESULTS.md` (one table: measure,
 * median, min, max, ratio, target, met?) and `bench/results.json`. Fault-suite
 * counts come from `bench/faults.json`, written by `npm run test:faults`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GoalBoundRun } from './goalBound.js';
import type { RecoveryTimes } from './recovery.js';
import type { ScaleRun } from './scale.js';
import { DEFAULT_GOAL_MAX_TURNS } from '../src/goals/goalObjective.js';
import type { Summary } from './stats.js';
import type { TurnLatencies } from './turnLatency.js';

/** Everything one `npm run bench` measured. */
export interface BenchResults {
  date: string;
  node: string;
  codex: string;
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  loadAverageStart: number;
  loadAverageEnd: number;
  runs: number;
  durationS: number;
  turnLatency?: { actors: Summary; raw: Summary; sdk: Summary; samples: TurnLatencies };
  pipeline?: {
    lines: number;
    turns: number;
    linesPerTurn: number;
    events: number;
    protocolErrors: number;
    cpu: Record<string, Summary>;
    wall: Record<string, Summary>;
    profile: string;
    profilePath: string;
  };
  scale?: ScaleRun[];
  recovery?: { cold: Summary; recovery: Summary; samples: RecoveryTimes };
  /** P5 with `supervisor.backoff.initialDelayMs: 0`: the recovery machinery without the policy's deliberate wait. */
  recoveryNoBackoff?: { cold: Summary; recovery: Summary; samples: RecoveryTimes };
  /** P6: a goal the model never completes, stopped by the default `maxTurns`. */
  goalBound?: { stop: Summary; requests: Summary; samples: GoalBoundRun[] };
}

/** What `npm run test:faults` left in `bench/faults.json`. */
interface FaultCounts {
  date?: string;
  seed?: number;
  counts?: Record<string, unknown>;
}

async function readFaults(outDir: string): Promise<FaultCounts | null> {
  try {
    return JSON.parse(await readFile(join(outDir, 'faults.json'), 'utf8')) as FaultCounts;
  } catch {
    return null; // the fault suite has not been run here
  }
}

/** One table row. */
interface Row {
  measure: string;
  summary?: Summary;
  unit: string;
  ratio?: number;
  target?: string;
  met?: boolean;
}

const fmt = (n: number, unit: string) => (unit === 'ms' || unit === 'KiB' || unit === 'MiB' || unit === 'requests' ? n.toFixed(unit === 'ms' && n < 100 ? 1 : 0) : n.toFixed(2));

function row(r: Row): string {
  const s = r.summary;
  const cells = [
    r.measure,
    s ? `${fmt(s.median, r.unit)} ${r.unit}` : '—',
    s ? fmt(s.min, r.unit) : '—',
    s ? fmt(s.max, r.unit) : '—',
    r.ratio === undefined ? '' : r.ratio.toFixed(3),
    r.target ?? '',
    r.met === undefined ? '' : r.met ? '✅ yes' : '❌ no',
  ];
  return `| ${cells.join(' | ')} |`;
}

const single = (value: number): Summary => ({ median: value, min: value, max: value, runs: 1 });

/** Renders the report; returns the Markdown and the JSON document. */
export async function renderResults(results: BenchResults, outDir: string): Promise<{ markdown: string; json: unknown }> {
  const rows: Row[] = [];
  const t = results.turnLatency;
  if (t) {
    const p1 = t.actors.median / t.sdk.median;
    const p2 = t.actors.median / t.raw.median;
    rows.push({ measure: 'P1 warm turn: codex-actors `thread.run()`', summary: t.actors, unit: 'ms', ratio: p1, target: '≤ 0.25 × SDK', met: p1 <= 0.25 });
    rows.push({ measure: 'P1 baseline: `@openai/codex-sdk` `thread.run()` (exec resume)', summary: t.sdk, unit: 'ms' });
    rows.push({ measure: 'P2 SDK overhead: codex-actors turn', summary: t.actors, unit: 'ms', ratio: p2, target: '≤ 1.05 × raw', met: p2 <= 1.05 });
    rows.push({ measure: 'P2 baseline: minimal JSON-RPC client turn', summary: t.raw, unit: 'ms' });
  }
  const p = results.pipeline;
  if (p) {
    const ratio = p.cpu.jsonParse!.median / p.cpu.pipeline!.median;
    const wallRatio = p.wall.jsonParse!.median / p.wall.pipeline!.median;
    rows.push({
      measure: `P3 pipeline: ${p.lines.toLocaleString('en')} lines (${p.turns} turns) framing → zod → turn machine → subscriber, CPU`,
      summary: p.cpu.pipeline!,
      unit: 'ms',
      ratio,
      target: '≥ 0.5 × JSON.parse',
      met: ratio >= 0.5,
    });
    rows.push({ measure: 'P3 baseline: bare `JSON.parse` of the same lines, CPU', summary: p.cpu.jsonParse!, unit: 'ms' });
    rows.push({ measure: `P3 same, wall clock (ratio ${wallRatio.toFixed(3)})`, summary: p.wall.pipeline!, unit: 'ms', ratio: wallRatio });
    rows.push({ measure: 'P3 detail: the same lines as one turn, CPU', summary: p.cpu.pipelineOneTurn!, unit: 'ms', ratio: p.cpu.jsonParse!.median / p.cpu.pipelineOneTurn!.median });
    rows.push({ measure: 'P3 detail: framing only (decoder + JSON.parse), CPU', summary: p.cpu.framing!, unit: 'ms', ratio: p.cpu.jsonParse!.median / p.cpu.framing!.median });
    rows.push({ measure: 'P3 detail: framing + zod validation, CPU', summary: p.cpu.framingZod!, unit: 'ms', ratio: p.cpu.jsonParse!.median / p.cpu.framingZod!.median });
  }
  for (const s of results.scale ?? []) {
    const allDone = s.completed === s.threads;
    rows.push({ measure: `P4 ${s.threads} threads × 1 turn, ${s.processModel}: wall time (${s.completed}/${s.threads} completed)`, summary: single(s.wallMs), unit: 'ms', target: 'all complete', met: allDone });
    rows.push({ measure: `P4 ${s.processModel}: peak RSS of this process`, summary: single(s.peakSelfMb), unit: 'MiB' });
    rows.push({ measure: `P4 ${s.processModel}: peak RSS of the children (${s.peakAppServers} app-server processes)`, summary: single(s.peakChildrenMb), unit: 'MiB' });
    rows.push({ measure: `P4 ${s.processModel}: JS heap per idle thread`, summary: single(s.heapPerIdleThreadKb), unit: 'KiB', target: '≤ 1024 KiB', met: s.heapPerIdleThreadKb <= 1024 });
  }
  const r = results.recovery;
  if (r) {
    const ratio = r.recovery.median / r.cold.median;
    rows.push({ measure: 'P5 recovery: `kill -9` → thread ready again (resumed), default supervisor (the first restart in the intensity window is immediate)', summary: r.recovery, unit: 'ms', ratio, target: '≤ 1.5 × cold start', met: ratio <= 1.5 });
    rows.push({ measure: 'P5 baseline: cold thread start (new process → ready)', summary: r.cold, unit: 'ms' });
  }
  const z = results.recoveryNoBackoff;
  if (z) {
    const ratio = z.recovery.median / z.cold.median;
    rows.push({ measure: 'P5 recovery with `backoff.initialDelayMs: 0` (restart at once)', summary: z.recovery, unit: 'ms', ratio, target: '≤ 1.5 × cold start', met: ratio <= 1.5 });
    rows.push({ measure: 'P5 baseline: cold thread start, same run', summary: z.cold, unit: 'ms' });
  }

  const g = results.goalBound;
  if (g) {
    const bound = DEFAULT_GOAL_MAX_TURNS;
    const stopped = g.samples.every((s) => s.turns === bound && s.requests === bound && s.requestsAfterStop === 0 && s.goalStatus === 'paused');
    rows.push({ measure: `P6 never-completing goal, default bounds: \`runGoal()\` → \`GoalLimitError\` (maxTurns ${bound})`, summary: g.stop, unit: 'ms', target: `stops at ${bound} turns, paused, no request after`, met: stopped });
    rows.push({ measure: 'P6 model requests until the stop', summary: g.requests, unit: 'requests' });
  }

  const faults = await readFaults(outDir);

  const lines = [
    '# Benchmark results',
    '',
    `Generated by \`npm run bench\` on ${results.date}: Node ${results.node}, codex ${results.codex} (the pinned binary, for every client), ` +
      `${results.cpus} × ${results.cpuModel}, ${results.memoryGb.toFixed(0)} GiB; load average ${results.loadAverageStart.toFixed(1)} at the start, ` +
      `${results.loadAverageEnd.toFixed(1)} at the end (a shared machine: absolute times are noise, ratios are taken within one run); ` +
      `${results.runs} measured runs per measure after warm-up (P1/P2: ${results.turnLatency?.actors.runs ?? '—'}); ${results.durationS.toFixed(0)} s in all.`,
    '',
    'Ratios divide medians of the same run. The scripted model (`codex-actors/testing`) answers instantly, so turn times are codex\u2019s and the client\u2019s own.',
    '',
    '| measure | median | min | max | ratio | target | met? |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(row),
    '',
  ];
  const notes = notesFor(results);
  if (notes.length > 0) lines.push('## Reading the unmet targets', '', ...notes, '');
  if (p) {
    const parse = p.cpu.jsonParse!.median;
    const framing = p.cpu.framing!.median;
    const zod = p.cpu.framingZod!.median;
    const oneTurn = p.cpu.pipelineOneTurn!.median;
    const many = p.cpu.pipeline!.median;
    const perTurnUs = ((many - oneTurn) * 1000) / Math.max(1, p.turns - 1);
    lines.push(
      '## P3: where the time goes (CPU medians of this run)',
      '',
      `- The target (≥ 0.5) allows ${(2 * parse).toFixed(0)} ms for everything: twice a bare \`JSON.parse\` (${parse.toFixed(0)} ms).`,
      `- Framing alone (byte chunks → lines → \`JSON.parse\`) takes ${framing.toFixed(0)} ms; with zod validation of every notification ${zod.toFixed(0)} ms — ${((zod / (2 * parse)) * 100).toFixed(0)} % of the budget before any of our own logic runs.`,
      `- The whole pipeline takes ${oneTurn.toFixed(0)} ms when the ${p.lines.toLocaleString('en')} lines are one turn, so routing, folding, stamping and publishing ${p.events.toLocaleString('en')} events cost ${(oneTurn - zod).toFixed(0)} ms (${(((oneTurn - zod) * 1000) / p.lines).toFixed(2)} µs per line).`,
      `- Split into ${p.turns} real-sized turns it takes ${many.toFixed(0)} ms: each turn's lifecycle (a turn actor and its invoked \`turn/start\` under XState, the thread's queue, the result) costs about ${perTurnUs.toFixed(0)} µs.`,
      '',
    );
    lines.push(
      '## P3 profile (one pipeline run under the V8 sampling profiler)',
      '',
      `${p.events.toLocaleString('en')} events reached the subscriber per run; ${p.protocolErrors} protocol (validation) errors. The recorded turn has ${p.linesPerTurn} lines, 95 % of them streamed deltas.`,
      '',
      '```',
      p.profile,
      '```',
      '',
    );
  }
  if (faults?.counts) {
    lines.push(`## Fault suite (\`npm run test:faults\`, ${faults.date ?? ''}, seed ${faults.seed ?? '?'})`, '', '| fault | count |', '| --- | --- |');
    for (const [k, v] of Object.entries(faults.counts)) lines.push(`| ${k} | ${String(v)} |`);
    lines.push('');
  }
  return { markdown: lines.join('\n'), json: { ...results, faults } };
}

/** Plain-language notes, computed from this run, on the targets that were missed. */
function notesFor(results: BenchResults): string[] {
  const notes: string[] = [];
  const t = results.turnLatency;
  if (t) {
    const overhead = t.actors.median - t.raw.median;
    const budget = 0.25 * t.sdk.median;
    if (t.actors.median / t.sdk.median > 0.25) {
      notes.push(
        `- **P1**: the target allows ${budget.toFixed(1)} ms per warm turn; the minimal client's turn on the same app-server takes ${t.raw.median.toFixed(1)} ms ` +
          `(${(t.raw.median / t.sdk.median).toFixed(3)} × the SDK) — the floor any app-server client can reach is codex's own turn, so the margin left is ${(budget - t.raw.median).toFixed(1)} ms.`,
      );
    }
    if (t.actors.median / t.raw.median > 1.05) {
      notes.push(
        `- **P2**: codex-actors' median turn is ${overhead.toFixed(1)} ms longer than the minimal client's (${((overhead / t.raw.median) * 100).toFixed(1)} %). ` +
          'Instrumented separately, our own work is about 0.7 ms before `turn/start` is written (options, input, the turn actor) and 0.5 ms after `turn/completed` arrives (settling, the result); the rest of the gap moves with machine load (the two clients alternate turns on separate app-servers).',
      );
    }
  }
  const r = results.recovery;
  const z = results.recoveryNoBackoff;
  if (r && r.recovery.median / r.cold.median > 1.5) {
    notes.push(
      `- **P5**: the first restart in the intensity window is immediate (OTP), so the default policy adds no wait. ` +
        (z ? `With \`initialDelayMs: 0\` recovery takes ${z.recovery.median.toFixed(0)} ms (${(z.recovery.median / z.cold.median).toFixed(2)} × a cold start). ` : '') +
        'What remains over a cold start is noticing the exit and `thread/resume` reading the stored rollout where a cold start runs `thread/start`.',
    );
  }
  return notes;
}
