/**
 * Items of `codex exec --json` (the `item` of `item.started|updated|completed`).
 *
 * Shapes are those of `@openai/codex-sdk`'s `ThreadItem`, widened only where the pinned
 * binary really prints more (see `codex-wire.md` §2.1): `exit_code` is `null` while a
 * command runs, commands can be `declined`, file changes start `in_progress`. Every
 * schema is loose: fields codex adds later are kept, not rejected.
 */
import { z } from 'zod';

/** Status of a command execution (`declined` when an approval was refused). */
export type ExecCommandExecutionStatus = 'in_progress' | 'completed' | 'failed' | 'declined';

/** A command the agent ran; stdout and stderr are merged in `aggregated_output`. */
export interface ExecCommandExecutionItem {
  id: string;
  type: 'command_execution';
  /** The command line as codex ran it, e.g. `/bin/bash -c "ls"`. */
  command: string;
  /** Output captured so far (stdout and stderr interleaved). */
  aggregated_output: string;
  /** Exit code once the command has exited; `null` (or absent) while it runs. */
  exit_code?: number | null;
  status: ExecCommandExecutionStatus;
}

/** Kind of change to one file. */
export type ExecPatchChangeKind = 'add' | 'delete' | 'update';

/** One file touched by a patch. */
export interface ExecFileUpdateChange {
  path: string;
  kind: ExecPatchChangeKind;
}

/** Status of a file change (`in_progress` on `item.started`). */
export type ExecPatchApplyStatus = 'in_progress' | 'completed' | 'failed';

/** A patch the agent applied, or tried to. */
export interface ExecFileChangeItem {
  id: string;
  type: 'file_change';
  changes: ExecFileUpdateChange[];
  status: ExecPatchApplyStatus;
}

/** Status of an MCP tool call. */
export type ExecMcpToolCallStatus = 'in_progress' | 'completed' | 'failed';

/** A call of a tool on an MCP server. */
export interface ExecMcpToolCallItem {
  id: string;
  type: 'mcp_tool_call';
  server: string;
  tool: string;
  arguments: unknown;
  /** The server's answer for a successful call (MCP content blocks). */
  result?: { content: unknown[]; structured_content?: unknown; _meta?: unknown } | null;
  /** Why the call failed. */
  error?: { message: string } | null;
  status: ExecMcpToolCallStatus;
}

/** A message from the agent: prose, or JSON text when an output schema was given. */
export interface ExecAgentMessageItem {
  id: string;
  type: 'agent_message';
  text: string;
}

/** The agent's reasoning summary (summary parts joined by newlines). */
export interface ExecReasoningItem {
  id: string;
  type: 'reasoning';
  text: string;
}

/** A web search the agent made. */
export interface ExecWebSearchItem {
  id: string;
  type: 'web_search';
  query: string;
}

/** One entry of the agent's to-do list. */
export interface ExecTodoItem {
  text: string;
  completed: boolean;
}

/** The agent's to-do list (`update_plan`); completes only at the end of the turn. */
export interface ExecTodoListItem {
  id: string;
  type: 'todo_list';
  items: ExecTodoItem[];
}

/** A proposed plan (plan mode). */
export interface ExecPlanItem {
  id: string;
  type: 'plan';
  text: string;
}

/** A non-fatal error shown as an item (e.g. the fallback-model-metadata warning). */
export interface ExecErrorItem {
  id: string;
  type: 'error';
  message: string;
}

/** Every item type `codex exec --json` is known to print. */
export type ExecThreadItem =
  | ExecAgentMessageItem
  | ExecReasoningItem
  | ExecCommandExecutionItem
  | ExecFileChangeItem
  | ExecMcpToolCallItem
  | ExecWebSearchItem
  | ExecTodoListItem
  | ExecPlanItem
  | ExecErrorItem;

const id = z.string();

const commandExecution = z.looseObject({
  id,
  type: z.literal('command_execution'),
  command: z.string(),
  aggregated_output: z.string(),
  exit_code: z.number().int().nullable().optional(),
  status: z.enum(['in_progress', 'completed', 'failed', 'declined']),
});

const fileChange = z.looseObject({
  id,
  type: z.literal('file_change'),
  changes: z.array(z.looseObject({ path: z.string(), kind: z.enum(['add', 'delete', 'update']) })),
  status: z.enum(['in_progress', 'completed', 'failed']),
});

const mcpToolCall = z.looseObject({
  id,
  type: z.literal('mcp_tool_call'),
  server: z.string(),
  tool: z.string(),
  // codex serializes a missing value as null; keep whatever it sent.
  arguments: z.unknown(),
  result: z.looseObject({ content: z.array(z.unknown()), structured_content: z.unknown().optional() }).nullable().optional(),
  error: z.looseObject({ message: z.string() }).nullable().optional(),
  status: z.enum(['in_progress', 'completed', 'failed']),
});

const textItem = <T extends string>(type: T) => z.looseObject({ id, type: z.literal(type), text: z.string() });

/**
 * zod schema of {@link ExecThreadItem}, keyed on `type`. Loose: unknown fields are kept.
 * An item whose `type` is not listed fails this schema; {@link parseExecEvent} then
 * passes the whole event through as `unknown`.
 */
export const execThreadItemSchema = z.discriminatedUnion('type', [
  textItem('agent_message'),
  textItem('reasoning'),
  commandExecution,
  fileChange,
  mcpToolCall,
  z.looseObject({ id, type: z.literal('web_search'), query: z.string() }),
  z.looseObject({
    id,
    type: z.literal('todo_list'),
    items: z.array(z.looseObject({ text: z.string(), completed: z.boolean() })),
  }),
  textItem('plan'),
  z.looseObject({ id, type: z.literal('error'), message: z.string() }),
]);

/** The `type` values of {@link ExecThreadItem}. */
export const execThreadItemTypes: ReadonlySet<string> = new Set(execThreadItemSchema.options.map((o) => o.shape.type.value));

// Compile-time check that the schemas produce the documented interfaces.
type Assert<T extends true> = T;
type _ItemSchemaMatches = Assert<z.output<typeof execThreadItemSchema> extends ExecThreadItem ? true : false>;
