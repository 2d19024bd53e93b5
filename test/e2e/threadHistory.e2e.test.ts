/**
 * History the way codex 0.171 asks for it: the library resumes with
 * `excludeTurns: true` and reads history page by page with `thread/turns/list`,
 * so codex never sends its "Full-history hydration is deprecated" notice
 * (which it sends for `thread/resume` without `excludeTurns` and for
 * `thread/read { includeTurns: true }` on a resumed thread).
 */
import { describe, expect, it } from 'vitest';
import { Codex } from '../../src/index.js';
import { parseThreadOptions } from '../../src/options/threadOptions.js';
import { toThreadResumeParams } from '../../src/options/toWireParams.js';
import type { Turn } from '../../src/protocol/generated/types.js';
import { readAllTurns } from '../../src/runtime/readThreadHistory.js';
import { responses } from '../../src/testing/index.js';
import { startAppServer } from '../../src/transport/appServerTransport.js';
import type { RpcNotification } from '../../src/transport/types.js';
import { withScriptedCodex, type ScriptedCodex } from '../support/index.js';

const PROMPTS = ['first', 'second', 'third'];

/** A stored thread with one turn per prompt; its codex process is gone afterwards. */
async function storedThread(fixture: ScriptedCodex): Promise<string> {
  const codex = new Codex({ codexPath: fixture.codexPath, env: { ...fixture.home.env } });
  try {
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    for (const prompt of PROMPTS) {
      fixture.server.enqueue(responses.message(`answer to ${prompt}`));
      await thread.run(prompt);
    }
    return thread.id as string;
  } finally {
    await codex.close();
  }
}

const userTexts = (turns: readonly Turn[]) =>
  turns.map((turn) => turn.items.flatMap((item) => (item.type === 'userMessage' ? item.content.flatMap((c) => (c.type === 'text' ? [c.text] : [])) : [])).join(''));

describe('thread history on 0.171', () => {
  it('resume params of the library draw no deprecation notice; paged turns equal the fully hydrated read', async () => {
    await withScriptedCodex(async (fixture) => {
      const threadId = await storedThread(fixture);
      const t = await startAppServer({ codexPath: fixture.codexPath, env: fixture.home.env, cwd: fixture.home.workspace });
      try {
        const notices: RpcNotification[] = [];
        t.notifications$.subscribe((n) => {
          if (n.method === 'deprecationNotice') notices.push(n);
        });
        const resumed = await t.request(
          'thread/resume',
          toThreadResumeParams(threadId, parseThreadOptions({}, fixture.home.workspace), { excludeTurns: true }),
        );
        expect(resumed.thread.turns).toEqual([]);
        // One turn per page, so the cursor is followed.
        const paged = await readAllTurns((page) => t.request('thread/turns/list', { threadId, ...page }), 1);
        expect(userTexts(paged)).toEqual(PROMPTS);
        expect(notices).toEqual([]);

        // The deprecated way, for comparison: the same turns, and the notice.
        const hydrated = await t.request('thread/read', { threadId, includeTurns: true });
        expect(paged).toEqual(hydrated.thread.turns);
        await expect.poll(() => notices.map((n) => (n.params as { summary: string }).summary)).toEqual([
          expect.stringMatching(/Full-history hydration is deprecated/),
        ]);
      } finally {
        await t.close();
      }
    });
  });

  it('thread.read({ includeTurns }) of a resumed thread has every turn with its items, oldest first', async () => {
    await withScriptedCodex(async (fixture) => {
      const threadId = await storedThread(fixture);
      const codex = new Codex({ codexPath: fixture.codexPath, env: { ...fixture.home.env } });
      try {
        const thread = codex.resumeThread(threadId, { cwd: fixture.home.workspace });
        const read = await thread.read({ includeTurns: true });
        expect(read.thread.id).toBe(threadId);
        expect(userTexts(read.thread.turns)).toEqual(PROMPTS);
        expect(read.thread.turns.map((turn) => turn.items.find((item) => item.type === 'agentMessage'))).toEqual(
          PROMPTS.map((prompt) => expect.objectContaining({ text: `answer to ${prompt}` })),
        );
        const bare = await thread.read();
        expect(bare.thread.turns).toEqual([]);
      } finally {
        await codex.close();
      }
    });
  });
});
