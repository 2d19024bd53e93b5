import type { ServerRequestContext } from '../../machines/turn/turnTypes.js';
import type { ActiveHandlers } from '../runtime/serverRequestResolver.js';
import type { Tool, ToolOutput } from './defineTool.js';

/** The wire answer to `item/tool/call`. */
export interface DynamicToolCallResult {
  contentItems: Array<{ type: 'inputText'; text: string } | { type: 'inputImage'; imageUrl: string }>;
  success: boolean;
}

function failure(text: string): DynamicToolCallResult {
  return { contentItems: [{ type: 'inputText', text }], success: false };
}

/**
 * Runs one dynamic tool call: finds the tool, validates the arguments with its
 * zod schema, executes it with the turn's abort signal, and turns the outcome
 * into a tool output. Failures go back to the model as failed outputs (the
 * turn continues), so the model can correct itself.
 */
export async function runToolCall(params: Record<string, unknown>, active: ActiveHandlers, context: ServerRequestContext): Promise<DynamicToolCallResult> {
  const callId = String(params.callId ?? '');
  const name = String(params.tool ?? '');
  const namespace = typeof params.namespace === 'string' ? params.namespace : null;
  const started = Date.now();
  context.publish({ type: 'tool.called', call_id: callId, tool: name, namespace, arguments: params.arguments ?? null });
  const result = await execute(params, name, namespace, callId, active, context);
  context.publish({
    type: 'tool.completed',
    call_id: callId,
    tool: name,
    success: result.success,
    output: result.contentItems.map((c) => (c.type === 'inputText' ? c.text : '')).join('\n'),
    durationMs: Date.now() - started,
  });
  return result;
}

async function execute(
  params: Record<string, unknown>,
  name: string,
  namespace: string | null,
  callId: string,
  active: ActiveHandlers,
  context: ServerRequestContext,
): Promise<DynamicToolCallResult> {
  const tool: Tool | undefined = active.tools.find((t) => t.name === name && (t.namespace ?? null) === namespace);
  if (!tool) return failure(`Unknown tool ${namespace ? `${namespace}.` : ''}${name}.`);
  // A thread runs one turn at a time: a new turn id means earlier counts are done with.
  if (!active.toolCalls.has(context.turnId)) active.toolCalls.clear();
  const calls = (active.toolCalls.get(context.turnId) ?? 0) + 1;
  active.toolCalls.set(context.turnId, calls);
  if (calls > active.maxToolCalls) {
    return failure(`Tool call limit reached: at most ${active.maxToolCalls} tool calls per turn. Answer with what you have.`);
  }
  const parsed = tool.parameters.safeParse(params.arguments ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    return failure(`Invalid arguments for tool ${name}: ${issues}`);
  }
  try {
    const output = await tool.execute(parsed.data, { signal: context.signal, threadId: context.threadId, turnId: context.turnId, callId });
    return toResult(output);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failure(`Tool ${name} failed: ${message}`);
  }
}

function toResult(output: string | ToolOutput): DynamicToolCallResult {
  if (typeof output === 'string') return { contentItems: [{ type: 'inputText', text: output }], success: true };
  const contentItems = (output.content ?? []).map((c) => (c.type === 'text' ? { type: 'inputText' as const, text: c.text } : { type: 'inputImage' as const, imageUrl: c.url }));
  return { contentItems, success: output.success ?? true };
}
