/**
 * P3's measured pipeline: the production path from stdout bytes to a user's
 * subscriber, minus the OS process — `AppServerTransport` (framing,
 * classification, validation) → `ThreadRouter` → thread sink → turn actor
 * (`machines/turn`) → `TurnAccumulator` → `TurnHandle` → `Thread.events$`.
 *
 * The pieces are the real classes, wired as `Codex` wires them (see
 * `Codex.ensureThreadActor`); only the supervisor is left out (it is not on the
 * per-line path) and the child process is the in-process replay server.
 */
import { performance } from 'node:perf_hooks';
import { createActor } from 'xstate';
import { threadMachine, type ThreadActorRef } from '../machines/thread/threadMachine.js';
import type { ThreadInput } from '../machines/thread/threadTypes.js';
import { parseThreadOptions } from '../src/options/threadOptions.js';
import { toThreadResumeParams, toThreadStartParams } from '../src/options/toWireParams.js';
import { EventBus } from '../src/runtime/eventBus.js';
import type { ThreadRuntime } from '../src/runtime/threadRuntime.js';
import { Thread } from '../src/thread.js';
import { AppServerTransport } from '../src/transport/appServerTransport.js';
import type { ReplayTurn } from './recordTurnStream.js';
import { createReplayAppServer } from './replayAppServer.js';

/** What one pipeline run did. */
export interface PipelineRun {
  ms: number;
  /** CPU time of this process (all threads: GC helpers included) over the same window. */
  cpuMs: number;
  lines: number;
  /** Events the subscriber of `thread.events$` received. */
  events: number;
  /** Protocol errors the transport reported (validation failures included). */
  protocolErrors: number;
  turns: number;
}

/** Replays `turns` through the pipeline, all turns queued at once, and times it to the last result. */
export async function runPipeline(threadId: string, turns: readonly ReplayTurn[], cwd: string): Promise<PipelineRun> {
  const replay = createReplayAppServer(threadId, turns);
  const bus = new EventBus();
  let actor: ThreadActorRef | undefined;
  let transport: AppServerTransport | undefined;
  let protocolErrors = 0;
  const runtime: ThreadRuntime = {
    bus,
    ensureThreadActor: (thread) => (actor ??= startThreadActor(thread)),
    peekThreadActor: () => actor,
    closeThread: async () => undefined,
    maxTurnsExceeded: () => new Error('unused'),
  };
  const startThreadActor = (thread: Thread): ThreadActorRef => {
    const options = thread.options;
    const input: ThreadInput = {
      childId: 'bench',
      generation: 0,
      codexThreadId: null,
      connect: async ({ onSpawned }) => {
        transport = new AppServerTransport(replay.spawned, { requestTimeoutMs: 60_000, shutdownTimeoutMs: 1000 });
        transport.protocolErrors$.subscribe(() => protocolErrors++);
        onSpawned(transport.pid);
        await transport.initialize({ clientInfo: { name: 'bench', title: 'bench', version: '0' }, capabilities: null }, 10_000, undefined);
        return transport;
      },
      startParams: toThreadStartParams(options, { tools: [] }),
      resumeParams: (id) => toThreadResumeParams(id, options, { excludeTurns: true }),
      publish: (event) => thread.publish(event, null),
      onNotification: (n) => thread.onNotification(n),
      onThreadOpened: (t) => thread.onThreadOpened(t),
      resolveServerRequest: () => Promise.reject({ code: -32601, message: 'none in the benchmark' }),
      retryTurnOnCrash: false,
      queueCapacity: 100_000,
    };
    return createActor(threadMachine, { input }).start();
  };

  const thread = new Thread(runtime, parseThreadOptions({ cwd }), null);
  await thread.ready();
  let events = 0;
  const sub = thread.events$.subscribe(() => events++);
  const lines = turns.reduce((n, t) => n + t.lines.length, 0);

  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  // run(), the everyday call: its handle is internal, so only results outlive a turn.
  const results = await Promise.all(turns.map(() => thread.run('replay')));
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);

  sub.unsubscribe();
  actor?.stop();
  await transport?.close();
  if (results.some((r) => r.status !== 'completed')) throw new Error('a replayed turn did not complete');
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, lines, events, protocolErrors, turns: turns.length };
}
