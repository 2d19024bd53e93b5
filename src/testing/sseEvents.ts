/**
 * Pure builders for Responses-API streaming events, exported as the `sse`
 * namespace of `codex-actors/testing`.
 *
 * Two levels:
 * - event builders (`created`, `outputItemAdded`, `outputTextDelta`, `completed`, `failed`, …)
 *   return one {@link SseEvent};
 * - item builders (`message`, `reasoning`, `functionCall`, `shellCall`, `applyPatch`, …)
 *   return the events of one output item (`output_item.added`, deltas, `output_item.done`)
 *   as an array, ready to pass to `responses.stream()`.
 *
 * Shapes follow the OpenAI Responses streaming format as the pinned codex binary
 * parses it (see the wire reference §1.3): codex acts on `response.output_item.done`,
 * `response.output_text.delta`, `response.reasoning_summary_text.delta`,
 * `response.completed` and `response.failed`; extra fields are ignored by it but
 * kept here so recorded streams look like the real API.
 */

import { randomBytes } from 'node:crypto';

/** One server-sent event of a Responses-API stream: `type` plus its payload. */
export interface SseEvent {
  readonly type: string;
  readonly [field: string]: unknown;
}

/** Token usage of one model response, camelCase; turned into the wire's snake_case `usage`. */
export interface Usage {
  inputTokens: number;
  cachedInputTokens?: number;
  outputTokens: number;
  reasoningOutputTokens?: number;
  /** Defaults to `inputTokens + outputTokens`, as the real API reports it. */
  totalTokens?: number;
}

/** The usage every completed response reports unless told otherwise. */
export const DEFAULT_USAGE: Readonly<Required<Omit<Usage, 'totalTokens'>>> = Object.freeze({
  inputTokens: 100,
  cachedInputTokens: 40,
  outputTokens: 7,
  reasoningOutputTokens: 3,
});

/** `phase` codex reads on assistant messages: progress notes vs. the final answer. */
export type MessagePhase = 'commentary' | 'final_answer';

/** How an item's text is streamed before its `output_item.done` event. */
export type StreamMode = boolean | readonly string[];

/**
 * Random ids, so scripted items never collide in a thread's history, even when a
 * resumed thread meets a fresh server process.
 */
