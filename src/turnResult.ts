import type { TurnOutcome } from '../machines/thread/threadTypes.js';
import { AbortError, AuthError, CodexProcessCrashedError, TurnFailedError, type StructuredOutputError } from './errors/index.js';
import type { ThreadError, Usage } from './protocol/publicEvents.js';
import type { ThreadItem } from './protocol/publicItems.js';

/** How a turn ended. */
export type TurnStatus = 'completed' | 'failed' | 'interrupted';

/**
 * The result of a turn.
 *
 * `usage` is **per turn** (the sum of the turn's model requests), on both
 * transports; codex's thread-cumulative figures are on `token_usage.updated`
 * events (`total`).
 */
export interface TurnResult<T = unknown> {
  /** The codex turn id (null if the turn never reached codex). */
  id: string | null;
  status: TurnStatus;
  /** The final answer: the message marked final; else the last agent message (`''` kept); `null` for commentary only or none. */
  finalResponse: string | null;
  /** Items completed during the turn, in order. */
  items: ThreadItem[];
  usage: Usage | null;
  /** The parsed structured output, when an `outputSchema` was given. */
  output?: T;
  /** Why `output` is missing, when parsing was not set to throw. */
  outputError?: StructuredOutputError;
  /** codex's error for a failed turn. */
  error: ThreadError | null;
  /** Epoch ms. */
  startedAt: number | null;
  completedAt: number | null;
  durationMs: number | null;
}

/** A settled turn: either a result, or the error to reject with. */
export type SettledTurn = { ok: true; result: TurnResult } | { ok: false; error: unknown; result: TurnResult | null };

/** Turns a machine outcome into what the caller sees. */
export function settleTurn(outcome: TurnOutcome): SettledTurn {
  const acc = outcome.acc;
  const base: TurnResult = {
    id: acc?.turnId ?? null,
    status: 'completed',
    finalResponse: acc ? acc.finalResponse() : null,
    items: acc ? [...acc.items] : [],
    usage: acc ? { ...acc.usage } : null,
    error: acc?.error ?? null,
    startedAt: acc?.startedAt ?? null,
    completedAt: acc?.completedAt ?? (outcome.state === 'rejected' ? null : Date.now()),
    durationMs: null,
  };
  if (base.startedAt !== null && base.completedAt !== null) base.durationMs = Math.max(0, base.completedAt - base.startedAt);
  if (outcome.endReason === 'abort') {
    return { ok: false, error: new AbortError(outcome.endCause, 'The turn'), result: { ...base, status: 'interrupted' } };
  }
  switch (outcome.state) {
    case 'completed':
      return { ok: true, result: base };
    case 'interrupted':
      return { ok: true, result: { ...base, status: 'interrupted' } };
    case 'failed': {
      const result: TurnResult = { ...base, status: 'failed' };
      if (acc === null || acc.wireStatus === null) {
        // turn/start itself was refused: the RPC error says why.
        return { ok: false, error: outcome.error, result };
      }
      return { ok: false, error: toTurnError(result), result };
    }
    case 'crashed':
      return { ok: false, error: outcome.error ?? new CodexProcessCrashedError({ exitCode: null, signal: null, stderrTail: '' }), result: { ...base, status: 'failed' } };
    case 'rejected':
      if (outcome.endReason === 'interrupt') return { ok: true, result: { ...base, status: 'interrupted' } };
      return { ok: false, error: outcome.error, result: null };
  }
}

/** Maps codex's error info on a failed turn to `AuthError` or `TurnFailedError`. */
export function toTurnError(result: TurnResult): Error {
  const error = result.error ?? { message: 'unknown error' };
  const info = error.codexErrorInfo as Record<string, unknown> | string | null | undefined;
  const status = httpStatusOf(info);
  if (status === 401 || info === 'unauthorized') {
    return new AuthError(`codex could not authenticate with the model provider: ${error.message}`, status);
  }
  const failed = new TurnFailedError({
    message: error.message,
    turnId: result.id,
    codexErrorInfo: (info ?? null) as never,
    additionalDetails: error.additionalDetails ?? null,
  });
  Object.defineProperty(failed, 'result', { value: result, enumerable: false });
  return failed;
}

function httpStatusOf(info: unknown): number | null {
  if (!info || typeof info !== 'object') return null;
  for (const value of Object.values(info as Record<string, unknown>)) {
    if (value && typeof value === 'object' && typeof (value as { httpStatusCode?: unknown }).httpStatusCode === 'number') {
      return (value as { httpStatusCode: number }).httpStatusCode;
    }
  }
  return null;
}
