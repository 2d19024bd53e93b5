import type { Attributes, Context, Span, Tracer } from '@opentelemetry/api';
import { filter, type Observable, type Subscription } from 'rxjs';
import type { CodexEvent } from '../runtime/eventBus.js';
import type { ThreadEvent, Usage } from '../protocol/publicEvents.js';
import type { ThreadItem } from '../protocol/publicItems.js';
import type { SettledTurn } from '../turnResult.js';
import type { OtelApiModule } from './otelApi.js';
import type { TurnMetrics } from './turnMetrics.js';
import * as S from './semconv.js';

/** What the tracer needs from a turn handle. */
export interface TracedTurn {
  readonly events$: Observable<ThreadEvent>;
  outcome(): Promise<SettledTurn>;
}

/** Facts about the turn's thread, read when needed (they become known while the turn runs). */
export interface TracedTurnInfo {
  threadId(): string | null;
  model(): string | undefined;
  provider(): string | undefined;
  /** The thread's `label` option. */
  label?: string | undefined;
}

/** Shared state of one `Codex`'s telemetry. */
export interface TracerEnv {
  readonly api: OtelApiModule;
  readonly tracer: Tracer;
  readonly metrics: TurnMetrics;
  readonly events$: Observable<CodexEvent>;
  /** Hides secrets in any text put on a span. */
  redact(text: string): string;
  /** Contexts of running tool spans, for server-request handlers (key: thread id + item id). */
  readonly toolContexts: Map<string, Context>;
  /** The turn span context of each thread's running turn. */
  readonly turnContexts: Map<string, Context>;
}

/** Key of a tool span in {@link TracerEnv.toolContexts}. */
export function toolKey(threadId: string | null, itemId: string): string {
  return `${threadId ?? ''}\u0000${itemId}`;
}

const TOOL_ITEMS = new Set(['command_execution', 'dynamic_tool_call', 'mcp_tool_call']);

/**
 * Traces one turn: an `invoke_agent` span (parent: the context active when
 * the turn was started, so it nests under the caller's span even though the
 * turn runs inside actors), an `execute_tool` child span per command,
 * dynamic-tool and MCP-tool item, approvals/errors/restarts as span events,
 * and the turn's token usage and duration as metrics. Driven entirely by the
 * turn's public events and its settled result.
 *
 * @example
 * ```ts
 * traceTurn(env, handle, { threadId: () => thread.id, model: () => 'gpt-5.5', provider: () => 'openai' });
 * ```
 *
 * @internal
 */
