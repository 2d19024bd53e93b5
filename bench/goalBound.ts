/**
 * P6: a goal the model never completes. codex continues an active goal turn
 * after turn by itself; the scripted model answers every request with plain
 * text, so only the library's default bound (`DEFAULT_GOAL_MAX_TURNS`) stops
 * it. Each run times `thread.runGoal()` from the call to its `GoalLimitError`,
 * counts the model requests codex made, and then checks that none follows
 * the stop (the goal is paused in codex, not merely abandoned by us).
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Codex, DEFAULT_GOAL_MAX_TURNS, GoalLimitError } from '../src/index.js';
import { responses, type CodexHome, type ScriptedModelServer } from '../src/testing/index.js';

/** One stopped goal. */
export interface GoalBoundRun {
  /** Time from `runGoal()` to its rejection. */
  stopMs: number;
  /** Model requests codex made for the goal. */
  requests: number;
  /** Turns the library counted (`GoalLimitError.turns`). */
  turns: number;
  /** Model requests in the quiet period after the stop (must be 0). */
  requestsAfterStop: number;
  /** codex's goal status after the stop. */
  goalStatus: string | null;
}

/** How long to watch for a request after the stop. */
const QUIET_MS = 500;

/** Runs `runs` never-completing goals with the default bounds (after one warm-up). */
export async function measureGoalBound(options: {
  codexPath: string;
  server: ScriptedModelServer;
  home: CodexHome;
  runs: number;
  log: (line: string) => void;
}): Promise<GoalBoundRun[]> {
  const { server, home } = options;
  const codex = new Codex({ codexPath: options.codexPath, env: { ...home.env } });
  const out: GoalBoundRun[] = [];
  try {
    for (let i = 0; i <= options.runs; i++) {
      // Enough plain answers for the bound and a margin (a request beyond it would be counted, not fail).
      const want = DEFAULT_GOAL_MAX_TURNS + 3 - server.pending;
      for (let n = 0; n < want; n++) server.enqueue(responses.message(`still working ${n}`));
      const thread = codex.startThread({ cwd: home.workspace });
      await thread.ready();
      const before = server.requests.length;
      const t0 = performance.now();
      const error = await thread.runGoal('Keep improving the project forever').then(
        () => null,
        (e: unknown) => e,
      );
      const stopMs = performance.now() - t0;
      if (!(error instanceof GoalLimitError)) throw new Error(`P6: the goal did not stop at its bound: ${String(error)}`);
      const atStop = server.requests.length;
      await sleep(QUIET_MS);
      const { goal } = await thread.request('thread/goal/get', (threadId) => ({ threadId }));
      const run: GoalBoundRun = { stopMs, requests: atStop - before, turns: error.turns, requestsAfterStop: server.requests.length - atStop, goalStatus: goal?.status ?? null };
      await thread.close();
      if (i === 0) continue; // warm-up
      out.push(run);
      options.log(`  run ${i}: stopped after ${run.turns} turns / ${run.requests} model requests in ${stopMs.toFixed(0)} ms; ${run.requestsAfterStop} requests after; goal ${run.goalStatus}`);
    }
  } finally {
    await codex.close();
  }
  return out;
}
