import { z } from 'zod';
import { InvalidOptionsError } from '../errors/index.js';

/** Context of a tool call. */
export interface ToolContext {
  /** Aborted when the turn is interrupted, aborted or crashes. */
  signal: AbortSignal;
  threadId: string;
  turnId: string | null;
  callId: string;
}

/** A rich tool answer: text and/or images, and whether the call succeeded. */
export interface ToolOutput {
  content: Array<{ type: 'text'; text: string } | { type: 'image'; url: string }>;
  /** Default true. `false` tells the model the call failed. */
  success?: boolean;
}

/** A tool the model can call, registered on a thread as a codex dynamic tool. */
export interface Tool<Args = unknown> {
  readonly name: string;
  readonly description: string;
  /** Optional namespace (codex groups namespaced tools for the model). */
  readonly namespace?: string;
  readonly parameters: z.ZodType<Args>;
  /** The JSON schema sent to codex (`inputSchema`). */
  readonly inputSchema: Record<string, unknown>;
  execute(args: Args, context: ToolContext): string | ToolOutput | Promise<string | ToolOutput>;
}

const NAME = /^[a-zA-Z0-9_-]+$/;

/**
 * Defines a tool. Arguments are validated with `parameters` before `execute`
 * runs; invalid arguments or a thrown error go back to the model as a failed
 * tool output, and the turn goes on.
 *
 * @example
 * ```ts
 * const weather = defineTool({
 *   name: 'get_weather',
 *   description: 'Current weather for a city',
 *   parameters: z.object({ city: z.string() }),
 *   execute: async ({ city }) => `Sunny in ${city}`,
 * });
 * const thread = codex.startThread({ tools: [weather] });
 * ```
 */
export function defineTool<S extends z.ZodType>(definition: {
  name: string;
  description: string;
  namespace?: string;
  parameters: S;
  execute(args: z.output<S>, context: ToolContext): string | ToolOutput | Promise<string | ToolOutput>;
}): Tool<z.output<S>> {
  if (typeof definition.name !== 'string' || !NAME.test(definition.name)) {
    throw new InvalidOptionsError('defineTool.name', `must match ${NAME} (letters, digits, _ and -); got ${JSON.stringify(definition.name)}`);
  }
  if (typeof definition.description !== 'string' || definition.description.trim() === '') {
    throw new InvalidOptionsError('defineTool.description', 'must be a non-empty string: the model reads it to decide when to call the tool');
  }
  if (definition.namespace !== undefined && !NAME.test(definition.namespace)) {
    throw new InvalidOptionsError('defineTool.namespace', `must match ${NAME}; got ${JSON.stringify(definition.namespace)}`);
  }
  if (typeof definition.execute !== 'function') throw new InvalidOptionsError('defineTool.execute', 'must be a function');
  let inputSchema: Record<string, unknown>;
  try {
    inputSchema = z.toJSONSchema(definition.parameters, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
  } catch (cause) {
    throw new InvalidOptionsError('defineTool.parameters', 'must be a zod schema that converts to JSON Schema (z.object({...}) of plain types)', { cause });
  }
  delete inputSchema.$schema;
  const tool: Tool<z.output<S>> = {
    name: definition.name,
    description: definition.description,
    ...(definition.namespace ? { namespace: definition.namespace } : {}),
    parameters: definition.parameters as unknown as z.ZodType<z.output<S>>,
    inputSchema,
    execute: definition.execute,
  };
  return Object.freeze(tool);
}

/** The codex `thread/start.dynamicTools` specs of some tools (namespaced ones grouped). */
export function toDynamicToolSpecs(tools: readonly Tool[]): Array<Record<string, unknown>> {
  const plain: Array<Record<string, unknown>> = [];
  const namespaces = new Map<string, Array<Record<string, unknown>>>();
  for (const tool of tools) {
    const spec = { type: 'function', name: tool.name, description: tool.description, inputSchema: tool.inputSchema };
    if (tool.namespace) {
      const list = namespaces.get(tool.namespace) ?? [];
      list.push(spec);
      namespaces.set(tool.namespace, list);
    } else plain.push(spec);
  }
  for (const [name, list] of namespaces) plain.push({ type: 'namespace', name, description: `${name} tools`, tools: list });
  return plain;
}
