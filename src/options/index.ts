export {
  parseCodexOptions,
  codexOptionsSchema,
  CODEX_OPTION_DEFAULTS,
  type CodexOptions,
  type NormalizedCodexOptions,
  type SupervisorOptions,
  type BackoffOptions,
  type RestartStrategy,
  type ProcessModel,
} from './codexOptions.js';
export {
  parseThreadOptions,
  threadOptionsSchema,
  WEB_SEARCH_MODES,
  type ThreadOptions,
  type NormalizedThreadOptions,
  type ModelReasoningEffort,
  type WebSearchMode,
  type CollaborationModeKind,
  type Personality,
  type RestartType,
  type EphemeralRestart,
} from './threadOptions.js';
export { type EffectiveSettings } from './effectiveSettings.js';
export {
  parseTurnOptions,
  turnOptionsSchema,
  type TurnOptions,
  type NormalizedTurnOptions,
  type ReasoningSummary,
  type CyberAccessProgram,
  type OutputSchemaOption,
} from './turnOptions.js';
export {
  APPROVAL_MODES,
  APPROVAL_POLICIES,
  APPROVALS_REVIEWERS,
  APPROVAL_MODE_WIRE,
  approvalPolicyToWire,
  resolveApproval,
  type ApprovalMode,
  type ApprovalPolicy,
  type GranularApprovalPolicy,
  type WireApprovalPolicy,
  type ApprovalsReviewer,
  type ApprovalWireFields,
} from './approvalMode.js';
export { SANDBOX_MODES, toSandboxPolicy, type SandboxMode, type WireSandboxPolicy, type WorkspaceWriteSettings } from './sandboxPolicy.js';
export { flattenConfig, type ConfigObject, type ConfigValue } from './codexConfig.js';
export { mcpServersToConfig, type McpServerOptions, type McpStdioServer, type McpHttpServer } from './mcpServers.js';
export type {
  ApprovalHandler,
  UserInputHandler,
  ElicitationHandler,
  HandlerContext,
  ToolLike,
  InspectOption,
  TracerProviderLike,
  MeterProviderLike,
} from './handlerTypes.js';
export {
  toThreadStartParams,
  toThreadResumeParams,
  toThreadForkParams,
  toTurnStartParams,
  toTurnSteerParams,
  type ToolSpec,
  type ThreadStartContext,
  type TurnStartContext,
} from './toWireParams.js';
export type {
  WireThreadStartParams,
  WireThreadResumeParams,
  WireThreadForkParams,
  WireTurnStartParams,
  WireTurnSteerParams,
  WireDynamicTool,
  WireCollaborationMode,
} from './wireParams.js';
export { closestName } from './closestName.js';
