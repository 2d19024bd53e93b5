import { InvalidOptionsError } from '../errors/index.js';
import { describeValue } from '../options/describeValue.js';

/** The longest objective codex accepts, in characters. */
export const MAX_GOAL_OBJECTIVE_LENGTH = 4000;

/** Options of `thread.runGoal()` / `thread.startGoal()`. */
export interface GoalOptions {
  /** Stops the goal: pauses it, interrupts the running turn and rejects with `AbortError`. */
  signal?: AbortSignal;
  /** Token budget of the goal; codex stops continuing it (status `budgetLimited`) once spent. */
  tokenBudget?: number;
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

/**
 * Validates {@link GoalOptions}.
 *
 * @throws InvalidOptionsError for a `tokenBudget` that is not a positive integer or a `signal` that is not an AbortSignal.
 * @example
 * ```ts
 * parseGoalOptions({ tokenBudget: 50_000 });
 * ```
 */
export function parseGoalOptions(options: unknown): GoalOptions {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null) throw new InvalidOptionsError('options', `must be an object; got ${describeValue(options)}`);
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (key !== 'signal' && key !== 'tokenBudget') throw new InvalidOptionsError(key, "is not a goal option (valid: 'signal', 'tokenBudget')");
  }
  if (o.tokenBudget !== undefined && !(Number.isSafeInteger(o.tokenBudget) && (o.tokenBudget as number) > 0)) {
    throw new InvalidOptionsError('tokenBudget', `must be a positive integer number of tokens; got ${describeValue(o.tokenBudget)}`);
  }
  if (o.signal !== undefined && !(o.signal instanceof AbortSignal)) throw new InvalidOptionsError('signal', `must be an AbortSignal; got ${describeValue(o.signal)}`);
  return o as GoalOptions;
}
