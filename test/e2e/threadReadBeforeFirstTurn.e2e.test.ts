import { describe, expect, it } from 'vitest';
import { Codex } from '../../src/index.js';
import { withScriptedCodex } from '../support/index.js';

// codex 0.169.0 answers thread/read includeTurns on a thread it has not stored yet
// (no turn started) with -32601 "list_turns is not supported yet" (found by the fault suite).
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
