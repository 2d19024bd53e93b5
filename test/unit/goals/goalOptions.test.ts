import { describe, expect, it } from 'vitest';
import { DEFAULT_GOAL_MAX_TURNS, DEFAULT_GOAL_TOKEN_BUDGET, parseGoalOptions } from '../../../src/goals/goalObjective.js';
import { InvalidOptionsError } from '../../../src/errors/index.js';

describe('parseGoalOptions', () => {
  it('bounds every goal by default', () => {
    expect(parseGoalOptions(undefined)).toEqual({ maxTurns: DEFAULT_GOAL_MAX_TURNS, tokenBudget: DEFAULT_GOAL_TOKEN_BUDGET });
    expect(parseGoalOptions({})).toEqual({ maxTurns: DEFAULT_GOAL_MAX_TURNS, tokenBudget: DEFAULT_GOAL_TOKEN_BUDGET });
  });

  it('keeps given bounds, Infinity included (no bound)', () => {
    const signal = new AbortController().signal;
    expect(parseGoalOptions({ maxTurns: 3, tokenBudget: Infinity, signal })).toEqual({ maxTurns: 3, tokenBudget: Infinity, signal });
  });

  it.each([
    [{ maxTurns: 0 }, 'maxTurns'],
    [{ maxTurns: 2.5 }, 'maxTurns'],
    [{ maxTurns: '3' }, 'maxTurns'],
    [{ tokenBudget: -1 }, 'tokenBudget'],
    [{ tokenBudget: NaN }, 'tokenBudget'],
    [{ signal: {} }, 'signal'],
    [{ maxturns: 3 }, 'maxturns'],
  ])('rejects %o naming the option', (options, option) => {
    const error = (() => {
      try {
        parseGoalOptions(options);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect((error as InvalidOptionsError).option).toBe(option);
  });
});
