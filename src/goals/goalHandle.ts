import { randomUUID } from 'node:crypto';
import { ReplaySubject, Subject, type Observable, type Subscription } from 'rxjs';
import type { GoalRequest, TurnOutcome } from '../../machines/thread/threadTypes.js';
import { TurnAccumulator } from '../../machines/turn/turnAccumulator.js';
import type { TurnActorRef } from '../../machines/turn/turnMachine.js';
import { AbortError, GoalLimitError, InvalidRequestError } from '../errors/index.js';
import type { Input, NormalizedInput } from '../input/normalizeInput.js';
import { toTurnSteerParams } from '../options/toWireParams.js';
import type { ThreadEvent } from '../protocol/publicEvents.js';
import type { RpcNotification } from '../transport/types.js';
import { toAsyncIterable } from '../streams/toAsyncIterable.js';
import { toTurnError, type TurnResult } from '../turnResult.js';
import { GoalFold, type GoalEnd } from './goalFold.js';
import type { TypedRequest } from '../transport/types.js';

/** Where a goal event belongs. @internal */
export interface GoalEventMeta {
  goalId: string;
  continuation: number;
}

/** One continuation turn of a goal, as telemetry sees it. @internal */
export interface GoalContinuation {
  readonly continuation: number;
  readonly turnId: string;
  readonly events$: Observable<ThreadEvent>;
  /** How the continuation ended. */
  readonly ended: Promise<TurnOutcome>;
}

/** What a goal needs from its thread. @internal */
export interface GoalHost {
  readonly threadId: string;
  readonly notifications$: Observable<RpcNotification>;
  /** Publishes on the thread and Codex streams; returns the event stamped with meta. */
  publish(event: ThreadEvent, turnId: string | null, goal: GoalEventMeta | null): ThreadEvent;
  request: TypedRequest;
  /** Hands the goal to the thread machine (state `goalActive`), or takes it back. */
  attach(request: GoalRequest): void;
  detach(requestId: string): void;
  /** Shows a continuation turn's chart in `thread.state$`. */
  watchTurn(ref: TurnActorRef): void;
  /** Validates, normalises and stages steering input (attachments), as for a turn's input. */
  stageInput(input: Input): Promise<NormalizedInput>;
  /** The most turns codex may run for the goal (`Infinity`: no bound). */
  readonly maxTurns: number;
  /** The goal's token budget as given to codex (`Infinity`: none). */
  readonly tokenBudget: number;
}

type Settled = { ok: true; result: TurnResult } | { ok: false; error: unknown; result: TurnResult };

/**
 * A running codex goal seen as one logical turn: codex works toward the
 * objective over several turns it starts itself, and this handle presents
 * them as a single turn with a stable id (the first turn's), all items, and
 * usage summed over every turn.
 *
 * - supervised: each of the goal's turns runs as a turn actor of the thread
 *   (thread state `connected.goalActive.continuing`), so approvals, tools and
 *   user input go to the thread's handlers; every event carries
 *   `meta.goalId` and `meta.continuation`; after a crash the restarted
 *   thread resumes the goal (codex continues it) and its events keep coming here;
 * - `events$` / async iteration: one `turn.started`, the items of every turn,
 *   then one `turn.completed` (or `turn.interrupted` / `turn.failed`);
 * - `steer(input)` goes to the turn running now (waiting across a rollover);
 * - `interrupt()` pauses the goal (`thread/goal/set status: paused`) and
 *   interrupts the running turn; the result's status is `interrupted` and the
 *   thread is free for ordinary turns;
 * - bounded: when the goal's last allowed turn (`maxTurns`) starts, the goal
 *   is paused (codex lets that turn finish and starts no other), and once it
 *   ends `result()` rejects with `GoalLimitError`; codex's own `budgetLimited`
 *   stop (the `tokenBudget`) rejects the same way.
 *
 * @example
 * ```ts
 * const goal = await thread.startGoal('Get the test suite green');
 * for await (const event of goal) if (event.type === 'item.completed') console.log(event.item);
 * const result = await goal.result();
 * ```
 */
export class GoalHandle implements AsyncIterable<ThreadEvent> {
  private readonly subject = new ReplaySubject<ThreadEvent>();
  private readonly fold: GoalFold;
  private readonly sub: Subscription;
  private readonly settled: Promise<Settled>;
  private resolveSettled!: (s: Settled) => void;
  private readonly started: Promise<string>;
  private resolveStarted!: (id: string) => void;
  private rejectStarted!: (error: unknown) => void;
  private readonly turnWaiters: Array<() => void> = [];
  private readonly continuations = new Subject<GoalContinuation>();
  private readonly running = new Map<number, { events: Subject<ThreadEvent>; end: (outcome: TurnOutcome) => void }>();
  private interruptRequested = false;
  /** Set when the goal reached `maxTurns`: it was paused by us. */
  private limitReached = false;
  private abortCause: unknown = undefined;
  private aborted = false;
  private lostError: unknown = undefined;
  /** @internal What the thread machine holds while the goal runs. */
  readonly request: GoalRequest;

