import { retryNotice } from '../../src/protocol/retryNotice.js';
import { emptyUsage, type ThreadError, type ThreadEvent, type Usage } from '../../src/protocol/publicEvents.js';
import type { AgentMessageItem, ThreadItem, TodoListItem } from '../../src/protocol/publicItems.js';
import { toPublicItem } from '../../src/protocol/toPublicItem.js';

/** How a turn ended on the wire. */
export type WireTurnStatus = 'completed' | 'failed' | 'interrupted';

/**
 * Folds the app-server notifications of one turn into public events and the
 * turn's result (items, usage, error, final response).
 *
 * It is deliberately a small mutable object rather than immutable XState
 * context: every streamed delta passes through here, and copying item arrays
 * per notification would dominate the event pipeline's cost. The turn machine
 * owns exactly one accumulator and never shares it.
 */
export class TurnAccumulator {
  turnId: string | null = null;
  /** Items that reached `item.completed` on the wire, in order. */
  readonly items: ThreadItem[] = [];
  readonly usage: Usage = emptyUsage();
  error: ThreadError | null = null;
  wireStatus: WireTurnStatus | null = null;
  startedAt: number | null = null;
  completedAt: number | null = null;
  private readonly open = new Map<string, ThreadItem>();
  private readonly partialText = new Map<string, string>();
  private plan: TodoListItem | null = null;
  private turnStartedSent = false;
  /** codex item id → public id. codex exec (so @openai/codex-sdk) numbers a turn's items `item_0`, `item_1`… in order of appearance; app-server's items are numbered the same way. */
  private readonly publicIds = new Map<string, string>();
  private nextItem = 0;

  constructor(private readonly publish: (event: ThreadEvent) => void) {}

  /** Applies one notification. Returns the wire status when it ended the turn. */
  apply(method: string, params: Record<string, unknown>): WireTurnStatus | null {
    if (!this.isOwn(params)) return null;
    switch (method) {
      case 'item/agentMessage/delta':
        return this.delta(params, 'agent_message');
      case 'item/reasoning/summaryTextDelta':
        return this.delta(params, 'reasoning_summary');
      case 'item/reasoning/textDelta':
        return this.delta(params, 'reasoning_text');
      case 'item/commandExecution/outputDelta':
        return this.delta(params, 'command_output');
      case 'item/plan/delta':
        return this.delta(params, 'plan');
      case 'item/started':
        return this.itemStarted(params.item);
      case 'item/completed':
        return this.itemCompleted(params.item);
      case 'turn/started':
        this.adoptTurn(params.turn);
        return null;
      case 'thread/tokenUsage/updated':
        return this.tokenUsage(params.tokenUsage as Record<string, unknown> | undefined);
      case 'turn/plan/updated':
        return this.planUpdated(params);
      case 'turn/diff/updated':
        this.publish({ type: 'turn.diff.updated', diff: String(params.diff ?? '') });
        return null;
      case 'error':
        return this.errorNotification(params);
      case 'warning':
        // exec reports codex warnings as error items; do the same so both transports agree.
        return this.warning(params);
      case 'turn/completed':
        return this.completed(params.turn as Record<string, unknown> | undefined);
      default:
        return null;
    }
  }

  /** An item of this turn by id (public or codex's), open or completed. */
  findItem(id: string): ThreadItem | undefined {
    const publicId = this.publicIds.get(id) ?? id;
    return this.open.get(publicId) ?? this.items.find((i) => i.id === publicId);
  }

  /** The public id (`item_N`) of a codex item id, assigned on first sight. */
  publicItemId(codexId: string): string {
    let id = this.publicIds.get(codexId);
    if (id === undefined) {
      id = this.newItemId();
      this.publicIds.set(codexId, id);
    }
    return id;
  }

  private newItemId(): string {
    return `item_${this.nextItem++}`;
  }

  /** False for a notification tagged with another turn's id (late traffic of an earlier turn). */
  isOwn(params: Record<string, unknown>): boolean {
    if (this.turnId === null) return true;
    const turnId = typeof params.turnId === 'string' ? params.turnId : (params.turn as { id?: unknown } | undefined)?.id;
    return typeof turnId !== 'string' || turnId === this.turnId;
  }

  /** The id of the turn this accumulator follows, learnt from the response or `turn/started`. */
  adoptTurn(turn: unknown): void {
    const t = (turn ?? {}) as Record<string, unknown>;
    if (this.turnId === null && typeof t.id === 'string') this.turnId = t.id;
    if (!this.turnStartedSent) {
      this.turnStartedSent = true;
      this.startedAt ??= Date.now();
      this.publish({ type: 'turn.started' });
    }
  }

  /**
   * The final response: the last message marked `final_answer`; else the last
   * agent message (an empty one stays `''`); `null` when there are only
   * commentary messages or none.
   */
  finalResponse(): string | null {
    let lastNonCommentary: AgentMessageItem | null = null;
    for (let i = this.items.length - 1; i >= 0; i--) {
      const item = this.items[i]!;
      if (item.type !== 'agent_message') continue;
      if (item.phase === 'final_answer') return item.text;
      if (item.phase !== 'commentary') lastNonCommentary ??= item;
    }
    return lastNonCommentary === null ? null : lastNonCommentary.text;
  }

  /**
   * Closes every item codex left open (interrupt, steer during streaming, a
   * stream retry, an unanswered approval: reference §5.9), so each
   * `item.started` gets its `item.completed`. Dangling items are not added to
   * `items`: codex does not keep them in history either.
   */
  closeDangling(): void {
    for (const [id, item] of this.open) {
      this.publish({ type: 'item.completed', item: closeItem(item, this.partialText.get(id)) });
    }
    this.open.clear();
    this.partialText.clear();
    if (this.plan) {
      this.publish({ type: 'item.completed', item: this.plan });
      this.items.push(this.plan);
      this.plan = null;
    }
  }

