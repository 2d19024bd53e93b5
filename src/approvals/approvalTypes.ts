import type { ApprovalKind } from '../protocol/publicEvents.js';

/** What an approval handler can answer. `cancel` ends the whole turn as interrupted (codex semantics). */
export type ApprovalDecision = 'accept' | 'acceptForSession' | 'decline' | 'cancel';

/** An approval codex asks for, in one shape for every kind. */
export interface ApprovalRequest {
  kind: ApprovalKind;
  threadId: string;
  turnId: string | null;
  /** The item (command or patch) the approval is about. */
  itemId: string | null;
  /** The command line, for `command` approvals. */
  command?: string;
  cwd?: string;
  /** Files a patch touches, for `file_change` approvals. */
  paths?: string[];
  /** The patch, taken from the item: codex's request carries none (reference §3.5). */
  diff?: string;
  /** The MCP server's name (its key in `mcpServers`), for `mcp_tool_call` approvals. */
  server?: string;
  /** The MCP tool, for `mcp_tool_call` approvals. */
  tool?: string;
  /** The MCP tool's arguments, for `mcp_tool_call` approvals. */
  arguments?: unknown;
  /** The model's justification, when it asked for escalation. */
  reason?: string | null;
  /** The wire params, untouched. */
  raw: Record<string, unknown>;
}

/** Context of an approval handler call. */
export interface ApprovalContext {
  /** Aborted when the turn ends or the handler times out. */
  signal: AbortSignal;
  threadId: string;
  turnId: string | null;
}

/**
 * Decides an approval. May be async. Throwing, or not answering within the
 * timeout, declines. Returning `undefined` defers to the next handler of a
 * composition (see `composeApprovals`), and declines when none is left.
 */
export type ApprovalHandler = (request: ApprovalRequest, context: ApprovalContext) => ApprovalDecision | undefined | Promise<ApprovalDecision | undefined>;

/** All valid decisions. */
export const APPROVAL_DECISIONS: readonly ApprovalDecision[] = ['accept', 'acceptForSession', 'decline', 'cancel'];