  /** @internal Subscribes at once and hands itself to the thread machine, so the first turn cannot be missed. */
  constructor(private readonly host: GoalHost) {
    this.settled = new Promise((resolve) => (this.resolveSettled = resolve));
    this.started = new Promise((resolve, reject) => {
      this.resolveStarted = resolve;
      this.rejectStarted = reject;
    });
    this.started.catch(() => undefined);
    this.fold = new GoalFold((end) => this.onEnd(end));
    const requestId = randomUUID();
    const fold = this.fold;
    this.request = {
      id: requestId,
      get goalId() {
        return fold.logicalId;
      },
      publish: (event, continuation) => this.onTurnEvent(event, continuation),
      attached: (ref, continuation, turnId) => this.onTurnStarted(ref, continuation, turnId),
      settle: (outcome, continuation) => this.onTurnEnded(outcome, continuation),
      lost: (error) => {
        this.lostError ??= error;
        this.fold.abandon({ message: error instanceof Error ? error.message : 'The thread stopped before the goal finished.' });
      },
    };
    this.sub = host.notifications$.subscribe({
      next: (n) => this.fold.applyGoal(n.method, (n.params ?? {}) as Record<string, unknown>),
      complete: () => this.fold.abandon({ message: 'The thread closed before the goal finished.' }),
    });
    host.attach(this.request);
  }

  /** The goal's logical turn id (the first turn's id); null until codex started it. */
  get id(): string | null {
    return this.fold.logicalId;
  }

  /** Every event of the logical turn, replayed from the start; completes when it ends. */
  get events$(): Observable<ThreadEvent> {
    return this.subject.asObservable();
  }

  /** Iterates the events; throws the goal's error after the last one if it failed. */
  async *[Symbol.asyncIterator](): AsyncIterator<ThreadEvent> {
    yield* toAsyncIterable(this.subject);
    const settled = await this.settled;
    if (!settled.ok) throw settled.error;
  }

  /** Adds input to the goal's running turn (codex `turn/steer`). */
  async steer(input: Input): Promise<void> {
    const turnId = await this.activeTurn();
    if (turnId === null) throw new InvalidRequestError('turn/steer', { code: -32600, message: 'no active turn to steer: the goal has already ended' });
    await this.host.request('turn/steer', toTurnSteerParams(this.host.threadId, turnId, await this.host.stageInput(input)));
  }

  /** Pauses the goal and interrupts its running turn. Resolves once the goal has ended. */
  async interrupt(): Promise<void> {
    if (!this.fold.done) await this.stop();
    await this.settled;
  }

  /** The logical turn's result (status `interrupted` after `interrupt()`). Rejects for a failed, aborted or bounded goal. */
  async result(): Promise<TurnResult> {
    const settled = await this.settled;
    if (settled.ok) return settled.result;
    throw settled.error;
  }

  /** @internal How the goal settled (never rejects): for telemetry. */
  outcome(): Promise<Settled> {
    return this.settled;
  }

  /** @internal Resolves with the logical id once codex has started the first turn. */
  whenStarted(): Promise<string> {
    return this.started;
  }

  /** @internal Each continuation turn as it starts (for telemetry); completes when the goal ends. */
  get continuations$(): Observable<GoalContinuation> {
    return this.continuations.asObservable();
  }

  /** @internal Aborts: stops the goal and makes `result()` reject with `AbortError`. */
  abort(cause: unknown): void {
    if (this.fold.done) return;
    this.aborted = true;
    this.abortCause = cause;
    void this.stop();
  }

  /** @internal Gives up before the goal started (setting it failed). */
  fail(error: unknown): void {
    this.sub.unsubscribe();
    this.host.detach(this.request.id);
    this.rejectStarted(error);
    this.subject.complete();
    this.continuations.complete();
  }

  private async stop(): Promise<void> {
    this.interruptRequested = true;
    // Pause first, so codex starts no continuation after the interrupt.
    await this.pause();
    const turnId = this.fold.currentTurnId;
    if (turnId !== null) await this.interruptTurn(turnId);
  }

  private pause(): Promise<unknown> {
    return this.host.request('thread/goal/set', { threadId: this.host.threadId, status: 'paused' }).catch(() => undefined);
  }

  private async interruptTurn(turnId: string): Promise<void> {
    // "no active turn to interrupt": it ended meanwhile; its turn actor reports how.
    await this.host.request('turn/interrupt', { threadId: this.host.threadId, turnId }).catch(() => undefined);
  }

  private onTurnEvent(event: ThreadEvent, continuation: number): void {
    const view = this.fold.view(event, continuation);
    this.running.get(continuation)?.events.next(event);
    if (view !== null) this.emit(view, continuation);
  }

