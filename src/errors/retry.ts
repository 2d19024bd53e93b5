/**
 * Which failures are worth retrying, and a small retry loop with exponential
 * backoff and jitter for them.
 *
 * codex already retries model requests by itself (`request_max_retries`,
 * `stream_max_retries`: those retries show up as `error` events with
 * `willRetry: true`); what reaches the caller is what codex gave up on, so
 * {@link retryOnOverload} is for the layer above: a whole turn or request
 * that failed because a server was busy.
 */
import { AbortError } from './runtimeErrors.js';
import { isCodexError, type CodexError } from './codexError.js';

/** `codexErrorInfo` values (string form) that mean "the server side was busy or broke; try again later". */
const RETRYABLE_INFO = new Set(['serverOverloaded', 'internalServerError', 'rateLimitExceeded', 'flexUnavailable', 'policyCapacityUnavailable']);

/** `codexErrorInfo` object variants about the connection to the model (retryable unless the HTTP status says otherwise). */
const CONNECTION_INFO = ['httpConnectionFailed', 'responseStreamConnectionFailed', 'responseStreamDisconnected', 'responseTooManyFailedAttempts'];

/**
 * True when `err` is a transient failure that may succeed if tried again:
 *
 * - `ServerBusyError` (app-server's request queue was full);
 * - `TimeoutError`;
 * - `TurnFailedError` whose `codexErrorInfo` is `serverOverloaded`,
 *   `internalServerError`, `rateLimitExceeded`, `flexUnavailable`,
 *   `policyCapacityUnavailable`, or a connection/stream failure
 *   (`httpConnectionFailed`, `responseStreamConnectionFailed`,
 *   `responseStreamDisconnected`, `responseTooManyFailedAttempts`) with no
 *   HTTP status, 408, 429 or a 5xx status.
 *
 * Everything else is not: aborts, auth, bad params, invalid options,
 * structured-output mismatches, quota (`usageLimitExceeded`), context
 * window, and process crashes (the supervisor restarts those; see
 * `retryTurnOnCrash`). An error whose `cause` is retryable counts too.
 *
 * @example
 * ```ts
 * try { await thread.run('hi'); }
 * catch (err) { if (isRetryableError(err)) scheduleLater(); else throw err; }
 * ```
 */
export function isRetryableError(err: unknown): boolean {
  return retryable(err, 0);
}

function retryable(err: unknown, depth: number): boolean {
  if (depth > 4 || typeof err !== 'object' || err === null) return false;
  if (isCodexError(err)) {
    switch (err.code) {
      case 'SERVER_BUSY':
      case 'TIMEOUT':
        return true;
      case 'TURN_FAILED':
        return retryableInfo((err as CodexError & { codexErrorInfo?: unknown }).codexErrorInfo);
      case 'ABORT_ERR':
        return false;
      default:
        break;
    }
  }
  return retryable((err as { cause?: unknown }).cause, depth + 1);
}

function retryableInfo(info: unknown): boolean {
  if (typeof info === 'string') return RETRYABLE_INFO.has(info);
  if (typeof info !== 'object' || info === null) return false;
  for (const variant of CONNECTION_INFO) {
    const detail = (info as Record<string, unknown>)[variant];
    if (detail === undefined) continue;
    const status = typeof detail === 'object' && detail !== null ? (detail as { httpStatusCode?: unknown }).httpStatusCode : null;
    if (typeof status !== 'number') return true;
    return status === 408 || status === 429 || status >= 500;
  }
  return false;
}

/** Options of {@link retryOnOverload}. */
export interface RetryOptions {
  /** Attempts in total, the first included (default 3). */
  maxAttempts?: number;
  /** Delay before the second attempt (default 250 ms); doubles after each attempt. */
  initialDelayMs?: number;
  /** Upper bound of any delay, jitter included (default 2000 ms). */
  maxDelayMs?: number;
  /** Relative jitter: each delay is scaled by a random factor in `[1 - jitter, 1 + jitter]` (default 0.2). */
  jitter?: number;
  /** Aborting stops waiting and rejects with `AbortError` (cause: the signal's reason). */
  signal?: AbortSignal;
  /** Which errors to retry (default {@link isRetryableError}). */
  shouldRetry?: (error: unknown, attempt: number) => boolean;
  /** Called before each wait, e.g. for logging. */
  onRetry?: (info: { error: unknown; attempt: number; delayMs: number }) => void;
  /** Source of randomness in [0, 1) (default `Math.random`; tests pass a fixed one). */
  random?: () => number;
}

