import type { AnyActorRef } from 'xstate';
import type { ThreadSink } from '../connection/threadRouter.js';
import { deliverNotification } from '../turn/deliverNotification.js';
import type { ThreadInput } from './threadTypes.js';

/**
 * Where the connection delivers this thread's traffic: raw notifications to
 * `thread.notifications$`, and turn traffic straight to the active turn actor
 * (see {@link deliverNotification}: only the notifications the turn chart
 * transitions on become XState events; the rest are folded directly).
 *
 * The turn actor is spawned before `turn/start` is written, so nothing for a
 * turn of ours can arrive before its actor exists. A turn codex starts by
 * itself (a goal's continuation) gets its actor from its `turn/started`,
 * synchronously, before the next message is read.
 */
export function createThreadSink(thread: AnyActorRef, input: ThreadInput): ThreadSink {
  const activeTurn = (): AnyActorRef | undefined => {
    const turn = thread.getSnapshot().children.turn as AnyActorRef | undefined;
    return turn && turn.getSnapshot().status === 'active' ? turn : undefined;
  };
  return {
    notification(notification) {
      input.onNotification(notification);
      const turn = activeTurn();
      const params = (notification.params ?? {}) as Record<string, unknown>;
      if (turn) deliverNotification(turn, notification.method, params);
      // A turn codex started by itself (a goal's continuation): the thread machine adopts it.
      else if (notification.method === 'turn/started') thread.send({ type: 'server.turnStarted', turn: params.turn });
    },
    serverRequest(request) {
      const turn = activeTurn();
      if (!turn) {
        // Outside a turn of ours nobody can judge the request: refuse (the safe default).
        return Promise.reject({ code: -32603, message: `codex-actors: no active turn to handle ${request.method}` });
      }
      return new Promise((resolve, reject) => {
        turn.send({
          type: 'wire.serverRequest',
          request,
          respond: (outcome: { result: unknown } | { error: unknown }) => ('result' in outcome ? resolve(outcome.result) : reject(outcome.error)),
        });
      });
    },
  };
}
