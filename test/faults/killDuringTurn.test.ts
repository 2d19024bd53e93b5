/**
 * Fault (a): `kill -9` of a random thread's app-server at a random point of a
 * turn — while the model streams, while an approval is pending, while a tool
 * runs. Every affected turn must reject with a typed error (or complete, if
 * it won the race), every thread must come back (same codex thread id,
 * resumed), no completed item may be lost (checked against codex's own
 * `thread/read`), the sandbox codex applies after each recovery must be the
 * one in force before the kill (each turn sets one; the next model request's
 * turn metadata says which codex applied), and no process may outlive
 * `close()` (OS process table).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CodexProcessCrashedError, TurnFailedError, defineTool, isCodexError, type Thread, type ThreadEvent, type ThreadItem } from '../../src/index.js';
import { createGate, responses, userTexts, type Gate, type RecordedRequest, type ScriptedModelServer } from '../../src/testing/index.js';
import { FaultCounts } from './support/faultCounts.js';
import { faultConfig, faultRandom } from './support/faultConfig.js';
import { createFaultRig, deferred, isAlive, nextEvent, threadPid, within } from './support/faultFixture.js';

const PHASES = ['turnStart', 'streaming', 'awaitingApproval', 'runningTool'] as const;
type Phase = (typeof PHASES)[number];
const THREADS = 3;

const counts = new FaultCounts('a-kill-9-mid-turn');
afterAll(() => counts.flush());

const SANDBOXES = ['read-only', 'workspace-write'] as const;

/** The sandbox codex applied to the model request of the turn sent with `prompt` (its turn metadata header). */
function appliedSandbox(server: ScriptedModelServer, prompt: string): unknown {
  const request = server.requests.findLast((r: RecordedRequest) => userTexts(r).at(-1) === prompt);
  return request ? (JSON.parse(request.headers['x-codex-turn-metadata'] ?? '{}') as { sandbox_mode?: unknown }).sandbox_mode : undefined;
}

/** Runs one plain turn and returns the sandbox codex applied to it: what the thread has in force. */
async function sandboxInForce(thread: Thread, server: ScriptedModelServer, prompt: string): Promise<unknown> {
  server.enqueue(responses.message('sandbox probe'));
  await within(thread.run(prompt), 30_000, `${prompt}: the probe turn did not complete`);
  return appliedSandbox(server, prompt);
}

interface Watch {
  /** Where the current turn is: resolved by the approval handler or the tool. */
  reached: ReturnType<typeof deferred<void>>;
}