export function traceTurn(env: TracerEnv, turn: TracedTurn, info: TracedTurnInfo): void {
  const { api } = env;
  const parent = api.context.active();
  const startedAt = Date.now();
  const span = env.tracer.startSpan(
    `${S.GEN_AI_OPERATION_INVOKE_AGENT} ${S.CODEX_AGENT_NAME}`,
    { kind: api.SpanKind.CLIENT, attributes: turnAttributes(info), startTime: startedAt },
    parent,
  );
  const turnContext = api.trace.setSpan(parent, span);
  const tools = new Map<string, Span>();
  const approvalTargets = new Map<string, Span>();
  let turnKeyThread: string | null = null;

  const registerTurn = () => {
    const threadId = info.threadId();
    if (threadId !== null && turnKeyThread === null) {
      turnKeyThread = threadId;
      env.turnContexts.set(threadId, turnContext);
    }
  };
  registerTurn();

  // Server-request handlers look their tool up by codex's item id (the wire's), events carry the public one.
  const contextKeys = new Map<string, string>();
  const codexIds = new Map<string, string>();
  const startTool = (item: ThreadItem, at: number, codexId: string = item.id): Span => {
    const toolSpan = env.tracer.startSpan(
      `${S.GEN_AI_OPERATION_EXECUTE_TOOL} ${toolName(item)}`,
      { kind: api.SpanKind.INTERNAL, attributes: toolAttributes(item, env.redact), startTime: at },
      turnContext,
    );
    // The model's call id, not the public item_N (which only numbers the turn's items).
    toolSpan.setAttribute(S.ATTR_GEN_AI_TOOL_CALL_ID, codexId);
    tools.set(item.id, toolSpan);
    codexIds.set(item.id, codexId);
    const key = toolKey(info.threadId(), codexId);
    contextKeys.set(item.id, key);
    env.toolContexts.set(key, api.trace.setSpan(turnContext, toolSpan));
    return toolSpan;
  };
  const endTool = (item: ThreadItem, at: number, codexId?: string) => {
    const toolSpan = tools.get(item.id) ?? startTool(item, at, codexId);
    tools.delete(item.id);
    env.toolContexts.delete(contextKeys.get(item.id) ?? toolKey(info.threadId(), item.id));
    contextKeys.delete(item.id);
    toolSpan.setAttributes(toolResultAttributes(item));
    if ('status' in item && item.status === 'failed') {
      toolSpan.setStatus({ code: api.SpanStatusCode.ERROR, message: failureMessage(item) });
      toolSpan.setAttribute(S.ATTR_ERROR_TYPE, 'declined' in item && item.declined ? 'declined' : 'tool_failed');
    }
    toolSpan.end(at);
  };

  const onEvent = (event: ThreadEvent) => {
    registerTurn();
    const at = event.meta?.at ?? Date.now();
    switch (event.type) {
      case 'item.started':
        if (TOOL_ITEMS.has(event.item.type) && !tools.has(event.item.id)) startTool(event.item, at, event.codex_item_id);
        break;
      case 'item.completed':
        if (TOOL_ITEMS.has(event.item.type)) endTool(event.item, at, event.codex_item_id);
        break;
      case 'approval.requested': {
        const target = (event.item_id !== null ? tools.get(event.item_id) : undefined) ?? span;
        approvalTargets.set(event.request_id, target);
        const attributes: Attributes = { [S.ATTR_CODEX_APPROVAL_KIND]: event.kind };
        if (event.item_id !== null) attributes[S.ATTR_CODEX_ITEM_ID] = event.codex_item_id ?? codexIds.get(event.item_id) ?? event.item_id;
        target.addEvent(S.EVENT_APPROVAL_REQUESTED, attributes, at);
        break;
      }
      case 'approval.resolved': {
        const target = approvalTargets.get(event.request_id) ?? span;
        approvalTargets.delete(event.request_id);
        target.addEvent(
          S.EVENT_APPROVAL_RESOLVED,
          { [S.ATTR_CODEX_APPROVAL_KIND]: event.kind, [S.ATTR_CODEX_APPROVAL_DECISION]: event.decision, [S.ATTR_CODEX_APPROVAL_REASON]: event.reason },
          at,
        );
        break;
      }
      case 'error':
        span.addEvent(S.EVENT_CODEX_ERROR, { [S.ATTR_CODEX_ERROR_MESSAGE]: env.redact(event.message), [S.ATTR_CODEX_ERROR_WILL_RETRY]: event.willRetry === true }, at);
        break;
      default:
        break;
    }
  };

  const subscriptions: Subscription[] = [
    turn.events$.subscribe({ next: onEvent, error: () => {} }),
    // Restarts are thread-level events (not on the turn's stream): watch the whole bus for this thread's.
    env.events$
      .pipe(filter((e): e is Extract<CodexEvent, { type: 'thread.restarted' }> => e.type === 'thread.restarted'))
      .subscribe((event) => {
        const threadId = info.threadId();
        if (threadId === null || event.meta?.threadId !== threadId) return;
        span.addEvent(S.EVENT_THREAD_RESTARTED, { [S.ATTR_CODEX_THREAD_GENERATION]: event.generation, [S.ATTR_CODEX_RESTART_REASON]: env.redact(event.reason) }, event.meta?.at);
      }),
  ];

  void turn.outcome().then((settled) => {
    for (const sub of subscriptions) sub.unsubscribe();
    const endedAt = Date.now();
    for (const [id, toolSpan] of tools) {
      toolSpan.setStatus({ code: api.SpanStatusCode.ERROR, message: 'the turn ended before the tool finished' });
      toolSpan.end(endedAt);
      env.toolContexts.delete(contextKeys.get(id) ?? toolKey(info.threadId(), id));
    }
    if (turnKeyThread !== null && env.turnContexts.get(turnKeyThread) === turnContext) env.turnContexts.delete(turnKeyThread);
    span.setAttributes(turnAttributes(info));
    const result = settled.result;
    if (result?.id) span.setAttribute(S.ATTR_CODEX_TURN_ID, result.id);
    span.setAttribute(S.ATTR_CODEX_TURN_STATUS, settled.ok ? result!.status : result?.status === 'interrupted' ? 'interrupted' : 'failed');
    if (result?.usage) span.setAttributes(usageAttributes(result.usage));
    let errorType: string | undefined;
    if (!settled.ok) {
      errorType = errorTypeOf(settled.error);
      const message = env.redact(errorMessageOf(settled.error));
      span.setAttribute(S.ATTR_ERROR_TYPE, errorType);
      span.setStatus({ code: api.SpanStatusCode.ERROR, message });
      // A copy with redacted text: recordException reads message and stack as they are.
      span.recordException({ name: errorNameOf(settled.error), message, ...(stackOf(settled.error) ? { stack: env.redact(stackOf(settled.error)!) } : {}) }, endedAt);
    }
    span.end(endedAt);
    env.metrics.recordTurn({
      provider: info.provider(),
      model: info.model(),
      usage: result?.usage ?? null,
      durationMs: endedAt - startedAt,
      errorType,
    });
  });
}

