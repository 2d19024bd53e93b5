import { describe, expect, it } from 'vitest';
import { LoopKeeper } from '../../../src/transport/loopKeeper.js';

function handle() {
  const calls: string[] = [];
  return { calls, ref: () => calls.push('ref'), unref: () => calls.push('unref') };
}

describe('LoopKeeper', () => {
  it('unreferences an idle process and references it while a request or a hold is in flight', () => {
    const child = handle();
    let pending = 1;
    const keeper = new LoopKeeper([child, null], () => pending > 0);
    keeper.update();
    expect(child.calls).toEqual([]); // spawned referenced and busy: nothing to change
    pending = 0;
    keeper.update();
    expect(child.calls).toEqual(['unref']);
    const release = keeper.hold();
    const second = keeper.hold();
    expect(child.calls).toEqual(['unref', 'ref']);
    release();
    release(); // idempotent: one release per hold
    expect(child.calls).toEqual(['unref', 'ref']);
    second();
    expect(child.calls).toEqual(['unref', 'ref', 'unref']);
  });
});
