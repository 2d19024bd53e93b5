/**
 * The root of every error codex-actors throws or emits.
 *
 * Each subclass carries a stable `code` (safe to switch on across versions),
 * typed fields describing what went wrong, and a message that says what to do.
 * The original error, when there is one, is kept as `cause`.
 */

const brand = Symbol.for('codex-actors.error');

/** Every stable error code, one per error class. */
export type CodexErrorCode =
  | 'CODEX_ERROR'
  | 'CODEX_NOT_FOUND'
  | 'CODEX_VERSION_MISMATCH'
  | 'CODEX_SPAWN_FAILED'
  | 'CODEX_PROCESS_CRASHED'
  | 'TRANSPORT_CLOSED'
  | 'PROTOCOL_ERROR'
  | 'JSON_RPC_ERROR'
  | 'JSON_RPC_PARSE_ERROR'
  | 'JSON_RPC_INVALID_REQUEST'
  | 'JSON_RPC_METHOD_NOT_FOUND'
  | 'JSON_RPC_INVALID_PARAMS'
  | 'JSON_RPC_INTERNAL_ERROR'
  | 'SERVER_BUSY'
  | 'TURN_FAILED'
  | 'AUTH_ERROR'
  | 'APPROVAL_DENIED'
  | 'TOOL_ERROR'
  | 'STRUCTURED_OUTPUT_INVALID'
  | 'INVALID_OPTIONS'
  | 'TIMEOUT'
  | 'ABORT_ERR'
  | 'SUPERVISOR_ESCALATION'
  | 'QUEUE_OVERFLOW'
  | 'MAX_TURNS_EXCEEDED'
  | 'GOAL_LIMIT_REACHED'
  | 'THREAD_IN_USE'
  | 'EPHEMERAL_THREAD_LOST'
  | 'SETTINGS_NOT_RESTORED'

  | 'CLUSTER_AUTH_FAILED'
  | 'CLUSTER_UNAVAILABLE'
  | 'PLACEMENT_REFUSED'
  | 'WORKING_DIRECTORY_NOT_VISIBLE';

/** Options accepted by every codex-actors error constructor. */
export interface CodexErrorOptions {
  /** The underlying error, kept for debugging. */
  cause?: unknown;
}

/**
 * Base class of the taxonomy. Prefer {@link isCodexError} over `instanceof`:
 * it also recognises errors created by another copy of this package.
 *
 * @example
 * ```ts
 * try { await thread.run('hi'); }
 * catch (err) { if (isCodexError(err)) console.error(err.code, err.message); }
 * ```
 */
export class CodexError extends Error {
  /** Stable machine-readable code. */
  readonly code: CodexErrorCode;

  constructor(code: CodexErrorCode, message: string, options: CodexErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    // Non-enumerable like built-in errors, so JSON/console output stays focused on data.
    Object.defineProperty(this, 'name', { value: new.target.name, enumerable: false, configurable: true, writable: true });
    Object.defineProperty(this, brand, { value: true, enumerable: false });
  }
}

/**
 * True for any codex-actors error, even one from a different copy of the package
 * (the check uses a global symbol brand, not `instanceof`).
 */
export function isCodexError(value: unknown): value is CodexError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brand] === true;
}