  private onTurnStarted(ref: TurnActorRef, continuation: number, turnId: string | null): void {
    if (this.fold.done || turnId === null) return;
    this.fold.turnStarted(turnId, Date.now());
    this.host.watchTurn(ref);
    const events = new Subject<ThreadEvent>();
    let end!: (outcome: TurnOutcome) => void;
    const ended = new Promise<TurnOutcome>((resolve) => (end = resolve));
    this.running.set(continuation, { events, end });
    this.continuations.next({ continuation, turnId, events$: events.asObservable(), ended });
    this.resolveStarted(this.fold.logicalId!);
    for (const wake of this.turnWaiters.splice(0)) wake();
    const turns = this.fold.turns;
    // A continuation that slipped in while we were pausing: stop it too.
    if (this.interruptRequested || (this.limitReached && turns > this.host.maxTurns)) void this.interruptTurn(turnId);
    else if (!this.limitReached && turns >= this.host.maxTurns) {
      // The last allowed turn: pausing now lets it finish and stops codex from starting another
      // (a pause does not interrupt the running turn: docs/codex-quirks.md).
      this.limitReached = true;
      void this.pause();
    }
  }

  private onTurnEnded(outcome: TurnOutcome, continuation: number): void {
    const running = this.running.get(continuation);
    this.running.delete(continuation);
    running?.events.complete();
    running?.end(outcome);
    if (!outcome.acc) return;
    this.fold.turnEnded(outcome.state === 'rejected' ? 'failed' : outcome.state, outcome.acc);
    // Cut off by a crash: codex resumes the goal with the thread, unless it was
    // no longer active (completed, or paused by a bound, just before): ask once it is back.
    if (outcome.state === 'crashed') void this.recheckGoal();
  }

  private async recheckGoal(): Promise<void> {
    const answer = await this.host.request('thread/goal/get', { threadId: this.host.threadId }).catch(() => undefined);
    if (!answer) return;
    if (answer.goal) this.fold.applyGoal('thread/goal/updated', { goal: answer.goal });
    else this.fold.applyGoal('thread/goal/cleared', {});
  }

  /** The running turn, waiting across a rollover; null once the goal has ended. */
  private async activeTurn(): Promise<string | null> {
    await this.started.catch(() => undefined);
    while (!this.fold.done && this.fold.currentTurnId === null) await new Promise<void>((resolve) => this.turnWaiters.push(resolve));
    return this.fold.done ? null : this.fold.currentTurnId;
  }

  private onEnd(end: GoalEnd): void {
    this.sub.unsubscribe();
    this.host.detach(this.request.id);
    for (const wake of this.turnWaiters.splice(0)) wake();
    for (const [, running] of this.running) {
      running.events.complete();
      running.end({ state: 'rejected', acc: null, error: this.lostError ?? null, endReason: null, endCause: undefined });
    }
    this.running.clear();
    this.continuations.complete();
    const fold = this.fold;
    const limit = this.limitOf(end);
    const status = (this.interruptRequested || limit !== null) && end.status !== 'failed' ? 'interrupted' : end.status;
    // The final-response rule of ordinary turns, applied to the items of every turn.
    const rule = new TurnAccumulator(() => undefined);
    rule.items.push(...fold.items);
    const result: TurnResult = {
      id: fold.logicalId,
      status,
      finalResponse: rule.finalResponse(),
      items: [...fold.items],
      usage: { ...fold.usage },
      error: end.error,
      startedAt: fold.startedAt,
      completedAt: fold.completedAt,
      durationMs: fold.startedAt !== null && fold.completedAt !== null ? Math.max(0, fold.completedAt - fold.startedAt) : null,
    };
    const last = Math.max(0, fold.turns - 1);
    if (status === 'completed') this.emit({ type: 'turn.completed', usage: result.usage! }, last);
    else if (status === 'interrupted') this.emit({ type: 'turn.interrupted', usage: result.usage! }, last);
    else this.emit({ type: 'turn.failed', error: end.error ?? { message: 'The goal failed.' } }, last);
    this.subject.complete();
    if (fold.logicalId === null) this.rejectStarted(this.lostError ?? new Error(end.error?.message ?? 'The goal ended before it started'));
    if (this.aborted) this.resolveSettled({ ok: false, error: new AbortError(this.abortCause, 'The goal', { result }), result });
    else if (this.lostError !== undefined) this.resolveSettled({ ok: false, error: this.lostError, result });
    else if (status === 'failed') this.resolveSettled({ ok: false, error: toTurnError(result), result });
    else if (limit !== null) this.resolveSettled({ ok: false, error: new GoalLimitError({ ...limit, turns: fold.turns, result }), result });
    else this.resolveSettled({ ok: true, result });
  }

  /** The bound that stopped the goal, if one did (a goal the model completed was not stopped). */
  private limitOf(end: GoalEnd): { limit: 'maxTurns' | 'tokenBudget'; value: number } | null {
    if (this.fold.sawComplete || end.status === 'failed') return null;
    if (this.limitReached) return { limit: 'maxTurns', value: this.host.maxTurns };
    if (this.fold.goalStatus === 'budgetLimited') return { limit: 'tokenBudget', value: this.host.tokenBudget };
    return null;
  }

  private emit(event: ThreadEvent, continuation: number): void {
    const goalId = this.fold.logicalId;
    this.subject.next(this.host.publish(event, goalId, goalId === null ? null : { goalId, continuation }));
  }
}
