import { describe, expect, it } from 'vitest';
import { createActor, toPromise } from 'xstate';
import { turnMachine } from '../../../machines/turn/turnMachine.js';
import { CodexProcessCrashedError, InvalidParamsError, TransportClosedError } from '../../../src/errors/index.js';
import type { TurnInput } from '../../../machines/turn/turnTypes.js';

const exit = { exitCode: null, signal: 'SIGKILL', stderrTail: '' };

function start(startError: unknown) {
  const settled: unknown[] = [];
  const input: TurnInput = {
    threadId: 'th1',
    generation: 0,
    startParams: { threadId: 'th1', input: [] },
    publish: () => undefined,
    rpc: { request: async () => Promise.reject(startError) },
    resolveServerRequest: async () => ({}),
    settle: (outcome) => settled.push(outcome),
  };
  return { actor: createActor(turnMachine, { input }).start(), settled };
}

describe('turn/start cut off by the process dying', () => {
  it('waits for connection.lost and ends crashed with its error (not failed with the transport error)', async () => {
    const { actor, settled } = start(new TransportClosedError(exit, 'The codex app-server process exited unexpectedly'));
    await new Promise((r) => setImmediate(r));
    expect(actor.getSnapshot().value).toBe('starting');
    expect(settled).toEqual([]);
    const crash = new CodexProcessCrashedError(exit, 'The codex process running this turn');
    actor.send({ type: 'connection.lost', exit, error: crash });
    await toPromise(actor);
    expect(actor.getSnapshot().value).toBe('crashed');
    expect(settled).toEqual([expect.objectContaining({ state: 'crashed', error: crash })]);
  });

  it('still fails at once when codex refuses turn/start', async () => {
    const refused = new InvalidParamsError('turn/start', { code: -32600, message: 'Invalid request: missing field `input`' });
    const { actor, settled } = start(refused);
    await toPromise(actor);
    expect(actor.getSnapshot().value).toBe('failed');
    expect(settled).toEqual([expect.objectContaining({ state: 'failed', error: refused })]);
  });
});
