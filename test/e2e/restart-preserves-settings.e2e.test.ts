/**
 * A restart must not change what a thread may do: per-turn overrides that
 * codex keeps for later turns (sandbox, approval mode, model, effort) are still
 * in force after the thread's codex process is killed with SIGKILL and the
 * supervisor resumes the thread — per thread process, on a pool process, and
 * for a turn re-sent by `retryTurnOnCrash`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Codex, type CodexOptions, type Thread, type ThreadOptions, type TurnOptions } from '../../src/index.js';
import { createGate, functionCallOutputs, responses } from '../../src/testing/index.js';
import { createScriptedCodex, type ScriptedCodex } from '../support/index.js';
import { killHard, nextEvent } from '../support/runtimeHelpers.js';

let fixture: ScriptedCodex | null = null;
let codex: Codex | null = null;

afterEach(async () => {
  await codex?.close();
  await fixture?.dispose();
  codex = null;
  fixture = null;
});

// Short, jitter-free backoff: the restart itself is what is under test.
const FAST_RESTARTS: CodexOptions['supervisor'] = { backoff: { initialDelayMs: 20, jitter: 0 } };

async function setup(options: CodexOptions = {}) {
  fixture = await createScriptedCodex({ modelCatalog: true });
  codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, supervisor: FAST_RESTARTS, ...options });
  const start = (threadOptions: ThreadOptions) => codex!.startThread({ cwd: fixture!.home.workspace, ...threadOptions });
  return { fixture, codex, start };
}

let calls = 0;

/** One turn in which the model runs `cmd`; returns what the command printed (as codex told the model). */
async function runShell(thread: Thread, cmd: string, options: TurnOptions & { escalate?: boolean } = {}): Promise<string> {
  const { escalate, ...turnOptions } = options;
  const callId = `call_${++calls}`;
  const server = fixture!.server;
  const before = server.requests.length;
  server.enqueue(responses.shellCall(cmd, { callId, ...(escalate ? { sandboxPermissions: 'require_escalated' as const, justification: 'write' } : {}) }), responses.message('done'));
  await thread.run(`run ${callId}`, turnOptions);
  return functionCallOutputs(server.requests[before + 1]!).find((o) => o.callId === callId)!.output;
}

/** SIGKILLs the thread's codex process between turns and waits for the supervisor to resume it. */
async function crash(thread: Thread): Promise<{ reason: string }> {
  const restarted = nextEvent(thread.events$, 'thread.restarted');
  const pid = thread.processId;
  killHard(pid);
  const event = await restarted;
  expect(thread.processId).not.toBe(pid);
  return event;
}

const workspaceFile = (name: string) => path.join(fixture!.home.workspace, name);

describe.each([
  ['per-thread', 'per-thread' as const],
  ['a pool process', { pool: 2 }],
])('a restart keeps the sandbox a turn set (%s)', (_name, processModel) => {
  it('thread workspace-write, a turn tightens it to read-only, kill -9: the next plain turn is still read-only', async () => {
    const { start } = await setup({ processModel });
    const thread = start({ sandbox: 'workspace-write', approvalPolicy: 'never' });

    expect(await runShell(thread, 'touch t0.txt; echo exit=$?')).toContain('exit=0');
    expect(await runShell(thread, 'touch t1.txt; echo exit=$?', { sandbox: 'read-only' })).toMatch(/Read-only file system/);
    expect(existsSync(workspaceFile('t1.txt'))).toBe(false);
    const id = thread.id;

    await crash(thread);
    expect(thread.id).toBe(id);
    expect(thread.settings.sandbox).toBe('read-only');
    expect(await runShell(thread, 'touch t2.txt; echo exit=$?')).toMatch(/Read-only file system/);
    expect(existsSync(workspaceFile('t2.txt'))).toBe(false);
    expect(JSON.parse(fixture!.server.requests.at(-1)!.headers['x-codex-turn-metadata'] ?? '{}')).toMatchObject({ sandbox_mode: 'read-only' });
  });

  it('thread read-only, a turn loosens it to workspace-write, kill -9: the next plain turn may still write', async () => {
    const { start } = await setup({ processModel });
    const thread = start({ sandbox: 'read-only', approvalPolicy: 'never' });

    expect(await runShell(thread, 'touch w0.txt; echo exit=$?')).toMatch(/Read-only file system/);
    expect(await runShell(thread, 'touch w1.txt; echo exit=$?', { sandbox: 'workspace-write' })).toContain('exit=0');

    await crash(thread);
    expect(thread.settings.sandbox).toBe('workspace-write');
    expect(await runShell(thread, 'touch w2.txt; echo exit=$?')).toContain('exit=0');
    expect(existsSync(workspaceFile('w2.txt'))).toBe(true);
  });
});

