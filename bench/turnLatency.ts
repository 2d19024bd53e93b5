/**
 * P1 and P2: the latency of one warm turn, measured three ways in the same
 * run, interleaved (run i goes actors → raw → sdk, run i+1 starts one later),
 * so machine load drifts over all three alike:
 *
 * - codex-actors `thread.run()` on a thread whose app-server is warm;
 * - the minimal hand-written JSON-RPC client (`rawRpcClient.ts`) driving its
 *   own warm app-server through the same turn (P2's baseline);
 * - `@openai/codex-sdk` `thread.run()` (P1's baseline), which spawns
 *   `codex exec … resume <id>` per turn — the same pinned binary via
 *   `codexPathOverride`.
 *
 * All three talk to the same scripted model, which answers each turn with the
 * same streamed message from a process of its own (modelServerProcess.ts).
 */
import { performance } from 'node:perf_hooks';
import { Codex as SdkCodex } from '@openai/codex-sdk';
import { Codex } from '../src/index.js';
import { responses, sse, type CodexHome } from '../src/testing/index.js';
import { RawRpcClient } from './rawRpcClient.js';

/** Per-client latencies (ms) of the measured turns. */
export interface TurnLatencies {
  actors: number[];
  raw: number[];
  sdk: number[];
}

const ANSWER = 'The scripted model answers this benchmark turn with a short streamed reply of about twenty words, like a quick chat answer.';

/** The model's answer to every benchmark turn (streamed word by word). */
export function benchTurnResponse(): ReturnType<typeof responses.stream> {
  return responses.stream([sse.message(ANSWER, { stream: true, phase: 'final_answer' })]);
}

/** Runs `warmup` + `runs` turns per client and returns the measured latencies. */
export async function measureTurnLatency(options: {
  codexPath: string;
  /** A CODEX_HOME whose model answers every request with {@link benchTurnResponse} (see modelServerProcess.ts). */
  home: CodexHome;
  runs: number;
  warmup: number;
  log: (line: string) => void;
}): Promise<TurnLatencies> {
  const { codexPath, home } = options;
  const codex = new Codex({ codexPath, env: { ...home.env } });
  const raw = await RawRpcClient.start(codexPath, { ...home.env });
  const sdk = new SdkCodex({ codexPathOverride: codexPath, env: { ...home.env } });
  try {
    const thread = codex.startThread({ cwd: home.workspace });
    const rawThread = await raw.startThread({ cwd: home.workspace });
    const sdkThread = sdk.startThread({ workingDirectory: home.workspace, skipGitRepoCheck: true });

    const clients: Record<keyof TurnLatencies, () => Promise<string | null>> = {
      actors: async () => (await thread.run('benchmark turn')).finalResponse,
      raw: async () => (await raw.runTurn(rawThread, 'benchmark turn')).finalText,
      sdk: async () => (await sdkThread.run('benchmark turn')).finalResponse,
    };
    const order = Object.keys(clients) as Array<keyof TurnLatencies>;
    const out: TurnLatencies = { actors: [], raw: [], sdk: [] };
    for (let i = 0; i < options.warmup + options.runs; i++) {
      const times: Partial<Record<keyof TurnLatencies, number>> = {};
      for (let k = 0; k < order.length; k++) {
        const name = order[(i + k) % order.length]!;
        const started = performance.now();
        const text = await clients[name]();
        const ms = performance.now() - started;
        if (text !== ANSWER) throw new Error(`${name}: unexpected final response ${JSON.stringify(text)}`);
        times[name] = ms;
        if (i >= options.warmup) out[name].push(ms);
      }
      options.log(`  turn ${i + 1}/${options.warmup + options.runs}${i < options.warmup ? ' (warm-up)' : ''}: ${order.map((n) => `${n} ${times[n]!.toFixed(1)} ms`).join(', ')}`);
    }
    return out;
  } finally {
    await codex.close();
    await raw.close();
  }
}
