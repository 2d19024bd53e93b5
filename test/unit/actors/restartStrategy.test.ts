import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RESTART_STRATEGIES, selectRestartTargets } from '../../../actors/restartStrategy.js';

const ids = ['a', 'b', 'c', 'd'];

describe('selectRestartTargets', () => {
  it('one_for_one restarts only the child that went down', () => {
    expect(selectRestartTargets('one_for_one', ids, 'c')).toEqual(['c']);
  });

  it('one_for_all restarts every child, in start order', () => {
    expect(selectRestartTargets('one_for_all', ids, 'c')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('rest_for_one restarts the child and those started after it', () => {
    expect(selectRestartTargets('rest_for_one', ids, 'b')).toEqual(['b', 'c', 'd']);
    expect(selectRestartTargets('rest_for_one', ids, 'd')).toEqual(['d']);
    expect(selectRestartTargets('rest_for_one', ids, 'a')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('returns nothing for a child the supervisor does not have', () => {
    for (const strategy of RESTART_STRATEGIES) expect(selectRestartTargets(strategy, ids, 'zz')).toEqual([]);
  });

  const uniqueIds = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 });
  const scenario = uniqueIds.chain((list) => fc.record({ list: fc.constant(list), failed: fc.constantFrom(...list), strategy: fc.constantFrom(...RESTART_STRATEGIES) }));

  it('property: the failed child is always restarted, targets keep start order and come from the list', () => {
    fc.assert(
      fc.property(scenario, ({ list, failed, strategy }) => {
        const targets = selectRestartTargets(strategy, list, failed);
        expect(targets).toContain(failed);
        const positions = targets.map((id) => list.indexOf(id));
        expect(positions.every((p) => p >= 0)).toBe(true);
        expect([...positions].sort((x, y) => x - y)).toEqual(positions);
        expect(new Set(targets).size).toBe(targets.length);
      }),
    );
  });

  it('property: one_for_one ⊆ rest_for_one ⊆ one_for_all, and rest_for_one never touches older children', () => {
    fc.assert(
      fc.property(scenario, ({ list, failed }) => {
        const one = selectRestartTargets('one_for_one', list, failed);
        const rest = selectRestartTargets('rest_for_one', list, failed);
        const all = selectRestartTargets('one_for_all', list, failed);
        expect(one).toEqual([failed]);
        expect(all).toEqual(list);
        expect(one.every((id) => rest.includes(id))).toBe(true);
        expect(rest.every((id) => all.includes(id))).toBe(true);
        const failedAt = list.indexOf(failed);
        expect(rest).toEqual(list.slice(failedAt));
        expect(rest.some((id) => list.indexOf(id) < failedAt)).toBe(false);
      }),
    );
  });
});