/** @internal Shared with the goal tracer. */
export function turnAttributes(info: TracedTurnInfo): Attributes {
  const attributes: Attributes = {
    [S.ATTR_GEN_AI_OPERATION_NAME]: S.GEN_AI_OPERATION_INVOKE_AGENT,
    [S.ATTR_GEN_AI_AGENT_NAME]: S.CODEX_AGENT_NAME,
  };
  const provider = info.provider();
  const model = info.model();
  const threadId = info.threadId();
  if (provider !== undefined) attributes[S.ATTR_GEN_AI_PROVIDER_NAME] = provider;
  if (model !== undefined) attributes[S.ATTR_GEN_AI_REQUEST_MODEL] = model;
  if (threadId !== null) attributes[S.ATTR_GEN_AI_CONVERSATION_ID] = threadId;
  if (info.label !== undefined) attributes[S.ATTR_CODEX_THREAD_LABEL] = info.label;
  return attributes;
}

/** @internal Shared with the goal tracer. */
export function usageAttributes(usage: Usage): Attributes {
  return {
    [S.ATTR_GEN_AI_USAGE_INPUT_TOKENS]: usage.input_tokens,
    [S.ATTR_GEN_AI_USAGE_OUTPUT_TOKENS]: usage.output_tokens,
    [S.ATTR_CODEX_USAGE_CACHED_INPUT_TOKENS]: usage.cached_input_tokens,
    ...(usage.reasoning_output_tokens !== undefined ? { [S.ATTR_CODEX_USAGE_REASONING_OUTPUT_TOKENS]: usage.reasoning_output_tokens } : {}),
  };
}

function toolName(item: ThreadItem): string {
  switch (item.type) {
    case 'command_execution':
      // The model's shell tool in codex 0.169 (reference §0); the item does not say which tool ran it.
      return 'exec_command';
    case 'dynamic_tool_call':
    case 'mcp_tool_call':
      return item.tool;
    default:
      return item.type;
  }
}

function toolAttributes(item: ThreadItem, redact: (text: string) => string): Attributes {
  const attributes: Attributes = {
    [S.ATTR_GEN_AI_OPERATION_NAME]: S.GEN_AI_OPERATION_EXECUTE_TOOL,
    [S.ATTR_GEN_AI_TOOL_NAME]: toolName(item),
    [S.ATTR_GEN_AI_TOOL_CALL_ID]: item.id,
    [S.ATTR_GEN_AI_TOOL_TYPE]: item.type === 'dynamic_tool_call' ? 'function' : 'extension',
  };
  if (item.type === 'command_execution') attributes[S.ATTR_CODEX_COMMAND] = redact(item.command);
  if (item.type === 'mcp_tool_call') attributes[S.ATTR_CODEX_MCP_SERVER] = item.server;
  return attributes;
}

function toolResultAttributes(item: ThreadItem): Attributes {
  const attributes: Attributes = {};
  if ('status' in item && typeof item.status === 'string') attributes[S.ATTR_CODEX_TOOL_STATUS] = item.status;
  if (item.type === 'command_execution' && typeof item.exit_code === 'number') attributes[S.ATTR_CODEX_COMMAND_EXIT_CODE] = item.exit_code;
  return attributes;
}

function failureMessage(item: ThreadItem): string {
  if (item.type === 'command_execution') return item.declined ? 'declined' : `exit code ${item.exit_code ?? 'unknown'}`;
  if (item.type === 'mcp_tool_call' && item.error) return 'the MCP tool failed';
  return 'the tool failed';
}

/** @internal Shared with the goal tracer. */
export function errorTypeOf(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
    const name = (error as { name?: unknown }).name;
    if (typeof name === 'string' && name !== '') return name;
  }
  return '_OTHER';
}

function errorNameOf(error: unknown): string {
  return error instanceof Error ? error.name : 'Error';
}

/** @internal Shared with the goal tracer. */
export function errorMessageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function stackOf(error: unknown): string | undefined {
  return error instanceof Error && typeof error.stack === 'string' ? error.stack : undefined;
}
