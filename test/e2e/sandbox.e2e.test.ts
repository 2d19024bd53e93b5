import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Codex, InvalidOptionsError, type ThreadOptions } from '../../src/index.js';
import { functionCallOutputs, inputMessages, messageTexts, responses, type RecordedRequest } from '../../src/testing/index.js';
import { createScriptedCodex, listCodexProcesses, type ScriptedCodex } from '../support/index.js';

let fixture: ScriptedCodex | null = null;
let codex: Codex | null = null;

afterEach(async () => {
  await codex?.close();
  await fixture?.dispose();
  codex = null;
  fixture = null;
});

async function setup() {
  fixture = await createScriptedCodex({ modelCatalog: true });
  codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env });
  // A directory outside the workspace (a sibling of the home, inside the fixture's temp dir).
  const outside = path.join(path.dirname(fixture.home.path), 'outside');
  mkdirSync(outside, { recursive: true });
  return { fixture, codex, outside };
}

/** Runs one turn in which the model runs `cmd` (approvals off: the sandbox alone decides) and returns the command's output. */
async function runCommand(codex: Codex, fixture: ScriptedCodex, options: ThreadOptions, cmd: string): Promise<{ output: string; request: RecordedRequest }> {
  const before = fixture.server.requests.length;
  fixture.server.enqueue(responses.shellCall(cmd, { callId: `call_${before}` }), responses.message('ok'));
  const thread = codex.startThread({ cwd: fixture.home.workspace, approvalPolicy: 'never', ...options });
  await thread.run('run it');
  const request = fixture.server.requests[before]!;
  const output = functionCallOutputs(fixture.server.requests[before + 1]!).find((o) => o.callId === `call_${before}`)!.output;
  return { output, request };
}

function turnMetadata(request: RecordedRequest): Record<string, unknown> {
  return JSON.parse(request.headers['x-codex-turn-metadata'] ?? '{}') as Record<string, unknown>;
}

function developerText(request: RecordedRequest): string {
  return inputMessages(request, 'developer').flatMap(messageTexts).join('\n');
}

describe('sandbox presets on the real binary (bubblewrap + seccomp)', () => {
  it('read-only: writes fail even inside the workspace', async () => {
    const { fixture, codex } = await setup();
    const { output, request } = await runCommand(codex, fixture, { sandbox: 'read-only' }, 'touch ro.txt; echo exit=$?');
    expect(output).toMatch(/Read-only file system/);
    expect(existsSync(path.join(fixture.home.workspace, 'ro.txt'))).toBe(false);
    expect(turnMetadata(request).sandbox_mode).toBe('read-only');
  });

  it('workspace-write: the workspace is writable, other directories are not unless listed in additionalDirectories', async () => {
    const { fixture, codex, outside } = await setup();
    const denied = await runCommand(codex, fixture, { sandbox: 'workspace-write' }, `touch in.txt && touch ${outside}/denied.txt; echo exit=$?`);
    expect(existsSync(path.join(fixture.home.workspace, 'in.txt'))).toBe(true);
    expect(existsSync(path.join(outside, 'denied.txt'))).toBe(false);
    expect(denied.output).toMatch(/Read-only file system|Permission denied/);
    expect(turnMetadata(denied.request).sandbox_mode).toBe('workspace-write');

    const allowed = await runCommand(codex, fixture, { sandbox: 'workspace-write', additionalDirectories: [outside] }, `touch ${outside}/allowed.txt; echo exit=$?`);
    expect(allowed.output).toContain('exit=0');
    expect(existsSync(path.join(outside, 'allowed.txt'))).toBe(true);
    const context = inputMessages(allowed.request, 'user').flatMap(messageTexts).find((t) => t.includes('<environment_context>'))!;
    expect(context).toContain(`<entry access="write"><path>${outside}</path></entry>`);
  });

  it('workspace-write network flag: off blocks sockets inside the sandbox, on allows them; codex tells the model which', async () => {
    const { fixture, codex } = await setup();
    // bash's /dev/tcp opens a TCP connection to the scripted server itself.
    const probe = `(exec 3<>/dev/tcp/127.0.0.1/${fixture.server.port}) 2>/dev/null && echo NET=open || echo NET=blocked`;
    const off = await runCommand(codex, fixture, { sandbox: 'workspace-write', networkAccessEnabled: false }, probe);
    expect(off.output).toContain('NET=blocked');
    expect(developerText(off.request)).toContain('Network access is restricted.');
    const on = await runCommand(codex, fixture, { sandbox: 'workspace-write', networkAccessEnabled: true }, probe);
    expect(on.output).toContain('NET=open');
    expect(developerText(on.request)).toContain('Network access is enabled.');
  });

  it('danger-full-access: no sandbox at all', async () => {
    const { fixture, codex, outside } = await setup();
    const { output, request } = await runCommand(codex, fixture, { sandbox: 'danger-full-access' }, `touch ${outside}/free.txt; echo exit=$?`);
    expect(output).toContain('exit=0');
    expect(existsSync(path.join(outside, 'free.txt'))).toBe(true);
    expect(turnMetadata(request).sandbox_mode).toBe('danger-full-access');
  });

  it('dangerouslyBypassApprovalsAndSandbox runs unsandboxed without asking; with a sandbox it is rejected before any process or request', async () => {
    const { fixture, codex, outside } = await setup();
    expect(() => codex.startThread({ cwd: fixture.home.workspace, dangerouslyBypassApprovalsAndSandbox: true, sandbox: 'read-only' })).toThrow(InvalidOptionsError);
    expect(() => codex.startThread({ dangerouslyBypassApprovalsAndSandbox: true, approvalMode: 'ask' })).toThrow(/approvalMode.*contradicts dangerouslyBypassApprovalsAndSandbox/);
    expect(fixture.server.requests).toHaveLength(0);
    expect(listCodexProcesses(fixture.home.path)).toEqual([]);

    const { output, request } = await runCommand(codex, fixture, { dangerouslyBypassApprovalsAndSandbox: true, approvalPolicy: undefined }, `touch ${outside}/yolo.txt; echo exit=$?`);
    expect(output).toContain('exit=0');
    expect(turnMetadata(request).sandbox_mode).toBe('danger-full-access');
  });
});
