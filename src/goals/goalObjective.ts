import { InvalidOptionsError } from '../errors/index.js';
import { describeValue } from '../options/describeValue.js';

/** The longest objective codex accepts, in characters. */
export const MAX_GOAL_OBJECTIVE_LENGTH = 4000;

/**
 * How many turns codex may run for a goal unless told otherwise: enough for
 * a real task (each turn is a full model turn with its tools), and a stop for
 * a goal the model never marks complete (codex would continue it forever).
 */
export const DEFAULT_GOAL_MAX_TURNS = 30;

/** The token budget a goal gets unless told otherwise (codex counts every turn's input and output tokens). */
export const DEFAULT_GOAL_TOKEN_BUDGET = 5_000_000;

/** Options of `thread.runGoal()` / `thread.startGoal()`. */
export interface GoalOptions {
  /** Stops the goal: pauses it, interrupts the running turn and rejects with `AbortError` (the result so far on `error.result`). */
  signal?: AbortSignal;
  /**
   * The most turns codex may run for the goal, the first included (default
   * {@link DEFAULT_GOAL_MAX_TURNS}; `Infinity` for no bound). When the last
   * one starts the goal is paused, so codex starts no further turn; once it
   * ends the goal rejects with `GoalLimitError` (`limit: 'maxTurns'`).
   */
  maxTurns?: number;
  /**
   * Token budget of the goal (default {@link DEFAULT_GOAL_TOKEN_BUDGET};
   * `Infinity` for none). codex stops continuing the goal once it is spent
   * (status `budgetLimited`) and the goal rejects with `GoalLimitError`
   * (`limit: 'tokenBudget'`).
   */
  tokenBudget?: number;
}

/** {@link GoalOptions} with the defaults applied. @internal */
export interface NormalizedGoalOptions {
  signal?: AbortSignal;
  maxTurns: number;
  tokenBudget: number;
}

/**
 * Validates a goal objective and returns it trimmed, before anything is sent.
 *
 * @throws InvalidOptionsError (option `objective`) for a non-string, an empty
 *   (or whitespace-only) objective, or one over {@link MAX_GOAL_OBJECTIVE_LENGTH} characters.
 * @example
 * ```ts
 * normalizeObjective('  Improve coverage  '); // → 'Improve coverage'
 * ```
 */
export function normalizeObjective(objective: unknown): string {
  if (typeof objective !== 'string') throw new InvalidOptionsError('objective', `must be a string; got ${describeValue(objective)}`);
  const trimmed = objective.trim();
  if (trimmed === '') throw new InvalidOptionsError('objective', 'must not be empty: describe what the goal should achieve');
  if (trimmed.length > MAX_GOAL_OBJECTIVE_LENGTH) {
    throw new InvalidOptionsError('objective', `must be at most ${MAX_GOAL_OBJECTIVE_LENGTH} characters (got ${trimmed.length}); put details in a file and reference it`);
  }
  return trimmed;
}

const GOAL_OPTION_KEYS = ['signal', 'maxTurns', 'tokenBudget'];

/**
 * Validates {@link GoalOptions} and applies the defaults.
 *
 * @throws InvalidOptionsError for a `maxTurns` or `tokenBudget` that is neither a positive integer nor `Infinity`, or a `signal` that is not an AbortSignal.
 * @example
 * ```ts
 * parseGoalOptions({ tokenBudget: 50_000 }); // → { maxTurns: 30, tokenBudget: 50_000 }
 * ```
 */
export function parseGoalOptions(options: unknown): NormalizedGoalOptions {
  if (options === undefined) return { maxTurns: DEFAULT_GOAL_MAX_TURNS, tokenBudget: DEFAULT_GOAL_TOKEN_BUDGET };
  if (typeof options !== 'object' || options === null) throw new InvalidOptionsError('options', `must be an object; got ${describeValue(options)}`);
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!GOAL_OPTION_KEYS.includes(key)) throw new InvalidOptionsError(key, `is not a goal option (valid: ${GOAL_OPTION_KEYS.map((k) => `'${k}'`).join(', ')})`);
  }
  if (o.signal !== undefined && !(o.signal instanceof AbortSignal)) throw new InvalidOptionsError('signal', `must be an AbortSignal; got ${describeValue(o.signal)}`);
  return {
    ...(o.signal !== undefined ? { signal: o.signal as AbortSignal } : {}),
    maxTurns: bound(o.maxTurns, 'maxTurns', 'turns', DEFAULT_GOAL_MAX_TURNS),
    tokenBudget: bound(o.tokenBudget, 'tokenBudget', 'tokens', DEFAULT_GOAL_TOKEN_BUDGET),
  };
}

function bound(value: unknown, option: string, unit: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (value === Infinity || (Number.isSafeInteger(value) && (value as number) > 0)) return value as number;
  throw new InvalidOptionsError(option, `must be a positive integer number of ${unit}, or Infinity for no bound; got ${describeValue(value)}`);
}
