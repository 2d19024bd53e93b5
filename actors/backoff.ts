/**
 * Exponential backoff with jitter between restarts. Pure and deterministic
 * given the random function, so tests can pin it.
 *
 * As in OTP, the first restart of a child within its intensity window is
 * immediate: one crash says nothing about the next start, and a user waiting
 * on the thread should not pay a delay for it. Backoff starts with the second
 * restart in the window (a crash loop), so `initialDelayMs` is the delay of
 * the second restart, and grows from there.
 *
 * @module
 */

/**
 * Backoff settings.
 *
 * @example
 * ```ts
 * const options: BackoffOptions = { ...DEFAULT_BACKOFF, maxDelayMs: 10_000 };
 * ```
 */
export interface BackoffOptions {
  /** Base delay of the second restart in a window (the first is immediate). */
  initialDelayMs: number;
  /** Cap on the delay, jitter included. */
  maxDelayMs: number;
  /** Growth per attempt (>= 1, so delays never shrink). */
  factor: number;
  /** Relative spread in [0, 1]: the delay is drawn from `base × [1 - jitter, 1 + jitter]`, then capped. */
  jitter: number;
}

/**
 * Defaults: the first restart in a window at once, then 100 ms, doubling, capped at 5 s, ±20 %.
 *
 * @example
 * ```ts
 * restartDelay(1, DEFAULT_BACKOFF); // 0
 * restartDelay(2, DEFAULT_BACKOFF); // 80..120
 * ```
 */
export const DEFAULT_BACKOFF: BackoffOptions = { initialDelayMs: 100, maxDelayMs: 5000, factor: 2, jitter: 0.2 };

/**
 * The delay before the nth restart without jitter: `initialDelayMs × factor^(attempt-1)`,
 * capped at `maxDelayMs`. Non-decreasing in `attempt`.
 *
 * @example
 * ```ts
 * baseBackoffDelay(3, DEFAULT_BACKOFF); // 400
 * baseBackoffDelay(99, DEFAULT_BACKOFF); // 5000
 * ```
 */
export function baseBackoffDelay(attempt: number, options: BackoffOptions): number {
  const exponent = Math.max(0, Math.floor(attempt) - 1);
  // factor ** exponent may overflow to Infinity: the cap absorbs it, but
  // 0 × Infinity is NaN, so a zero initial delay stays zero explicitly.
  if (options.initialDelayMs === 0) return 0;
  return Math.min(options.maxDelayMs, options.initialDelayMs * options.factor ** exponent);
}

/**
 * The delay before the nth restart (1-based), with jitter, in whole
 * milliseconds, within `[0, maxDelayMs]`.
 *
 * @param random - returns a number in [0, 1); inject a fixed one in tests
 * @example
 * ```ts
 * backoffDelay(1, DEFAULT_BACKOFF, () => 0.5); // 100 (no jitter at the midpoint)
 * backoffDelay(1, DEFAULT_BACKOFF, () => 0);   // 80
 * ```
 */
export function backoffDelay(attempt: number, options: BackoffOptions, random: () => number = Math.random): number {
  const base = baseBackoffDelay(attempt, options);
  const spread = base * options.jitter;
  const jittered = base - spread + 2 * spread * random();
  return Math.round(Math.min(options.maxDelayMs, Math.max(0, jittered)));
}

/**
 * The delay before the nth restart of a child within its intensity window
 * (1-based): the first is immediate, the nth (n ≥ 2) waits
 * `backoffDelay(n - 1)` — OTP's immediate restart with backoff only for a
 * child that keeps crashing.
 *
 * @param attempt - restarts in the window including this one (`recordRestart`'s `attempt`)
 * @param random - returns a number in [0, 1); inject a fixed one in tests
 * @example
 * ```ts
 * restartDelay(1, DEFAULT_BACKOFF);            // 0
 * restartDelay(2, DEFAULT_BACKOFF, () => 0.5); // 100
 * restartDelay(3, DEFAULT_BACKOFF, () => 0.5); // 200
 * ```
 */
export function restartDelay(attempt: number, options: BackoffOptions, random: () => number = Math.random): number {
  if (Math.floor(attempt) <= 1) return 0;
  return backoffDelay(attempt - 1, options, random);
}
