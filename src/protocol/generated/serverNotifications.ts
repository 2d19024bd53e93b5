// GENERATED FILE: do not edit by hand.
// Source: `codex app-server generate-json-schema --experimental` of codex-cli 0.171.0.
// Regenerate with `npm run codegen`; test/unit/protocol/codegenDrift.test.ts fails when this file is stale.
// Every server → client notification: params, by method.

import * as S from './definitions.js';
import type * as T from './types.js';

/** Params type of every server → client notification, by method. */
export interface ServerNotificationMap {
  'account/gatewayOAuth/changed': T.GatewayOAuthChangedNotification;
  'account/login/completed': T.AccountLoginCompletedNotification;
  'account/rateLimits/updated': T.AccountRateLimitsUpdatedNotification;
  'account/updated': T.AccountUpdatedNotification;
  'app/list/updated': T.AppListUpdatedNotification;
  'autoApprovalReview/strictReviewRequired': T.StrictReviewRequiredNotification;
  /** Stream base64-encoded stdout/stderr chunks for a running `command/exec` session. */
  'command/exec/outputDelta': T.CommandExecOutputDeltaNotification;
  'configWarning': T.ConfigWarningNotification;
  'deprecationNotice': T.DeprecationNoticeNotification;
  /** NEW NOTIFICATIONS */
  'error': T.ErrorNotification;
  'externalAgentConfig/import/completed': T.ExternalAgentConfigImportCompletedNotification;
  'externalAgentConfig/import/progress': T.ExternalAgentConfigImportProgressNotification;
  'fs/changed': T.FsChangedNotification;
  'fuzzyFileSearch/sessionCompleted': T.FuzzyFileSearchSessionCompletedNotification;
  'fuzzyFileSearch/sessionUpdated': T.FuzzyFileSearchSessionUpdatedNotification;
  'guardianWarning': T.GuardianWarningNotification;
  'hook/completed': T.HookCompletedNotification;
  'hook/started': T.HookStartedNotification;
  'item/agentMessage/delta': T.AgentMessageDeltaNotification;
  'item/autoApprovalReview/completed': T.ItemGuardianApprovalReviewCompletedNotification;
  'item/autoApprovalReview/started': T.ItemGuardianApprovalReviewStartedNotification;
  'item/commandExecution/outputDelta': T.CommandExecutionOutputDeltaNotification;
  'item/commandExecution/terminalInteraction': T.TerminalInteractionNotification;
  'item/completed': T.ItemCompletedNotification;
  /** Deprecated legacy apply_patch output stream notification. */
  'item/fileChange/outputDelta': T.FileChangeOutputDeltaNotification;
  'item/fileChange/patchUpdated': T.FileChangePatchUpdatedNotification;
  'item/mcpToolCall/progress': T.McpToolCallProgressNotification;
  /** EXPERIMENTAL - proposed plan streaming deltas for plan items. */
  'item/plan/delta': T.PlanDeltaNotification;
  'item/reasoning/summaryPartAdded': T.ReasoningSummaryPartAddedNotification;
  'item/reasoning/summaryTextDelta': T.ReasoningSummaryTextDeltaNotification;
  'item/reasoning/textDelta': T.ReasoningTextDeltaNotification;
  'item/started': T.ItemStartedNotification;
  'mcpServer/event/stream/notification': T.McpServerEventStreamNotification;
  'mcpServer/oauthLogin/completed': T.McpServerOauthLoginCompletedNotification;
  'mcpServer/startupStatus/updated': T.McpServerStatusUpdatedNotification;
  'model/rerouted': T.ModelReroutedNotification;
  'model/safetyBuffering/updated': T.ModelSafetyBufferingUpdatedNotification;
  'model/verification': T.ModelVerificationNotification;
  'modelProvider/authRecoveryCompleted': T.AuthRecoveryNotification;
  'modelProvider/authRecoveryStarted': T.AuthRecoveryNotification;
  /** Final exit notification for a `process/spawn` session. */
  'process/exited': T.ProcessExitedNotification;
  /** Stream base64-encoded stdout/stderr chunks for a running `process/spawn` session. */
  'process/outputDelta': T.ProcessOutputDeltaNotification;
  'project/changed': T.ProjectChangedNotification;
  'remoteControl/status/changed': T.RemoteControlStatusChangedNotification;
  'serverRequest/resolved': T.ServerRequestResolvedNotification;
  'skills/changed': T.SkillsChangedNotification;
  'thread/archived': T.ThreadArchivedNotification;
  'thread/attachment/updated': T.ThreadAttachmentUpdatedNotification;
  'thread/closed': T.ThreadClosedNotification;
  /** Deprecated: Use `ContextCompaction` item type instead. */
  'thread/compacted': T.ContextCompactedNotification;
  'thread/deleted': T.ThreadDeletedNotification;
  'thread/environment/connected': T.EnvironmentConnectionNotification;
  'thread/environment/disconnected': T.EnvironmentConnectionNotification;
  'thread/goal/cleared': T.ThreadGoalClearedNotification;
  'thread/goal/updated': T.ThreadGoalUpdatedNotification;
  'thread/name/updated': T.ThreadNameUpdatedNotification;
  'thread/prediction/updated': T.ThreadPredictionUpdatedNotification;
  'thread/project/updated': T.ThreadProjectUpdatedNotification;
  'thread/queue/changed': T.ThreadQueueChangedNotification;
  'thread/readState/changed': T.ThreadReadStateChangedNotification;
  'thread/realtime/closed': T.ThreadRealtimeClosedNotification;
  'thread/realtime/error': T.ThreadRealtimeErrorNotification;
  'thread/realtime/item/completed': T.ThreadRealtimeItemCompletedNotification;
  'thread/realtime/item/started': T.ThreadRealtimeItemStartedNotification;
  'thread/realtime/item/transcript/delta': T.ThreadRealtimeItemTranscriptDeltaNotification;
  'thread/realtime/itemAdded': T.ThreadRealtimeItemAddedNotification;
  'thread/realtime/outputAudio/delta': T.ThreadRealtimeOutputAudioDeltaNotification;
  'thread/realtime/sdp': T.ThreadRealtimeSdpNotification;
  'thread/realtime/started': T.ThreadRealtimeStartedNotification;
  'thread/realtime/transcript/delta': T.ThreadRealtimeTranscriptDeltaNotification;
  'thread/realtime/transcript/done': T.ThreadRealtimeTranscriptDoneNotification;
  'thread/reverted': T.ThreadRevertedNotification;
  'thread/search/partial': T.ThreadSearchPartialNotification;
  'thread/section/changed': T.ThreadSectionChangedNotification;
  'thread/settings/updated': T.ThreadSettingsUpdatedNotification;
  'thread/started': T.ThreadStartedNotification;
  'thread/status/changed': T.ThreadStatusChangedNotification;
  'thread/tokenUsage/updated': T.ThreadTokenUsageUpdatedNotification;
  'thread/unarchived': T.ThreadUnarchivedNotification;
  'turn/completed': T.TurnCompletedNotification;
  'turn/diff/updated': T.TurnDiffUpdatedNotification;
  'turn/moderationMetadata': T.TurnModerationMetadataNotification;
  'turn/plan/updated': T.TurnPlanUpdatedNotification;
  'turn/started': T.TurnStartedNotification;
  'warning': T.WarningNotification;
  /** Notifies the user of world-writable directories on Windows, which cannot be protected by the sandbox. */
  'windows/worldWritableWarning': T.WindowsWorldWritableWarningNotification;
  'windowsSandbox/setupCompleted': T.WindowsSandboxSetupCompletedNotification;
}

