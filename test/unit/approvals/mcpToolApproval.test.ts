import { describe, expect, it } from 'vitest';
import { isMcpToolApproval, mcpToolApprovalFields, toMcpApprovalResponse } from '../../../src/approvals/mcpToolApproval.js';

/** An MCP tool approval as codex 0.169 sends it (captured from the MCP e2e test). */
const params = {
  threadId: 't',
  turnId: 'u',
  serverName: 'demo',
  mode: 'form',
  message: 'Allow the demo MCP server to run tool "add"?',
  requestedSchema: { type: 'object', properties: {} },
  _meta: { codex_approval_kind: 'mcp_tool_call', persist: ['session', 'always'], tool_name: 'add', tool_params: { a: 2, b: 3 } },
};

describe('MCP tool approvals (elicitations codex sends before running an MCP tool)', () => {
  it('are told apart from a server’s own elicitations', () => {
    expect(isMcpToolApproval(params)).toBe(true);
    expect(isMcpToolApproval({ ...params, _meta: null })).toBe(false);
    expect(isMcpToolApproval({ ...params, _meta: undefined })).toBe(false);
  });

  it('expose server, tool and arguments', () => {
    expect(mcpToolApprovalFields(params)).toEqual({ server: 'demo', tool: 'add', arguments: { a: 2, b: 3 } });
  });

  it('map decisions onto elicitation answers', () => {
    expect(toMcpApprovalResponse('accept')).toEqual({ action: 'accept', content: null, _meta: null });
    expect(toMcpApprovalResponse('acceptForSession')).toEqual({ action: 'accept', content: null, _meta: { persist: 'session' } });
    expect(toMcpApprovalResponse('decline')).toMatchObject({ action: 'decline' });
    expect(toMcpApprovalResponse('cancel')).toMatchObject({ action: 'cancel' });
  });
});
