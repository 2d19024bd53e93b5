import type { Observable } from 'rxjs';
import type { TurnOutcome, TurnRequest } from '../machines/thread/threadTypes.js';
import type { TurnActorRef } from '../machines/turn/turnMachine.js';
import { InvalidRequestError } from './errors/index.js';
import type { SettingsChange } from './options/effectiveSettings.js';
import { emptyUsage, type ThreadEvent } from './protocol/publicEvents.js';
import { ReplayableSubject } from './streams/replayableSubject.js';
import { toAsyncIterable } from './streams/toAsyncIterable.js';
import { settleTurn, type SettledTurn, type TurnResult } from './turnResult.js';
import type { RpcTransport } from './transport/types.js';
import type { TurnStartParams } from './protocol/generated/types.js';

/** What a handle needs from its thread. */
export interface TurnHandleHost {
  /** Publishes a turn event on the thread and Codex streams; returns it stamped with meta. */
  publish(event: ThreadEvent, turnId: string | null): ThreadEvent;
  interrupt(requestId: string, reason: 'interrupt' | 'abort', cause?: unknown): void;
  steer(turnId: string, rpc: TurnRpcLike, input: unknown): Promise<void>;
  /** Post-processes a settled result (structured output). May turn success into failure. */
  finish(settled: SettledTurn): Promise<SettledTurn>;
  /** Set when the transport cannot steer (exec): `steer()` rejects with this error at once. */
  steerUnsupported?: () => Error;
}

/** The RPC surface a handle uses for steering. */
export type TurnRpcLike = Pick<RpcTransport, 'request'>;

let nextRequest = 0;

/**
 * A turn in flight: its events (replayed from the start for late
 * subscribers), steering, interruption and its result.
 *
 * @example
 * ```ts
 * const turn = await thread.turn('Refactor utils.ts');
 * for await (const event of turn) if (event.type === 'item.completed') console.log(event.item);
 * const result = await turn.result();
 * ```
 */
export class TurnHandle<T = unknown> implements AsyncIterable<ThreadEvent> {
  /** @internal */
  readonly request: TurnRequest;
  private readonly subject = new ReplayableSubject<ThreadEvent>();
  private readonly settled: Promise<SettledTurn>;
  private resolveSettled!: (s: SettledTurn) => void;
  private actor: TurnActorRef | null = null;
  private turnId: string | null = null;
  private done = false;
  private readonly turnIdWaiters: Array<() => void> = [];

  /** @internal */
  constructor(
    private readonly host: TurnHandleHost,
    buildParams: (threadId: string) => TurnStartParams,
    settings?: SettingsChange,
  ) {
    this.settled = new Promise((resolve) => (this.resolveSettled = resolve));
    const id = `req_${++nextRequest}`;
    const self = this;
    this.request = {
      id,
      attempt: 0,
      buildParams,
      publish: (event) => self.onEvent(event),
      attached: (ref, attempt) => {
        if (attempt !== self.request.attempt) return;
        self.actor = ref;
        ref.subscribe({ next: (snap) => self.learnTurnId(snap.context.acc.turnId), error: () => {} });
      },
      settle: (outcome, attempt) => self.onSettle(outcome, attempt),
      ...(settings !== undefined ? { settings } : {}),
    };
  }

  /** The codex turn id, once codex has accepted the turn. */
  get id(): string | null {
    return this.turnId;
  }

  /** Every event of this turn, from its start, completing when the turn ends. */
  get events$(): Observable<ThreadEvent> {
    return this.subject.observable;
  }

  /**
   * Iterates the turn's events. After the last event it throws the turn's
   * error if it failed, crashed or was aborted (as @openai/codex-sdk's
   * `runStreamed` does), so a `for await` loop cannot miss a failure.
   */
  [Symbol.asyncIterator](): AsyncIterator<ThreadEvent> {
    return this.iterate()[Symbol.asyncIterator]();
  }

