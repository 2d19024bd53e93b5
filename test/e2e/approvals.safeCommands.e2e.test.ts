/**
 * What codex asks about under approvalMode 'ask' (wire policy `untrusted`):
 * on the pinned binary even read-only commands codex could call "known safe"
 * (`ls`, `cat`, `git status`) reach the handler. docs/approvals-and-tools.md
 * says so; this test is the proof, and fails if a codex upgrade changes it.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { Codex, type ApprovalRequest } from '../../src/index.js';
import { responses } from '../../src/testing/index.js';
import { createScriptedCodex, type ScriptedCodex } from '../support/index.js';

let fixture: ScriptedCodex | null = null;
let codex: Codex | null = null;

afterEach(async () => {
  await codex?.close();
  await fixture?.dispose();
  codex = null;
  fixture = null;
});

it("approvalMode 'ask': ls, cat README.md and git status are each sent to the handler", async () => {
  fixture = await createScriptedCodex({ modelCatalog: true });
  await writeFile(path.join(fixture.home.workspace, 'README.md'), '# hello\n');
  codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env });
  const asked: ApprovalRequest[] = [];
  const thread = codex.startThread({ cwd: fixture.home.workspace, sandbox: 'read-only', approvalMode: 'ask', onApproval: (request) => (asked.push(request), 'decline') });
  fixture.server.enqueue(
    responses.shellCall('ls', { callId: 'call_ls' }),
    responses.shellCall('cat README.md', { callId: 'call_cat' }),
    responses.shellCall('git status', { callId: 'call_git' }),
    responses.message('looked around'),
  );
  const result = await thread.run('look around');
  expect(result.status).toBe('completed');
  // itemId is the public item id (numbered per turn); codex's own id (the model's call id) stays on raw.
  expect(asked.map((r) => [r.kind, (r.raw as { itemId?: string }).itemId])).toEqual([
    ['command', 'call_ls'],
    ['command', 'call_cat'],
    ['command', 'call_git'],
  ]);
  expect(new Set(asked.map((r) => r.itemId)).size).toBe(3);
  expect(asked[0]!.command).toMatch(/\bls$/);
  expect(asked[1]!.command).toMatch(/cat README\.md/);
  expect(asked[2]!.command).toMatch(/git status/);
});
