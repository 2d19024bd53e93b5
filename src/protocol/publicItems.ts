/**
 * Public thread items: the same shapes as `@openai/codex-sdk` (snake_case, as
 * `codex exec --json` prints them), on both transports. Items that only
 * app-server produces (dynamic tool calls) are additional members of the union.
 */

/** Status of a command execution. */
export type CommandExecutionStatus = 'in_progress' | 'completed' | 'failed';

/** A command the agent ran. */
export interface CommandExecutionItem {
  id: string;
  type: 'command_execution';
  /** The command line as codex ran it (e.g. `/bin/bash -c "…"`). */
  command: string;
  /** stdout and stderr together, as captured so far. */
  aggregated_output: string;
  /** The exit code once the command has exited; `null` until then (as codex exec prints it). */
  exit_code?: number | null;
  status: CommandExecutionStatus;
  /** Extension: true when an approval handler declined the command (status is then `failed`). */
  declined?: boolean;
  /** Extension (app-server): working directory of the command. */
  cwd?: string;
}

/** Kind of a file change. */
export type PatchChangeKind = 'add' | 'delete' | 'update';

/** One file touched by a patch. */
export interface FileUpdateChange {
  path: string;
  kind: PatchChangeKind;
  /** Extension (app-server): the unified diff or new content of this file. */
  diff?: string;
}

/** Status of a file change. `in_progress` appears on `item.started`. */
export type PatchApplyStatus = 'in_progress' | 'completed' | 'failed';

/** A patch the agent applied (or tried to). */
export interface FileChangeItem {
  id: string;
  type: 'file_change';
  changes: FileUpdateChange[];
  status: PatchApplyStatus;
  /** Extension: true when an approval handler declined the patch (status is then `failed`). */
  declined?: boolean;
}

/** Status of an MCP tool call. */
export type McpToolCallStatus = 'in_progress' | 'completed' | 'failed';

/** A call to a tool of an MCP server. */
export interface McpToolCallItem {
  id: string;
  type: 'mcp_tool_call';
  server: string;
  tool: string;
  arguments: unknown;
  result?: { content: unknown[]; structured_content: unknown };
  error?: { message: string };
  status: McpToolCallStatus;
}

/** A message from the agent: prose, or JSON text when an output schema was given. */
export interface AgentMessageItem {
  id: string;
  type: 'agent_message';
  text: string;
  /** Extension: `final_answer` or `commentary` when the model marks its messages (absent otherwise). */
  phase?: 'commentary' | 'final_answer';
}

/** A summary of the agent's reasoning. */
export interface ReasoningItem {
  id: string;
  type: 'reasoning';
  text: string;
}

/** A web search the agent made. */
export interface WebSearchItem {
  id: string;
  type: 'web_search';
  query: string;
}

/** A non-fatal error reported as an item (e.g. codex's fallback-metadata warning). */
export interface ErrorItem {
  id: string;
  type: 'error';
  message: string;
}

/** One entry of the agent's to-do list. */
export interface TodoItem {
  text: string;
  completed: boolean;
}

/** The agent's running plan. */
export interface TodoListItem {
  id: string;
  type: 'todo_list';
  items: TodoItem[];
}

/** A proposed plan (plan mode). */
export interface PlanItem {
  id: string;
  type: 'plan';
  text: string;
}

/** Extension (app-server): a call of a tool registered with `defineTool`. */
export interface DynamicToolCallItem {
  id: string;
  type: 'dynamic_tool_call';
  tool: string;
  namespace: string | null;
  arguments: unknown;
  status: 'in_progress' | 'completed' | 'failed';
  /** The text parts of the tool's answer, once it has one. */
  output?: string;
  success?: boolean;
}

/** Every public item. Switch on `type`; new types may be added in minor versions. */
export type ThreadItem =
  | AgentMessageItem
  | PlanItem
  | ReasoningItem
  | CommandExecutionItem
  | FileChangeItem
  | McpToolCallItem
  | WebSearchItem
  | TodoListItem
  | ErrorItem
  | DynamicToolCallItem;