  private async *iterate(): AsyncGenerator<ThreadEvent, void, undefined> {
    yield* toAsyncIterable(this.subject.observable);
    const settled = await this.settled;
    if (!settled.ok) throw settled.error;
  }

  /** The turn's state chart, for inspection (null until the turn actor starts). */
  get actorRef(): TurnActorRef | null {
    return this.actor;
  }

  /**
   * Adds input to the running turn (codex `turn/steer`): it reaches the model
   * in the next request of this same turn.
   */
  async steer(input: unknown): Promise<void> {
    if (this.host.steerUnsupported) throw this.host.steerUnsupported();
    await this.whenTurnId();
    if (this.done || !this.actor || this.turnId === null) {
      throw new InvalidRequestError('turn/steer', { code: -32600, message: 'no active turn to steer: the turn has already ended' });
    }
    await this.host.steer(this.turnId, this.actor.getSnapshot().context.input.rpc, input);
  }

  /** Interrupts the turn. Resolves when it has ended (status `interrupted`, or however it ended first). */
  async interrupt(): Promise<void> {
    if (!this.done) this.host.interrupt(this.request.id, 'interrupt');
    await this.settled;
  }

  /** The turn's result. Rejects with a typed error for failed, crashed or aborted turns. */
  async result(): Promise<TurnResult<T>> {
    const settled = await this.settled;
    if (settled.ok) return settled.result as TurnResult<T>;
    throw settled.error;
  }

  /** @internal Resolves with how the turn settled, never rejects. */
  outcome(): Promise<SettledTurn> {
    return this.settled;
  }

  /**
   * @internal For handles nobody else can see (`thread.run()`): stop keeping
   * events for late subscribers, so a long turn does not hold every delta.
   */
  discardReplay(): void {
    this.subject.stopReplay();
  }

  /** @internal */
  abort(cause: unknown): void {
    if (!this.done) this.host.interrupt(this.request.id, 'abort', cause);
  }

  private onEvent(event: ThreadEvent): void {
    if (this.done) return;
    // The accumulator is shared and mutable, so it knows the turn id before any snapshot does.
    this.learnTurnId(this.actor?.getSnapshot().context.acc.turnId ?? null);
    this.subject.next(this.host.publish(event, this.turnId));
  }

  private learnTurnId(turnId: string | null): void {
    if (turnId === null || this.turnId !== null) return;
    this.turnId = turnId;
    for (const wake of this.turnIdWaiters.splice(0)) wake();
  }

  private whenTurnId(): Promise<void> {
    if (this.turnId !== null || this.done) return Promise.resolve();
    return new Promise((resolve) => this.turnIdWaiters.push(resolve));
  }

  private onSettle(outcome: TurnOutcome, attempt: number): void {
    if (this.done || attempt !== this.request.attempt) return;
    this.learnTurnId(outcome.acc?.turnId ?? null);
    this.done = true;
    for (const wake of this.turnIdWaiters.splice(0)) wake();
    void this.host.finish(settleTurn(outcome)).then(
      (settled) => this.complete(settled),
      (error: unknown) => this.complete({ ok: false, error, result: null }),
    );
  }

  private complete(settled: SettledTurn): void {
    // The closing SDK event, so streams read like `codex exec --json`.
    // The stream always completes (never errors): a failure is an event here and
    // a rejection of result(); an erroring Subject would throw asynchronously at
    // any subscriber without an error callback.
    const result = settled.result;
    const zero = emptyUsage();
    if (settled.ok && result?.status === 'completed') this.emitFinal({ type: 'turn.completed', usage: result.usage ?? zero });
    else if (result?.status === 'interrupted') this.emitFinal({ type: 'turn.interrupted', usage: result.usage ?? zero });
    else if (result?.error) this.emitFinal({ type: 'turn.failed', error: result.error });
    else if (!settled.ok) this.emitFinal({ type: 'turn.failed', error: { message: errorMessage(settled.error) } });
    this.subject.complete();
    this.resolveSettled(settled);
  }

  private emitFinal(event: ThreadEvent): void {
    this.subject.next(this.host.publish(event, this.turnId));
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
