import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProtocolError } from '../../src/errors/index.js';
import type { ExecThreadEvent } from '../../src/protocol/execEvents.js';
import { responses } from '../../src/testing/index.js';
import { runExecTurn } from '../../src/transport/exec.js';
import { createScriptedCodex } from '../support/index.js';

describe('exec transport: item shapes of the real binary', () => {
  it('validates command, file-change and reasoning items without protocol errors', async () => {
    await using codex = await createScriptedCodex();
    const patch = "apply_patch <<'EOF'\n*** Begin Patch\n*** Add File: new.txt\n+hello world\n*** End Patch\nEOF\n";
    codex.server.enqueue(
      responses.shellCall('printf out; printf err >&2; exit 3', { callId: 'c_fail' }),
      responses.shellCall(patch, { callId: 'c_patch' }),
      responses.reasoning(['First summary', 'Second summary'], 'raw thinking'),
      responses.message('done'),
    );
    const t = runExecTurn({
      codexPath: codex.codexPath,
      env: codex.home.env,
      workingDirectory: codex.home.workspace,
      sandboxMode: 'workspace-write',
      input: 'work',
    });
    const protocolErrors: ProtocolError[] = [];
    t.protocolErrors$.subscribe((e) => protocolErrors.push(e));
    const items: Array<[string, unknown]> = [];
    const events: ExecThreadEvent[] = [];
    for await (const event of t) {
      events.push(event);
      if (event.type === 'item.started' || event.type === 'item.completed') items.push([event.type, event.item]);
    }

    expect(protocolErrors).toEqual([]);
    expect(events.filter((e) => e.type === 'unknown')).toEqual([]);
    expect(items).toContainEqual([
      'item.completed',
      expect.objectContaining({ type: 'command_execution', exit_code: 3, status: 'failed', aggregated_output: expect.stringContaining('out') }),
    ]);
    expect(items).toContainEqual(['item.started', expect.objectContaining({ type: 'command_execution', exit_code: null, status: 'in_progress' })]);
    expect(items).toContainEqual([
      'item.completed',
      expect.objectContaining({ type: 'file_change', status: 'completed', changes: [{ path: join(codex.home.workspace, 'new.txt'), kind: 'add' }] }),
    ]);
    expect(items).toContainEqual(['item.completed', expect.objectContaining({ type: 'reasoning', text: expect.stringContaining('First summary') })]);
    expect(events.at(-1)?.type).toBe('turn.completed');
    expect(await readFile(join(codex.home.workspace, 'new.txt'), 'utf8')).toBe('hello world\n');
  });
});
