import type { PatchChangeKind, ThreadItem } from './publicItems.js';

/**
 * Maps one app-server v2 item (camelCase, `type` like `agentMessage`) to the
 * public item shape (`@openai/codex-sdk`'s snake_case, `type` like
 * `agent_message`). Returns `null` for items that have no public counterpart
 * (user messages, context compaction markers…): those stay reachable through
 * `thread.notifications$` and `thread.read()`.
 *
 * The input is typed loosely on purpose: it is already validated at the wire
 * boundary, and unknown future fields must not break the mapping.
 */
export function toPublicItem(wire: unknown): ThreadItem | null {
  if (typeof wire !== 'object' || wire === null) return null;
  const item = wire as Record<string, unknown>;
  const id = String(item.id ?? '');
  switch (item.type) {
    case 'agentMessage': {
      // phase is an extension: present only when codex marks the message (no `phase: null` under the SDK's shape).
      const phase = phaseOf(item.phase);
      return phase === null ? { id, type: 'agent_message', text: str(item.text) } : { id, type: 'agent_message', text: str(item.text), phase };
    }
    case 'reasoning': {
      // exec joins summary parts with newlines; do the same so both transports agree.
      const summary = Array.isArray(item.summary) ? item.summary.map(String) : [];
      return { id, type: 'reasoning', text: summary.join('\n') };
    }
    case 'plan':
      return { id, type: 'plan', text: str(item.text) };
    case 'commandExecution': {
      const status = str(item.status);
      const out: ThreadItem = {
        id,
        type: 'command_execution',
        command: str(item.command),
        aggregated_output: typeof item.aggregatedOutput === 'string' ? item.aggregatedOutput : '',
        status: toItemStatus(status),
      };
      // null while running or without an exit (declined), as codex exec prints it.
      out.exit_code = typeof item.exitCode === 'number' ? item.exitCode : null;
      if (status === 'declined') out.declined = true;
      if (typeof item.cwd === 'string') out.cwd = item.cwd;
      return out;
    }
    case 'fileChange': {
      const status = str(item.status);
      const changes = Array.isArray(item.changes) ? item.changes.map(toFileChange) : [];
      const out: ThreadItem = {
        id,
        type: 'file_change',
        changes,
        status: toItemStatus(status),
      };
      if (status === 'declined') out.declined = true;
      return out;
    }
    case 'mcpToolCall': {
      const status = str(item.status);
      const out: ThreadItem = {
        id,
        type: 'mcp_tool_call',
        server: str(item.server),
        tool: str(item.tool),
        arguments: item.arguments ?? null,
        status: toItemStatus(status),
      };
      const result = item.result as Record<string, unknown> | null | undefined;
      if (result && typeof result === 'object') {
        out.result = {
          content: Array.isArray(result.content) ? result.content : [],
          structured_content: result.structuredContent ?? null,
        };
      }
      const error = item.error as Record<string, unknown> | null | undefined;
      if (error && typeof error === 'object') out.error = { message: str(error.message) };
      return out;
    }
    case 'webSearch':
      return { id, type: 'web_search', query: str(item.query) };
    case 'dynamicToolCall': {
      const status = str(item.status);
      const out: ThreadItem = {
        id,
        type: 'dynamic_tool_call',
        tool: str(item.tool),
        namespace: typeof item.namespace === 'string' ? item.namespace : null,
        arguments: item.arguments ?? null,
        status: toItemStatus(status),
      };
      if (Array.isArray(item.contentItems)) out.output = contentText(item.contentItems);
      if (typeof item.success === 'boolean') out.success = item.success;
      return out;
    }
    default:
      return null;
  }
}

/** Concatenates the text parts of a dynamic tool's content items. */
export function contentText(items: readonly unknown[]): string {
  return items
    .map((c) => (c && typeof c === 'object' && (c as { type?: unknown }).type === 'inputText' ? str((c as { text?: unknown }).text) : ''))
    .filter((t) => t.length > 0)
    .join('\n');
}

function toFileChange(raw: unknown): { path: string; kind: PatchChangeKind; diff?: string } {
  const change = (raw ?? {}) as Record<string, unknown>;
  const kindRaw = change.kind;
  // app-server nests the kind ({type:'add'}); exec prints it flat ('add').
  const kindName = typeof kindRaw === 'string' ? kindRaw : str((kindRaw as { type?: unknown } | null)?.type);
  const kind: PatchChangeKind = kindName === 'add' || kindName === 'delete' ? kindName : 'update';
  const out: { path: string; kind: PatchChangeKind; diff?: string } = { path: str(change.path), kind };
  if (typeof change.diff === 'string') out.diff = change.diff;
  return out;
}

/** app-server item status → public status; `declined` and anything unknown read as `failed`. */
function toItemStatus(status: string): 'in_progress' | 'completed' | 'failed' {
  return status === 'inProgress' ? 'in_progress' : status === 'completed' ? 'completed' : 'failed';
}

function phaseOf(value: unknown): 'commentary' | 'final_answer' | null {
  if (value === 'commentary' || value === 'final_answer') return value;
  // The wire has used camelCase for enum values in v2; accept both spellings.
  if (value === 'finalAnswer') return 'final_answer';
  return null;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
}