describe('(a) kill -9 at random points of a turn', () => {
  it(`survives ${faultConfig.kills} kills: typed rejections, recovery, no lost items, no orphans`, async () => {
    const { random, pick } = faultRandom('killDuringTurn');
    const watch: Watch = { reached: deferred<void>() };
    const slowTool = defineTool({
      name: 'slow_tool',
      description: 'Takes until the turn ends',
      parameters: z.object({}),
      execute: async (_args, { signal }) => {
        watch.reached.resolve();
        await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
        return 'cut off';
      },
    });
    const rig = await createFaultRig({ codex: { supervisor: { maxRestarts: 1000, withinMs: 1000, backoff: { initialDelayMs: 10, maxDelayMs: 50 } } } });
    try {
      const { fixture, codex } = rig;
      const threads: Thread[] = Array.from({ length: THREADS }, () =>
        codex.startThread({
          cwd: fixture.home.workspace,
          sandbox: 'read-only',
          // Only escalations prompt: the plain first command runs sandboxed, the escalated one waits for approval.
          approvalPolicy: 'on-request',
          tools: [slowTool],
          onApproval: (_request, { signal }) => {
            watch.reached.resolve();
            return new Promise((resolve) => signal.addEventListener('abort', () => resolve('decline'), { once: true }));
          },
        }),
      );
      await Promise.all(threads.map((t) => t.ready()));
      const ids = threads.map((t) => t.id);
      /** Whether codex has stored the thread (a turn of it reached the model). */
      const stored = threads.map(() => false);

      for (let i = 0; i < faultConfig.kills; i++) {
        const index = Math.floor(random() * THREADS);
        const thread = threads[index]!;
        const phase: Phase = pick(PHASES);
        // Each turn sets a sandbox; codex keeps it for the thread's later turns.
        const sandbox = pick(SANDBOXES);
        const sandboxBefore = thread.settings.sandbox;
        watch.reached = deferred<void>();
        let gate: Gate | null = null;
        expect(fixture.server.pending, `iteration ${i}: scripted responses left over from the previous turn`).toBe(0);
        // A first request that completes an item (a sandboxed command), then the phase to be killed in.
        // turnStart: killed right as the turn is sent, before the model is asked anything (an empty
        // queue answers HTTP 500, should codex get that far: the turn then fails instead).
        if (phase !== 'turnStart') fixture.server.enqueue(responses.shellCall(`echo before-kill-${i}`, { callId: `call_pre_${i}` }));
        if (phase === 'turnStart') {
          watch.reached.resolve();
        } else if (phase === 'streaming') {
          gate = createGate();
          fixture.server.enqueue(responses.message(`never finished ${i}`, { gate, stream: true }));
          void gate.reached.then(() => watch.reached.resolve());
        } else if (phase === 'awaitingApproval') {
          fixture.server.enqueue(responses.shellCall(`touch approved-${i}`, { callId: `call_ask_${i}`, sandboxPermissions: 'require_escalated', justification: 'fault test' }));
        } else {
          fixture.server.enqueue(responses.dynamicToolCall('slow_tool', {}, { callId: `call_tool_${i}` }));
        }

        console.log(`[faults] kill ${i + 1}/${faultConfig.kills}: thread ${index}, ${phase}`);
        const completed: ThreadItem[] = [];
        const sub = thread.events$.subscribe((e: ThreadEvent) => {
          // Items codex made (not our synthetic warning/plan items), by codex's own id: the one thread/read has.
          if (e.type === 'item.completed' && e.codex_item_id !== undefined) completed.push({ ...e.item, id: e.codex_item_id });
        });
        const pid = threadPid(thread);
        const restarted = nextEvent(thread.events$, 'thread.restarted');
        const turn = thread.run(`turn ${i} (${phase})`, { sandbox }).then(
          (result) => ({ ok: true as const, result }),
          (error: unknown) => ({ ok: false as const, error }),
        );
        await within(watch.reached.promise, 30_000, `iteration ${i}: the turn never reached ${phase}`);
        // A random extra moment inside the phase.
        await new Promise((r) => setTimeout(r, Math.floor(random() * 20)));
        // Items codex completed before the kill. (Afterwards the turn closes its dangling
        // items itself, as failed: those never completed on codex's side.)
        const completedBeforeKill = [...completed];
        process.kill(pid, 'SIGKILL');
        counts.add(`kills while ${phase}`);

        const outcome = await within(turn, 30_000, `iteration ${i}: the killed turn never settled`);
        if (outcome.ok) {
          counts.add('turns that completed before the kill took effect');
        } else {
          expect(isCodexError(outcome.error), `iteration ${i}: untyped rejection ${String(outcome.error)}`).toBe(true);
          // turnStart: if codex got as far as asking the model, the empty script answered HTTP 500 first.
          if (phase !== 'turnStart' || !(outcome.error instanceof TurnFailedError)) expect(outcome.error).toBeInstanceOf(CodexProcessCrashedError);
          counts.add(`turns rejected with ${(outcome.error as Error).name}`);
        }
        const event = await within(restarted, 30_000, `iteration ${i}: thread ${index} did not restart`).catch((error: unknown) => {
          throw new Error(`${(error as Error).message}; thread state ${JSON.stringify(thread.state)}; supervisor ${JSON.stringify(codex.supervisor.tree())}`);
        });
        if (event.thread_id !== ids[index]) {
          // Allowed only for a thread codex never stored: killed as its first turn started,
          // codex has no rollout (or an empty one) to resume, and a new codex thread is started.
          expect(stored[index], `iteration ${i}: thread ${index} lost its codex thread id`).toBe(false);
          ids[index] = event.thread_id;
          counts.add('never-stored threads started anew (killed as their first turn started)');
        }
        expect(thread.id).toBe(ids[index]);
        if (phase !== 'turnStart') stored[index] = true;
        expect(isAlive(pid)).toBe(false);
        counts.add('threads recovered (resumed, same id)');
        gate?.release();
        sub.unsubscribe();

        // codex's own record of the thread holds every item we saw completed.
        const read = (await thread.read({ includeTurns: true })) as { thread?: { turns?: Array<{ items?: Array<{ id: string }> }> }; turns?: Array<{ items?: Array<{ id: string }> }> };
        const turns = read.thread?.turns ?? read.turns ?? [];
        const persisted = new Set(turns.flatMap((t) => (t.items ?? []).map((it) => it.id)));
        const lost = completedBeforeKill.filter((item) => !persisted.has(item.id));
        expect(lost.map((item) => `${item.type} ${item.id}`), `iteration ${i}: completed items missing from thread/read`).toEqual([]);
        counts.add('completed items checked against thread/read', completedBeforeKill.length);

        // The sandbox in force after the recovery is the one before the kill: the killed turn's
        // (codex had accepted it once it reached the model; killed as it was sent, either may hold).
        const expected = thread.settings.sandbox;
        if (phase !== 'turnStart') expect(expected, `iteration ${i}: the killed turn's sandbox was not kept`).toBe(sandbox);
        else expect([sandboxBefore, sandbox]).toContain(expected);
        expect(await sandboxInForce(thread, fixture.server, `sandbox probe ${i}`), `iteration ${i}: codex applied another sandbox after the recovery`).toBe(expected);
        counts.add('recoveries whose sandbox was checked on the next model request');
      }

      // Every thread still works after all that.
      for (const thread of threads) fixture.server.enqueue(responses.message('still here'));
      const after = await within(Promise.all(threads.map((t) => t.run('are you alive?'))), 60_000, 'the threads did not answer after the kills');
      expect(after.map((r) => r.finalResponse)).toEqual(threads.map(() => 'still here'));
      counts.add('lost completed items', 0);
    } finally {
      await rig.dispose();
      counts.add('orphan processes after close()', 0);
    }
  });
});

