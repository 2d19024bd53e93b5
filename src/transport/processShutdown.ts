/**
 * Graceful-then-forceful shutdown of a child process.
 *
 * codex app-server exits 0 within ~15–60 ms when its stdin closes, and handles
 * SIGTERM the same way ("closing stdio connection (45s shutdown deadline)" — it
 * may wait for running work), killing the commands it started. So: end stdin,
 * wait; SIGTERM, wait; SIGKILL. Each wait is bounded by `timeoutMs`.
 */
import type { Writable } from 'node:stream';

/** What {@link shutdownProcess} needs from a child process. */
export interface ShutdownTarget {
  readonly stdin: Writable | null;
  kill(signal: NodeJS.Signals): boolean;
}

/** Options of {@link shutdownProcess}. */
export interface ShutdownOptions {
  /** How long each phase (stdin closed, then SIGTERM) may take before the next one (default 2000). */
  timeoutMs?: number;
  /** Called right before SIGKILL is sent (e.g. to list descendants first). */
  beforeKill?: () => void;
}

/** Which phase ended the process. */
export type ShutdownPhase = 'already-exited' | 'stdin-closed' | 'sigterm' | 'sigkill';

/**
 * Resolves `true` if `promise` settles within `ms`, `false` otherwise. The timer
 * is cleared either way, so nothing keeps the event loop alive afterwards.
 */
export function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    promise.then(
      () => {
        clearTimeout(timer);
        resolve(true);
      },
      () => {
        clearTimeout(timer);
        resolve(true);
      },
    );
  });
}

/**
 * Stops `target`: end stdin → wait `timeoutMs` → SIGTERM → wait `timeoutMs` → SIGKILL,
 * then waits for `exited`. Resolves with the phase that ended it.
 *
 * @param target The child process.
 * @param exited Settles when the process has exited (must eventually settle after SIGKILL).
 * @example
 * ```ts
 * const phase = await shutdownProcess(child, onceExited, { timeoutMs: 2000 });
 * ```
 */
export async function shutdownProcess(target: ShutdownTarget, exited: Promise<unknown>, options: ShutdownOptions = {}): Promise<ShutdownPhase> {
  const timeoutMs = options.timeoutMs ?? 2000;
  if (await settlesWithin(exited, 0)) return 'already-exited';

  const stdin = target.stdin;
  if (stdin && !stdin.destroyed && !stdin.writableEnded) stdin.end();
  if (await settlesWithin(exited, timeoutMs)) return 'stdin-closed';

  target.kill('SIGTERM');
  if (await settlesWithin(exited, timeoutMs)) return 'sigterm';

  options.beforeKill?.();
  target.kill('SIGKILL');
  await exited.catch(() => undefined);
  return 'sigkill';
}
