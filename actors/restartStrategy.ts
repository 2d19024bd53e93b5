/**
 * Restart strategies (OTP): which children a crash restarts. Pure functions
 * over the supervisor's children in start order.
 *
 * @module
 */

/**
 * - `one_for_one`: only the child that went down;
 * - `one_for_all`: every child;
 * - `rest_for_one`: the child that went down and every child started after it.
 *
 * @example
 * ```ts
 * const supervisor = createSupervisor({ options: { strategy: 'rest_for_one' satisfies RestartStrategy } });
 * ```
 */
export type RestartStrategy = 'one_for_one' | 'one_for_all' | 'rest_for_one';

/**
 * Every strategy, for validation and property tests.
 *
 * @example
 * ```ts
 * fc.constantFrom(...RESTART_STRATEGIES);
 * ```
 */
export const RESTART_STRATEGIES: readonly RestartStrategy[] = ['one_for_one', 'one_for_all', 'rest_for_one'];

/**
 * The ids to restart, in start order, when `failedId` went down. Returns `[]`
 * when `failedId` is not among `orderedIds` (a report about a child the
 * supervisor no longer has).
 *
 * @param orderedIds - the supervisor's children, oldest first
 * @example
 * ```ts
 * selectRestartTargets('rest_for_one', ['a', 'b', 'c', 'd'], 'b'); // ['b', 'c', 'd']
 * selectRestartTargets('one_for_one', ['a', 'b'], 'b');            // ['b']
 * ```
 */
export function selectRestartTargets(strategy: RestartStrategy, orderedIds: readonly string[], failedId: string): string[] {
  const index = orderedIds.indexOf(failedId);
  if (index === -1) return [];
  switch (strategy) {
    case 'one_for_one':
      return [failedId];
    case 'one_for_all':
      return [...orderedIds];
    case 'rest_for_one':
      return orderedIds.slice(index);
  }
}
