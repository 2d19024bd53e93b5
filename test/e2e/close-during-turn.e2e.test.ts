/**
 * `codex.close()` in the middle of work: while commands run (sandboxed in
 * bubblewrap and unsandboxed), while an approval handler waits, and while a
 * dynamic tool runs. Nothing survives it — no codex process, no bwrap, no
 * shell, no `sleep` — handlers see their signal abort, and the pending
 * `run()` rejects with a typed error.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TransportClosedError, defineTool, type Thread } from '../../src/index.js';
import { createGate, responses } from '../../src/testing/index.js';
import { listCodexProcesses, useCodexFixture } from '../support/index.js';
import { descendantsOf, enqueueByPrompt, isAlive } from '../support/runtimeHelpers.js';

const setup = useCodexFixture();

/** Rejection of `promise`, or a failure if it resolved. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
}

/** Resolves with the first state of `thread.state$` whose turn state matches. */
function turnStateReached(thread: Thread, turnState: string): Promise<void> {
  return new Promise((resolve) => {
    const sub = thread.state$.subscribe((s) => {
      if (s.turnState !== turnState) return;
      queueMicrotask(() => sub.unsubscribe());
      resolve();
    });
  });
}

describe('codex.close() during work', () => {
  it('while `sleep 30` runs sandboxed (bwrap) and unsandboxed: every process is gone and both runs reject TransportClosedError', async () => {
    const { fixture, codex } = await setup();
    const [heldSandboxed, heldFree] = [createGate(), createGate()];
    // A short yield: codex reports "still running" to the model after 300 ms, so
    // the follow-up model request proves the command is up; the held answer keeps the turn in flight.
    enqueueByPrompt(fixture.server, {
      sandboxed: [responses.shellCall('sleep 30', { callId: 'call_sb', yieldTimeMs: 300 }), responses.message('never', { gate: heldSandboxed })],
      free: [responses.shellCall('sleep 30', { callId: 'call_free', yieldTimeMs: 300 }), responses.message('never', { gate: heldFree })],
    });
    const sandboxed = codex.startThread({ cwd: fixture.home.workspace, sandbox: 'read-only' });
    const free = codex.startThread({ cwd: fixture.home.workspace, sandbox: 'danger-full-access' });
    const runs = [sandboxed.run('sandboxed'), free.run('free')].map(rejectionOf);
    await Promise.all([heldSandboxed.reached, heldFree.reached]);

    const trees = [sandboxed, free].map((t) => ({ root: t.processId!, children: descendantsOf(t.processId!) }));
    const commands = trees.flatMap((t) => t.children.map((c) => c.command));
    // bash execs the single command, so each sleep shows as itself; the sandboxed one under bwrap → codex-linux-sandbox.
    expect(commands.filter((c) => c === 'sleep 30')).toHaveLength(2);
    expect(commands.some((c) => c.startsWith('bwrap '))).toBe(true);
    expect(sandboxed.state.turnState).toBe('active.running');

    await codex.close();

    for (const error of await Promise.all(runs)) {
      expect(error).toBeInstanceOf(TransportClosedError);
      expect((error as Error).message).toContain('closed while this turn was running');
    }
    const pids = trees.flatMap((t) => [t.root, ...t.children.map((c) => c.pid)]);
    expect(pids.filter(isAlive)).toEqual([]);
    expect(listCodexProcesses(fixture.home.path)).toEqual([]);
  });

  it('while an approval handler waits: its signal aborts, the run rejects, no process is left', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.shellCall('touch approved.txt', { callId: 'call_ask' }));
    let handlerCalled!: () => void;
    const called = new Promise<void>((resolve) => (handlerCalled = resolve));
    let aborted = false;
    const thread = codex.startThread({
      cwd: fixture.home.workspace,
      sandbox: 'read-only',
      approvalMode: 'ask',
      onApproval: (_request, { signal }: { signal: AbortSignal }) =>
        new Promise((resolve) => {
          signal.addEventListener('abort', () => ((aborted = true), resolve('decline')), { once: true });
          handlerCalled();
        }),
    });
    const waiting = turnStateReached(thread, 'active.awaitingApproval');
    const run = rejectionOf(thread.run('ask first'));
    await called;
    await waiting;
    const pid = thread.processId!;

    await codex.close();

    expect(await run).toBeInstanceOf(TransportClosedError);
    expect(aborted).toBe(true);
    expect(isAlive(pid)).toBe(false);
    expect(listCodexProcesses(fixture.home.path)).toEqual([]);
  });

  it('while a dynamic tool runs: its signal aborts, the run rejects, no process is left', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.dynamicToolCall('slow_lookup', { id: 'X-1' }, { callId: 'call_slow' }));
    let toolCalled!: () => void;
    const called = new Promise<void>((resolve) => (toolCalled = resolve));
    let aborted = false;
    const slowLookup = defineTool({
      name: 'slow_lookup',
      description: 'Looks something up, slowly',
      parameters: z.object({ id: z.string() }),
      execute: (_args, { signal }) =>
        new Promise<string>((resolve) => {
          signal.addEventListener('abort', () => ((aborted = true), resolve('aborted')), { once: true });
          toolCalled();
        }),
    });
    const thread = codex.startThread({ cwd: fixture.home.workspace, tools: [slowLookup] });
    const running = turnStateReached(thread, 'active.runningTool');
    const run = rejectionOf(thread.run('look it up'));
    await called;
    await running;
    const pid = thread.processId!;

    await codex.close();

    expect(await run).toBeInstanceOf(TransportClosedError);
    expect(aborted).toBe(true);
    expect(isAlive(pid)).toBe(false);
    expect(listCodexProcesses(fixture.home.path)).toEqual([]);
  });
});
