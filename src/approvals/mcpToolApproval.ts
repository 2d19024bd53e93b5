import type { ApprovalDecision } from './approvalTypes.js';

/**
 * codex asks before it runs an MCP tool (under `untrusted` and `on-request`;
 * under `never` the call is refused outright). It does not use an approval
 * request for that but an MCP **elicitation** (`mcpServer/elicitation/request`,
 * mode `form`) whose `_meta.codex_approval_kind` is `mcp_tool_call`, with the
 * tool name and arguments in `_meta`. codex-actors routes these to
 * `onApproval` (kind `mcp_tool_call`) so that one policy governs every side
 * effect, and "no handler → decline" holds for MCP tools too.
 */
export function isMcpToolApproval(params: Record<string, unknown>): boolean {
  const meta = params._meta;
  return typeof meta === 'object' && meta !== null && (meta as Record<string, unknown>).codex_approval_kind === 'mcp_tool_call';
}

/** The fields of an MCP tool approval, from the elicitation's params. */
export function mcpToolApprovalFields(params: Record<string, unknown>): { server: string; tool: string | undefined; arguments: unknown } {
  const meta = params._meta as Record<string, unknown>;
  return {
    server: String(params.serverName ?? ''),
    tool: typeof meta.tool_name === 'string' ? meta.tool_name : undefined,
    arguments: meta.tool_params ?? null,
  };
}

/**
 * The elicitation answer for a decision. `acceptForSession` asks codex to
 * remember the approval for the session (`_meta.persist: "session"`, one of
 * the values codex offers in `_meta.persist`).
 */
export function toMcpApprovalResponse(decision: ApprovalDecision): { action: 'accept' | 'decline' | 'cancel'; content: null; _meta: unknown } {
  switch (decision) {
    case 'accept':
      return { action: 'accept', content: null, _meta: null };
    case 'acceptForSession':
      return { action: 'accept', content: null, _meta: { persist: 'session' } };
    case 'cancel':
      return { action: 'cancel', content: null, _meta: null };
    case 'decline':
      return { action: 'decline', content: null, _meta: null };
  }
}
