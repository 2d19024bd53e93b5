/**
 * Fault (e): `AbortSignal` fired in every state a turn can be in — queued
 * behind another turn, `starting` (turn/start in flight), `active.running`
 * (model streaming), `active.awaitingApproval`, `active.runningTool`,
 * `interrupting`, and after the turn ended. Each aborted turn rejects with
 * `AbortError` (a finished turn keeps its result), pending handlers see
 * their signal fire, and the thread takes the next turn.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AbortError, defineTool, type Thread, type TurnHandle } from '../../src/index.js';
import { createGate, responses, userTexts } from '../../src/testing/index.js';
import { FaultCounts } from './support/faultCounts.js';
import { faultRandom } from './support/faultConfig.js';
import { createFaultRig, deferred, within } from './support/faultFixture.js';

const counts = new FaultCounts('e-abort-every-state');
afterAll(() => counts.flush());

type Outcome = { ok: true } | { ok: false; error: unknown };
const settle = (p: Promise<unknown>): Promise<Outcome> =>
  p.then(
    () => ({ ok: true }) as const,
    (error: unknown) => ({ ok: false, error }) as const,
  );

/** Resolves when the handle's turn chart is in `state` (prefix match, e.g. `active.running`). */
function whenTurnState(thread: Thread, state: string): Promise<void> {
  return new Promise((resolve) => {
    const sub = thread.state$.subscribe((s) => {
      if (s.turnState?.startsWith(state)) {
        resolve();
        queueMicrotask(() => sub.unsubscribe());
      }
    });
  });
}

