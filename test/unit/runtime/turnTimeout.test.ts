import { describe, expect, it, vi } from 'vitest';
import { TimeoutError } from '../../../src/errors/index.js';
import { armTurnTimeout } from '../../../src/runtime/turnTimeout.js';
import { TurnHandle } from '../../../src/turnHandle.js';
import type { TurnActorRef } from '../../../machines/turn/turnMachine.js';

const fakeRef = { subscribe: () => ({ unsubscribe() {} }), getSnapshot: () => ({ context: { acc: { turnId: 't1' } } }) } as unknown as TurnActorRef;

function handleWith(onInterrupt: (handle: TurnHandle) => void) {
  let handle!: TurnHandle;
  handle = new TurnHandle(
    {
      publish: (event) => event,
      interrupt: () => onInterrupt(handle),
      steer: async () => undefined,
      finish: async (settled) => settled,
    },
    (threadId) => ({ threadId, input: [] }),
  );
  return handle;
}

describe('armTurnTimeout', () => {
  it('interrupts a turn that runs too long; it rejects with TimeoutError and the process is left alone', async () => {
    const kill = vi.fn();
    const handle = handleWith((h) => h.request.settle({ state: 'interrupted', acc: null, error: null, endReason: 'interrupt', endCause: undefined }, 0));
    armTurnTimeout(handle, { timeoutMs: 20, kill });
    handle.request.attached(fakeRef, 0);
    const error = await handle.result().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).message).toMatch(/timed out after 20 ms\. it was interrupted/);
    expect(kill).not.toHaveBeenCalled();
  });

  it('kills the process when the interrupt is not honoured within the grace period', async () => {
    let handle!: TurnHandle;
    const kill = vi.fn(() => handle.request.settle({ state: 'crashed', acc: null, error: new Error('killed'), endReason: null, endCause: undefined }, 0));
    handle = handleWith(() => undefined);
    armTurnTimeout(handle, { timeoutMs: 10, graceMs: 10, kill });
    handle.request.attached(fakeRef, 0);
    const error = await handle.result().catch((e: unknown) => e);
    expect(kill).toHaveBeenCalledTimes(1);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).message).toMatch(/process was killed/);
    expect((error as TimeoutError).cause).toEqual(new Error('killed'));
  });

  it('leaves a turn that ends in time untouched and counts from the start of the turn, not the queue', async () => {
    vi.useFakeTimers();
    try {
      const kill = vi.fn();
      const handle = handleWith(() => undefined);
      armTurnTimeout(handle, { timeoutMs: 30, kill });
      // Queued for longer than the timeout: no timer runs yet.
      vi.advanceTimersByTime(50);
      handle.request.attached(fakeRef, 0);
      handle.request.settle({ state: 'completed', acc: null, error: null, endReason: null, endCause: undefined }, 0);
      await expect(handle.result()).resolves.toMatchObject({ status: 'completed' });
      vi.advanceTimersByTime(1000);
      expect(kill).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
