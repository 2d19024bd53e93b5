// GENERATED FILE: do not edit by hand.
// Source: `codex app-server generate-json-schema --experimental` of codex-cli 0.171.0.
// Regenerate with `npm run codegen`; test/unit/protocol/codegenDrift.test.ts fails when this file is stale.
// Every client → server request: params and result, by method.

import { z } from 'zod';

import * as S from './definitions.js';
import type * as T from './types.js';

/** Params and result types of every client → server request, by method. */
export interface ClientRequestMap {
  'account/bedrock/checkGovCloudRequirements': {
    params: T.BedrockCheckGovCloudRequirementsParams;
    result: T.BedrockCheckGovCloudRequirementsResponse;
  };
  'account/bedrock/discover': {
    params: T.BedrockDiscoverParams;
    result: T.BedrockDiscoverResponse;
  };
  'account/bedrock/setup': {
    params: T.BedrockSetupParams;
    result: T.BedrockSetupResponse;
  };
  'account/gatewayOAuth/cancel': {
    params: null | undefined;
    result: T.GatewayOAuthCancelResponse;
  };
  'account/gatewayOAuth/login': {
    params: T.GatewayOAuthLoginParams | null | undefined;
    result: T.GatewayOAuthLoginResponse;
  };
  'account/gatewayOAuth/read': {
    params: T.GatewayOAuthReadParams | null | undefined;
    result: T.GatewayOAuthReadResponse;
  };
  'account/gcp/setup': {
    params: T.GcpSetupParams;
    result: T.GcpSetupResponse;
  };
  'account/login/cancel': {
    params: T.CancelLoginAccountParams;
    result: T.CancelLoginAccountResponse;
  };
  'account/login/start': {
    params: T.LoginAccountParams;
    result: T.LoginAccountResponse;
  };
  'account/logout': {
    params: null | undefined;
    result: T.LogoutAccountResponse;
  };
  'account/rateLimitResetCredit/consume': {
    params: T.ConsumeAccountRateLimitResetCreditParams;
    result: T.ConsumeAccountRateLimitResetCreditResponse;
  };
  'account/rateLimits/read': {
    params: T.GetAccountRateLimitsParams | null | undefined;
    result: T.GetAccountRateLimitsResponse;
  };
  'account/read': {
    params: T.GetAccountParams;
    result: T.GetAccountResponse;
  };
  'account/securitySetup/read': {
    params: null | undefined;
    result: T.GetAccountSecuritySetupResponse;
  };
  'account/sendAddCreditsNudgeEmail': {
    params: T.SendAddCreditsNudgeEmailParams;
    result: T.SendAddCreditsNudgeEmailResponse;
  };
  'account/usage/read': {
    params: T.GetAccountTokenUsageParams | null | undefined;
    result: T.GetAccountTokenUsageResponse;
  };
  'account/workspaceMessages/read': {
    params: null | undefined;
    result: T.GetWorkspaceMessagesResponse;
  };
  'accountSession/list': {
    params: T.AccountSessionsListParams;
    result: T.AccountSessionsResponse;
  };
  'accountSession/switch': {
    params: T.AccountSessionsSwitchParams;
    result: T.AccountSessionsSwitchResponse;
  };
  'app/installed': {
    params: T.AppsInstalledParams;
    result: T.AppsInstalledResponse;
  };
  'app/list': {
    params: T.AppsListParams;
    result: T.AppsListResponse;
  };
  'app/read': {
    params: T.AppsReadParams;
    result: T.AppsReadResponse;
  };
  /** Lists collaboration mode presets. */
  'collaborationMode/list': {
    params: T.CollaborationModeListParams;
    result: T.CollaborationModeListResponse;
  };
  /** Execute a standalone command (argv vector) under the server's sandbox. */
  'command/exec': {
    params: T.CommandExecParams;
    result: T.CommandExecResponse;
  };
  /** Resize a running PTY-backed `command/exec` session by client-supplied `processId`. */
  'command/exec/resize': {
    params: T.CommandExecResizeParams;
    result: T.CommandExecResizeResponse;
  };
  /** Terminate a running `command/exec` session by client-supplied `processId`. */
  'command/exec/terminate': {
    params: T.CommandExecTerminateParams;
    result: T.CommandExecTerminateResponse;
  };
  /** Write stdin bytes to a running `command/exec` session or close stdin. */
  'command/exec/write': {
    params: T.CommandExecWriteParams;
    result: T.CommandExecWriteResponse;
  };
  'config/batchWrite': {
    params: T.ConfigBatchWriteParams;
    result: T.ConfigWriteResponse;
  };
  'config/mcpServer/reload': {
    params: null | undefined;
    result: T.McpServerRefreshResponse;
  };
  'config/read': {
    params: T.ConfigReadParams;
    result: T.ConfigReadResponse;
  };
  'config/value/write': {
    params: T.ConfigValueWriteParams;
    result: T.ConfigWriteResponse;
  };
  'configRequirements/read': {
    params: null | undefined;
    result: T.ConfigRequirementsReadResponse;
  };
  /** Adds or replaces a remote environment by id for later selection. */
  'environment/add': {
    params: T.EnvironmentAddParams;
    result: T.EnvironmentAddResponse;
  };
  /** Reads information from a configured execution environment. */
  'environment/info': {
    params: T.EnvironmentInfoParams;
    result: T.EnvironmentInfoResponse;
  };
  /** Reads the current status of a configured execution environment. */
  'environment/status': {
    params: T.EnvironmentStatusParams;
    result: T.EnvironmentStatusResponse;
  };
  'experimentalFeature/enablement/set': {
    params: T.ExperimentalFeatureEnablementSetParams;
    result: T.ExperimentalFeatureEnablementSetResponse;
  };
  'experimentalFeature/list': {
    params: T.ExperimentalFeatureListParams;
    result: T.ExperimentalFeatureListResponse;
  };
  'externalAgentConfig/detect': {
    params: T.ExternalAgentConfigDetectParams;
    result: T.ExternalAgentConfigDetectResponse;
  };
  'externalAgentConfig/import': {
    params: T.ExternalAgentConfigImportParams;
    result: T.ExternalAgentConfigImportResponse;
  };
  'externalAgentConfig/import/readHistories': {
    params: null | undefined;
    result: T.ExternalAgentConfigImportHistoriesReadResponse;
  };
  'externalAgentConfig/import/recordHistory': {
    params: T.ExternalAgentConfigImportHistoryRecordParams;
    result: T.ExternalAgentConfigImportHistoryRecordResponse;
  };
  'feedback/save': {
    params: T.FeedbackSaveParams;
    result: T.FeedbackSaveResponse;
  };
  'feedback/upload': {
    params: T.FeedbackUploadParams;
    result: T.FeedbackUploadResponse;
  };
  'fs/copy': {
    params: T.FsCopyParams;
    result: T.FsCopyResponse;
  };
  'fs/createDirectory': {
    params: T.FsCreateDirectoryParams;
    result: T.FsCreateDirectoryResponse;
  };
  'fs/getMetadata': {
    params: T.FsGetMetadataParams;
    result: T.FsGetMetadataResponse;
  };
  'fs/readDirectory': {
    params: T.FsReadDirectoryParams;
    result: T.FsReadDirectoryResponse;
  };
  'fs/readFile': {
    params: T.FsReadFileParams;
    result: T.FsReadFileResponse;
  };
  'fs/remove': {
    params: T.FsRemoveParams;
    result: T.FsRemoveResponse;
  };
  'fs/unwatch': {
    params: T.FsUnwatchParams;
    result: T.FsUnwatchResponse;
  };
  'fs/watch': {
    params: T.FsWatchParams;
    result: T.FsWatchResponse;
  };
  'fs/writeFile': {
    params: T.FsWriteFileParams;
    result: T.FsWriteFileResponse;
  };
  'fuzzyFileSearch': {
    params: T.FuzzyFileSearchParams;
    result: T.FuzzyFileSearchResponse;
  };
  'fuzzyFileSearch/sessionStart': {
    params: T.FuzzyFileSearchSessionStartParams;
    result: T.FuzzyFileSearchSessionStartResponse;
  };
  'fuzzyFileSearch/sessionStop': {
    params: T.FuzzyFileSearchSessionStopParams;
    result: T.FuzzyFileSearchSessionStopResponse;
  };
  'fuzzyFileSearch/sessionUpdate': {
    params: T.FuzzyFileSearchSessionUpdateParams;
    result: T.FuzzyFileSearchSessionUpdateResponse;
  };
  'hooks/list': {
    params: T.HooksListParams;
    result: T.HooksListResponse;
  };
  'initialize': {
    params: T.InitializeParams;
    result: T.InitializeResponse;
  };
  'marketplace/add': {
    params: T.MarketplaceAddParams;
    result: T.MarketplaceAddResponse;
  };
  'marketplace/remove': {
    params: T.MarketplaceRemoveParams;
    result: T.MarketplaceRemoveResponse;
  };
  'marketplace/upgrade': {
    params: T.MarketplaceUpgradeParams;
    result: T.MarketplaceUpgradeResponse;
  };
  'mcpServer/event/stream/start': {
    params: T.McpServerEventStreamStartParams;
    result: T.McpServerEventStreamStartResponse;
  };
  'mcpServer/event/stream/stop': {
    params: T.McpServerEventStreamStopParams;
    result: T.McpServerEventStreamStopResponse;
  };
  'mcpServer/oauth/login': {
    params: T.McpServerOauthLoginParams;
    result: T.McpServerOauthLoginResponse;
  };
  'mcpServer/resource/read': {
    params: T.McpResourceReadParams;
    result: T.McpResourceReadResponse;
  };
  'mcpServer/tool/call': {
    params: T.McpServerToolCallParams;
    result: T.McpServerToolCallResponse;
  };
  'mcpServerStatus/list': {
    params: T.ListMcpServerStatusParams;
    result: T.ListMcpServerStatusResponse;
  };
  'memory/reset': {
    params: null | undefined;
    result: T.MemoryResetResponse;
  };
  'memory/status': {
    params: T.MemoryStatusParams;
    result: T.MemoryStatusResponse;
  };
  /** Test-only method used to validate experimental gating. */
  'mock/experimentalMethod': {
    params: T.MockExperimentalMethodParams;
    result: T.MockExperimentalMethodResponse;
  };
  'model/list': {
    params: T.ModelListParams;
    result: T.ModelListResponse;
  };
  'modelProvider/capabilities/read': {
    params: T.ModelProviderCapabilitiesReadParams;
    result: T.ModelProviderCapabilitiesReadResponse;
  };
  'modelProvider/config/write': {
    params: T.ModelProviderConfigWriteParams;
    result: T.ModelProviderConfigWriteResponse;
  };
  'modelProvider/default/set': {
    params: T.ModelProviderDefaultSetParams;
    result: unknown;
  };
  'modelProvider/list': {
    params: T.ModelProviderListParams;
    result: T.ModelProviderListResponse;
  };
  'permissionProfile/list': {
    params: T.PermissionProfileListParams;
    result: T.PermissionProfileListResponse;
  };
  'plugin/install': {
    params: T.PluginInstallParams;
    result: T.PluginInstallResponse;
  };
  'plugin/installed': {
    params: T.PluginInstalledParams;
    result: T.PluginInstalledResponse;
  };
  'plugin/list': {
    params: T.PluginListParams;
    result: T.PluginListResponse;
  };
  'plugin/read': {
    params: T.PluginReadParams;
    result: T.PluginReadResponse;
  };
  'plugin/reconcile': {
    params: T.PluginReconcileParams;
    result: T.PluginReconcileResponse;
  };
  'plugin/search': {
    params: T.PluginSearchParams;
    result: T.PluginSearchResponse;
  };
  'plugin/share/checkout': {
    params: T.PluginShareCheckoutParams;
    result: T.PluginShareCheckoutResponse;
  };
  'plugin/share/delete': {
    params: T.PluginShareDeleteParams;
    result: T.PluginShareDeleteResponse;
  };
  'plugin/share/list': {
    params: T.PluginShareListParams;
    result: T.PluginShareListResponse;
  };
  'plugin/share/save': {
    params: T.PluginShareSaveParams;
    result: T.PluginShareSaveResponse;
  };
  'plugin/share/updateTargets': {
    params: T.PluginShareUpdateTargetsParams;
    result: T.PluginShareUpdateTargetsResponse;
  };
  'plugin/skill/read': {
    params: T.PluginSkillReadParams;
    result: T.PluginSkillReadResponse;
  };
  'plugin/uninstall': {
    params: T.PluginUninstallParams;
    result: T.PluginUninstallResponse;
  };
  /** Terminate a running `process/spawn` session by client-supplied `processHandle`. */
  'process/kill': {
    params: T.ProcessKillParams;
    result: T.ProcessKillResponse;
  };
  /** Resize a running PTY-backed `process/spawn` session by client-supplied `processHandle`. */
  'process/resizePty': {
    params: T.ProcessResizePtyParams;
    result: T.ProcessResizePtyResponse;
  };
  /** Spawn a standalone process (argv vector) without a Codex sandbox. */
  'process/spawn': {
    params: T.ProcessSpawnParams;
    result: T.ProcessSpawnResponse;
  };
  /** Write stdin bytes to a running `process/spawn` session or close stdin. */
  'process/writeStdin': {
    params: T.ProcessWriteStdinParams;
    result: T.ProcessWriteStdinResponse;
  };
  'project/create': {
    params: T.ProjectCreateParams;
    result: T.ProjectCreateResponse;
  };
  'project/delete': {
    params: T.ProjectDeleteParams;
    result: T.ProjectDeleteResponse;
  };
  'project/import': {
    params: T.ProjectImportParams;
    result: T.ProjectImportResponse;
  };
  'project/list': {
    params: T.ProjectListParams;
    result: T.ProjectListResponse;
  };
  'project/move': {
    params: T.ProjectMoveParams;
    result: T.ProjectMoveResponse;
  };
  'project/read': {
    params: T.ProjectReadParams;
    result: T.ProjectReadResponse;
  };
  'project/update': {
    params: T.ProjectUpdateParams;
    result: T.ProjectUpdateResponse;
  };
  'remoteControl/client/list': {
    params: T.RemoteControlClientsListParams;
    result: T.RemoteControlClientsListResponse;
  };
  'remoteControl/client/revoke': {
    params: T.RemoteControlClientsRevokeParams;
    result: T.RemoteControlClientsRevokeResponse;
  };
  'remoteControl/disable': {
    params: T.RemoteControlDisableParams | null | undefined;
    result: T.RemoteControlDisableResponse;
  };
  'remoteControl/enable': {
    params: T.RemoteControlEnableParams | null | undefined;
    result: T.RemoteControlEnableResponse;
  };
  'remoteControl/pairing/start': {
    params: T.RemoteControlPairingStartParams;
    result: T.RemoteControlPairingStartResponse;
  };
  'remoteControl/pairing/status': {
    params: T.RemoteControlPairingStatusParams;
    result: T.RemoteControlPairingStatusResponse;
  };
  'remoteControl/status/read': {
    params: null | undefined;
    result: T.RemoteControlStatusReadResponse;
  };
  'review/start': {
    params: T.ReviewStartParams;
    result: T.ReviewStartResponse;
  };
  /** Start a best-effort background compression pass for cold local rollouts. */
  'rollout/compress': {
    params: null | undefined;
    result: T.RolloutCompressResponse;
  };
  /** Read content-free, process-local diagnostics. */
  'server/diagnostics': {
    params: T.ServerDiagnosticsParams;
    result: T.ServerDiagnosticsResponse;
  };
  'skills/config/write': {
    params: T.SkillsConfigWriteParams;
    result: T.SkillsConfigWriteResponse;
  };
  'skills/extraRoots/set': {
    params: T.SkillsExtraRootsSetParams;
    result: T.SkillsExtraRootsSetResponse;
  };
  'skills/list': {
    params: T.SkillsListParams;
    result: T.SkillsListResponse;
  };
  'thread/approveGuardianDeniedAction': {
    params: T.ThreadApproveGuardianDeniedActionParams;
    result: T.ThreadApproveGuardianDeniedActionResponse;
  };
  'thread/archive': {
    params: T.ThreadArchiveParams;
    result: T.ThreadArchiveResponse;
  };
  'thread/attachment/add': {
    params: T.ThreadAttachmentAddParams;
    result: T.ThreadAttachmentAddResponse;
  };
  'thread/attachment/list': {
    params: T.ThreadAttachmentListParams;
    result: T.ThreadAttachmentListResponse;
  };
  'thread/attachment/remove': {
    params: T.ThreadAttachmentRemoveParams;
    result: T.ThreadAttachmentRemoveResponse;
  };
  'thread/attachmentOwner/list': {
    params: T.ThreadAttachmentOwnerListParams;
    result: T.ThreadAttachmentOwnerListResponse;
  };
  'thread/backgroundTerminals/clean': {
    params: T.ThreadBackgroundTerminalsCleanParams;
    result: T.ThreadBackgroundTerminalsCleanResponse;
  };
  'thread/backgroundTerminals/list': {
    params: T.ThreadBackgroundTerminalsListParams;
    result: T.ThreadBackgroundTerminalsListResponse;
  };
  'thread/backgroundTerminals/terminate': {
    params: T.ThreadBackgroundTerminalsTerminateParams;
    result: T.ThreadBackgroundTerminalsTerminateResponse;
  };
  'thread/compact/start': {
    params: T.ThreadCompactStartParams;
    result: T.ThreadCompactStartResponse;
  };
  /**
   * Decrement the thread-local out-of-band elicitation counter.
   *
   * When the count reaches zero, timeout accounting resumes for the thread.
   */
  'thread/decrement_elicitation': {
    params: T.ThreadDecrementElicitationParams;
    result: T.ThreadDecrementElicitationResponse;
  };
  'thread/delete': {
    params: T.ThreadDeleteParams;
    result: T.ThreadDeleteResponse;
  };
  'thread/fork': {
    params: T.ThreadForkParams;
    result: T.ThreadForkResponse;
  };
  'thread/goal/clear': {
    params: T.ThreadGoalClearParams;
    result: T.ThreadGoalClearResponse;
  };
  'thread/goal/get': {
    params: T.ThreadGoalGetParams;
    result: T.ThreadGoalGetResponse;
  };
  'thread/goal/set': {
    params: T.ThreadGoalSetParams;
    result: T.ThreadGoalSetResponse;
  };
  /** Review the idle thread's final injected exec_command without executing it. */
  'thread/guardianReview': {
    params: T.ThreadGuardianReviewParams;
    result: T.ThreadGuardianReviewResponse;
  };
  /**
   * Increment the thread-local out-of-band elicitation counter.
   *
   * This is used by external helpers to pause timeout accounting while a user approval or other elicitation is pending outside the app-server request flow.
   */
  'thread/increment_elicitation': {
    params: T.ThreadIncrementElicitationParams;
    result: T.ThreadIncrementElicitationResponse;
  };
  /** Append raw Responses API items to the thread history without starting a user turn. */
  'thread/inject_items': {
    params: T.ThreadInjectItemsParams;
    result: T.ThreadInjectItemsResponse;
  };
  'thread/items/list': {
    params: T.ThreadItemsListParams;
    result: T.ThreadItemsListResponse;
  };
  'thread/items/read': {
    params: T.ThreadItemsReadParams;
    result: T.ThreadItemsReadResponse;
  };
  'thread/list': {
    params: T.ThreadListParams;
    result: T.ThreadListResponse;
  };
  'thread/loaded/list': {
    params: T.ThreadLoadedListParams;
    result: T.ThreadLoadedListResponse;
  };
  'thread/memory/read': {
    params: T.ThreadMemoryReadParams;
    result: T.ThreadMemoryReadResponse;
  };
  'thread/memoryMode/set': {
    params: T.ThreadMemoryModeSetParams;
    result: T.ThreadMemoryModeSetResponse;
  };
  'thread/metadata/update': {
    params: T.ThreadMetadataUpdateParams;
    result: T.ThreadMetadataUpdateResponse;
  };
  'thread/name/set': {
    params: T.ThreadSetNameParams;
    result: T.ThreadSetNameResponse;
  };
  'thread/prediction/request': {
    params: T.ThreadPredictionRequestParams;
    result: T.ThreadPredictionRequestResponse;
  };
  'thread/prepareApprovedPlan': {
    params: T.ThreadPrepareApprovedPlanParams;
    result: T.ThreadPrepareApprovedPlanResponse;
  };
  'thread/queue/add': {
    params: T.ThreadQueueAddParams;
    result: T.ThreadQueueAddResponse;
  };
  'thread/queue/delete': {
    params: T.ThreadQueueDeleteParams;
    result: T.ThreadQueueDeleteResponse;
  };
  'thread/queue/list': {
    params: T.ThreadQueueListParams;
    result: T.ThreadQueueListResponse;
  };
  'thread/queue/reorder': {
    params: T.ThreadQueueReorderParams;
    result: T.ThreadQueueReorderResponse;
  };
  'thread/queue/start': {
    params: T.ThreadQueueStartParams;
    result: T.ThreadQueueStartResponse;
  };
  'thread/queue/update': {
    params: T.ThreadQueueUpdateParams;
    result: T.ThreadQueueUpdateResponse;
  };
  'thread/read': {
    params: T.ThreadReadParams;
    result: T.ThreadReadResponse;
  };
  'thread/readState/update': {
    params: T.ThreadReadStateUpdateParams;
    result: T.ThreadReadStateUpdateResponse;
  };
  'thread/realtime/appendAudio': {
    params: T.ThreadRealtimeAppendAudioParams;
    result: T.ThreadRealtimeAppendAudioResponse;
  };
  'thread/realtime/appendSpeech': {
    params: T.ThreadRealtimeAppendSpeechParams;
    result: T.ThreadRealtimeAppendSpeechResponse;
  };
  'thread/realtime/appendText': {
    params: T.ThreadRealtimeAppendTextParams;
    result: T.ThreadRealtimeAppendTextResponse;
  };
  'thread/realtime/list': {
    params: T.ThreadRealtimeListParams;
    result: T.ThreadRealtimeListResponse;
  };
  'thread/realtime/listVoices': {
    params: T.ThreadRealtimeListVoicesParams;
    result: T.ThreadRealtimeListVoicesResponse;
  };
  'thread/realtime/start': {
    params: T.ThreadRealtimeStartParams;
    result: T.ThreadRealtimeStartResponse;
  };
  'thread/realtime/stop': {
    params: T.ThreadRealtimeStopParams;
    result: T.ThreadRealtimeStopResponse;
  };
  'thread/resume': {
    params: T.ThreadResumeParams;
    result: T.ThreadResumeResponse;
  };
  'thread/revert': {
    params: T.ThreadRevertParams;
    result: T.ThreadRevertResponse;
  };
  'thread/sample': {
    params: T.ThreadSampleParams;
    result: T.ThreadSampleResponse;
  };
  'thread/sample/cancel': {
    params: T.ThreadSampleCancelParams;
    result: T.ThreadSampleCancelResponse;
  };
  'thread/search': {
    params: T.ThreadSearchParams;
    result: T.ThreadSearchResponse;
  };
  'thread/search/cancel': {
    params: T.ThreadSearchCancelParams;
    result: T.ThreadSearchCancelResponse;
  };
  /** Search with best-effort incremental `thread/search/partial` notifications. The final response is authoritative for results, ordering, and cursors. */
  'thread/search/stream': {
    params: T.ThreadSearchParams;
    result: T.ThreadSearchResponse;
  };
  /** Cancel a `thread/search/stream` request on this connection. */
  'thread/search/stream/cancel': {
    params: T.ThreadSearchCancelParams;
    result: T.ThreadSearchCancelResponse;
  };
  'thread/searchOccurrences': {
    params: T.ThreadSearchOccurrencesParams;
    result: T.ThreadSearchOccurrencesResponse;
  };
  'thread/section/move': {
    params: T.ThreadSectionMoveParams;
    result: T.ThreadSectionMoveResponse;
  };
  'thread/settings/update': {
    params: T.ThreadSettingsUpdateParams;
    result: T.ThreadSettingsUpdateResponse;
  };
  'thread/shellCommand': {
    params: T.ThreadShellCommandParams;
    result: T.ThreadShellCommandResponse;
  };
  /** NEW APIs */
  'thread/start': {
    params: T.ThreadStartParams;
    result: T.ThreadStartResponse;
  };
  'thread/timeline/list': {
    params: T.ThreadTimelineListParams;
    result: T.ThreadTimelineListResponse;
  };
  'thread/turns/list': {
    params: T.ThreadTurnsListParams;
    result: T.ThreadTurnsListResponse;
  };
  'thread/unarchive': {
    params: T.ThreadUnarchiveParams;
    result: T.ThreadUnarchiveResponse;
  };
  'thread/unsubscribe': {
    params: T.ThreadUnsubscribeParams;
    result: T.ThreadUnsubscribeResponse;
  };
  'threadSection/create': {
    params: T.ThreadSectionCreateParams;
    result: T.ThreadSectionCreateResponse;
  };
  'threadSection/delete': {
    params: T.ThreadSectionDeleteParams;
    result: T.ThreadSectionDeleteResponse;
  };
  'threadSection/list': {
    params: T.ThreadSectionListParams;
    result: T.ThreadSectionListResponse;
  };
  'threadSection/update': {
    params: T.ThreadSectionUpdateParams;
    result: T.ThreadSectionUpdateResponse;
  };
  'turn/interrupt': {
    params: T.TurnInterruptParams;
    result: T.TurnInterruptResponse;
  };
  'turn/settings/update': {
    params: T.TurnSettingsUpdateParams;
    result: T.TurnSettingsUpdateResponse;
  };
  'turn/start': {
    params: T.TurnStartParams;
    result: T.TurnStartResponse;
  };
  'turn/steer': {
    params: T.TurnSteerParams;
    result: T.TurnSteerResponse;
  };
  'userVerification/cancel': {
    params: T.UserVerificationCancelParams;
    result: T.UserVerificationCancelResponse;
  };
  'userVerification/delete': {
    params: T.UserVerificationDeleteParams;
    result: T.UserVerificationDeleteResponse;
  };
  'userVerification/enroll': {
    params: T.UserVerificationEnrollParams;
    result: T.UserVerificationEnrollResponse;
  };
  'userVerification/status': {
    params: T.UserVerificationStatusParams;
    result: T.UserVerificationStatusResponse;
  };
  'userVerification/verify': {
    params: T.UserVerificationVerifyParams;
    result: T.UserVerificationVerifyResponse;
  };
  'windowsSandbox/readiness': {
    params: null | undefined;
    result: T.WindowsSandboxReadinessResponse;
  };
  'windowsSandbox/setupStart': {
    params: T.WindowsSandboxSetupStartParams;
    result: T.WindowsSandboxSetupStartResponse;
  };
}

