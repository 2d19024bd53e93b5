/**
 * A forgotten `enqueue` reads as what it is: with nothing scripted, the
 * turn fails at once with a non-retryable error naming the request, not
 * with codex's retryable "high demand" outage text.
 */
import { afterEach, expect, it } from 'vitest';
import { Codex, TurnFailedError, isRetryableError } from '../../src/index.js';
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

it('nothing scripted for the second request → TurnFailedError saying so (not retryable), one request only', async () => {
  fixture = await createScriptedCodex({ streamMaxRetries: 2 });
  codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env });
  const thread = codex.startThread({ cwd: fixture.home.workspace });
  fixture.server.enqueue(responses.message('first'));
  expect((await thread.run('one')).finalResponse).toBe('first');
  const error = await thread.run('two').then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TurnFailedError);
  expect((error as TurnFailedError).message).toContain('no response was scripted for model request #2');
  expect((error as TurnFailedError).message).not.toMatch(/high demand/i);
  expect(isRetryableError(error)).toBe(false);
  // Even with stream retries on, codex asked once: a 400 is not retried.
  expect(fixture.server.requests).toHaveLength(2);
  expect(() => fixture!.server.assertNoMisses()).toThrow(/request #2 POST \/v1\/responses: no response was scripted/);
});
