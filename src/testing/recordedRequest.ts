/**
 * What the scripted server remembers about each request, and small pure helpers
 * to read the Responses-API request bodies codex sends (wire reference §1.1:
 * every request re-sends the whole conversation in `input`).
 */

/** One item of a request's `input` array (message, function_call, function_call_output, reasoning, …). */
export interface InputItem {
  readonly type?: string;
  readonly role?: string;
  readonly content?: unknown;
  readonly call_id?: string;
  readonly name?: string;
  readonly arguments?: string;
  readonly input?: string;
  readonly output?: unknown;
  readonly [field: string]: unknown;
}

/** The parsed JSON body of `POST /v1/responses` (only the fields tests commonly read are typed). */
export interface ResponsesRequestBody {
  readonly model?: string;
  readonly input?: readonly InputItem[];
  readonly tools?: readonly Record<string, unknown>[];
  readonly text?: unknown;
  readonly reasoning?: unknown;
  readonly [field: string]: unknown;
}

/** A request as the server received it. */
export interface RecordedRequest {
  /** 0-based arrival order among all requests the server saw. */
  readonly index: number;
  readonly method: string;
  /** Path without the query string, e.g. `/v1/responses`. */
  readonly path: string;
  /** Path with the query string. */
  readonly url: string;
  /** Lower-cased header names; repeated headers joined with `, `. */
  readonly headers: Readonly<Record<string, string>>;
  readonly rawBody: string;
  /** The parsed JSON body, or `undefined` when the body was empty or not JSON. */
  readonly body: ResponsesRequestBody | undefined;
  /** `Date.now()` when the request had fully arrived. */
  readonly receivedAt: number;
}

/** A request the server had no scripted answer for. */
export interface Miss {
  readonly request: RecordedRequest;
  readonly reason: string;
}

/** A tool output codex sent back to the model. */
export interface ToolCallOutput {
  readonly type: 'function_call_output' | 'custom_tool_call_output';
  readonly callId: string;
  /** The output as text (content arrays are joined). */
  readonly output: string;
  /** The raw input item. */
  readonly item: InputItem;
}

/** A tool call found in the conversation history of a request. */
export interface ToolCall {
  readonly type: 'function_call' | 'custom_tool_call';
  readonly callId: string;
  readonly name: string;
  readonly namespace: string | undefined;
  /** `arguments` of a function call, `input` of a custom tool call. */
  readonly input: string;
  readonly item: InputItem;
}

/** The `input` items of a request, optionally only those of one `type`. */
export function inputItems(request: RecordedRequest, type?: string): InputItem[] {
  const items = request.body?.input ?? [];
  return type === undefined ? [...items] : items.filter((item) => item.type === type);
}

/** The `message` items of a request with the given role (`user`, `assistant`, `developer`, `system`). */
export function inputMessages(request: RecordedRequest, role: string): InputItem[] {
  return inputItems(request).filter((item) => (item.type === 'message' || item.type === undefined) && item.role === role);
}

/** The text spans (`input_text`/`output_text`/plain strings) of a message item's content. */
export function messageTexts(item: InputItem): string[] {
  if (typeof item.content === 'string') return [item.content];
  if (!Array.isArray(item.content)) return [];
  return item.content.flatMap((span: unknown) => {
    if (typeof span !== 'object' || span === null) return [];
    const { type, text } = span as { type?: unknown; text?: unknown };
    return (type === 'input_text' || type === 'output_text' || type === 'text') && typeof text === 'string' ? [text] : [];
  });
}

/**
 * Spans codex adds to user messages on its own. Filtered out by {@link userTexts}
 * so a test sees only what the user typed.
 */
const CONTEXT_PREFIXES = ['<environment_context>', '<user_instructions>', '# AGENTS.md instructions'];

/**
 * The texts of the user messages of a request, in order. By default the context
 * codex injects itself (`<environment_context>`, AGENTS.md instructions) is left
 * out; pass `{ includeContext: true }` to keep it.
 */
export function userTexts(request: RecordedRequest, options: { includeContext?: boolean } = {}): string[] {
  const texts = inputMessages(request, 'user').flatMap(messageTexts);
  return options.includeContext ? texts : texts.filter((text) => !CONTEXT_PREFIXES.some((prefix) => text.trimStart().startsWith(prefix)));
}

function outputText(output: unknown): string {
  if (typeof output === 'string') return output;
  if (Array.isArray(output)) {
    return output
      .map((part: unknown) => (typeof part === 'object' && part !== null && typeof (part as { text?: unknown }).text === 'string' ? (part as { text: string }).text : ''))
      .join('');
  }
  return output === undefined ? '' : JSON.stringify(output);
}

/** The tool outputs (`function_call_output` and `custom_tool_call_output` items) of a request. */
export function functionCallOutputs(request: RecordedRequest): ToolCallOutput[] {
  return inputItems(request).flatMap((item) =>
    item.type === 'function_call_output' || item.type === 'custom_tool_call_output'
      ? [{ type: item.type, callId: String(item.call_id ?? ''), output: outputText(item.output), item }]
      : [],
  );
}

/** The tool calls (`function_call` and `custom_tool_call` items) replayed in a request's history. */
export function toolCalls(request: RecordedRequest): ToolCall[] {
  return inputItems(request).flatMap((item) => {
    if (item.type !== 'function_call' && item.type !== 'custom_tool_call') return [];
    const namespace = typeof item['namespace'] === 'string' ? item['namespace'] : undefined;
    const input = item.type === 'function_call' ? item.arguments : item.input;
    return [{ type: item.type, callId: String(item.call_id ?? ''), name: String(item.name ?? ''), namespace, input: input ?? '', item }];
  });
}

/** Names of the tools offered to the model (`function`/`custom` tools, and namespaced ones as `ns.name`). */
export function toolNames(request: RecordedRequest): string[] {
  return (request.body?.tools ?? []).flatMap((tool) => {
    const name = typeof tool['name'] === 'string' ? tool['name'] : String(tool['type'] ?? '?');
    const nested = Array.isArray(tool['tools']) ? (tool['tools'] as Record<string, unknown>[]) : [];
    return nested.length > 0 ? nested.map((t) => `${name}.${String(t['name'])}`) : [name];
  });
}
