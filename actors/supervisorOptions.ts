/**
 * Supervisor options: defaults and validation. Invalid options throw
 * `InvalidOptionsError` naming the option (e.g. `supervisor.maxRestarts`).
 *
 * @module
 */
import { z } from 'zod';
import { InvalidOptionsError } from '../src/errors/index.js';
import { DEFAULT_BACKOFF, type BackoffOptions } from './backoff.js';
import { DEFAULT_RESTART_INTENSITY } from './restartIntensity.js';
import type { RestartStrategy } from './restartStrategy.js';

/**
 * The `supervisor` option of `CodexOptions`; every field is optional.
 *
 * @example
 * ```ts
 * new Codex({ supervisor: { strategy: 'one_for_one', maxRestarts: 5, withinMs: 10_000, backoff: { maxDelayMs: 2000 } } });
 * ```
 */
export interface SupervisorOptions {
  /** Default `one_for_one`. */
  strategy?: RestartStrategy;
  /** Default 3. */
  maxRestarts?: number;
  /** Default 5000. */
  withinMs?: number;
  backoff?: Partial<BackoffOptions>;
}

/**
 * Supervisor options with every default filled in.
 *
 * @example
 * ```ts
 * const resolved: ResolvedSupervisorOptions = resolveSupervisorOptions({ maxRestarts: 5 });
 * ```
 */
export interface ResolvedSupervisorOptions {
  strategy: RestartStrategy;
  maxRestarts: number;
  withinMs: number;
  backoff: BackoffOptions;
}

const nonNegativeInteger = 'must be a non-negative integer';
const positiveMs = 'must be a positive finite number of milliseconds';
const nonNegativeMs = 'must be a non-negative finite number of milliseconds';

const msSchema = (message: string, positive: boolean) => {
  const base = z.number({ error: message }).finite({ error: message });
  return positive ? base.positive({ error: message }) : base.nonnegative({ error: message });
};

const optionsSchema = z.strictObject(
  {
    strategy: z.enum(['one_for_one', 'one_for_all', 'rest_for_one'], { error: "must be 'one_for_one', 'one_for_all' or 'rest_for_one'" }).optional(),
    maxRestarts: z.number({ error: nonNegativeInteger }).int({ error: nonNegativeInteger }).nonnegative({ error: nonNegativeInteger }).optional(),
    withinMs: msSchema(positiveMs, true).optional(),
    backoff: z
      .strictObject(
        {
          initialDelayMs: msSchema(nonNegativeMs, false).optional(),
          maxDelayMs: msSchema(nonNegativeMs, false).optional(),
          factor: z.number({ error: 'must be a finite number >= 1' }).finite({ error: 'must be a finite number >= 1' }).min(1, { error: 'must be a finite number >= 1' }).optional(),
          jitter: z.number({ error: 'must be a number between 0 and 1' }).min(0, { error: 'must be a number between 0 and 1' }).max(1, { error: 'must be a number between 0 and 1' }).optional(),
        },
        { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown option(s) ${issue.keys.join(', ')}` : 'must be an object') },
      )
      .optional(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown option(s) ${issue.keys.join(', ')}` : 'must be an object') },
);

/**
 * Validates supervisor options and fills in defaults.
 *
 * @param path - how the options are named in error messages
 * @throws InvalidOptionsError naming the first invalid option.
 * @example
 * ```ts
 * resolveSupervisorOptions({ maxRestarts: 5 });
 * // { strategy: 'one_for_one', maxRestarts: 5, withinMs: 5000, backoff: { initialDelayMs: 100, maxDelayMs: 5000, factor: 2, jitter: 0.2 } }
 * resolveSupervisorOptions({ maxRestarts: -1 }); // throws: Invalid option `supervisor.maxRestarts`: must be a non-negative integer
 * ```
 */
export function resolveSupervisorOptions(options: unknown = {}, path = 'supervisor'): ResolvedSupervisorOptions {
  const result = optionsSchema.safeParse(options ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${path}.${issue.path.join('.')}` : path;
    throw new InvalidOptionsError(where, issue?.message ?? 'is invalid');
  }
  const given = result.data;
  const backoff: BackoffOptions = { ...DEFAULT_BACKOFF, ...stripUndefined(given.backoff ?? {}) };
  if (backoff.maxDelayMs < backoff.initialDelayMs) {
    throw new InvalidOptionsError(`${path}.backoff.maxDelayMs`, `must be >= backoff.initialDelayMs (${backoff.initialDelayMs}), got ${backoff.maxDelayMs}`);
  }
  return {
    strategy: given.strategy ?? 'one_for_one',
    maxRestarts: given.maxRestarts ?? DEFAULT_RESTART_INTENSITY.maxRestarts,
    withinMs: given.withinMs ?? DEFAULT_RESTART_INTENSITY.withinMs,
    backoff,
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
