import type { ServerRequestContext, ServerRequestResolver } from '../../machines/turn/turnTypes.js';
import { isMcpToolApproval, mcpToolApprovalFields, toMcpApprovalResponse } from '../approvals/mcpToolApproval.js';
import { APPROVAL_DECISIONS, type ApprovalDecision, type ApprovalHandler, type ApprovalRequest } from '../approvals/approvalTypes.js';
import type { ApprovalKind } from '../protocol/publicEvents.js';
import { runToolCall } from '../tools/runToolCall.js';
import type { Tool } from '../tools/defineTool.js';
import { resolveElicitation, resolveUserInput } from '../userInput/resolveUserInput.js';
import type { ElicitationHandler, UserInputHandler } from '../userInput/userInputTypes.js';
import { raceHandler } from './withTimeout.js';

/** Handlers in force for the active turn (turn > thread > Codex already resolved). */
export interface ActiveHandlers {
  onApproval?: ApprovalHandler | undefined;
  onUserInput?: UserInputHandler | undefined;
  onElicitation?: ElicitationHandler | undefined;
  tools: readonly Tool[];
  approvalTimeoutMs: number;
  maxToolCalls: number;
  /** Tool calls so far, by turn id. */
  toolCalls: Map<string | null, number>;
}

const APPROVAL_KINDS: Record<string, ApprovalKind> = {
  'item/commandExecution/requestApproval': 'command',
  'item/fileChange/requestApproval': 'file_change',
  'item/permissions/requestApproval': 'permissions',
};

/**
 * Answers codex's server requests for one thread: approvals (no handler, a
 * timeout or a throwing handler → decline, never a silent accept), dynamic
 * tool calls, user input and MCP elicitations (no handler → the safe refusal).
 */
export function createServerRequestResolver(handlers: () => ActiveHandlers): ServerRequestResolver {
  return async (request, context) => {
    const params = (request.params ?? {}) as Record<string, unknown>;
    const active = handlers();
    const kind = APPROVAL_KINDS[request.method] ?? (request.method === 'mcpServer/elicitation/request' && isMcpToolApproval(params) ? 'mcp_tool_call' : undefined);
    if (kind) return resolveApproval(kind, String(request.id), params, active, context);
    switch (request.method) {
      case 'item/tool/call':
        return runToolCall(params, active, context);
      case 'item/tool/requestUserInput':
        return resolveUserInput(params, active.onUserInput, active.approvalTimeoutMs, context);
      case 'mcpServer/elicitation/request':
        return resolveElicitation(params, active.onElicitation, active.approvalTimeoutMs, context);
      default:
        throw { code: -32601, message: `codex-actors does not handle ${request.method}` };
    }
  };
}

async function resolveApproval(
  kind: ApprovalKind,
  requestId: string,
  params: Record<string, unknown>,
  active: ActiveHandlers,
  context: ServerRequestContext,
): Promise<unknown> {
  const approval = toApprovalRequest(kind, params, context);
  context.publish({
    type: 'approval.requested',
    request_id: requestId,
    kind,
    item_id: approval.itemId,
    ...(typeof params.itemId === 'string' ? { codex_item_id: params.itemId } : {}),
    ...(approval.command !== undefined ? { command: approval.command } : {}),
    ...(approval.cwd !== undefined ? { cwd: approval.cwd } : {}),
    ...(approval.paths !== undefined ? { paths: approval.paths } : {}),
    ...(approval.diff !== undefined ? { diff: approval.diff } : {}),
    ...(approval.server !== undefined ? { server: approval.server } : {}),
    ...(approval.tool !== undefined ? { tool: approval.tool } : {}),
    ...(kind === 'mcp_tool_call' ? { arguments: approval.arguments } : {}),
    reason: approval.reason ?? null,
  });
  let decision: ApprovalDecision = 'decline';
  let reason: 'handler' | 'timeout' | 'handler_error' | 'no_handler' | 'turn_ended' = 'no_handler';
  if (active.onApproval) {
    const handler = active.onApproval;
    const outcome = await raceHandler(
      (signal) => handler(approval, { signal, threadId: context.threadId, turnId: context.turnId }),
      active.approvalTimeoutMs,
      context.signal,
    );
    if (outcome.kind === 'value') {
      if (outcome.value === undefined) reason = 'no_handler';
      else if (APPROVAL_DECISIONS.includes(outcome.value)) {
        decision = outcome.value;
        reason = 'handler';
      } else {
        reason = 'handler_error';
        context.publish({ type: 'error', message: `onApproval returned ${JSON.stringify(outcome.value)}; expected one of ${APPROVAL_DECISIONS.join(', ')}. Declined.` });
      }
    } else if (outcome.kind === 'timeout') reason = 'timeout';
    else if (outcome.kind === 'aborted') reason = 'turn_ended';
    else {
      reason = 'handler_error';
      const message = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
      context.publish({ type: 'error', message: `onApproval threw: ${message}. Declined.` });
    }
  }
  context.publish({ type: 'approval.resolved', request_id: requestId, kind, decision, reason });
  return toWireDecision(kind, decision, params);
}

function toApprovalRequest(
  kind: ApprovalKind,
  params: Record<string, unknown>,
  context: ServerRequestContext,
): ApprovalRequest {
  const codexItemId = typeof params.itemId === 'string' ? params.itemId : null;
  // The id the turn's item events carry, so a handler (and approval.requested) can match the item.
  const itemId = codexItemId !== null && context.publicItemId ? context.publicItemId(codexItemId) : codexItemId;
  const request: ApprovalRequest = { kind, threadId: context.threadId, turnId: context.turnId, itemId, reason: (params.reason as string | null) ?? null, raw: params };
  if (typeof params.command === 'string') request.command = params.command;
  if (typeof params.cwd === 'string') request.cwd = params.cwd;
  const item = itemId ? context.item(itemId) : undefined;
  if (item?.type === 'file_change') {
    request.paths = item.changes.map((c) => c.path);
    const diffs = item.changes.map((c) => c.diff).filter((d): d is string => typeof d === 'string');
    if (diffs.length > 0) request.diff = diffs.join('\n');
  }
  if (item?.type === 'command_execution' && request.command === undefined) request.command = item.command;
  if (kind === 'mcp_tool_call') {
    const mcp = mcpToolApprovalFields(params);
    request.server = mcp.server;
    if (mcp.tool !== undefined) request.tool = mcp.tool;
    request.arguments = mcp.arguments;
    request.reason = typeof params.message === 'string' ? params.message : null;
  }
  return request;
}

function toWireDecision(kind: ApprovalKind, decision: ApprovalDecision, params: Record<string, unknown>): unknown {
  if (kind === 'mcp_tool_call') return toMcpApprovalResponse(decision);
  if (kind !== 'permissions') return { decision };
  // Permission requests are answered with the grant itself rather than a decision word.
  if (decision === 'accept' || decision === 'acceptForSession') {
    return { permissions: params.permissions ?? {}, scope: decision === 'acceptForSession' ? 'session' : 'turn' };
  }
  return { permissions: {}, scope: 'turn' };
}
