import { AbortError, CodexError } from '../errors/index.js';
import type { Thread } from '../thread.js';
import { GoalHandle } from './goalHandle.js';
import { normalizeObjective, parseGoalOptions, type NormalizedGoalOptions } from './goalObjective.js';
import type { RequestParams, TypedRequest } from '../transport/types.js';

/** Threads with a goal running: ordinary turns must wait (codex would steer them into the goal's turn). */
const running = new WeakMap<Thread, GoalHandle>();

/**
 * Throws when a goal runs on the thread: a `turn/start` sent now would not
 * start a turn but be injected into the goal's running turn (reference §3.8).
 *
 * @internal
 * @example
 * ```ts
 * assertNoActiveGoal(thread); // at the top of thread.turn()
 * ```
 */
export function assertNoActiveGoal(thread: Thread): void {
  if (running.has(thread)) {
    throw new CodexError('CODEX_ERROR', `Thread ${thread.id} is running a goal; wait for goal.result() (or interrupt it) before starting another turn.`);
  }
}

/**
 * Starts a codex goal on an idle, persisted thread and returns its handle once
 * codex has started the goal's first turn. Steps (as the Python SDK): validate
 * the objective, check the thread is idle and persisted, clear any stored goal,
 * set the new one `active` with its token budget; codex then runs turns by
 * itself until the goal is complete, paused (by us at `maxTurns`), blocked or
 * out of budget.
 *
 * @throws InvalidOptionsError for an empty/too-long/non-string objective or bad options (nothing is sent).
 * @throws CodexError when the thread is busy, ephemeral, or already runs a goal.
 * @throws JsonRpcError when codex refuses the goal (e.g. goals disabled in config).
 * @internal
 * @example
 * ```ts
 * const goal = await startGoal(thread, 'Make the build pass', {});
 * const result = await goal.result();
 * ```
 */
export async function startGoal(thread: Thread, objective: unknown, rawOptions?: unknown): Promise<GoalHandle> {
  const text = normalizeObjective(objective);
  const options: NormalizedGoalOptions = parseGoalOptions(rawOptions);
  if (options.signal?.aborted) throw new AbortError(options.signal.reason, 'The goal');
  if (running.has(thread)) throw new CodexError('CODEX_ERROR', `Thread ${thread.id} already runs a goal; one goal at a time.`);
  await thread.ready();
  const threadId = thread.id!;
  if (thread.state.state !== 'connected.ready' || thread.state.queued > 0) {
    throw new CodexError('CODEX_ERROR', `The thread must be idle before starting a goal: ${threadId} has a turn running or queued.`);
  }
  const read = await thread.request('thread/read', (id) => ({ threadId: id }));
  if (read.thread.ephemeral || !read.thread.path) {
    throw new CodexError('CODEX_ERROR', `The thread must be persisted before starting a goal: ${threadId} is ephemeral.`);
  }
  if (read.thread.status?.type !== undefined && read.thread.status.type !== 'idle') {
    throw new CodexError('CODEX_ERROR', `The thread must be idle before starting a goal: ${threadId} is ${read.thread.status.type}.`);
  }
  // RequestParamsArg makes params optional only where RequestParams<M> already allows undefined.
  const request: TypedRequest = (method, ...params) => thread.request(method, () => params[0] as RequestParams<typeof method>);
  // Clear a stored goal first, and only then listen: its `thread/goal/cleared` is not ours.
  await request('thread/goal/clear', { threadId });
  const handle = new GoalHandle({
    threadId,
    notifications$: thread.notifications$,
    publish: (event, turnId, goal) => thread.publish(event, turnId, goal),
    request,
    attach: (goal) => thread.ensureActor().send({ type: 'goal.begin', goal }),
    detach: (requestId) => thread.ensureActor().send({ type: 'goal.end', goalId: requestId }),
    watchTurn: (ref) => thread.watchGoalTurn(ref),
    stageInput: (input) => thread.stageInput(input),
    maxTurns: options.maxTurns,
    tokenBudget: options.tokenBudget,
  });
  thread.traceGoal(handle);
  running.set(thread, handle);
  void handle.result().then(
    () => running.delete(thread),
    () => running.delete(thread),
  );
  try {
    await request('thread/goal/set', { threadId, objective: text, status: 'active', ...(Number.isFinite(options.tokenBudget) ? { tokenBudget: options.tokenBudget } : {}) });
  } catch (error) {
    running.delete(thread);
    handle.fail(error);
    throw error;
  }
  const signal = options.signal;
  if (signal) {
    const onAbort = () => handle.abort(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    void handle.result().then(
      () => signal.removeEventListener('abort', onAbort),
      () => signal.removeEventListener('abort', onAbort),
    );
  }
  await handle.whenStarted();
  return handle;
}
