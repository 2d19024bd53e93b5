import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Codex, type ApprovalHandler, type ApprovalRequest, type CodexOptions, type ThreadEvent } from '../../src/index.js';
import { functionCallOutputs, responses } from '../../src/testing/index.js';
import { createScriptedCodex, type ScriptedCodex } from '../support/index.js';

let fixture: ScriptedCodex | null = null;
let codex: Codex | null = null;

afterEach(async () => {
  await codex?.close();
  await fixture?.dispose();
  codex = null;
  fixture = null;
});

async function setup(options: Pick<CodexOptions, 'onApproval' | 'approvalTimeoutMs'> = {}) {
  fixture = await createScriptedCodex({ modelCatalog: true });
  codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, ...options });
  return { fixture, codex };
}

/** Collects a thread's events for later assertions. */
function record(thread: { events$: { subscribe(o: (e: ThreadEvent) => void): unknown } }): ThreadEvent[] {
  const events: ThreadEvent[] = [];
  thread.events$.subscribe((e) => events.push(e));
  return events;
}

const touch = (name: string) => `touch ${name} && echo created`;

describe('command approvals on the real binary (approvalMode ask → untrusted)', () => {
  it('accept: the command runs outside the read-only sandbox; the chart passes through awaitingApproval', async () => {
    const seen: ApprovalRequest[] = [];
    const { fixture, codex } = await setup();
    // The model asks for an unsandboxed run. A merely approved command is first tried
    // inside the sandbox and re-run unsandboxed only when codex recognises the sandbox
    // denial, which it can miss under CPU load (codex's orchestrator: approve → sandboxed
    // attempt → escalate on denial). Asking for escalation makes the write deterministic.
    fixture.server.enqueue(
      responses.shellCall(touch('accepted.txt'), { callId: 'call_accept', sandboxPermissions: 'require_escalated', justification: 'write a file' }),
      responses.message('done'),
    );
    const thread = codex.startThread({
      cwd: fixture.home.workspace,
      sandbox: 'read-only',
      approvalMode: 'ask',
      onApproval: (request) => (seen.push(request), 'accept'),
    });
    const events = record(thread);
    const turnStates: string[] = [];
    thread.state$.subscribe((s) => {
      if (s.turnState && turnStates.at(-1) !== s.turnState) turnStates.push(s.turnState);
    });
    const result = await thread.run('make a file');
    expect(result.status).toBe('completed');
    expect(existsSync(path.join(fixture.home.workspace, 'accepted.txt'))).toBe(true);
    expect(seen).toHaveLength(1);
    // The handler and the event name the item by its public id (item_N, as the item events carry it); codex's own id is codex_item_id.
    const commandItem = result.items.find((i) => i.type === 'command_execution')!;
    expect(seen[0]).toMatchObject({ kind: 'command', itemId: commandItem.id, cwd: fixture.home.workspace, reason: 'write a file' });
    expect(commandItem.id).toMatch(/^item_\d+$/);
    expect(seen[0]!.command).toContain('touch accepted.txt');
    expect(events.find((e) => e.type === 'approval.requested')).toMatchObject({ kind: 'command', item_id: commandItem.id, codex_item_id: 'call_accept', reason: 'write a file' });
    expect(events.find((e) => e.type === 'approval.resolved')).toMatchObject({ decision: 'accept', reason: 'handler' });
    expect(result.items.find((i) => i.type === 'command_execution')).toMatchObject({ status: 'completed', exit_code: 0 });
    expect(turnStates).toContain('active.awaitingApproval');
    expect(turnStates.indexOf('active.awaitingApproval')).toBeGreaterThan(turnStates.indexOf('active.running'));
    expect(functionCallOutputs(fixture.server.requests[1]!)[0]!.output).toContain('created');
  });

  it('decline: nothing runs, the model is told it was rejected, the turn completes', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.shellCall(touch('declined.txt'), { callId: 'call_decline' }), responses.message('ok, I will not'));
    const thread = codex.startThread({ cwd: fixture.home.workspace, sandbox: 'read-only', approvalMode: 'ask', onApproval: () => 'decline' });
    const result = await thread.run('make a file');
    expect(result.status).toBe('completed');
    expect(result.finalResponse).toBe('ok, I will not');
    expect(existsSync(path.join(fixture.home.workspace, 'declined.txt'))).toBe(false);
    const output = functionCallOutputs(fixture.server.requests[1]!).find((o) => o.callId === 'call_decline');
    expect(output?.output).toMatch(/rejected by user/);
  });

  it('no handler at all: declined (never a silent accept), reason no_handler', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.shellCall(touch('unhandled.txt'), { callId: 'call_none' }), responses.message('declined'));
    const thread = codex.startThread({ cwd: fixture.home.workspace, sandbox: 'read-only', approvalMode: 'ask' });
    const events = record(thread);
    const result = await thread.run('make a file');
    expect(result.status).toBe('completed');
    expect(existsSync(path.join(fixture.home.workspace, 'unhandled.txt'))).toBe(false);
    expect(events.find((e) => e.type === 'approval.resolved')).toMatchObject({ decision: 'decline', reason: 'no_handler' });
    expect(functionCallOutputs(fixture.server.requests[1]!)[0]!.output).toMatch(/rejected by user/);
  });

  it('a handler that never answers is declined after approvalTimeoutMs, and its signal fires', async () => {
    let handlerSignal: AbortSignal | null = null;
    const { fixture, codex } = await setup({ approvalTimeoutMs: 300 });
    fixture.server.enqueue(responses.shellCall(touch('late.txt'), { callId: 'call_late' }), responses.message('gave up'));
    const thread = codex.startThread({
      cwd: fixture.home.workspace,
      sandbox: 'read-only',
      approvalMode: 'ask',
      onApproval: (_request, { signal }) => {
        handlerSignal = signal;
        return new Promise(() => {});
      },
    });
    const events = record(thread);
    const result = await thread.run('make a file');
    expect(result.status).toBe('completed');
    expect(events.find((e) => e.type === 'approval.resolved')).toMatchObject({ decision: 'decline', reason: 'timeout' });
    expect(handlerSignal!.aborted).toBe(true);
    expect(existsSync(path.join(fixture.home.workspace, 'late.txt'))).toBe(false);
    expect(functionCallOutputs(fixture.server.requests[1]!)[0]!.output).toMatch(/rejected by user/);
  });

  it('a handler that throws is declined and the error is reported on events$', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.shellCall(touch('boom.txt'), { callId: 'call_boom' }), responses.message('ok'));
    const thread = codex.startThread({
      cwd: fixture.home.workspace,
      sandbox: 'read-only',
      approvalMode: 'ask',
      onApproval: () => {
        throw new Error('policy service down');
      },
    });
    const events = record(thread);
    const result = await thread.run('make a file');
    expect(result.status).toBe('completed');
    expect(events.find((e) => e.type === 'approval.resolved')).toMatchObject({ decision: 'decline', reason: 'handler_error' });
    expect(events.find((e) => e.type === 'error')).toMatchObject({ message: expect.stringContaining('policy service down') });
    expect(existsSync(path.join(fixture.home.workspace, 'boom.txt'))).toBe(false);
  });

  it('cancel: the whole turn ends interrupted, with no further model request', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.shellCall(touch('cancelled.txt'), { callId: 'call_cancel' }));
    const thread = codex.startThread({ cwd: fixture.home.workspace, sandbox: 'read-only', approvalMode: 'ask', onApproval: () => 'cancel' });
    const events = record(thread);
    const result = await thread.run('make a file');
    expect(result.status).toBe('interrupted');
    expect(events.some((e) => e.type === 'turn.interrupted')).toBe(true);
    expect(fixture.server.requests).toHaveLength(1);
    expect(existsSync(path.join(fixture.home.workspace, 'cancelled.txt'))).toBe(false);
    // The thread is still usable afterwards.
    fixture.server.enqueue(responses.message('still here'));
    expect((await thread.run('next')).finalResponse).toBe('still here');
  });

  it('acceptForSession: the same command is not asked about a second time', async () => {
    let asked = 0;
    const { fixture, codex } = await setup();
    const command = 'touch session.txt && echo again';
    fixture.server.enqueue(
      responses.shellCall(command, { callId: 'call_s1' }),
      responses.shellCall(command, { callId: 'call_s2' }),
      responses.message('both ran'),
    );
    const thread = codex.startThread({
      cwd: fixture.home.workspace,
      sandbox: 'workspace-write',
      approvalMode: 'ask',
      onApproval: () => (asked++, 'acceptForSession'),
    });
    const result = await thread.run('twice');
    expect(result.status).toBe('completed');
    expect(asked).toBe(1);
    const outputs = functionCallOutputs(fixture.server.requests[2]!);
    expect(outputs.map((o) => o.callId)).toEqual(['call_s1', 'call_s2']);
    expect(outputs.every((o) => o.output.includes('again'))).toBe(true);
  });
});

describe('onApproval precedence: turn > thread > Codex', () => {
  it('asks the most specific handler in force', async () => {
    const asked: string[] = [];
    const by = (who: string): ApprovalHandler => () => (asked.push(who), 'decline');
    const { fixture, codex } = await setup({ onApproval: by('codex') });
    for (let i = 0; i < 3; i++) fixture.server.enqueue(responses.shellCall(touch(`p${i}.txt`), { callId: `call_p${i}` }), responses.message(`r${i}`));
    const withHandler = codex.startThread({ cwd: fixture.home.workspace, sandbox: 'read-only', approvalMode: 'ask', onApproval: by('thread') });
    await withHandler.run('turn-level', { onApproval: by('turn') });
    await withHandler.run('thread-level');
    const bare = codex.startThread({ cwd: fixture.home.workspace, sandbox: 'read-only', approvalMode: 'ask' });
    await bare.run('codex-level');
    expect(asked).toEqual(['turn', 'thread', 'codex']);
  });
});