function nextId(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

/** Splits text into word-ish chunks (whitespace kept with the word before it). */
function splitForStreaming(text: string, mode: StreamMode): readonly string[] {
  if (Array.isArray(mode)) return mode as readonly string[];
  const parts = text.match(/\S+\s*|\s+/g);
  return parts && parts.length > 0 ? parts : [text];
}

// ---------------------------------------------------------------------------
// Event builders
// ---------------------------------------------------------------------------

/** `response.created`: the first event of every stream. */
export function created(responseId: string = nextId('resp')): SseEvent {
  return { type: 'response.created', response: { id: responseId, object: 'response', status: 'in_progress', output: [] } };
}

/** `response.output_item.added`: an item starts (codex opens a streaming item for messages and reasoning). */
export function outputItemAdded(item: Record<string, unknown>, outputIndex = 0): SseEvent {
  return { type: 'response.output_item.added', output_index: outputIndex, item };
}

/** `response.output_item.done`: the complete item; this is what codex records and acts on. */
export function outputItemDone(item: Record<string, unknown>, outputIndex = 0): SseEvent {
  return { type: 'response.output_item.done', output_index: outputIndex, item };
}

/** `response.output_text.delta`: a piece of an assistant message's text. */
export function outputTextDelta(delta: string, itemId: string, outputIndex = 0): SseEvent {
  return { type: 'response.output_text.delta', item_id: itemId, output_index: outputIndex, content_index: 0, delta, logprobs: [] };
}

/** `response.reasoning_summary_part.added`: a new reasoning summary part begins. */
export function reasoningSummaryPartAdded(itemId: string, summaryIndex = 0, outputIndex = 0): SseEvent {
  return {
    type: 'response.reasoning_summary_part.added',
    item_id: itemId,
    output_index: outputIndex,
    summary_index: summaryIndex,
    part: { type: 'summary_text', text: '' },
  };
}

/** `response.reasoning_summary_text.delta`: a piece of a reasoning summary. */
export function reasoningSummaryTextDelta(delta: string, itemId: string, summaryIndex = 0, outputIndex = 0): SseEvent {
  return { type: 'response.reasoning_summary_text.delta', item_id: itemId, output_index: outputIndex, summary_index: summaryIndex, delta };
}

/** The wire `usage` object of `response.completed`. */
export function wireUsage(usage: Usage = DEFAULT_USAGE): Record<string, unknown> {
  return {
    input_tokens: usage.inputTokens,
    input_tokens_details: { cached_tokens: usage.cachedInputTokens ?? 0 },
    output_tokens: usage.outputTokens,
    output_tokens_details: { reasoning_tokens: usage.reasoningOutputTokens ?? 0 },
    total_tokens: usage.totalTokens ?? usage.inputTokens + usage.outputTokens,
  };
}

/** `response.completed` with usage ({@link DEFAULT_USAGE} unless given). */
export function completed(responseId: string = nextId('resp'), usage: Usage = DEFAULT_USAGE): SseEvent {
  return { type: 'response.completed', response: { id: responseId, object: 'response', status: 'completed', usage: wireUsage(usage) } };
}

/**
 * `response.failed` with an error code and message. codex maps some codes to
 * specific errors: `context_length_exceeded`, `insufficient_quota`,
 * `usage_not_included`; anything else (e.g. `server_error`) is a retryable stream error.
 */
export function failed(code: string, message: string, responseId: string = nextId('resp')): SseEvent {
  return { type: 'response.failed', response: { id: responseId, object: 'response', status: 'failed', error: { code, message } } };
}

// ---------------------------------------------------------------------------
// Item builders: each returns the events of one output item
// ---------------------------------------------------------------------------

/** Options of {@link message}. */
export interface MessageOptions {
  id?: string;
  /** Marks the message as progress commentary or the final answer (codex `phase`). */
  phase?: MessagePhase;
  /** Stream the text as `output_text.delta` events first: `true` splits by word, an array gives the chunks. */
  stream?: StreamMode;
}

/** An assistant message, optionally streamed as deltas. */
export function message(text: string, options: MessageOptions = {}): SseEvent[] {
  const id = options.id ?? nextId('msg');
  const phase = options.phase === undefined ? {} : { phase: options.phase };
  const done = outputItemDone({
    type: 'message',
    id,
    role: 'assistant',
    status: 'completed',
    content: [{ type: 'output_text', text, annotations: [] }],
    ...phase,
  });
  if (!options.stream) return [done];
  const added = outputItemAdded({ type: 'message', id, role: 'assistant', status: 'in_progress', content: [], ...phase });
  return [added, ...splitForStreaming(text, options.stream).map((chunk) => outputTextDelta(chunk, id)), done];
}

/** Options of {@link reasoning}. */
export interface ReasoningOptions {
  id?: string;
  /** Raw reasoning text (`content` of the item); codex does not show it in exec output. */
  content?: readonly string[];
  /** Stream the summary parts as `reasoning_summary_text.delta` events first. */
  stream?: boolean;
}

/** A reasoning item with one or more summary parts. */
export function reasoning(summary: string | readonly string[], options: ReasoningOptions = {}): SseEvent[] {
  const id = options.id ?? nextId('rs');
  const parts = typeof summary === 'string' ? [summary] : summary;
  const content = options.content ? { content: options.content.map((text) => ({ type: 'reasoning_text', text })) } : {};
  const done = outputItemDone({ type: 'reasoning', id, summary: parts.map((text) => ({ type: 'summary_text', text })), ...content });
  if (!options.stream) return [done];
  const deltas = parts.flatMap((text, index) => [
    reasoningSummaryPartAdded(id, index),
    ...splitForStreaming(text, true).map((chunk) => reasoningSummaryTextDelta(chunk, id, index)),
  ]);
  return [outputItemAdded({ type: 'reasoning', id, summary: [] }), ...deltas, done];
}

/** Options of {@link functionCall}. */
export interface FunctionCallOptions {
  callId?: string;
  /** Namespace of a namespaced tool (codex dynamic tool namespaces, e.g. `crm`). */
  namespace?: string;
}

/** A `function_call` item; `args` objects are JSON-encoded as the API does. */
export function functionCall(name: string, args: unknown, options: FunctionCallOptions = {}): SseEvent[] {
  const callId = options.callId ?? nextId('call');
  const namespace = options.namespace === undefined ? {} : { namespace: options.namespace };
  return [
    outputItemDone({
      type: 'function_call',
      id: `fc_${callId}`,
      call_id: callId,
      name,
      arguments: typeof args === 'string' ? args : JSON.stringify(args),
      status: 'completed',
      ...namespace,
    }),
  ];
}

/** Options of {@link shellCall}: the optional `exec_command` arguments. */
export interface ShellCallOptions {
  callId?: string;
  /** `require_escalated` asks for an unsandboxed run (prompts under `on-request`). */
  sandboxPermissions?: 'use_default' | 'require_escalated';
  /** Shown to the approver as the reason. */
  justification?: string;
  workdir?: string;
  /** How long codex waits for output before answering "still running" (default 10000 in codex). */
  yieldTimeMs?: number;
}

/**
 * A call of the binary's shell tool. codex 0.169.0 names it `exec_command`
 * (unified exec), not `shell`; `login: false` runs `bash -c` instead of a login
 * shell so profile noise stays out of the output (wire reference §1.3).
 */
export function shellCall(cmd: string, options: ShellCallOptions = {}): SseEvent[] {
  const args: Record<string, unknown> = { cmd, login: false };
  if (options.workdir !== undefined) args['workdir'] = options.workdir;
  if (options.yieldTimeMs !== undefined) args['yield_time_ms'] = options.yieldTimeMs;
  if (options.sandboxPermissions !== undefined) args['sandbox_permissions'] = options.sandboxPermissions;
  if (options.justification !== undefined) args['justification'] = options.justification;
  return functionCall('exec_command', args, options.callId === undefined ? {} : { callId: options.callId });
}

/** A call of a dynamic tool registered on the thread (`thread/start.dynamicTools`), optionally namespaced. */
export function dynamicToolCall(tool: string, args: unknown, options: FunctionCallOptions = {}): SseEvent[] {
  return functionCall(tool, args, options);
}

/** A `custom_tool_call` item (freeform tool input, e.g. a patch). */
export function customToolCall(name: string, input: string, options: { callId?: string } = {}): SseEvent[] {
  const callId = options.callId ?? nextId('call');
  return [outputItemDone({ type: 'custom_tool_call', id: `ctc_${callId}`, call_id: callId, name, input, status: 'completed' })];
}

/**
 * A freeform `apply_patch` call (`*** Begin Patch … *** End Patch`). The binary only
 * offers this tool when the model has catalog metadata (`createCodexHome({ modelCatalog: true })`);
 * with fallback metadata send the patch through {@link shellCall} as an `apply_patch` heredoc.
 */
export function applyPatch(patch: string, options: { callId?: string } = {}): SseEvent[] {
  return customToolCall('apply_patch', patch, options);
}

// ---------------------------------------------------------------------------
// Encoding
// ---------------------------------------------------------------------------

/** Encodes one event as SSE text: `event: <type>\ndata: <json>\n\n`. */
export function encodeEvent(event: SseEvent): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

/** Encodes events as one SSE body. */
export function encode(events: readonly SseEvent[]): string {
  return events.map(encodeEvent).join('');
}
