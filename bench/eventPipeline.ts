/**
 * P3: event-pipeline throughput. A real turn recorded from the pinned binary
 * is replicated (ids renumbered) into ≥ 100k wire lines and replayed through
 * the production pipeline (`pipelineRun.ts`); the baseline is a bare
 * `JSON.parse` of the same lines. Runs alternate baseline / pipeline.
 *
 * Also measured, to explain the figure: the same lines through the framing
 * decoder alone, and through framing + zod validation.
 */
import { performance } from 'node:perf_hooks';
import { classifyMessage } from '../src/protocol/jsonRpc.js';
import { parseNotification } from '../src/protocol/schemas.js';
import { JsonLineDecoder } from '../src/transport/framing/index.js';
import type { RecordedTurn } from './recordTurnStream.js';
import { replicateTurn, replicateWithinTurn } from './recordTurnStream.js';
import { runPipeline } from './pipelineRun.js';

/** Wall and CPU times (ms) per variant, one entry per run. */
export interface PipelineTimes {
  lines: number;
  turns: number;
  linesPerTurn: number;
  wall: Record<string, number[]>;
  cpu: Record<string, number[]>;
  eventsPerRun: number;
  protocolErrors: number;
}

function timed(fn: () => void): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  fn();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

function chunked(lines: readonly string[]): Buffer[] {
  const bytes = Buffer.from(`${lines.join('\n')}\n`);
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += 65_536) chunks.push(bytes.subarray(at, at + 65_536));
  return chunks;
}

/** Measures P3 with `runs` alternating runs of each variant (after one warm-up each). */
export async function measureEventPipeline(recorded: RecordedTurn, options: { runs: number; minLines: number; cwd: string; log: (line: string) => void }): Promise<PipelineTimes> {
  const turns = replicateTurn(recorded, options.minLines);
  const longTurn = replicateWithinTurn(recorded, options.minLines);
  const lines = turns.flatMap((t) => t.lines);
  const chunks = chunked(lines);
  const variants: Record<string, () => Promise<{ wall: number; cpu: number }>> = {
    jsonParse: async () =>
      timed(() => {
        for (const line of lines) JSON.parse(line);
      }),
    framing: async () =>
      timed(() => {
        const decoder = new JsonLineDecoder({ onJson: () => undefined, onProtocolError: () => undefined });
        for (const chunk of chunks) decoder.push(chunk);
      }),
    framingZod: async () =>
      timed(() => {
        const decoder = new JsonLineDecoder({
          onJson: (value) => {
            if (classifyMessage(value) === 'notification') {
              const n = value as { method: string; params: unknown };
              parseNotification(n.method, n.params);
            }
          },
          onProtocolError: () => undefined,
        });
        for (const chunk of chunks) decoder.push(chunk);
      }),
    pipeline: async () => {
      const run = await runPipeline(recorded.threadId, turns, options.cwd);
      eventsPerRun = run.events;
      protocolErrors = Math.max(protocolErrors, run.protocolErrors);
      return { wall: run.ms, cpu: run.cpuMs };
    },
    pipelineOneTurn: async () => {
      const run = await runPipeline(recorded.threadId, [longTurn], options.cwd);
      return { wall: run.ms, cpu: run.cpuMs };
    },
  };
  let eventsPerRun = 0;
  let protocolErrors = 0;
  const wall: Record<string, number[]> = {};
  const cpu: Record<string, number[]> = {};
  for (let i = 0; i <= options.runs; i++) {
    for (const [name, run] of Object.entries(variants)) {
      const t = await run();
      if (i === 0) continue; // warm-up
      (wall[name] ??= []).push(t.wall);
      (cpu[name] ??= []).push(t.cpu);
    }
    if (i > 0) options.log(`  run ${i}/${options.runs}: ${Object.keys(variants).map((n) => `${n} ${wall[n]!.at(-1)!.toFixed(0)} ms (cpu ${cpu[n]!.at(-1)!.toFixed(0)})`).join(', ')}`);
  }
  return { lines: lines.length, turns: turns.length, linesPerTurn: recorded.lines.length, wall, cpu, eventsPerRun, protocolErrors };
}
