import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ApprovalRequest, type ThreadEvent } from '../../src/index.js';
import { functionCallOutputs, responses } from '../../src/testing/index.js';
import { useCodexFixture } from '../support/index.js';

// modelCatalog: codex offers the freeform apply_patch tool only with real model metadata.
const setup = useCodexFixture();

const addFile = (name: string, line: string) => `*** Begin Patch\n*** Add File: ${name}\n+${line}\n*** End Patch\n`;

describe('file-change approvals (apply_patch) on the real binary', () => {
  it('accept: the handler sees the paths and the diff (taken from the item), the file is written', async () => {
    const { fixture, codex } = await setup();
    const seen: ApprovalRequest[] = [];
    fixture.server.enqueue(responses.applyPatch(addFile('patched.txt', 'made by accept'), { callId: 'call_patch' }), responses.message('patched'));
    const thread = codex.startThread({
      cwd: fixture.home.workspace,
      sandbox: 'read-only',
      approvalMode: 'ask',
      onApproval: (request) => (seen.push(request), 'accept'),
    });
    const events: ThreadEvent[] = [];
    thread.events$.subscribe((e) => events.push(e));
    const result = await thread.run('add a file');
    expect(result.status).toBe('completed');
    const target = path.join(fixture.home.workspace, 'patched.txt');
    expect(readFileSync(target, 'utf8')).toBe('made by accept\n');
    expect(seen).toHaveLength(1);
    // codex's fileChange request carries no diff (reference §3.5); it comes from item/started.
    expect(seen[0]).toMatchObject({ kind: 'file_change', itemId: result.items.find((i) => i.type === 'file_change')!.id, paths: [target], diff: 'made by accept\n' });
    expect(events.find((e) => e.type === 'approval.requested')).toMatchObject({ kind: 'file_change', paths: [target], diff: 'made by accept\n' });
    expect(result.items.find((i) => i.type === 'file_change')).toMatchObject({ status: 'completed', changes: [{ path: target, kind: 'add' }] });
  });

  it('decline: no file, the model is told the patch was rejected', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.applyPatch(addFile('refused.txt', 'nope'), { callId: 'call_refused' }), responses.message('understood'));
    const thread = codex.startThread({ cwd: fixture.home.workspace, sandbox: 'read-only', approvalMode: 'ask', onApproval: () => 'decline' });
    const result = await thread.run('add a file');
    expect(result.status).toBe('completed');
    expect(existsSync(path.join(fixture.home.workspace, 'refused.txt'))).toBe(false);
    expect(functionCallOutputs(fixture.server.requests[1]!).find((o) => o.callId === 'call_refused')?.output).toMatch(/patch rejected by user/);
  });
});
