import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Codex, type ApprovalDecision, type ApprovalRequest } from '../../src/index.js';
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

/**
 * codex's `request_permissions` tool (feature `request_permissions_tool`, under
 * development in 0.169) lets the model ask for extra sandbox permissions; codex
 * sends `item/permissions/requestApproval` and the answer is the granted profile.
 */
async function grantAndWrite(decision: ApprovalDecision) {
  fixture = await createScriptedCodex({ modelCatalog: true, features: { request_permissions_tool: true } });
  codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env });
  const outside = path.join(path.dirname(fixture.home.path), 'granted');
  mkdirSync(outside, { recursive: true });
  const seen: ApprovalRequest[] = [];
  fixture.server.enqueue(
    responses.functionCall('request_permissions', { permissions: { file_system: { write: [outside] } }, reason: 'write the report' }, { callId: 'call_perm' }),
    responses.shellCall(`touch ${outside}/report.txt; echo exit=$?`, { callId: 'call_write' }),
    responses.message('done'),
  );
  const thread = codex.startThread({ cwd: fixture.home.workspace, sandbox: 'workspace-write', approvalPolicy: 'on-request', onApproval: (r) => (seen.push(r), decision) });
  const result = await thread.run('write the report outside the workspace');
  return { result, seen, outside, fixture };
}

describe('permission requests (request_permissions) on the real binary', () => {
  it('accept grants the requested write root for the turn: the sandboxed command can write there', async () => {
    const { result, seen, outside } = await grantAndWrite('accept');
    expect(result.status).toBe('completed');
    // itemId is the public item id (numbered per turn like codex exec's); codex's own id stays on raw.
    expect(seen).toEqual([expect.objectContaining({ kind: 'permissions', itemId: expect.stringMatching(/^item_\d+$/), reason: 'write the report' })]);
    expect(seen[0]!.raw).toMatchObject({ itemId: 'call_perm', permissions: { fileSystem: expect.anything() } });
    expect(existsSync(path.join(outside, 'report.txt'))).toBe(true);
  });

  it('decline grants nothing: the write stays blocked by the sandbox', async () => {
    const { result, outside, fixture } = await grantAndWrite('decline');
    expect(result.status).toBe('completed');
    expect(existsSync(path.join(outside, 'report.txt'))).toBe(false);
    expect(functionCallOutputs(fixture.server.requests[2]!).find((o) => o.callId === 'call_write')!.output).toMatch(/Read-only file system|Permission denied/);
  });
});
