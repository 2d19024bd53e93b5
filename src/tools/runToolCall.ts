import type { ServerRequestContext } from '../../machines/turn/turnTypes.js';
import type { ActiveHandlers } from '../runtime/serverRequestResolver.js';
import { raceHandler } from '../runtime/withTimeout.js';
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
  // Bounded like every handler (approvalTimeoutMs): a tool that never answers would
  // otherwise hold the turn forever (found by the fault suite). Its signal fires on
  // the timeout too, so it can stop its own work.
  const outcome = await raceHandler(
    (signal) => tool.execute(parsed.data, { signal, threadId: context.threadId, turnId: context.turnId, callId }),
    active.approvalTimeoutMs,
    context.signal,
  );
  switch (outcome.kind) {
    case 'value':
      try {
        return toResult(outcome.value);
      } catch (error) {
        return failure(`Tool ${name} returned an invalid value: ${(error as Error).message}`);
      }
    case 'error': {
      const message = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
      return failure(`Tool ${name} failed: ${message}`);
    }
    case 'timeout':
      return failure(`Tool ${name} did not answer within ${active.approvalTimeoutMs} ms and was abandoned.`);
    case 'aborted':
      return failure(`Tool ${name} was cancelled: the turn ended.`);
  }
}

/** The wire answer for what a tool returned; throws (with the reason) for anything but a string or a {@link ToolOutput}. */
function toResult(output: unknown): DynamicToolCallResult {
  if (typeof output === 'string') return { contentItems: [{ type: 'inputText', text: output }], success: true };
  if (typeof output !== 'object' || output === null || !Array.isArray((output as ToolOutput).content)) {
    throw new Error(`expected a string or { content: [...] }, got ${describe(output)}`);
  }
  const result = output as ToolOutput;
  const contentItems = result.content.map((c) => {
    if (c?.type === 'text' && typeof c.text === 'string') return { type: 'inputText' as const, text: c.text };
    if (c?.type === 'image' && typeof c.url === 'string') return { type: 'inputImage' as const, imageUrl: c.url };
    throw new Error(`content items must be { type: 'text', text } or { type: 'image', url }, got ${describe(c)}`);
  });
  return { contentItems, success: result.success ?? true };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return `an object with keys ${Object.keys(value).join(', ') || '(none)'}`;
  return `${typeof value} ${String(value).slice(0, 40)}`;
}
