import { TurnAccumulator } from '../../machines/turn/turnAccumulator.js';
import { emptyUsage, type ThreadError, type ThreadEvent, type Usage } from '../protocol/publicEvents.js';
import type { ThreadItem } from '../protocol/publicItems.js';
import type { TurnStatus } from '../turnResult.js';

/** codex goal statuses after which no continuation turn follows. */
const TERMINAL = new Set(['paused', 'blocked', 'usageLimited', 'budgetLimited', 'complete']);

/** How a logical goal turn ended, as folded from the wire. */
export interface GoalEnd {
  status: TurnStatus;
  error: ThreadError | null;
}

/**
 * Folds the physical turns codex runs for a goal into one logical turn.
 *
 * codex runs a goal as a chain of turns it starts itself (no `turn/start`
 * from us): after each turn it starts a continuation while the goal is still
 * `active`. The logical turn ends when no turn is running and the goal is
 * terminal (`complete`, `paused`, `blocked`, …) or cleared; an interrupted
 * physical turn ends it at once. Each physical turn is folded by its own
 * {@link TurnAccumulator}; only the first `turn.started` is published and
 * usage is summed across turns.
 *
 * @internal
 * @example
 * ```ts
 * const fold = new GoalFold((event) => publish(event));
 * thread.notifications$.subscribe((n) => fold.apply(n.method, n.params));
 * ```
 */
export class GoalFold {
  /** The first physical turn's id: the goal's stable, logical id. */
  logicalId: string | null = null;
  /** The physical turn running now. */
  currentTurnId: string | null = null;
  /** The last physical turn that ran (for steering/interrupting after it ended). */
  lastTurnId: string | null = null;
  goalStatus: string | null = null;
  /** How many physical turns codex has started for the goal. */
  turns = 0;
  /** The model marked the goal complete (a later pause of ours must not turn that into a stop). */
  sawComplete = false;
  readonly items: ThreadItem[] = [];
  readonly usage: Usage = emptyUsage();
  startedAt: number | null = null;
  completedAt: number | null = null;
  private cleared = false;
  private current: TurnAccumulator | null = null;
  private completedOnce = false;
  private lastWireStatus: string | null = null;
  private failure: ThreadError | null = null;
  private ended: GoalEnd | null = null;

  constructor(
    private readonly publish: (event: ThreadEvent) => void,
    private readonly onTurnStarted: (turnId: string) => void,
    private readonly onEnd: (end: GoalEnd) => void,
  ) {}

  /** True once the logical turn has ended. */
  get done(): boolean {
    return this.ended !== null;
  }

  /** Applies one raw notification of the thread. */
  apply(method: string, params: Record<string, unknown>): void {
    if (this.ended) return;
    switch (method) {
      case 'turn/started':
        return this.turnStarted(params.turn as Record<string, unknown> | undefined);
      case 'thread/goal/updated': {
        const goal = (params.goal ?? {}) as { status?: unknown };
        this.goalStatus = typeof goal.status === 'string' ? goal.status : this.goalStatus;
        if (this.goalStatus === 'complete') this.sawComplete = true;
        if (this.goalStatus === 'active') this.cleared = false;
        return this.maybeEnd();
      }
      case 'thread/goal/cleared':
        this.cleared = true;
        return this.maybeEnd();
      default:
        break;
    }
    const acc = this.current;
    if (!acc) return;
    const ended = acc.apply(method, params);
    if (ended !== null) this.turnCompleted(acc);
  }

  /** Ends the logical turn from outside (the thread closed, the process died). */
  abandon(error: ThreadError): void {
    if (this.ended) return;
    this.current?.closeDangling();
    this.finish({ status: 'failed', error });
  }

  private turnStarted(turn: Record<string, unknown> | undefined): void {
    const id = typeof turn?.id === 'string' ? turn.id : null;
    if (id === null || id === this.currentTurnId) return;
    const first = this.logicalId === null;
    this.logicalId ??= id;
    this.currentTurnId = id;
    this.lastTurnId = id;
    this.turns += 1;
    // Continuation boundaries stay internal: only the first turn.started is public.
    const acc = new TurnAccumulator((event) => {
      if (event.type === 'turn.started' && !first) return;
      if (event.type === 'token_usage.updated') {
        this.publish({ ...event, turn: sumUsage(this.usage, event.turn) });
        return;
      }
      this.publish(event);
    });
    this.current = acc;
    acc.adoptTurn(turn);
    this.startedAt ??= acc.startedAt;
    this.onTurnStarted(id);
  }

  private turnCompleted(acc: TurnAccumulator): void {
    this.items.push(...acc.items);
    Object.assign(this.usage, sumUsage(this.usage, acc.usage));
    this.completedAt = acc.completedAt;
    this.current = null;
    this.currentTurnId = null;
    this.completedOnce = true;
    this.lastWireStatus = acc.wireStatus;
    if (acc.wireStatus === 'failed') this.failure = acc.error;
    if (acc.wireStatus === 'interrupted') return this.finish({ status: 'interrupted', error: null });
    this.maybeEnd();
  }

  private maybeEnd(): void {
    if (this.ended || this.currentTurnId !== null || !this.completedOnce) return;
    if (!this.cleared && !(this.goalStatus !== null && TERMINAL.has(this.goalStatus))) return;
    if (this.failure) return this.finish({ status: 'failed', error: this.failure });
    this.finish({ status: this.lastWireStatus === 'interrupted' ? 'interrupted' : 'completed', error: null });
  }

  private finish(end: GoalEnd): void {
    this.ended = end;
    this.completedAt ??= Date.now();
    this.onEnd(end);
  }
}

function sumUsage(a: Usage, b: Usage): Usage {
  return {
    input_tokens: a.input_tokens + b.input_tokens,
    cached_input_tokens: a.cached_input_tokens + b.cached_input_tokens,
    cache_write_input_tokens: a.cache_write_input_tokens + b.cache_write_input_tokens,
    output_tokens: a.output_tokens + b.output_tokens,
    reasoning_output_tokens: a.reasoning_output_tokens + b.reasoning_output_tokens,
  };
}
