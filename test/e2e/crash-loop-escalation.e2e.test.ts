/**
 * A codex binary that dies at every start exhausts the supervisor's restart
 * intensity: the supervisor escalates (`supervisor.escalated` on
 * `codex.events$`), the thread ends `failed`, callers get
 * `SupervisorEscalationError` (caused by the last crash), and nothing is
 * started again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { PINNED_CODEX_VERSION } from '../../native/index.js';
import { Codex, CodexVersionError, SupervisorEscalationError, TransportClosedError } from '../../src/index.js';
import { createScriptedCodex, listCodexProcesses, type ScriptedCodex } from '../support/index.js';
import { nextSupervisorEvent } from '../support/runtimeHelpers.js';

const CRASHING_CODEX = fileURLToPath(new URL('../fixtures/codex-crash-at-start', import.meta.url));
const VERSION_ONLY_CODEX = fileURLToPath(new URL('../fixtures/fake-codex-version', import.meta.url));

let fixture: ScriptedCodex | null = null;
let codex: Codex | null = null;

afterEach(async () => {
  await codex?.close();
  await fixture?.dispose();
  codex = null;
  fixture = null;
});

function startsIn(log: string): number {
  try {
    return readFileSync(log, 'utf8').split('\n').filter(Boolean).length;
  } catch {
    return 0;
  }
}

describe('crash loop → escalation', () => {
  it('a binary that crashes at every start is restarted maxRestarts times, then the supervisor escalates and the thread fails for good', async () => {
    fixture = await createScriptedCodex();
    const log = join(fixture.home.path, 'starts.log');
    codex = new Codex({
      codexPath: CRASHING_CODEX,
      env: { ...fixture.home.env, CRASH_LOG: log, FAKE_CODEX_VERSION: PINNED_CODEX_VERSION },
      supervisor: { maxRestarts: 2, withinMs: 30_000, backoff: { initialDelayMs: 10, jitter: 0 } },
    });
    const escalated = nextSupervisorEvent(codex, 'supervisor.escalated');
    const thread = codex.startThread({ cwd: fixture.home.workspace });

    const error = await thread.run('hello').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SupervisorEscalationError);
    const escalation = error as SupervisorEscalationError;
    expect(escalation).toMatchObject({ childIds: ['thread:1'], restarts: 2, withinMs: 30_000 });
    // The last crash is the cause, with the binary's own words.
    expect(escalation.cause).toBeInstanceOf(TransportClosedError);
    expect((escalation.cause as TransportClosedError).stderrTail).toContain('simulated crash at start');

    const event = await escalated;
    expect(event).toMatchObject({ type: 'supervisor.escalated', childIds: ['thread:1'], restarts: 2 });
    expect(event.error).toBe(escalation);
    expect(thread.state.state).toBe('failed');
    expect(codex.supervisor.tree().children).toEqual([expect.objectContaining({ id: 'thread:1', status: 'failed', generation: 3, restarts: 2 })]);
    expect(startsIn(log)).toBe(3);

    // Failed for good: later work is refused at once, with the same error, and nothing is spawned.
    await expect(thread.run('again')).rejects.toBe(escalation);
    await expect(thread.read()).rejects.toBe(escalation);
    await codex.close();
    expect(startsIn(log)).toBe(3);
    expect(listCodexProcesses(fixture.home.path)).toEqual([]);
  });

  it('an error a restart cannot cure (the wrong codex version) fails the thread at once: no restart, no escalation', async () => {
    fixture = await createScriptedCodex();
    const log = join(fixture.home.path, 'spawns.log');
    codex = new Codex({ codexPath: VERSION_ONLY_CODEX, env: { ...fixture.home.env, FAKE_CODEX_VERSION: '0.1.0', FAKE_CODEX_SPAWN_LOG: log } });
    const supervisorEvents: string[] = [];
    codex.events$.subscribe((e) => {
      if (e.type.startsWith('supervisor.')) supervisorEvents.push(e.type);
    });
    const thread = codex.startThread({ cwd: fixture.home.workspace });

    await expect(thread.run('hello')).rejects.toBeInstanceOf(CodexVersionError);
    expect(thread.state.state).toBe('failed');
    expect(supervisorEvents).toEqual(['supervisor.child_started', 'supervisor.child_failed']);
    expect(codex.supervisor.tree().children).toEqual([expect.objectContaining({ status: 'failed', generation: 1, restarts: 0 })]);
    expect(startsIn(log)).toBe(1); // the version probe only
  });
});
