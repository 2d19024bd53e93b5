import { describe, expect, it } from 'vitest';
import { CodexProcessCrashedError } from '../../src/errors/index.js';
import type { ExecThreadEvent } from '../../src/protocol/execEvents.js';
import { responses } from '../../src/testing/index.js';
import { runExecTurn } from '../../src/transport/exec.js';
import { createScriptedCodex } from '../support/index.js';

describe('exec transport: failures on the real binary', () => {
  it('reports a model failure as turn.failed and ends without throwing, although codex exits 1', async () => {
    await using codex = await createScriptedCodex();
    codex.server.enqueue(responses.failed('server_error', 'The model exploded'));
    const t = runExecTurn({ codexPath: codex.codexPath, env: codex.home.env, workingDirectory: codex.home.workspace, input: 'hi' });
    const events: ExecThreadEvent[] = [];
    for await (const event of t) events.push(event);

    expect(events.slice(-2)).toEqual([
      { type: 'error', message: 'stream disconnected before completion: The model exploded' },
      { type: 'turn.failed', error: { message: 'stream disconnected before completion: The model exploded' } },
    ]);
    await expect(t.exited).resolves.toMatchObject({ exitCode: 1, signal: null });
  });

  it('throws CodexProcessCrashedError with codex\'s stderr when codex refuses to start the turn', async () => {
    await using codex = await createScriptedCodex();
    const unknownThread = '00000000-0000-7000-8000-000000000000';
    const t = runExecTurn({
      codexPath: codex.codexPath,
      env: codex.home.env,
      workingDirectory: codex.home.workspace,
      input: 'hi',
      threadId: unknownThread,
      apiKey: 'sk-e2e-secret-value-123',
    });
    const error = await (async () => {
      for await (const _ of t) {
        // no events expected
      }
    })().then(
      () => undefined,
      (err: unknown) => err,
    );

    expect(error).toBeInstanceOf(CodexProcessCrashedError);
    const crash = error as CodexProcessCrashedError;
    expect(crash.exitCode).toBe(1);
    expect(crash.stderrTail).toContain(`no rollout found for thread id ${unknownThread}`);
    expect(crash.message).not.toContain('sk-e2e-secret-value-123');
    expect(codex.server.requests).toEqual([]);
  });
});
