/**
 * Restart intensity: at most `maxRestarts` restarts within any `withinMs`
 * sliding window. Pure functions over a list of restart timestamps.
 *
 * A restart at time `t` counts against every window `[t, t + withinMs)`, so a
 * timestamp stops counting exactly `withinMs` after it was recorded.
 *
 * @module
 */

/** The restart limit. */
export interface RestartIntensity {
  /** Restarts allowed within the window (0: never restart). */
  maxRestarts: number;
  /** Window length in milliseconds. */
  withinMs: number;
}

/** Default intensity: 3 restarts in 5 seconds (as OTP's default of 1 in 5 is too strict for a process that talks to a network). */
export const DEFAULT_RESTART_INTENSITY: RestartIntensity = { maxRestarts: 3, withinMs: 5000 };

/** The outcome of {@link recordRestart}. */
export type RestartDecision =
  | { allowed: true; /** Timestamps in the window, including this restart. */ log: number[]; /** 1-based: restarts in the window including this one. */ attempt: number }
  | { allowed: false; /** Timestamps in the window (unchanged: the restart did not happen). */ log: number[]; /** Restarts already in the window. */ restarts: number };

/**
 * The timestamps still inside the window that ends at `now`.
 *
 * @example
 * ```ts
 * restartsInWindow([0, 1000, 4000], 5000, 5000); // [1000, 4000]
 * ```
 */
export function restartsInWindow(log: readonly number[], now: number, withinMs: number): number[] {
  return log.filter((t) => now - t < withinMs);
}

/**
 * Decides whether one more restart at `now` stays within the intensity and,
 * if so, records it.
 *
 * @example
 * ```ts
 * let log: number[] = [];
 * const d = recordRestart(log, 0, { maxRestarts: 1, withinMs: 1000 }); // { allowed: true, attempt: 1, log: [0] }
 * recordRestart(d.log, 500, { maxRestarts: 1, withinMs: 1000 });       // { allowed: false, restarts: 1, log: [0] }
 * ```
 */
export function recordRestart(log: readonly number[], now: number, intensity: RestartIntensity): RestartDecision {
  const inWindow = restartsInWindow(log, now, intensity.withinMs);
  if (inWindow.length >= intensity.maxRestarts) {
    return { allowed: false, log: inWindow, restarts: inWindow.length };
  }
  const next = [...inWindow, now];
  return { allowed: true, log: next, attempt: next.length };
}
