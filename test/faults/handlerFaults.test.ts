/**
 * Fault (d): user handlers that throw, hang, or return values that make no
 * sense. An approval is then declined (never silently accepted); a tool call
 * goes back to the model as a failed output. Either way the turn goes on and
 * completes — one bad handler must not wedge a thread.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineTool, type ApprovalHandler, type Tool } from '../../src/index.js';
import { functionCallOutputs, responses } from '../../src/testing/index.js';
import { FaultCounts } from './support/faultCounts.js';
import { faultRandom } from './support/faultConfig.js';
import { createFaultRig, within } from './support/faultFixture.js';

const counts = new FaultCounts('d-handler-faults');
afterAll(() => counts.flush());

const HANDLER_TIMEOUT_MS = 400;

const approvalFaults: Record<string, ApprovalHandler> = {
  throws: () => {
    throw new Error('approval service down');
  },
  'rejects (async throw)': async () => Promise.reject(new Error('approval service timeout')),
  hangs: () => new Promise(() => {}),
  'returns an invalid decision': () => 'yes please' as never,
  'returns a number': () => 42 as never,
};

const toolFaults: Record<string, Tool['execute']> = {
  throws: () => {
    throw new Error('database unreachable');
  },
  hangs: () => new Promise(() => {}),
  'returns a number': () => 42 as never,
  'returns null': () => null as never,
  'returns content that is not a list': () => ({ content: 'just text' }) as never,
};

describe('(d) handlers that throw, hang or return invalid values', () => {
  it('a faulty approval handler means decline; the turn completes', async () => {
    faultRandom('handlerFaults');
    const rig = await createFaultRig({ codex: { approvalTimeoutMs: HANDLER_TIMEOUT_MS } });
    try {
      const { fixture, codex } = rig;
      for (const [name, onApproval] of Object.entries(approvalFaults)) {
        const thread = codex.startThread({ cwd: fixture.home.workspace, sandbox: 'read-only', approvalPolicy: 'on-request', onApproval });
        const resolved: unknown[] = [];
        thread.events$.subscribe((e) => e.type === 'approval.resolved' && resolved.push(e));
        fixture.server.enqueue(
          responses.shellCall(`touch approval-${resolved.length}.txt`, { sandboxPermissions: 'require_escalated', justification: 'fault test' }),
          responses.message(`done after ${name}`),
        );
        const result = await within(thread.run(`approval handler ${name}`), 30_000, `approval handler that ${name}: the turn never settled`);
        expect(result.finalResponse).toBe(`done after ${name}`);
        expect(resolved).toEqual([expect.objectContaining({ decision: 'decline' })]);
        const output = functionCallOutputs(fixture.server.lastRequest()!)[0]!.output;
        expect(output, `approval handler that ${name}`).toMatch(/rejected/i);
        counts.add(`approval handler ${name} → declined, turn completed`);
        await thread.close();
      }
      fixture.server.assertNoMisses();
    } finally {
      await rig.dispose();
    }
  });

  it('a faulty tool is a failed tool output; the turn completes', async () => {
    const rig = await createFaultRig({ codex: { approvalTimeoutMs: HANDLER_TIMEOUT_MS } });
    try {
      const { fixture, codex } = rig;
      for (const [name, execute] of Object.entries(toolFaults)) {
        const tool = defineTool({ name: 'flaky_tool', description: 'Misbehaves', parameters: z.object({}), execute });
        const thread = codex.startThread({ cwd: fixture.home.workspace, tools: [tool] });
        const completed: Array<{ success: boolean; output: string }> = [];
        thread.events$.subscribe((e) => e.type === 'tool.completed' && completed.push(e));
        fixture.server.enqueue(responses.dynamicToolCall('flaky_tool', {}), responses.message(`done after ${name}`));
        const result = await within(thread.run(`tool that ${name}`), 30_000, `tool that ${name}: the turn never settled`);
        expect(result.finalResponse).toBe(`done after ${name}`);
        expect(completed, `tool that ${name}`).toEqual([expect.objectContaining({ success: false })]);
        const output = functionCallOutputs(fixture.server.lastRequest()!)[0]!.output;
        expect(output, `tool that ${name}: the model is told why`).toMatch(/flaky_tool/);
        counts.add(`tool that ${name} → failed tool output, turn completed`);
        await thread.close();
      }
      fixture.server.assertNoMisses();
    } finally {
      await rig.dispose();
    }
  });
});
