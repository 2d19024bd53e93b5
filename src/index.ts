/**
 * codex-actors: the OpenAI Codex agent as a supervised, observable actor system.
 *
 * @packageDocumentation
 */
export { Codex, DEFAULT_MAX_TOOL_CALLS, type ThreadList } from './codex.js';
export { Thread, type RunUntilOptions } from './thread.js';
export { TurnHandle } from './turnHandle.js';
export { GoalHandle } from './goals/goalHandle.js';
export { MAX_GOAL_OBJECTIVE_LENGTH, DEFAULT_GOAL_MAX_TURNS, DEFAULT_GOAL_TOKEN_BUDGET, type GoalOptions } from './goals/goalObjective.js';
export { LoginClient, type AccountInfo } from './login/loginClient.js';
export { LoginHandle, type LoginResult, type LoginCancelResult } from './login/loginHandle.js';
export type { TurnResult, TurnStatus } from './turnResult.js';
export type { ThreadSnapshot } from './threadSnapshot.js';
export type { CodexEvent, SupervisorEventEnvelope } from './runtime/eventBus.js';
export { defineTool, type Tool, type ToolContext, type ToolOutput } from './tools/defineTool.js';
export type { ApprovalDecision, ApprovalHandler, ApprovalRequest, ApprovalContext } from './approvals/approvalTypes.js';
export { allowCommands, allowAll, allowAllDangerously, denyAll, composeApprovals } from './approvals/policies.js';
export type {
  UserInputRequest,
  UserInputQuestion,
  UserInputAnswers,
  UserInputHandler,
  UserInputContext,
  ElicitationRequest,
  ElicitationResponse,
  ElicitationHandler,
} from './userInput/userInputTypes.js';
export { McpClient, type McpServerStatus, type McpStatusOptions, type McpToolCallResult } from './mcp/mcpClient.js';
export type { CodexOptions, ThreadOptions, TurnOptions, SupervisorOptions, ProcessModel, ApprovalMode, ApprovalPolicy } from './options/index.js';
export type { EffectiveSettings, EphemeralRestart } from './options/index.js';
export type { Input, UserInput } from './input/normalizeInput.js';
export type * from './protocol/publicEvents.js';
export type { RetryNotice } from './protocol/retryNotice.js';
export type * from './protocol/publicItems.js';
/** The app-server protocol of the pinned codex, generated from its JSON Schema: the params and results `read`, `listThreads`, `models` and `account` use. */
export type * as protocol from './protocol/generated/types.js';
export type { SupervisorTree, SupervisorTreeChild } from '../actors/supervisorTree.js';
export { toAsyncIterable } from './streams/toAsyncIterable.js';
export { resolveCodexBinary, PINNED_CODEX_VERSION, type ResolvedCodexBinary } from '../native/index.js';
export * from './errors/index.js';
export type { RunOptions, OutputOf, StructuredOutputOptions, TypedSchema } from './structuredOutput/structuredTypes.js';
export type { AttachmentOptions } from './attachments/index.js';
export type { ClusterOptions } from './cluster/clusterOptions.js';
export type { ClusterView } from './cluster/client/clusterClient.js';
export type { HostRecord } from './cluster/hostRecord.js';
