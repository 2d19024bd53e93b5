/**
 * How the thread machine judges failures: which ones a restart cannot cure,
 * and what a turn cut off by a crash, a restart or a close rejects with.
 *
 * @module
 */
import {
  AuthError,
  ClusterAuthError,
  CodexNotFoundError,
  CodexProcessCrashedError,
  CodexVersionError,
  InvalidOptionsError,
  InvalidRequestError,
  JsonRpcError,
  SettingsNotRestoredError,
  ThreadInUseError,
  TransportClosedError,
  type ProcessExit,
} from '../../src/errors/index.js';

/**
 * True for an error that a fresh process would hit again: codex answered a
 * request with a JSON-RPC error (e.g. `thread/resume` of an unknown id), the
 * binary is missing or the wrong version, codex has no credentials, an option is invalid, another codex
 * process holds the thread, or codex would not restore its settings. The thread
 * then fails at once (`child.failed`) instead of burning through restarts.
 * Anything else — a process that died, a timeout — counts as a crash.
 *
 * @example
 * ```ts
 * isUnrecoverable(new CodexVersionError({ path, expected: '0.169.0', actual: '0.1.0' })); // true
 * isUnrecoverable(new CodexProcessCrashedError(exit)); // false
 * ```
 */
export function isUnrecoverable(error: unknown): boolean {
  return (
    error instanceof JsonRpcError ||
    error instanceof ClusterAuthError ||
    error instanceof AuthError ||
    error instanceof CodexNotFoundError ||
    error instanceof CodexVersionError ||
    error instanceof InvalidOptionsError ||
    error instanceof ThreadInUseError ||
    error instanceof SettingsNotRestoredError
  );
}

/**
 * True when `thread/resume` failed because codex never stored the thread:
 * codex 0.169.0 writes a thread's rollout only when its first turn starts, so
 * a thread whose process died before any turn cannot be resumed in a new
 * process ("no rollout found for thread id …"). Nothing was lost then, and the
 * thread machine starts a fresh codex thread instead of failing.
 *
 * @example
 * ```ts
 * isNeverPersisted(new InvalidRequestError('thread/resume', { code: -32600, message: 'no rollout found for thread id 01…' })); // true
 * isNeverPersisted(new InternalRpcError('thread/resume', { code: -32603, message: 'failed to read thread: … rollout at /…/rollout-….jsonl is empty' })); // true
 * ```
 */
export function isNeverPersisted(error: unknown): boolean {
  if (error instanceof InvalidRequestError && /no rollout found/i.test(error.message)) return true;
  // Killed between creating the rollout file and writing its first line (a kill -9 right as
  // the first turn starts; found by the fault suite): codex then fails the resume with
  // -32603 "… rollout at <path> is empty". Nothing was stored either.
  return error instanceof JsonRpcError && /rollout at .* is empty/i.test(error.message);
}

/**
 * The error a turn in flight rejects with when its connection goes away:
 * - `crash`: the process died → `CodexProcessCrashedError` with its exit and stderr tail;
 * - `restart`: the supervisor restarted the thread because a sibling crashed
 *   (`one_for_all` / `rest_for_one`) → `CodexProcessCrashedError` as well, since
 *   the turn was lost to a crash and `retryTurnOnCrash` applies to it too;
 * - `close`: the thread or the `Codex` was closed → `TransportClosedError`.
 *
 * @example
 * ```ts
 * turnCutOffError('close', { exitCode: null, signal: null, stderrTail: '' }).code; // 'TRANSPORT_CLOSED'
 * ```
 */
export function turnCutOffError(reason: 'crash' | 'restart' | 'close', exit: ProcessExit): Error {
  switch (reason) {
    case 'crash':
      return new CodexProcessCrashedError(exit, 'The codex process running this turn');
    case 'restart':
      return new CodexProcessCrashedError(exit, 'The supervisor restarted this thread because a sibling thread crashed; the codex process running this turn');
    case 'close':
      return new TransportClosedError(exit, 'The thread was closed while this turn was running');
  }
}
