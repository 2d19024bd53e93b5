import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AbortError } from '../../src/errors/index.js';
import { createGate, responses } from '../../src/testing/index.js';
import { runExecTurn } from '../../src/transport/exec.js';
import { createScriptedCodex, listCodexProcesses } from '../support/index.js';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('exec transport: abort on the real binary', () => {
  it('kills codex mid-turn, throws AbortError with the reason, and leaves no process or schema file', async () => {
    await using codex = await createScriptedCodex();
    const gate = createGate(); // holds the model's answer after its first event
    codex.server.enqueue(responses.message('never delivered', { gate }));
    const controller = new AbortController();
    const t = runExecTurn({
      codexPath: codex.codexPath,
      env: codex.home.env,
      workingDirectory: codex.home.workspace,
      input: 'Take your time',
      outputSchema: { type: 'object', properties: {}, additionalProperties: false },
      signal: controller.signal,
    });

    const seen: string[] = [];
    const consumed = (async () => {
      for await (const event of t) seen.push(event.type);
    })();
    await gate.reached; // codex is waiting for the rest of the model stream
    const pid = t.pid!;
    const schemaPath = t.args![t.args!.indexOf('--output-schema') + 1]!;
    expect(isAlive(pid)).toBe(true);
    expect(existsSync(schemaPath)).toBe(true);

    const reason = new Error('user pressed stop');
    const abortedAt = Date.now();
    controller.abort(reason);
    const error = await consumed.then(
      () => undefined,
      (err: unknown) => err,
    );
    const elapsed = Date.now() - abortedAt;
    gate.release();

    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ name: 'AbortError', code: 'ABORT_ERR', cause: reason });
    expect(elapsed).toBeLessThan(2000); // SIGTERM, not the SIGKILL fallback
    expect(seen).toContain('turn.started');
    expect(seen).not.toContain('turn.completed');
    expect(isAlive(pid)).toBe(false);
    expect(listCodexProcesses(codex.home.path)).toEqual([]);
    expect(existsSync(schemaPath)).toBe(false);
    await expect(t.exited).resolves.toMatchObject({ signal: 'SIGTERM' });
  });

  it('spawns nothing when the signal is already aborted', async () => {
    await using codex = await createScriptedCodex();
    const t = runExecTurn({ codexPath: codex.codexPath, env: codex.home.env, input: 'x', signal: AbortSignal.abort('too late') });
    await expect(t.events.next()).rejects.toMatchObject({ name: 'AbortError', cause: 'too late' });
    expect(t.pid).toBeUndefined();
    expect(codex.server.requests).toEqual([]);
  });
});