describe('a restart keeps the other per-turn settings', () => {
  it("a per-turn approvalMode 'deny_all' survives kill -9: the handler of the thread's 'ask' mode is never asked", async () => {
    const { start } = await setup();
    const asked: string[] = [];
    const thread = start({
      sandbox: 'read-only',
      approvalMode: 'ask',
      onApproval: (request: { kind: string }) => {
        asked.push(request.kind);
        return 'accept';
      },
    });

    expect(await runShell(thread, 'touch d1.txt; echo exit=$?', { approvalMode: 'deny_all', escalate: true })).toMatch(/approval policy is Never/i);
    expect(asked).toEqual([]);

    await crash(thread);
    expect(thread.settings.approvalPolicy).toBe('never');
    expect(await runShell(thread, 'touch d2.txt; echo exit=$?', { escalate: true })).toMatch(/approval policy is Never/i);
    expect(asked).toEqual([]);
    expect(existsSync(workspaceFile('d2.txt'))).toBe(false);
  });

  it('a per-turn model, effort and summary survive kill -9 (the model request after the restart asks for them)', async () => {
    const { fixture, start } = await setup();
    const thread = start({ modelReasoningEffort: 'low' });
    fixture.server.enqueue(responses.message('one'), responses.message('two'));
    await thread.run('one', { model: 'gpt-5.5', effort: 'high', summary: 'detailed' });
    expect(fixture.server.requests[0]!.body).toMatchObject({ model: 'gpt-5.5', reasoning: { effort: 'high', summary: 'detailed' } });

    const { reason } = await crash(thread);
    expect(reason).toBe('codex process killed by SIGKILL');
    expect(thread.settings).toMatchObject({ model: 'gpt-5.5', effort: 'high', summary: 'detailed' });
    await thread.run('two');
    expect(fixture.server.requests[1]!.body).toMatchObject({ model: 'gpt-5.5', reasoning: { effort: 'high', summary: 'detailed' } });
  });

  it('retryTurnOnCrash: the re-sent turn runs with its own sandbox, and later turns keep it', async () => {
    const { fixture, start } = await setup({ retryTurnOnCrash: true });
    const thread = start({ sandbox: 'workspace-write', approvalPolicy: 'never' });
    await thread.ready();
    const held = createGate();
    fixture.server.enqueue(
      responses.message('never delivered', { gate: held }),
      responses.shellCall('touch r1.txt; echo exit=$?', { callId: 'call_retry' }),
      responses.message('retried'),
    );
    const restarted = nextEvent(thread.events$, 'thread.restarted');
    const run = thread.run('tightened turn', { sandbox: 'read-only' });
    await held.reached;
    killHard(thread.processId);
    await restarted;

    expect((await run).finalResponse).toBe('retried');
    expect(functionCallOutputs(fixture.server.requests[2]!).find((o) => o.callId === 'call_retry')!.output).toMatch(/Read-only file system/);
    expect(existsSync(workspaceFile('r1.txt'))).toBe(false);
    expect(thread.settings.sandbox).toBe('read-only');
    expect(await runShell(thread, 'touch r2.txt; echo exit=$?')).toMatch(/Read-only file system/);
  });
});
