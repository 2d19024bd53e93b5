/**
 * zod validation of what codex sends, at the transport boundary: every
 * notification and server request is checked against the schemas generated
 * from the pinned binary (`src/protocol/generated`).
 *
 * Policy: a message that does not match is **reported, not dropped**. The
 * transport emits a {@link ProtocolError} (with the schema issues) on
 * `protocolErrors$` and still delivers the message as it came. Dropping it
 * would turn a harmless schema drift (a new enum value in a newer codex, a
 * field turned nullable) into a hung turn (`turn/completed` lost) or an
 * unanswered approval; the consumers (`toPublicItem`, `TurnAccumulator`) read
 * fields defensively. Methods the pinned protocol does not know pass unchecked.
 *
 * Cost: the schemas are compiled (`z.compile`) on first use per method; on
 * bench P3 (100k recorded lines, 95 % streamed deltas) validation adds about a
 * quarter of a bare `JSON.parse` of the same lines.
 */
import { ProtocolError } from '../errors/index.js';
import { parseNotification, parseServerRequest, type WireParseResult } from '../protocol/schemas.js';

const MAX_ISSUES_SHOWN = 3;

function describe(kind: string, method: string, result: WireParseResult<unknown>): string | null {
  if (result.ok) return null;
  const shown = result.issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`);
  const more = result.issues.length > MAX_ISSUES_SHOWN ? ` (+${result.issues.length - MAX_ISSUES_SHOWN} more)` : '';
  return `${kind} ${method} does not match the pinned codex protocol (${shown.join('; ')}${more})`;
}

/**
 * Checks one incoming notification. Returns the error to report, or `null`
 * when it matches (or its method is unknown to the pinned protocol).
 *
 * @example
 * ```ts
 * const problem = checkNotification('turn/completed', params, line);
 * if (problem) protocolErrors.next(problem); // and deliver the notification anyway
 * ```
 */
export function checkNotification(method: string, params: unknown, line: string): ProtocolError | null {
  const reason = describe('notification', method, parseNotification(method, params));
  return reason === null ? null : new ProtocolError(reason, line);
}

/** Checks one incoming server request's params; `null` when they match. */
export function checkServerRequest(method: string, params: unknown, line: string): ProtocolError | null {
  const reason = describe('server request', method, parseServerRequest(method, params));
  return reason === null ? null : new ProtocolError(reason, line);
}
