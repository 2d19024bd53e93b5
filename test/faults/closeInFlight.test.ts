/**
 * Fault (f): `codex.close()` while work is in flight on several threads — a
 * model stream, a pending approval, a running tool, a turn queued behind one
 * of them. `close()` must resolve promptly; every turn must reject with a
 * typed error; every handler's signal must fire; no process may survive (OS
 * process table); and the closed instance must refuse new work, typed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineTool, isCodexError } from '../../src/index.js';
import { createGate, responses } from '../../src/testing/index.js';
import { listCodexProcesses } from '../support/index.js';
import { FaultCounts } from './support/faultCounts.js';
import { faultRandom } from './support/faultConfig.js';
import { createFaultRig, deferred, within } from './support/faultFixture.js';

const counts = new FaultCounts('f-close-in-flight');
afterAll(() => counts.flush());

describe('(f) close() with turns, approvals and tools in flight', () => {
  it('rejects everything typed, aborts handlers, leaves no process', async () => {
    const { pick } = faultRandom('closeInFlight');
    const approvalAsked = deferred<void>();
    const toolStarted = deferred<void>();
    let approvalSignal: AbortSignal | null = null;
    let toolSignal: AbortSignal | null = null;
    const slowTool = defineTool({
      name: 'slow_tool',
      description: 'Runs until cancelled',
      parameters: z.object({}),
      execute: async (_args, { signal }) => {
        toolSignal = signal;
        toolStarted.resolve();
        await new Promise((r) => signal.addEventListener('abort', r, { once: true }));
        return 'cancelled';
      },
    });
    const rig = await createFaultRig();
    const { fixture, codex } = rig;
    try {
      const options = { cwd: fixture.home.workspace, sandbox: 'read-only' as const, approvalPolicy: 'on-request' as const };
      const streaming = codex.startThread(options);
      const approving = codex.startThread({
        ...options,
        onApproval: (_r, { signal }) => {
          approvalSignal = signal;
          approvalAsked.resolve();
          return new Promise((resolve) => signal.addEventListener('abort', () => resolve('decline'), { once: true }));
        },
      });
      const tooling = codex.startThread({ ...options, tools: [slowTool] });
      await Promise.all([streaming.ready(), approving.ready(), tooling.ready()]);

      // Threads start one at a time so each takes the scripted answer meant for it.
      const settle = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);
      const gate = createGate();
      fixture.server.enqueue(responses.message('never finishes', { gate, stream: true }));
      const t1 = settle(streaming.run('stream'));
      await gate.reached;
      fixture.server.enqueue(responses.shellCall('touch close-approval.txt', { sandboxPermissions: 'require_escalated', justification: 'fault test' }));
      const t2 = settle(approving.run('ask'));
      await approvalAsked.promise;
      fixture.server.enqueue(responses.dynamicToolCall('slow_tool', {}));
      const t3 = settle(tooling.run('tool'));
      await toolStarted.promise;
      // Queued behind a running turn: never reaches codex.
      const t4 = settle(pick([streaming, approving, tooling]).run('queued'));
      expect(listCodexProcesses(fixture.home.path).length).toBeGreaterThanOrEqual(3);

      const started = Date.now();
      await within(codex.close(), 30_000, 'close() with work in flight');
      counts.add('close() calls with a stream, an approval, a tool and a queued turn in flight');
      const closeMs = Date.now() - started;
      expect(closeMs).toBeLessThan(15_000);
      await within(codex.close(), 5_000, 'a second close()'); // idempotent

      const done = [false, false, false, false];
      [t1, t2, t3, t4].forEach((t, i) => void t.then(() => (done[i] = true)));
      const errors = await within(Promise.all([t1, t2, t3, t4]), 10_000, 'turns did not settle after close()').catch((error: unknown) => {
        throw new Error(`${(error as Error).message}: settled ${JSON.stringify(done)} (stream, approval, tool, queued); states ${JSON.stringify([streaming, approving, tooling].map((t) => t.state))}`);
      });
      for (const [i, error] of errors.entries()) {
        expect(error, `turn ${i + 1} should reject`).not.toBeNull();
        expect(isCodexError(error), `turn ${i + 1}: untyped ${String(error)}`).toBe(true);
        counts.add(`in-flight turns rejected with ${(error as Error).name}`);
      }
      expect(approvalSignal!.aborted).toBe(true);
      expect(toolSignal!.aborted).toBe(true);
      counts.add('handler signals aborted by close()', 2);
      expect(listCodexProcesses(fixture.home.path)).toEqual([]);
      counts.add('orphan processes after close()', 0);
      expect(() => codex.startThread()).toThrow(expect.objectContaining({ code: expect.any(String) }));
      gate.release();
    } finally {
      await rig.dispose(); // close() again (idempotent) and the orphan check
    }
  });
});
