// GENERATED FILE: do not edit by hand.
// Source: `codex app-server generate-json-schema --experimental` of codex-cli 0.171.0.
// Regenerate with `npm run codegen`; test/unit/protocol/codegenDrift.test.ts fails when this file is stale.
// Every server → client request: params and result, by method.

import * as S from './definitions.js';
import type * as T from './types.js';

/** Params and result types of every server → client request, by method. */
export interface ServerRequestMap {
  'account/chatgptAuthTokens/refresh': {
    params: T.ChatgptAuthTokensRefreshParams;
    result: T.ChatgptAuthTokensRefreshResponse;
  };
  /** DEPRECATED APIs below Request to approve a patch. This request is used for Turns started via the legacy APIs (i.e. SendUserTurn, SendUserMessage). */
  'applyPatchApproval': {
    params: T.ApplyPatchApprovalParams;
    result: T.ApplyPatchApprovalResponse;
  };
  /** Generate a fresh upstream attestation result on demand. */
  'attestation/generate': {
    params: T.AttestationGenerateParams;
    result: T.AttestationGenerateResponse;
  };
  /** Request to exec a command. This request is used for Turns started via the legacy APIs (i.e. SendUserTurn, SendUserMessage). */
  'execCommandApproval': {
    params: T.ExecCommandApprovalParams;
    result: T.ExecCommandApprovalResponse;
  };
  /** NEW APIs Sent when approval is requested for a specific command execution. This request is used for Turns started via turn/start. */
  'item/commandExecution/requestApproval': {
    params: T.CommandExecutionRequestApprovalParams;
    result: T.CommandExecutionRequestApprovalResponse;
  };
  /** Sent when approval is requested for a specific file change. This request is used for Turns started via turn/start. */
  'item/fileChange/requestApproval': {
    params: T.FileChangeRequestApprovalParams;
    result: T.FileChangeRequestApprovalResponse;
  };
  /** Request approval for additional permissions from the user. */
  'item/permissions/requestApproval': {
    params: T.PermissionsRequestApprovalParams;
    result: T.PermissionsRequestApprovalResponse;
  };
  /** Execute a dynamic tool call on the client. */
  'item/tool/call': {
    params: T.DynamicToolCallParams;
    result: T.DynamicToolCallResponse;
  };
  /** EXPERIMENTAL - Request input from the user for a tool call. */
  'item/tool/requestUserInput': {
    params: T.ToolRequestUserInputParams;
    result: T.ToolRequestUserInputResponse;
  };
  /** Request input for an MCP server elicitation. */
  'mcpServer/elicitation/request': {
    params: T.McpServerElicitationRequestParams;
    result: T.McpServerElicitationRequestResponse;
  };
}

/** A server → client request method. */
export type ServerRequestMethod = keyof ServerRequestMap;

/**
 * zod schemas of every server → client request's params and result, by method.
 * Each parses to the matching type of {@link ServerRequestMap} (proved by generatedSchemas.types.test.ts;
 * an annotation here would make the compiler compare every zod class structurally, which costs minutes).
 */
export const ServerRequestSchemas = {
  'account/chatgptAuthTokens/refresh': {
    params: S.ChatgptAuthTokensRefreshParamsSchema,
    result: S.ChatgptAuthTokensRefreshResponseSchema,
  },
  'applyPatchApproval': {
    params: S.ApplyPatchApprovalParamsSchema,
    result: S.ApplyPatchApprovalResponseSchema,
  },
  'attestation/generate': {
    params: S.AttestationGenerateParamsSchema,
    result: S.AttestationGenerateResponseSchema,
  },
  'execCommandApproval': {
    params: S.ExecCommandApprovalParamsSchema,
    result: S.ExecCommandApprovalResponseSchema,
  },
  'item/commandExecution/requestApproval': {
    params: S.CommandExecutionRequestApprovalParamsSchema,
    result: S.CommandExecutionRequestApprovalResponseSchema,
  },
  'item/fileChange/requestApproval': {
    params: S.FileChangeRequestApprovalParamsSchema,
    result: S.FileChangeRequestApprovalResponseSchema,
  },
  'item/permissions/requestApproval': {
    params: S.PermissionsRequestApprovalParamsSchema,
    result: S.PermissionsRequestApprovalResponseSchema,
  },
  'item/tool/call': {
    params: S.DynamicToolCallParamsSchema,
    result: S.DynamicToolCallResponseSchema,
  },
  'item/tool/requestUserInput': {
    params: S.ToolRequestUserInputParamsSchema,
    result: S.ToolRequestUserInputResponseSchema,
  },
  'mcpServer/elicitation/request': {
    params: S.McpServerElicitationRequestParamsSchema,
    result: S.McpServerElicitationRequestResponseSchema,
  },
} as const;
