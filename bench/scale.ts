/**
 * P4: 64 threads, each running one turn at the same time, with a given
 * process model. Reports wall time to the last result, the peak RSS of this
 * process and of its children (sampled from /proc every 100 ms), the number of
 * app-server processes, and the JS heap per idle thread (heap after the turns,
 * once garbage-collected, minus the heap before the threads existed).
 */
import { performance } from 'node:perf_hooks';
import { Codex, type ProcessModel } from '../src/index.js';
import type { CodexHome, ScriptedModelServer } from '../src/testing/index.js';
import { countAppServers, startMemorySampler } from './processStats.js';
import { benchTurnResponse } from './turnLatency.js';

/** What one P4 run measured. */
export interface ScaleRun {
  processModel: string;
  threads: number;
  completed: number;
  failed: string[];
  wallMs: number;
  peakSelfMb: number;
  peakChildrenMb: number;
  peakAppServers: number;
  heapPerIdleThreadKb: number;
}

function gcHeap(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run the benchmark with node --expose-gc (npm run bench does)');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** Runs `threads` concurrent one-turn threads under `processModel`. */
export async function measureScale(options: {
  codexPath: string;
  server: ScriptedModelServer;
  home: CodexHome;
  threads: number;
  processModel: ProcessModel;
}): Promise<ScaleRun> {
  const { server, home, threads } = options;
  const codex = new Codex({ codexPath: options.codexPath, env: { ...home.env }, processModel: options.processModel });
  try {
    await codex.binary();
    const heapBefore = gcHeap();
    let peakAppServers = 0;
    const counter = setInterval(() => (peakAppServers = Math.max(peakAppServers, countAppServers())), 250);
    const sampler = startMemorySampler(100);
    for (let i = 0; i < threads; i++) server.enqueue(benchTurnResponse());
    const started = performance.now();
    const all = Array.from({ length: threads }, () => codex.startThread({ cwd: home.workspace }));
    const settled = await Promise.allSettled(all.map((t) => t.run('scale turn')));
    const wallMs = performance.now() - started;
    clearInterval(counter);
    peakAppServers = Math.max(peakAppServers, countAppServers());
    const peaks = sampler.stop();
    const heapIdle = gcHeap();
    const failed = settled.flatMap((s) => (s.status === 'rejected' ? [String((s.reason as Error)?.message ?? s.reason)] : []));
    return {
      processModel: typeof options.processModel === 'string' ? options.processModel : `{ pool: ${options.processModel.pool} }`,
      threads,
      completed: settled.length - failed.length,
      failed,
      wallMs,
      peakSelfMb: peaks.peakSelfMb,
      peakChildrenMb: peaks.peakChildrenMb,
      peakAppServers,
      heapPerIdleThreadKb: (heapIdle - heapBefore) / threads / 1024,
    };
  } finally {
    await codex.close();
  }
}
