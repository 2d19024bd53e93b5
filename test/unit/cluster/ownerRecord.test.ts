import { describe, expect, it } from 'vitest';
import { decideClaim, type OwnerRecord } from '../../../src/cluster/ownerRecord.js';

const record = (over: Partial<OwnerRecord>): OwnerRecord => ({ threadId: 't', host: 'a', epoch: 3, state: 'active', at: 0, ...over });
const live = (ids: string[]) => (id: string) => ids.includes(id);

describe('decideClaim (owner records change only by compare-and-set)', () => {
  it('no record: create at epoch 1', () => {
    expect(decideClaim(null, 't', 'a', live([]), 5)).toEqual({ kind: 'create', record: { threadId: 't', host: 'a', epoch: 1, state: 'active', at: 5 } });
  });
  it('our active record: keep; our parked record: re-activate at the same epoch, against its revision', () => {
    expect(decideClaim({ record: record({}), revision: 9 }, 't', 'a', live(['a']), 5)).toEqual({ kind: 'keep' });
    expect(decideClaim({ record: record({ state: 'parked' }), revision: 9 }, 't', 'a', live(['a']), 5)).toMatchObject({ kind: 'update', revision: 9, record: { host: 'a', epoch: 3, state: 'active' } });
  });
  it('another host: parked or lost → take over at epoch + 1; active on a live host → refuse', () => {
    expect(decideClaim({ record: record({ state: 'parked' }), revision: 9 }, 't', 'b', live(['a', 'b']), 5)).toMatchObject({ kind: 'update', revision: 9, record: { host: 'b', epoch: 4 } });
    expect(decideClaim({ record: record({}), revision: 9 }, 't', 'b', live(['b']), 5)).toMatchObject({ kind: 'update', record: { host: 'b', epoch: 4 } });
    expect(decideClaim({ record: record({}), revision: 9 }, 't', 'b', live(['a', 'b']), 5)).toEqual({ kind: 'refuse', owner: record({}) });
  });
});
