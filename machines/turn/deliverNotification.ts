import type { AnyActorRef } from 'xstate';
import type { TurnContext } from './turnMachine.js';

/**
 * The notifications the turn chart transitions on. Keep in sync with the
 * `wire.notification` handlers of `turnMachine.ts`: today only the turn's own
 * `turn/completed` moves it (to `settling`); every other notification is only
 * folded into the turn's {@link TurnAccumulator} by the `applyNotification` action.
 */
const CHART_NOTIFICATIONS: ReadonlySet<string> = new Set(['turn/completed']);

/**
 * Delivers one notification to an active turn actor.
 *
 * Fold-only notifications (deltas, items, token usage: all but
 * `turn/completed`) go straight into the turn's accumulator instead of through
 * an XState event: they are nearly all of a turn's wire traffic (hundreds of
 * deltas per answer), an XState event costs several microseconds (bench P3
 * profile: `macrostep`/`microstep`/snapshot cloning dominated the pipeline),
 * and they change no state. The result is the same as the chart's own
 * `applyNotification`, in the same order: the turn actor's mailbox is empty
 * here, since nothing sends it events from inside the stdout handler.
 * Inspectors therefore see the turn's state changes, server requests and
 * interrupts, but not every delta.
 *
 * @param turn - the turn actor; must be active (its snapshot status `active`)
 * @example
 * ```ts
 * deliverNotification(turnRef, 'item/agentMessage/delta', { threadId, turnId, itemId, delta: 'Hel' });
 * ```
 */
export function deliverNotification(turn: AnyActorRef, method: string, params: Record<string, unknown>): void {
  if (CHART_NOTIFICATIONS.has(method)) turn.send({ type: 'wire.notification', method, params });
  else (turn.getSnapshot().context as TurnContext).acc.apply(method, params);
}
