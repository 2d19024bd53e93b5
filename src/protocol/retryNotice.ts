/** What codex says about a retry it is about to make (the `retry` field of an `error` event). */
export interface RetryNotice {
  /** The attempt codex is making, from its "Reconnecting... 2/5" text; null while it waits for the network. */
  attempt: number | null;
  /** How many attempts codex makes in all (`stream_max_retries`); null while it waits for the network. */
  maxAttempts: number | null;
  /** True for "Reconnecting... waiting for network": codex found no route and retries until one appears, without a limit. */
  waitingForNetwork: boolean;
  /** Why the last attempt failed, as codex reports it (e.g. "failed to lookup address information: Name does not resolve"), or null. */
  reason: string | null;
}

const COUNTED = /^Reconnecting\.\.\.\s*(\d+)\/(\d+)/;
const WAITING = /^Reconnecting\.\.\.\s*waiting for network/i;

/**
 * Reads codex's retry notice (an `error` notification with `willRetry: true`)
 * into a {@link RetryNotice}. codex words it "Reconnecting... n/m" for a
 * counted retry and "Reconnecting... waiting for network" once it retries
 * without limit; its `additionalDetails` say why.
 *
 * @example
 * ```ts
 * retryNotice('Reconnecting... 2/5', 'stream disconnected before completion: …'); // { attempt: 2, maxAttempts: 5, waitingForNetwork: false, reason: '…' }
 * ```
 */
export function retryNotice(message: string, additionalDetails: unknown): RetryNotice {
  const reason = typeof additionalDetails === 'string' && additionalDetails !== '' ? additionalDetails : null;
  const counted = COUNTED.exec(message);
  if (counted) return { attempt: Number(counted[1]), maxAttempts: Number(counted[2]), waitingForNetwork: false, reason };
  return { attempt: null, maxAttempts: null, waitingForNetwork: WAITING.test(message), reason };
}