describe('(e) abort at every turn state', () => {
  it('rejects with AbortError in every state, and the thread goes on', async () => {
    faultRandom('abortEveryState');
    let approvalSignal: AbortSignal | null = null;
    let toolSignal: AbortSignal | null = null;
    const toolStarted = { current: deferred<void>() };
    const approvalAsked = { current: deferred<void>() };
    const slowTool = defineTool({
      name: 'slow_tool',
      description: 'Runs until cancelled',
      parameters: z.object({}),
      execute: async (_args, { signal }) => {
        toolSignal = signal;
        toolStarted.current.resolve();
        await new Promise((r) => signal.addEventListener('abort', r, { once: true }));
        return 'cancelled';
      },
    });
    const rig = await createFaultRig();
    try {
      const { fixture, codex } = rig;
      const thread = codex.startThread({
        cwd: fixture.home.workspace,
        sandbox: 'read-only',
        approvalPolicy: 'on-request',
        tools: [slowTool],
        onApproval: (_r, { signal }) => {
          approvalSignal = signal;
          approvalAsked.current.resolve();
          return new Promise((resolve) => signal.addEventListener('abort', () => resolve('decline'), { once: true }));
        },
      });
      await thread.ready();

      const healthy = async (label: string) => {
        fixture.server.enqueue(responses.message(`fine after ${label}`));
        const r = await within(thread.run(`after ${label}`), 30_000, `${label}: the next turn never settled`);
        expect(r.finalResponse).toBe(`fine after ${label}`);
      };
      const expectAborted = async (label: string, outcome: Promise<Outcome>) => {
        const o = await within(outcome, 30_000, `${label}: the aborted turn never settled`);
        expect(o.ok, `${label}: should reject`).toBe(false);
        expect((o as { error: unknown }).error, label).toBeInstanceOf(AbortError);
        expect(((o as { error: AbortError }).error as AbortError).code).toBe('ABORT_ERR');
        counts.add(`aborted while ${label} → AbortError`);
        await healthy(label);
      };

      // active.running: the model is streaming (held by a gate).
      {
        const c = new AbortController();
        const gate = createGate();
        fixture.server.enqueue(responses.message('streaming forever', { gate, stream: true }));
        const run = settle(thread.run('abort while streaming', { signal: c.signal }));
        await gate.reached;
        c.abort();
        await expectAborted('active.running (streaming)', run);
        gate.release();
      }

      // active.awaitingApproval
      {
        const c = new AbortController();
        approvalAsked.current = deferred<void>();
        fixture.server.enqueue(responses.shellCall('touch abort-approval.txt', { sandboxPermissions: 'require_escalated', justification: 'fault test' }));
        const run = settle(thread.run('abort while awaiting approval', { signal: c.signal }));
        await approvalAsked.current.promise;
        c.abort();
        await expectAborted('active.awaitingApproval', run);
        expect(approvalSignal!.aborted).toBe(true);
      }

      // active.runningTool
      {
        const c = new AbortController();
        toolStarted.current = deferred<void>();
        fixture.server.enqueue(responses.dynamicToolCall('slow_tool', {}));
        const run = settle(thread.run('abort while a tool runs', { signal: c.signal }));
        await toolStarted.current.promise;
        c.abort();
        await expectAborted('active.runningTool', run);
        expect(toolSignal!.aborted).toBe(true);
      }

      // interrupting: interrupt() was called, then the signal fires.
      {
        const c = new AbortController();
        const gate = createGate();
        fixture.server.enqueue(responses.message('interrupted soon', { gate, stream: true }));
        const handle: TurnHandle = await thread.turn('abort while interrupting', { signal: c.signal });
        await gate.reached;
        const interrupted = handle.interrupt();
        c.abort();
        const o = await within(settle(handle.result()), 30_000, 'interrupting: never settled');
        await interrupted;
        // Whichever came first wins: interrupted (a result) or aborted (AbortError); never a hang or an untyped error.
        if (!o.ok) expect((o as { error: unknown }).error).toBeInstanceOf(AbortError);
        counts.add(`aborted while interrupting → ${o.ok ? 'interrupted result' : 'AbortError'}`);
        gate.release();
        await healthy('interrupting');
      }

      // queued: a second turn waits behind a running one and is aborted before it starts.
      {
        const c = new AbortController();
        const gate = createGate();
        fixture.server.enqueue(responses.message('first of two', { gate }));
        const first = thread.run('first of two');
        await gate.reached;
        const queued = settle(thread.run('queued, then aborted', { signal: c.signal }));
        c.abort();
        const o = await within(queued, 30_000, 'queued: never settled');
        expect(o.ok).toBe(false);
        expect((o as { error: unknown }).error).toBeInstanceOf(AbortError);
        counts.add('aborted while queued → AbortError');
        gate.release();
        expect((await first).finalResponse).toBe('first of two');
        await healthy('queued');
      }

      // after the end: aborting a finished turn changes nothing.
      {
        const c = new AbortController();
        fixture.server.enqueue(responses.message('already done'));
        const r = await thread.run('finish first', { signal: c.signal });
        c.abort();
        expect(r.finalResponse).toBe('already done');
        counts.add('aborted after completion → result kept');
        await healthy('completion');
      }
      // starting: turn/start is in flight. Runs last: codex may or may not ask the model for the
      // aborted turn, and that request may even arrive after the next turn's. Both answers are
      // chosen by the request's own last user text, so neither outcome can steal the other's.
      {
        const byPrompt = (req: Parameters<typeof userTexts>[0]) =>
          userTexts(req).at(-1) === 'after starting' ? responses.message('fine after starting') : responses.message('too late');
        const c = new AbortController();
        fixture.server.enqueue(byPrompt, byPrompt);
        const started = whenTurnState(thread, 'starting');
        const run = settle(thread.run('abort while starting', { signal: c.signal }));
        await started;
        c.abort(new Error('user gave up'));
        const o = await within(run, 30_000, 'starting: never settled');
        expect(o.ok).toBe(false);
        expect((o as { error: unknown }).error).toBeInstanceOf(AbortError);
        counts.add('aborted while starting → AbortError');
        const r = await within(thread.run('after starting'), 30_000, 'after starting');
        expect(r.finalResponse).toBe('fine after starting');
      }
      fixture.server.assertNoMisses();
    } finally {
      await rig.dispose();
    }
  });
});