/** What {@link retryOnOverload} passes to the function on each attempt. */
export interface RetryAttempt {
  /** 1 for the first call. */
  attempt: number;
  /** The caller's signal, if any (pass it on, e.g. `thread.run(input, { signal })`). */
  signal: AbortSignal | undefined;
}

/**
 * The delay before attempt `attempt + 1` (attempt ≥ 1): `initialDelayMs · 2^(attempt-1)`,
 * scaled by a jitter factor in `[1 - jitter, 1 + jitter]` drawn from `random`,
 * and capped at `maxDelayMs`.
 *
 * @example
 * ```ts
 * backoffDelay(1, { initialDelayMs: 250, maxDelayMs: 2000, jitter: 0, random: Math.random }); // 250
 * backoffDelay(3, { initialDelayMs: 250, maxDelayMs: 2000, jitter: 0, random: Math.random }); // 1000
 * ```
 */
export function backoffDelay(attempt: number, options: { initialDelayMs: number; maxDelayMs: number; jitter: number; random: () => number }): number {
  const base = options.initialDelayMs * 2 ** Math.max(0, attempt - 1);
  const factor = 1 + options.jitter * (2 * options.random() - 1);
  return Math.max(0, Math.min(options.maxDelayMs, Math.round(base * factor)));
}

/**
 * Calls `fn` and, when it fails with a retryable error (see
 * {@link isRetryableError}), calls it again after an exponential backoff with
 * jitter, up to `maxAttempts` times in total. Resolves with the first success;
 * rejects with the last error once attempts run out or the error is not
 * retryable, or with `AbortError` when `signal` aborts (also while waiting).
 *
 * Defaults: `maxAttempts = 3`, `initialDelayMs = 250`, `maxDelayMs = 2000`, `jitter = 0.2`.
 *
 * @example
 * ```ts
 * const result = await retryOnOverload(({ signal }) => thread.run('Summarise the log', { signal }), {
 *   maxAttempts: 4,
 *   signal: AbortSignal.timeout(60_000),
 * });
 * ```
 *
 * @param fn The work; gets the attempt number and the signal.
 * @param options Backoff and retry settings.
 */
export async function retryOnOverload<T>(fn: (attempt: RetryAttempt) => Promise<T> | T, options: RetryOptions = {}): Promise<T> {
  const maxAttempts = checkCount('maxAttempts', options.maxAttempts ?? 3, 1);
  const delays = {
    initialDelayMs: checkCount('initialDelayMs', options.initialDelayMs ?? 250, 0),
    maxDelayMs: checkCount('maxDelayMs', options.maxDelayMs ?? 2000, 0),
    jitter: options.jitter ?? 0.2,
    random: options.random ?? Math.random,
  };
  if (!(delays.jitter >= 0 && delays.jitter <= 1)) throw new RangeError(`retryOnOverload: jitter must be between 0 and 1; got ${delays.jitter}`);
  const shouldRetry = options.shouldRetry ?? isRetryableError;
  const signal = options.signal;
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw new AbortError(signal.reason, 'retryOnOverload');
    try {
      return await fn({ attempt, signal });
    } catch (error) {
      if (attempt >= maxAttempts || signal?.aborted || !shouldRetry(error, attempt)) throw error;
      const delayMs = backoffDelay(attempt, delays);
      options.onRetry?.({ error, attempt, delayMs });
      await wait(delayMs, signal);
    }
  }
}

function checkCount(name: string, value: number, min: number): number {
  if (!Number.isFinite(value) || value < min) throw new RangeError(`retryOnOverload: ${name} must be a number ≥ ${min}; got ${value}`);
  return value;
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortError(signal!.reason, 'retryOnOverload'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
