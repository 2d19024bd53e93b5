import type { TurnOutcome } from '../../machines/thread/threadTypes.js';
import { TimeoutError } from '../errors/index.js';
import type { TurnHandle } from '../turnHandle.js';

/** Longest wait for codex to honour the interrupt of a timed-out turn before its process is killed. */
export const TURN_TIMEOUT_GRACE_MS = 5_000;

/** What {@link armTurnTimeout} needs. */
export interface TurnTimeoutOptions {
  /** How long a turn may run, from the moment it starts (not while it waits in the thread's queue). */
  timeoutMs: number;
  /** Kills the codex process running the turn (SIGKILL); the supervisor restarts and resumes the thread. */
  kill(): void;
  /** Wait for the interrupt before killing (default `min(timeoutMs, 5000)`). */
  graceMs?: number;
}

/**
 * Bounds a turn's running time (`CodexOptions.turnTimeoutMs`). When the time
 * is up the turn is interrupted (`turn/interrupt`, which a healthy codex
 * honours within milliseconds); if it has not ended after the grace period —
 * codex is hung, or busy past answering — its process is killed, so a wedged
 * binary cannot hold the thread forever. Either way the turn rejects with a
 * `TimeoutError` (the crash or interrupt as its `cause`) and its result says
 * `failed`.
 *
 * Works by wrapping the handle's request hooks: the timer starts when the
 * turn actor attaches, and the settled outcome is rewritten if the timer fired.
 *
 * @example
 * ```ts
 * armTurnTimeout(handle, { timeoutMs: 600_000, kill: () => transport.kill('SIGKILL') });
 * ```
 */
export function armTurnTimeout(handle: TurnHandle, options: TurnTimeoutOptions): void {
  const graceMs = options.graceMs ?? Math.min(options.timeoutMs, TURN_TIMEOUT_GRACE_MS);
  const request = handle.request;
  let timer: NodeJS.Timeout | undefined;
  let killTimer: NodeJS.Timeout | undefined;
  let killed = false;
  let fired = false;
  let settled = false;

  const attached = request.attached;
  request.attached = (ref, attempt) => {
    attached(ref, attempt);
    if (timer !== undefined || settled) return; // a retry after a crash keeps the first deadline
    timer = setTimeout(() => {
      fired = true;
      void handle.interrupt();
      killTimer = setTimeout(() => {
        killed = true;
        options.kill();
      }, graceMs);
      killTimer.unref?.();
    }, options.timeoutMs);
    timer.unref?.();
  };

  const settle = request.settle;
  request.settle = (outcome: TurnOutcome, attempt: number) => {
    if (attempt === request.attempt) {
      settled = true;
      clearTimeout(timer);
      clearTimeout(killTimer);
    }
    if (!fired) return settle(outcome, attempt);
    const hint = killed
      ? `codex did not end it within ${graceMs} ms of turn/interrupt, so its process was killed (the thread resumes in a new one)`
      : 'it was interrupted';
    const error = new TimeoutError('The turn', options.timeoutMs, hint, { cause: outcome.error ?? undefined });
    // `crashed` settles as a failure carrying `error`; the accumulator keeps what the turn did so far.
    return settle({ ...outcome, state: 'crashed', error, endReason: null, endCause: undefined }, attempt);
  };
}