describe('(a) kill -9 of a pooled process', () => {
  it('crashes exactly the turns on that process; every thread recovers; the others finish', async () => {
    const { random } = faultRandom('killDuringTurn (pool)');
    const rig = await createFaultRig({ codex: { processModel: { pool: 2 }, supervisor: { maxRestarts: 1000, withinMs: 1000, backoff: { initialDelayMs: 10, maxDelayMs: 50 } } } });
    try {
      const { fixture, codex } = rig;
      // Half the threads tighten their sandbox with a turn, half loosen it: each must keep its own.
      const threads = Array.from({ length: 4 }, (_, i) => codex.startThread({ cwd: fixture.home.workspace, sandbox: SANDBOXES[i % 2]! }));
      const sandboxes = threads.map((_, i) => SANDBOXES[(i + 1) % 2]!);
      for (const _ of threads) fixture.server.enqueue(responses.message('sandbox set'));
      await Promise.all(threads.map((t, i) => t.run(`set sandbox ${i}`, { sandbox: sandboxes[i]! })));
      for (let round = 0; round < Math.max(1, Math.floor(faultConfig.kills / 10)); round++) {
        const gates = threads.map(() => createGate());
        for (const gate of gates) fixture.server.enqueue(responses.message('pooled answer', { gate, stream: true }));
        const runs = threads.map((t) =>
          t.run('pooled turn').then(
            (r) => ({ ok: true as const, r }),
            (error: unknown) => ({ ok: false as const, error }),
          ),
        );
        await within(Promise.all(gates.map((g) => g.reached)), 30_000, 'the pooled turns did not all reach the model');
        const pids = [...new Set(threads.map((t) => threadPid(t)))];
        const victim = pids[Math.floor(random() * pids.length)]!;
        const onVictim = threads.map((t) => t.processId === victim);
        const restarted = threads.map((t, i) => (onVictim[i] ? nextEvent(t.events$, 'thread.restarted') : Promise.resolve(null)));
        process.kill(victim, 'SIGKILL');
        counts.add('pool processes killed with turns in flight');
        // The survivors' answers may finish now; the victims' streams died with their process.
        for (const gate of gates) gate.release();
        const outcomes = await within(Promise.all(runs), 30_000, 'pooled turns did not settle');
        for (const [i, outcome] of outcomes.entries()) {
          if (onVictim[i]) {
            expect(outcome.ok ? null : outcome.error, `thread ${i} was on the killed process`).toBeInstanceOf(CodexProcessCrashedError);
            counts.add('pooled turns on the killed process rejected with CodexProcessCrashedError');
          } else {
            expect(outcome.ok, `thread ${i} was on the surviving process`).toBe(true);
            counts.add('pooled turns on the surviving process completed');
          }
        }
        await within(Promise.all(restarted), 30_000, 'pooled threads did not restart');
        // Each recovered thread runs with the sandbox its turn set, not its thread option's.
        for (const [i, thread] of threads.entries()) {
          if (!onVictim[i]) continue;
          expect(await sandboxInForce(thread, fixture.server, `pool probe ${round}.${i}`), `thread ${i}: codex applied another sandbox after the recovery`).toBe(sandboxes[i]);
          counts.add('recovered pooled threads whose sandbox was checked on the next model request');
        }
      }
      for (const _ of threads) fixture.server.enqueue(responses.message('pool alive'));
      const after = await within(Promise.all(threads.map((t) => t.run('still there?'))), 60_000, 'pooled threads did not answer after the kills');
      expect(after.map((r) => r.finalResponse)).toEqual(threads.map(() => 'pool alive'));
      counts.add('pooled threads recovered', threads.length);
    } finally {
      await rig.dispose();
    }
  });
});
