import { filter, firstValueFrom, type Observable } from 'rxjs';
import { TurnFailedError } from '../errors/index.js';
import type { RpcNotification } from '../transport/types.js';

/**
 * Sends a request after which codex runs a turn on its own (`thread/compact/start`
 * runs the compaction as a turn with its own model request), and
 * resolves when that turn completes. Waiting matters: a `turn/start` sent while
 * such a turn runs would be steered into it instead of starting a new turn.
 *
 * @param notifications$ The thread's raw notifications (subscribed before the request is sent).
 * @param send Sends the request.
 * @returns The `turn/completed` turn object.
 * @throws TurnFailedError when the server turn fails; whatever `send` throws.
 * @example
 * ```ts
 * await awaitServerTurn(thread.notifications$, () => thread.request('thread/compact/start', (threadId) => ({ threadId })));
 * ```
 */
export async function awaitServerTurn(notifications$: Observable<RpcNotification>, send: () => Promise<unknown>): Promise<Record<string, unknown>> {
  let turnId: string | null = null;
  const completed = firstValueFrom(
    notifications$.pipe(
      filter((n) => {
        const turn = ((n.params ?? {}) as { turn?: { id?: unknown } }).turn;
        if (n.method === 'turn/started' && turnId === null && typeof turn?.id === 'string') turnId = turn.id;
        return n.method === 'turn/completed' && turnId !== null && turn?.id === turnId;
      }),
    ),
  );
  completed.catch(() => undefined); // rejected only if the thread closes; reported below
  await send();
  const params = (await completed).params as { turn: Record<string, unknown> };
  const turn = params.turn;
  if (turn.status === 'failed') {
    const error = (turn.error ?? {}) as { message?: string; codexErrorInfo?: unknown };
    throw new TurnFailedError({ message: error.message ?? 'the server turn failed', turnId: turnId, codexErrorInfo: (error.codexErrorInfo ?? null) as never });
  }
  return turn;
}