/** A client → server request method. */
export type ClientRequestMethod = keyof ClientRequestMap;

/**
 * zod schemas of every client → server request's params and result, by method.
 * Each parses to the matching type of {@link ClientRequestMap} (proved by generatedSchemas.types.test.ts;
 * an annotation here would make the compiler compare every zod class structurally, which costs minutes).
 */
export const ClientRequestSchemas = {
  'account/bedrock/checkGovCloudRequirements': {
    params: S.BedrockCheckGovCloudRequirementsParamsSchema,
    result: S.BedrockCheckGovCloudRequirementsResponseSchema,
  },
  'account/bedrock/discover': {
    params: S.BedrockDiscoverParamsSchema,
    result: S.BedrockDiscoverResponseSchema,
  },
  'account/bedrock/setup': {
    params: S.BedrockSetupParamsSchema,
    result: S.BedrockSetupResponseSchema,
  },
  'account/gatewayOAuth/cancel': {
    params: z.null().optional(),
    result: S.GatewayOAuthCancelResponseSchema,
  },
  'account/gatewayOAuth/login': {
    params: S.GatewayOAuthLoginParamsSchema.nullish(),
    result: S.GatewayOAuthLoginResponseSchema,
  },
  'account/gatewayOAuth/read': {
    params: S.GatewayOAuthReadParamsSchema.nullish(),
    result: S.GatewayOAuthReadResponseSchema,
  },
  'account/gcp/setup': {
    params: S.GcpSetupParamsSchema,
    result: S.GcpSetupResponseSchema,
  },
  'account/login/cancel': {
    params: S.CancelLoginAccountParamsSchema,
    result: S.CancelLoginAccountResponseSchema,
  },
  'account/login/start': {
    params: S.LoginAccountParamsSchema,
    result: S.LoginAccountResponseSchema,
  },
  'account/logout': {
    params: z.null().optional(),
    result: S.LogoutAccountResponseSchema,
  },
  'account/rateLimitResetCredit/consume': {
    params: S.ConsumeAccountRateLimitResetCreditParamsSchema,
    result: S.ConsumeAccountRateLimitResetCreditResponseSchema,
  },
  'account/rateLimits/read': {
    params: S.GetAccountRateLimitsParamsSchema.nullish(),
    result: S.GetAccountRateLimitsResponseSchema,
  },
  'account/read': {
    params: S.GetAccountParamsSchema,
    result: S.GetAccountResponseSchema,
  },
  'account/securitySetup/read': {
    params: z.null().optional(),
    result: S.GetAccountSecuritySetupResponseSchema,
  },
  'account/sendAddCreditsNudgeEmail': {
    params: S.SendAddCreditsNudgeEmailParamsSchema,
    result: S.SendAddCreditsNudgeEmailResponseSchema,
  },
  'account/usage/read': {
    params: S.GetAccountTokenUsageParamsSchema.nullish(),
    result: S.GetAccountTokenUsageResponseSchema,
  },
  'account/workspaceMessages/read': {
    params: z.null().optional(),
    result: S.GetWorkspaceMessagesResponseSchema,
  },
  'accountSession/list': {
    params: S.AccountSessionsListParamsSchema,
    result: S.AccountSessionsResponseSchema,
  },
  'accountSession/switch': {
    params: S.AccountSessionsSwitchParamsSchema,
    result: S.AccountSessionsSwitchResponseSchema,
  },
  'app/installed': {
    params: S.AppsInstalledParamsSchema,
    result: S.AppsInstalledResponseSchema,
  },
  'app/list': {
    params: S.AppsListParamsSchema,
    result: S.AppsListResponseSchema,
  },
  'app/read': {
    params: S.AppsReadParamsSchema,
    result: S.AppsReadResponseSchema,
  },
  'collaborationMode/list': {
    params: S.CollaborationModeListParamsSchema,
    result: S.CollaborationModeListResponseSchema,
  },
  'command/exec': {
    params: S.CommandExecParamsSchema,
    result: S.CommandExecResponseSchema,
  },
  'command/exec/resize': {
    params: S.CommandExecResizeParamsSchema,
    result: S.CommandExecResizeResponseSchema,
  },
  'command/exec/terminate': {
    params: S.CommandExecTerminateParamsSchema,
    result: S.CommandExecTerminateResponseSchema,
  },
  'command/exec/write': {
    params: S.CommandExecWriteParamsSchema,
    result: S.CommandExecWriteResponseSchema,
  },
  'config/batchWrite': {
    params: S.ConfigBatchWriteParamsSchema,
    result: S.ConfigWriteResponseSchema,
  },
  'config/mcpServer/reload': {
    params: z.null().optional(),
    result: S.McpServerRefreshResponseSchema,
  },
  'config/read': {
    params: S.ConfigReadParamsSchema,
    result: S.ConfigReadResponseSchema,
  },
  'config/value/write': {
    params: S.ConfigValueWriteParamsSchema,
    result: S.ConfigWriteResponseSchema,
  },
  'configRequirements/read': {
    params: z.null().optional(),
    result: S.ConfigRequirementsReadResponseSchema,
  },
  'environment/add': {
    params: S.EnvironmentAddParamsSchema,
    result: S.EnvironmentAddResponseSchema,
  },
  'environment/info': {
    params: S.EnvironmentInfoParamsSchema,
    result: S.EnvironmentInfoResponseSchema,
  },
  'environment/status': {
    params: S.EnvironmentStatusParamsSchema,
    result: S.EnvironmentStatusResponseSchema,
  },
  'experimentalFeature/enablement/set': {
    params: S.ExperimentalFeatureEnablementSetParamsSchema,
    result: S.ExperimentalFeatureEnablementSetResponseSchema,
  },
  'experimentalFeature/list': {
    params: S.ExperimentalFeatureListParamsSchema,
    result: S.ExperimentalFeatureListResponseSchema,
  },
  'externalAgentConfig/detect': {
    params: S.ExternalAgentConfigDetectParamsSchema,
    result: S.ExternalAgentConfigDetectResponseSchema,
  },
  'externalAgentConfig/import': {
    params: S.ExternalAgentConfigImportParamsSchema,
    result: S.ExternalAgentConfigImportResponseSchema,
  },
  'externalAgentConfig/import/readHistories': {
    params: z.null().optional(),
    result: S.ExternalAgentConfigImportHistoriesReadResponseSchema,
  },
  'externalAgentConfig/import/recordHistory': {
    params: S.ExternalAgentConfigImportHistoryRecordParamsSchema,
    result: S.ExternalAgentConfigImportHistoryRecordResponseSchema,
  },
  'feedback/save': {
    params: S.FeedbackSaveParamsSchema,
    result: S.FeedbackSaveResponseSchema,
  },
  'feedback/upload': {
    params: S.FeedbackUploadParamsSchema,
    result: S.FeedbackUploadResponseSchema,
  },
  'fs/copy': {
    params: S.FsCopyParamsSchema,
    result: S.FsCopyResponseSchema,
  },
  'fs/createDirectory': {
    params: S.FsCreateDirectoryParamsSchema,
    result: S.FsCreateDirectoryResponseSchema,
  },
  'fs/getMetadata': {
    params: S.FsGetMetadataParamsSchema,
    result: S.FsGetMetadataResponseSchema,
  },
  'fs/readDirectory': {
    params: S.FsReadDirectoryParamsSchema,
    result: S.FsReadDirectoryResponseSchema,
  },
  'fs/readFile': {
    params: S.FsReadFileParamsSchema,
    result: S.FsReadFileResponseSchema,
  },
  'fs/remove': {
    params: S.FsRemoveParamsSchema,
    result: S.FsRemoveResponseSchema,
  },
  'fs/unwatch': {
    params: S.FsUnwatchParamsSchema,
    result: S.FsUnwatchResponseSchema,
  },
  'fs/watch': {
    params: S.FsWatchParamsSchema,
    result: S.FsWatchResponseSchema,
  },
  'fs/writeFile': {
    params: S.FsWriteFileParamsSchema,
    result: S.FsWriteFileResponseSchema,
  },
  'fuzzyFileSearch': {
    params: S.FuzzyFileSearchParamsSchema,
    result: S.FuzzyFileSearchResponseSchema,
  },
  'fuzzyFileSearch/sessionStart': {
    params: S.FuzzyFileSearchSessionStartParamsSchema,
    result: S.FuzzyFileSearchSessionStartResponseSchema,
  },
  'fuzzyFileSearch/sessionStop': {
    params: S.FuzzyFileSearchSessionStopParamsSchema,
    result: S.FuzzyFileSearchSessionStopResponseSchema,
  },
  'fuzzyFileSearch/sessionUpdate': {
    params: S.FuzzyFileSearchSessionUpdateParamsSchema,
    result: S.FuzzyFileSearchSessionUpdateResponseSchema,
  },
  'hooks/list': {
    params: S.HooksListParamsSchema,
    result: S.HooksListResponseSchema,
  },
  'initialize': {
    params: S.InitializeParamsSchema,
    result: S.InitializeResponseSchema,
  },
  'marketplace/add': {
    params: S.MarketplaceAddParamsSchema,
    result: S.MarketplaceAddResponseSchema,
  },
  'marketplace/remove': {
    params: S.MarketplaceRemoveParamsSchema,
    result: S.MarketplaceRemoveResponseSchema,
  },
  'marketplace/upgrade': {
    params: S.MarketplaceUpgradeParamsSchema,
    result: S.MarketplaceUpgradeResponseSchema,
  },
  'mcpServer/event/stream/start': {
    params: S.McpServerEventStreamStartParamsSchema,
    result: S.McpServerEventStreamStartResponseSchema,
  },
  'mcpServer/event/stream/stop': {
    params: S.McpServerEventStreamStopParamsSchema,
    result: S.McpServerEventStreamStopResponseSchema,
  },
  'mcpServer/oauth/login': {
    params: S.McpServerOauthLoginParamsSchema,
    result: S.McpServerOauthLoginResponseSchema,
  },
  'mcpServer/resource/read': {
    params: S.McpResourceReadParamsSchema,
    result: S.McpResourceReadResponseSchema,
  },
  'mcpServer/tool/call': {
    params: S.McpServerToolCallParamsSchema,
    result: S.McpServerToolCallResponseSchema,
  },
  'mcpServerStatus/list': {
    params: S.ListMcpServerStatusParamsSchema,
    result: S.ListMcpServerStatusResponseSchema,
  },
  'memory/reset': {
    params: z.null().optional(),
    result: S.MemoryResetResponseSchema,
  },
  'memory/status': {
    params: S.MemoryStatusParamsSchema,
    result: S.MemoryStatusResponseSchema,
  },
  'mock/experimentalMethod': {
    params: S.MockExperimentalMethodParamsSchema,
    result: S.MockExperimentalMethodResponseSchema,
  },
  'model/list': {
    params: S.ModelListParamsSchema,
    result: S.ModelListResponseSchema,
  },
  'modelProvider/capabilities/read': {
    params: S.ModelProviderCapabilitiesReadParamsSchema,
    result: S.ModelProviderCapabilitiesReadResponseSchema,
  },
  'modelProvider/config/write': {
    params: S.ModelProviderConfigWriteParamsSchema,
    result: S.ModelProviderConfigWriteResponseSchema,
  },
  'modelProvider/default/set': {
    params: S.ModelProviderDefaultSetParamsSchema,
    result: z.unknown(),
  },
  'modelProvider/list': {
    params: S.ModelProviderListParamsSchema,
    result: S.ModelProviderListResponseSchema,
  },
  'permissionProfile/list': {
    params: S.PermissionProfileListParamsSchema,
    result: S.PermissionProfileListResponseSchema,
  },
  'plugin/install': {
    params: S.PluginInstallParamsSchema,
    result: S.PluginInstallResponseSchema,
  },
  'plugin/installed': {
    params: S.PluginInstalledParamsSchema,
    result: S.PluginInstalledResponseSchema,
  },
  'plugin/list': {
    params: S.PluginListParamsSchema,
    result: S.PluginListResponseSchema,
  },
  'plugin/read': {
    params: S.PluginReadParamsSchema,
    result: S.PluginReadResponseSchema,
  },
  'plugin/reconcile': {
    params: S.PluginReconcileParamsSchema,
    result: S.PluginReconcileResponseSchema,
  },
  'plugin/search': {
    params: S.PluginSearchParamsSchema,
    result: S.PluginSearchResponseSchema,
  },
  'plugin/share/checkout': {
    params: S.PluginShareCheckoutParamsSchema,
    result: S.PluginShareCheckoutResponseSchema,
  },
  'plugin/share/delete': {
    params: S.PluginShareDeleteParamsSchema,
    result: S.PluginShareDeleteResponseSchema,
  },
  'plugin/share/list': {
    params: S.PluginShareListParamsSchema,
    result: S.PluginShareListResponseSchema,
  },
  'plugin/share/save': {
    params: S.PluginShareSaveParamsSchema,
    result: S.PluginShareSaveResponseSchema,
  },
  'plugin/share/updateTargets': {
    params: S.PluginShareUpdateTargetsParamsSchema,
    result: S.PluginShareUpdateTargetsResponseSchema,
  },
  'plugin/skill/read': {
    params: S.PluginSkillReadParamsSchema,
    result: S.PluginSkillReadResponseSchema,
  },
  'plugin/uninstall': {
    params: S.PluginUninstallParamsSchema,
    result: S.PluginUninstallResponseSchema,
  },
  'process/kill': {
    params: S.ProcessKillParamsSchema,
    result: S.ProcessKillResponseSchema,
  },
  'process/resizePty': {
    params: S.ProcessResizePtyParamsSchema,
    result: S.ProcessResizePtyResponseSchema,
  },
  'process/spawn': {
    params: S.ProcessSpawnParamsSchema,
    result: S.ProcessSpawnResponseSchema,
  },
  'process/writeStdin': {
    params: S.ProcessWriteStdinParamsSchema,
    result: S.ProcessWriteStdinResponseSchema,
  },
  'project/create': {
    params: S.ProjectCreateParamsSchema,
    result: S.ProjectCreateResponseSchema,
  },
  'project/delete': {
    params: S.ProjectDeleteParamsSchema,
    result: S.ProjectDeleteResponseSchema,
  },
  'project/import': {
    params: S.ProjectImportParamsSchema,
    result: S.ProjectImportResponseSchema,
  },
  'project/list': {
    params: S.ProjectListParamsSchema,
    result: S.ProjectListResponseSchema,
  },
  'project/move': {
    params: S.ProjectMoveParamsSchema,
    result: S.ProjectMoveResponseSchema,
  },
  'project/read': {
    params: S.ProjectReadParamsSchema,
    result: S.ProjectReadResponseSchema,
  },
  'project/update': {
    params: S.ProjectUpdateParamsSchema,
    result: S.ProjectUpdateResponseSchema,
  },
  'remoteControl/client/list': {
    params: S.RemoteControlClientsListParamsSchema,
    result: S.RemoteControlClientsListResponseSchema,
  },
  'remoteControl/client/revoke': {
    params: S.RemoteControlClientsRevokeParamsSchema,
    result: S.RemoteControlClientsRevokeResponseSchema,
  },
  'remoteControl/disable': {
    params: S.RemoteControlDisableParamsSchema.nullish(),
    result: S.RemoteControlDisableResponseSchema,
  },
  'remoteControl/enable': {
    params: S.RemoteControlEnableParamsSchema.nullish(),
    result: S.RemoteControlEnableResponseSchema,
  },
  'remoteControl/pairing/start': {
    params: S.RemoteControlPairingStartParamsSchema,
    result: S.RemoteControlPairingStartResponseSchema,
  },
  'remoteControl/pairing/status': {
    params: S.RemoteControlPairingStatusParamsSchema,
    result: S.RemoteControlPairingStatusResponseSchema,
  },
  'remoteControl/status/read': {
    params: z.null().optional(),
    result: S.RemoteControlStatusReadResponseSchema,
  },
  'review/start': {
    params: S.ReviewStartParamsSchema,
    result: S.ReviewStartResponseSchema,
  },
  'rollout/compress': {
    params: z.null().optional(),
    result: S.RolloutCompressResponseSchema,
  },
  'server/diagnostics': {
    params: S.ServerDiagnosticsParamsSchema,
    result: S.ServerDiagnosticsResponseSchema,
  },
  'skills/config/write': {
    params: S.SkillsConfigWriteParamsSchema,
    result: S.SkillsConfigWriteResponseSchema,
  },
  'skills/extraRoots/set': {
    params: S.SkillsExtraRootsSetParamsSchema,
    result: S.SkillsExtraRootsSetResponseSchema,
  },
  'skills/list': {
    params: S.SkillsListParamsSchema,
    result: S.SkillsListResponseSchema,
  },
  'thread/approveGuardianDeniedAction': {
    params: S.ThreadApproveGuardianDeniedActionParamsSchema,
    result: S.ThreadApproveGuardianDeniedActionResponseSchema,
  },
  'thread/archive': {
    params: S.ThreadArchiveParamsSchema,
    result: S.ThreadArchiveResponseSchema,
  },
  'thread/attachment/add': {
    params: S.ThreadAttachmentAddParamsSchema,
    result: S.ThreadAttachmentAddResponseSchema,
  },
  'thread/attachment/list': {
    params: S.ThreadAttachmentListParamsSchema,
    result: S.ThreadAttachmentListResponseSchema,
  },
  'thread/attachment/remove': {
    params: S.ThreadAttachmentRemoveParamsSchema,
    result: S.ThreadAttachmentRemoveResponseSchema,
  },
  'thread/attachmentOwner/list': {
    params: S.ThreadAttachmentOwnerListParamsSchema,
    result: S.ThreadAttachmentOwnerListResponseSchema,
  },
  'thread/backgroundTerminals/clean': {
    params: S.ThreadBackgroundTerminalsCleanParamsSchema,
    result: S.ThreadBackgroundTerminalsCleanResponseSchema,
  },
  'thread/backgroundTerminals/list': {
    params: S.ThreadBackgroundTerminalsListParamsSchema,
    result: S.ThreadBackgroundTerminalsListResponseSchema,
  },
  'thread/backgroundTerminals/terminate': {
    params: S.ThreadBackgroundTerminalsTerminateParamsSchema,
    result: S.ThreadBackgroundTerminalsTerminateResponseSchema,
  },
  'thread/compact/start': {
    params: S.ThreadCompactStartParamsSchema,
    result: S.ThreadCompactStartResponseSchema,
  },
  'thread/decrement_elicitation': {
    params: S.ThreadDecrementElicitationParamsSchema,
    result: S.ThreadDecrementElicitationResponseSchema,
  },
  'thread/delete': {
    params: S.ThreadDeleteParamsSchema,
    result: S.ThreadDeleteResponseSchema,
  },
  'thread/fork': {
    params: S.ThreadForkParamsSchema,
    result: S.ThreadForkResponseSchema,
  },
  'thread/goal/clear': {
    params: S.ThreadGoalClearParamsSchema,
    result: S.ThreadGoalClearResponseSchema,
  },
  'thread/goal/get': {
    params: S.ThreadGoalGetParamsSchema,
    result: S.ThreadGoalGetResponseSchema,
  },
  'thread/goal/set': {
    params: S.ThreadGoalSetParamsSchema,
    result: S.ThreadGoalSetResponseSchema,
  },
  'thread/guardianReview': {
    params: S.ThreadGuardianReviewParamsSchema,
    result: S.ThreadGuardianReviewResponseSchema,
  },
  'thread/increment_elicitation': {
    params: S.ThreadIncrementElicitationParamsSchema,
    result: S.ThreadIncrementElicitationResponseSchema,
  },
  'thread/inject_items': {
    params: S.ThreadInjectItemsParamsSchema,
    result: S.ThreadInjectItemsResponseSchema,
  },
  'thread/items/list': {
    params: S.ThreadItemsListParamsSchema,
    result: S.ThreadItemsListResponseSchema,
  },
  'thread/items/read': {
    params: S.ThreadItemsReadParamsSchema,
    result: S.ThreadItemsReadResponseSchema,
  },
  'thread/list': {
    params: S.ThreadListParamsSchema,
    result: S.ThreadListResponseSchema,
  },
  'thread/loaded/list': {
    params: S.ThreadLoadedListParamsSchema,
    result: S.ThreadLoadedListResponseSchema,
  },
  'thread/memory/read': {
    params: S.ThreadMemoryReadParamsSchema,
    result: S.ThreadMemoryReadResponseSchema,
  },
  'thread/memoryMode/set': {
    params: S.ThreadMemoryModeSetParamsSchema,
    result: S.ThreadMemoryModeSetResponseSchema,
  },
  'thread/metadata/update': {
    params: S.ThreadMetadataUpdateParamsSchema,
    result: S.ThreadMetadataUpdateResponseSchema,
  },
  'thread/name/set': {
    params: S.ThreadSetNameParamsSchema,
    result: S.ThreadSetNameResponseSchema,
  },
  'thread/prediction/request': {
    params: S.ThreadPredictionRequestParamsSchema,
    result: S.ThreadPredictionRequestResponseSchema,
  },
  'thread/prepareApprovedPlan': {
    params: S.ThreadPrepareApprovedPlanParamsSchema,
    result: S.ThreadPrepareApprovedPlanResponseSchema,
  },
  'thread/queue/add': {
    params: S.ThreadQueueAddParamsSchema,
    result: S.ThreadQueueAddResponseSchema,
  },
  'thread/queue/delete': {
    params: S.ThreadQueueDeleteParamsSchema,
    result: S.ThreadQueueDeleteResponseSchema,
  },
  'thread/queue/list': {
    params: S.ThreadQueueListParamsSchema,
    result: S.ThreadQueueListResponseSchema,
  },
  'thread/queue/reorder': {
    params: S.ThreadQueueReorderParamsSchema,
    result: S.ThreadQueueReorderResponseSchema,
  },
  'thread/queue/start': {
    params: S.ThreadQueueStartParamsSchema,
    result: S.ThreadQueueStartResponseSchema,
  },
  'thread/queue/update': {
    params: S.ThreadQueueUpdateParamsSchema,
    result: S.ThreadQueueUpdateResponseSchema,
  },
  'thread/read': {
    params: S.ThreadReadParamsSchema,
    result: S.ThreadReadResponseSchema,
  },
  'thread/readState/update': {
    params: S.ThreadReadStateUpdateParamsSchema,
    result: S.ThreadReadStateUpdateResponseSchema,
  },
  'thread/realtime/appendAudio': {
    params: S.ThreadRealtimeAppendAudioParamsSchema,
    result: S.ThreadRealtimeAppendAudioResponseSchema,
  },
  'thread/realtime/appendSpeech': {
    params: S.ThreadRealtimeAppendSpeechParamsSchema,
    result: S.ThreadRealtimeAppendSpeechResponseSchema,
  },
  'thread/realtime/appendText': {
    params: S.ThreadRealtimeAppendTextParamsSchema,
    result: S.ThreadRealtimeAppendTextResponseSchema,
  },
  'thread/realtime/list': {
    params: S.ThreadRealtimeListParamsSchema,
    result: S.ThreadRealtimeListResponseSchema,
  },
  'thread/realtime/listVoices': {
    params: S.ThreadRealtimeListVoicesParamsSchema,
    result: S.ThreadRealtimeListVoicesResponseSchema,
  },
  'thread/realtime/start': {
    params: S.ThreadRealtimeStartParamsSchema,
    result: S.ThreadRealtimeStartResponseSchema,
  },
  'thread/realtime/stop': {
    params: S.ThreadRealtimeStopParamsSchema,
    result: S.ThreadRealtimeStopResponseSchema,
  },
  'thread/resume': {
    params: S.ThreadResumeParamsSchema,
    result: S.ThreadResumeResponseSchema,
  },
  'thread/revert': {
    params: S.ThreadRevertParamsSchema,
    result: S.ThreadRevertResponseSchema,
  },
  'thread/sample': {
    params: S.ThreadSampleParamsSchema,
    result: S.ThreadSampleResponseSchema,
  },
  'thread/sample/cancel': {
    params: S.ThreadSampleCancelParamsSchema,
    result: S.ThreadSampleCancelResponseSchema,
  },
  'thread/search': {
    params: S.ThreadSearchParamsSchema,
    result: S.ThreadSearchResponseSchema,
  },
  'thread/search/cancel': {
    params: S.ThreadSearchCancelParamsSchema,
    result: S.ThreadSearchCancelResponseSchema,
  },
  'thread/search/stream': {
    params: S.ThreadSearchParamsSchema,
    result: S.ThreadSearchResponseSchema,
  },
  'thread/search/stream/cancel': {
    params: S.ThreadSearchCancelParamsSchema,
    result: S.ThreadSearchCancelResponseSchema,
  },
  'thread/searchOccurrences': {
    params: S.ThreadSearchOccurrencesParamsSchema,
    result: S.ThreadSearchOccurrencesResponseSchema,
  },
  'thread/section/move': {
    params: S.ThreadSectionMoveParamsSchema,
    result: S.ThreadSectionMoveResponseSchema,
  },
  'thread/settings/update': {
    params: S.ThreadSettingsUpdateParamsSchema,
    result: S.ThreadSettingsUpdateResponseSchema,
  },
  'thread/shellCommand': {
    params: S.ThreadShellCommandParamsSchema,
    result: S.ThreadShellCommandResponseSchema,
  },
  'thread/start': {
    params: S.ThreadStartParamsSchema,
    result: S.ThreadStartResponseSchema,
  },
  'thread/timeline/list': {
    params: S.ThreadTimelineListParamsSchema,
    result: S.ThreadTimelineListResponseSchema,
  },
  'thread/turns/list': {
    params: S.ThreadTurnsListParamsSchema,
    result: S.ThreadTurnsListResponseSchema,
  },
  'thread/unarchive': {
    params: S.ThreadUnarchiveParamsSchema,
    result: S.ThreadUnarchiveResponseSchema,
  },
  'thread/unsubscribe': {
    params: S.ThreadUnsubscribeParamsSchema,
    result: S.ThreadUnsubscribeResponseSchema,
  },
  'threadSection/create': {
    params: S.ThreadSectionCreateParamsSchema,
    result: S.ThreadSectionCreateResponseSchema,
  },
  'threadSection/delete': {
    params: S.ThreadSectionDeleteParamsSchema,
    result: S.ThreadSectionDeleteResponseSchema,
  },
  'threadSection/list': {
    params: S.ThreadSectionListParamsSchema,
    result: S.ThreadSectionListResponseSchema,
  },
  'threadSection/update': {
    params: S.ThreadSectionUpdateParamsSchema,
    result: S.ThreadSectionUpdateResponseSchema,
  },
  'turn/interrupt': {
    params: S.TurnInterruptParamsSchema,
    result: S.TurnInterruptResponseSchema,
  },
  'turn/settings/update': {
    params: S.TurnSettingsUpdateParamsSchema,
    result: S.TurnSettingsUpdateResponseSchema,
  },
  'turn/start': {
    params: S.TurnStartParamsSchema,
    result: S.TurnStartResponseSchema,
  },
  'turn/steer': {
    params: S.TurnSteerParamsSchema,
    result: S.TurnSteerResponseSchema,
  },
  'userVerification/cancel': {
    params: S.UserVerificationCancelParamsSchema,
    result: S.UserVerificationCancelResponseSchema,
  },
  'userVerification/delete': {
    params: S.UserVerificationDeleteParamsSchema,
    result: S.UserVerificationDeleteResponseSchema,
  },
  'userVerification/enroll': {
    params: S.UserVerificationEnrollParamsSchema,
    result: S.UserVerificationEnrollResponseSchema,
  },
  'userVerification/status': {
    params: S.UserVerificationStatusParamsSchema,
    result: S.UserVerificationStatusResponseSchema,
  },
  'userVerification/verify': {
    params: S.UserVerificationVerifyParamsSchema,
    result: S.UserVerificationVerifyResponseSchema,
  },
  'windowsSandbox/readiness': {
    params: z.null().optional(),
    result: S.WindowsSandboxReadinessResponseSchema,
  },
  'windowsSandbox/setupStart': {
    params: S.WindowsSandboxSetupStartParamsSchema,
    result: S.WindowsSandboxSetupStartResponseSchema,
  },
} as const;
