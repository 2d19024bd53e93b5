import { describe, expect, it } from 'vitest';
import { Codex } from '../../src/index.js';
import { withScriptedCodex } from '../support/index.js';

// Before the first turn codex has not stored the thread: 0.169 answered thread/read
// includeTurns with -32601 "list_turns is not supported yet" (found by the fault suite),
// 0.171 answers thread/turns/list with -32600 "not materialized yet".
describe('thread.read({ includeTurns }) before the first turn', () => {
  it('resolves with the thread and no turns instead of MethodNotFoundError', async () => {
    await withScriptedCodex(async (fixture) => {
      const codex = new Codex({ codexPath: fixture.codexPath, env: { ...fixture.home.env } });
      try {
        const thread = codex.startThread({ cwd: fixture.home.workspace });
        await thread.ready();
        const read = (await thread.read({ includeTurns: true })) as { thread: { id: string; turns: unknown[] } };
        expect(read.thread.id).toBe(thread.id);
        expect(read.thread.turns).toEqual([]);
      } finally {
        await codex.close();
      }
    });
  });
});
