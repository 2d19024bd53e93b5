/**
 * P5: recovery after `kill -9`. For each run a new thread is started on a
 * warm `Codex` (binary already resolved) and timed to `ready()` — the cold
 * start: a new app-server process, the handshake, `thread/start`. Then its
 * process is SIGKILLed and the time to the thread's `thread.restarted` event
 * is taken: the supervisor noticed the exit, restarted at once (the first
 * restart in the intensity window has no backoff), started a new process and
 * resumed the same codex thread.
 */
import { performance } from 'node:perf_hooks';
import { firstValueFrom, filter } from 'rxjs';
import { Codex, type Thread } from '../src/index.js';
import type { CodexHome, ScriptedModelServer } from '../src/testing/index.js';
import { benchTurnResponse } from './turnLatency.js';

function withDeadline<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** Cold-start and recovery times (ms), one per run. */
export interface RecoveryTimes {
  coldMs: number[];
  recoveryMs: number[];
}

/** The pid of the app-server process a thread currently runs on (bench-only peek at internals). */
export function threadProcessPid(thread: Thread): number {
  const pid = thread.ensureActor().getSnapshot().context.transport?.pid;
  if (typeof pid !== 'number') throw new Error('the thread has no live process');
  return pid;
}

/** Runs `runs` cold-start + kill/recover cycles (after one warm-up cycle). */
export async function measureRecovery(options: {
  codexPath: string;
  server: ScriptedModelServer;
  home: CodexHome;
  runs: number;
  /** `supervisor.backoff.initialDelayMs`; omitted: the default policy (the first restart in the window is immediate either way, so this only matters for repeats). */
  initialBackoffMs?: number;
  log: (line: string) => void;
}): Promise<RecoveryTimes> {
  const { server, home } = options;
  // Each run uses its own thread, so the restart intensity (3 within 5 s by default) is never reached.
  const codex = new Codex({
    codexPath: options.codexPath,
    env: { ...home.env },
    ...(options.initialBackoffMs !== undefined ? { supervisor: { backoff: { initialDelayMs: options.initialBackoffMs } } } : {}),
  });
  const out: RecoveryTimes = { coldMs: [], recoveryMs: [] };
  try {
    await codex.binary();
    for (let i = 0; i <= options.runs; i++) {
      const thread = codex.startThread({ cwd: home.workspace });
      const t0 = performance.now();
      await thread.ready();
      const cold = performance.now() - t0;
      const restarted = firstValueFrom(thread.events$.pipe(filter((e) => e.type === 'thread.restarted')));
      const pid = threadProcessPid(thread);
      const t1 = performance.now();
      process.kill(pid, 'SIGKILL');
      await withDeadline(restarted, 60_000, `thread ${thread.id} was not restarted within 60 s of kill -9 (state ${thread.state.state})`);
      const recovery = performance.now() - t1;
      // Prove the recovered thread works (not timed).
      server.enqueue(benchTurnResponse());
      const result = await thread.run('after the crash');
      if (result.status !== 'completed') throw new Error(`the recovered thread's turn ended ${result.status}`);
      await thread.close();
      if (i === 0) continue;
      out.coldMs.push(cold);
      out.recoveryMs.push(recovery);
      options.log(`  run ${i}/${options.runs}: cold ${cold.toFixed(0)} ms, recovery ${recovery.toFixed(0)} ms`);
    }
    return out;
  } finally {
    await codex.close();
  }
}