  private delta(params: Record<string, unknown>, kind: 'agent_message' | 'reasoning_summary' | 'reasoning_text' | 'command_output' | 'plan'): null {
    const codexId = String(params.itemId ?? '');
    const itemId = this.publicItemId(codexId);
    const delta = String(params.delta ?? '');
    if (kind === 'agent_message') this.partialText.set(itemId, (this.partialText.get(itemId) ?? '') + delta);
    this.publish({ type: 'item.delta', item_id: itemId, kind, delta, codex_item_id: codexId });
    return null;
  }

  private itemStarted(wire: unknown): null {
    const found = this.toItem(wire);
    if (!found) return null;
    this.open.set(found.item.id, found.item);
    this.publish({ type: 'item.started', item: found.item, codex_item_id: found.codexId });
    return null;
  }

  private itemCompleted(wire: unknown): null {
    const found = this.toItem(wire);
    if (!found) return null;
    const { item, codexId } = found;
    this.open.delete(item.id);
    this.partialText.delete(item.id);
    this.items.push(item);
    this.publish({ type: 'item.completed', item, codex_item_id: codexId });
    return null;
  }

  /** The public item with its public id, and codex's own id. */
  private toItem(wire: unknown): { item: ThreadItem; codexId: string } | null {
    const item = toPublicItem(wire);
    if (!item) return null;
    const codexId = item.id;
    item.id = this.publicItemId(codexId);
    return { item, codexId };
  }

  private tokenUsage(tokenUsage: Record<string, unknown> | undefined): null {
    if (!tokenUsage) return null;
    const last = (tokenUsage.last ?? {}) as Record<string, unknown>;
    this.usage.input_tokens += num(last.inputTokens);
    this.usage.cached_input_tokens += num(last.cachedInputTokens);
    this.usage.cache_write_input_tokens += num(last.cacheWriteInputTokens);
    this.usage.output_tokens += num(last.outputTokens);
    this.usage.reasoning_output_tokens += num(last.reasoningOutputTokens);
    const total = (tokenUsage.total ?? {}) as Record<string, unknown>;
    this.publish({
      type: 'token_usage.updated',
      turn: { ...this.usage },
      total: {
        input_tokens: num(total.inputTokens),
        cached_input_tokens: num(total.cachedInputTokens),
        cache_write_input_tokens: num(total.cacheWriteInputTokens),
        output_tokens: num(total.outputTokens),
        reasoning_output_tokens: num(total.reasoningOutputTokens),
      },
      modelContextWindow: typeof tokenUsage.modelContextWindow === 'number' ? tokenUsage.modelContextWindow : null,
    });
    return null;
  }

  private planUpdated(params: Record<string, unknown>): null {
    const steps = Array.isArray(params.plan) ? (params.plan as Array<Record<string, unknown>>) : [];
    const items = steps.map((s) => ({ text: String(s.step ?? ''), completed: s.status === 'completed' }));
    if (this.plan) {
      this.plan = { ...this.plan, items };
      this.publish({ type: 'item.updated', item: this.plan });
    } else {
      // app-server reports plans as turn-level notifications; exec shows them as a todo_list item.
      this.plan = { id: this.newItemId(), type: 'todo_list', items };
      this.publish({ type: 'item.started', item: this.plan });
    }
    return null;
  }

  private errorNotification(params: Record<string, unknown>): null {
    const error = (params.error ?? {}) as Record<string, unknown>;
    const message = String(error.message ?? 'unknown error');
    const willRetry = params.willRetry === true;
    this.publish({ type: 'error', message, willRetry, ...(willRetry ? { retry: retryNotice(message, error.additionalDetails) } : {}) });
    if (!willRetry) {
      this.error = { message, codexErrorInfo: error.codexErrorInfo ?? null, additionalDetails: (error.additionalDetails as string | null) ?? null };
    }
    return null;
  }

  private warning(params: Record<string, unknown>): null {
    const item: ThreadItem = { id: this.newItemId(), type: 'error', message: String(params.message ?? '') };
    this.items.push(item);
    this.publish({ type: 'item.completed', item });
    return null;
  }

  private completed(turn: Record<string, unknown> | undefined): WireTurnStatus {
    const t = turn ?? {};
    if (this.turnId === null && typeof t.id === 'string') this.turnId = t.id;
    this.closeDangling();
    // codex stamps turns in whole seconds; the local clock keeps ms precision and
    // matches startedAt, so durationMs = completedAt - startedAt is never negative.
    this.completedAt = Date.now();
    const status = t.status === 'failed' ? 'failed' : t.status === 'interrupted' ? 'interrupted' : 'completed';
    if (status === 'failed') {
      const e = (t.error ?? null) as Record<string, unknown> | null;
      if (e && typeof e.message === 'string') {
        this.error = { message: e.message, codexErrorInfo: e.codexErrorInfo ?? null, additionalDetails: (e.additionalDetails as string | null) ?? null };
      }
      this.error ??= { message: 'The turn failed without an error message from codex.' };
    }
    this.wireStatus = status;
    return status;
  }
}

function closeItem(item: ThreadItem, partial: string | undefined): ThreadItem {
  switch (item.type) {
    case 'agent_message':
      return { ...item, text: partial ?? item.text };
    case 'command_execution':
    case 'file_change':
    case 'mcp_tool_call':
    case 'dynamic_tool_call':
      return { ...item, status: 'failed' } as ThreadItem;
    default:
      return item;
  }
}

function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