/** A server → client notification method. */
export type ServerNotificationMethod = keyof ServerNotificationMap;

/**
 * zod schema of every server → client notification's params, by method.
 * Each parses to the matching type of {@link ServerNotificationMap} (proved by generatedSchemas.types.test.ts).
 */
export const ServerNotificationSchemas = {
  'account/gatewayOAuth/changed': S.GatewayOAuthChangedNotificationSchema,
  'account/login/completed': S.AccountLoginCompletedNotificationSchema,
  'account/rateLimits/updated': S.AccountRateLimitsUpdatedNotificationSchema,
  'account/updated': S.AccountUpdatedNotificationSchema,
  'app/list/updated': S.AppListUpdatedNotificationSchema,
  'autoApprovalReview/strictReviewRequired': S.StrictReviewRequiredNotificationSchema,
  'command/exec/outputDelta': S.CommandExecOutputDeltaNotificationSchema,
  'configWarning': S.ConfigWarningNotificationSchema,
  'deprecationNotice': S.DeprecationNoticeNotificationSchema,
  'error': S.ErrorNotificationSchema,
  'externalAgentConfig/import/completed': S.ExternalAgentConfigImportCompletedNotificationSchema,
  'externalAgentConfig/import/progress': S.ExternalAgentConfigImportProgressNotificationSchema,
  'fs/changed': S.FsChangedNotificationSchema,
  'fuzzyFileSearch/sessionCompleted': S.FuzzyFileSearchSessionCompletedNotificationSchema,
  'fuzzyFileSearch/sessionUpdated': S.FuzzyFileSearchSessionUpdatedNotificationSchema,
  'guardianWarning': S.GuardianWarningNotificationSchema,
  'hook/completed': S.HookCompletedNotificationSchema,
  'hook/started': S.HookStartedNotificationSchema,
  'item/agentMessage/delta': S.AgentMessageDeltaNotificationSchema,
  'item/autoApprovalReview/completed': S.ItemGuardianApprovalReviewCompletedNotificationSchema,
  'item/autoApprovalReview/started': S.ItemGuardianApprovalReviewStartedNotificationSchema,
  'item/commandExecution/outputDelta': S.CommandExecutionOutputDeltaNotificationSchema,
  'item/commandExecution/terminalInteraction': S.TerminalInteractionNotificationSchema,
  'item/completed': S.ItemCompletedNotificationSchema,
  'item/fileChange/outputDelta': S.FileChangeOutputDeltaNotificationSchema,
  'item/fileChange/patchUpdated': S.FileChangePatchUpdatedNotificationSchema,
  'item/mcpToolCall/progress': S.McpToolCallProgressNotificationSchema,
  'item/plan/delta': S.PlanDeltaNotificationSchema,
  'item/reasoning/summaryPartAdded': S.ReasoningSummaryPartAddedNotificationSchema,
  'item/reasoning/summaryTextDelta': S.ReasoningSummaryTextDeltaNotificationSchema,
  'item/reasoning/textDelta': S.ReasoningTextDeltaNotificationSchema,
  'item/started': S.ItemStartedNotificationSchema,
  'mcpServer/event/stream/notification': S.McpServerEventStreamNotificationSchema,
  'mcpServer/oauthLogin/completed': S.McpServerOauthLoginCompletedNotificationSchema,
  'mcpServer/startupStatus/updated': S.McpServerStatusUpdatedNotificationSchema,
  'model/rerouted': S.ModelReroutedNotificationSchema,
  'model/safetyBuffering/updated': S.ModelSafetyBufferingUpdatedNotificationSchema,
  'model/verification': S.ModelVerificationNotificationSchema,
  'modelProvider/authRecoveryCompleted': S.AuthRecoveryNotificationSchema,
  'modelProvider/authRecoveryStarted': S.AuthRecoveryNotificationSchema,
  'process/exited': S.ProcessExitedNotificationSchema,
  'process/outputDelta': S.ProcessOutputDeltaNotificationSchema,
  'project/changed': S.ProjectChangedNotificationSchema,
  'remoteControl/status/changed': S.RemoteControlStatusChangedNotificationSchema,
  'serverRequest/resolved': S.ServerRequestResolvedNotificationSchema,
  'skills/changed': S.SkillsChangedNotificationSchema,
  'thread/archived': S.ThreadArchivedNotificationSchema,
  'thread/attachment/updated': S.ThreadAttachmentUpdatedNotificationSchema,
  'thread/closed': S.ThreadClosedNotificationSchema,
  'thread/compacted': S.ContextCompactedNotificationSchema,
  'thread/deleted': S.ThreadDeletedNotificationSchema,
  'thread/environment/connected': S.EnvironmentConnectionNotificationSchema,
  'thread/environment/disconnected': S.EnvironmentConnectionNotificationSchema,
  'thread/goal/cleared': S.ThreadGoalClearedNotificationSchema,
  'thread/goal/updated': S.ThreadGoalUpdatedNotificationSchema,
  'thread/name/updated': S.ThreadNameUpdatedNotificationSchema,
  'thread/prediction/updated': S.ThreadPredictionUpdatedNotificationSchema,
  'thread/project/updated': S.ThreadProjectUpdatedNotificationSchema,
  'thread/queue/changed': S.ThreadQueueChangedNotificationSchema,
  'thread/readState/changed': S.ThreadReadStateChangedNotificationSchema,
  'thread/realtime/closed': S.ThreadRealtimeClosedNotificationSchema,
  'thread/realtime/error': S.ThreadRealtimeErrorNotificationSchema,
  'thread/realtime/item/completed': S.ThreadRealtimeItemCompletedNotificationSchema,
  'thread/realtime/item/started': S.ThreadRealtimeItemStartedNotificationSchema,
  'thread/realtime/item/transcript/delta': S.ThreadRealtimeItemTranscriptDeltaNotificationSchema,
  'thread/realtime/itemAdded': S.ThreadRealtimeItemAddedNotificationSchema,
  'thread/realtime/outputAudio/delta': S.ThreadRealtimeOutputAudioDeltaNotificationSchema,
  'thread/realtime/sdp': S.ThreadRealtimeSdpNotificationSchema,
  'thread/realtime/started': S.ThreadRealtimeStartedNotificationSchema,
  'thread/realtime/transcript/delta': S.ThreadRealtimeTranscriptDeltaNotificationSchema,
  'thread/realtime/transcript/done': S.ThreadRealtimeTranscriptDoneNotificationSchema,
  'thread/reverted': S.ThreadRevertedNotificationSchema,
  'thread/search/partial': S.ThreadSearchPartialNotificationSchema,
  'thread/section/changed': S.ThreadSectionChangedNotificationSchema,
  'thread/settings/updated': S.ThreadSettingsUpdatedNotificationSchema,
  'thread/started': S.ThreadStartedNotificationSchema,
  'thread/status/changed': S.ThreadStatusChangedNotificationSchema,
  'thread/tokenUsage/updated': S.ThreadTokenUsageUpdatedNotificationSchema,
  'thread/unarchived': S.ThreadUnarchivedNotificationSchema,
  'turn/completed': S.TurnCompletedNotificationSchema,
  'turn/diff/updated': S.TurnDiffUpdatedNotificationSchema,
  'turn/moderationMetadata': S.TurnModerationMetadataNotificationSchema,
  'turn/plan/updated': S.TurnPlanUpdatedNotificationSchema,
  'turn/started': S.TurnStartedNotificationSchema,
  'warning': S.WarningNotificationSchema,
  'windows/worldWritableWarning': S.WindowsWorldWritableWarningNotificationSchema,
  'windowsSandbox/setupCompleted': S.WindowsSandboxSetupCompletedNotificationSchema,
} as const;
