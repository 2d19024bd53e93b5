// GENERATED FILE: do not edit by hand.
// Source: `codex app-server generate-json-schema --experimental` of codex-cli 0.171.0.
// Regenerate with `npm run codegen`; test/unit/protocol/codegenDrift.test.ts fails when this file is stale.
// TypeScript types of every app-server protocol definition.

/**
 * A path that is guaranteed to be absolute and normalized (though it is not guaranteed to be canonicalized or exist on the filesystem).
 *
 * IMPORTANT: When deserializing an `AbsolutePathBuf`, a base path must be set using [AbsolutePathBufGuard::new]. If no base path is set, the deserialization will fail unless the path being deserialized is already absolute.
 */
export type AbsolutePathBuf = string;

export type Account =
  | {
    type: 'apiKey';
  }
  | {
    email: string | null;
    planType: PlanType;
    type: 'chatgpt';
    /** Display name of the selected ChatGPT workspace, when available. */
    workspaceName?: string | null;
  }
  | {
    type: 'amazonBedrock';
    usesCodexManagedCredentials?: boolean;
  }
  | {
    type: 'gcp';
  };

export interface AccountLoginCompletedNotification {
  error?: string | null;
  loginId?: string | null;
  onboardingEntrypoint?: DesktopOnboardingEntrypoint | null;
  success: boolean;
}

/**
 * Sparse rolling rate-limit update.
 *
 * Clients should merge available values into the most recent `account/rateLimits/read` response or refetch that snapshot. Nullable account metadata may be unavailable in a rolling update and does not clear a previously observed value.
 */
export interface AccountRateLimitsUpdatedNotification {
  rateLimits: RateLimitSnapshot;
}

/** Backend routing policy. Wire values match the accounts/check contract. */
export type AccountRoutingOverride = 'NO_CONSTRAINT' | 'us' | 'us_cr';

export interface AccountSecuritySetupAction {
  label: string;
  url: string;
}

export interface AccountSecuritySetupNotice {
  accountId: string;
  action: AccountSecuritySetupAction;
  description: string;
  title: string;
  userId: string;
}

export interface AccountSession {
  displayName?: string | null;
  email?: string | null;
  imageUrl?: string | null;
  isActive: boolean;
  lastUsedAt: number;
  selectedWorkspaceAccountId?: string | null;
  sessionId: string;
  userId?: string | null;
  workspaces: AccountSessionWorkspace[];
}

export interface AccountSessionWorkspace {
  accountId: string;
  imageUrl?: string | null;
  kind?: AccountSessionWorkspaceKind | null;
  name?: string | null;
}

export type AccountSessionWorkspaceKind = 'personal' | 'workspace';

export interface AccountSessionsListParams {
  refreshWorkspaceMetadata?: boolean;
}

export interface AccountSessionsResponse {
  activeSessionId?: string | null;
  sessions: AccountSession[];
}

export interface AccountSessionsSwitchParams {
  /** Workspace to select within that login; this is not a user identifier. */
  accountId: string;
  /** Allow Core to start browser sign-in if this session needs SSO for the workspace. */
  allowBrowserLogin?: boolean;
  /** Opaque active-login identifier returned by accountSession/list. */
  sessionId: string;
}

export type AccountSessionsSwitchResponse =
  | {
    activeSessionId?: string | null;
    sessions: AccountSession[];
  }
  | {
    auth_url: string;
    login_id: string;
  };

export interface AccountTokenUsageDailyBucket {
  startDate: string;
  tokens: number;
}

export interface AccountTokenUsageSummary {
  currentStreakDays?: number | null;
  lifetimeTokens?: number | null;
  longestRunningTurnSec?: number | null;
  longestStreakDays?: number | null;
  peakDailyTokens?: number | null;
}

export type AccountUpdateReason = 'workspaceRoutingReady' | 'unknown';

export interface AccountUpdatedNotification {
  authMode?: AuthMode | null;
  planType?: PlanType | null;
  /** Set when initial routing discovery completes for the same authenticated owner. */
  reason?: AccountUpdateReason | null;
}

export interface ActivePermissionProfile {
  /** Parent profile identifier from the selected permissions profile's `extends` setting, when present. */
  extends?: string | null;
  /** Identifier from `default_permissions` or the implicit built-in default, such as `:workspace` or a user-defined `[permissions.<id>]` profile. */
  id: string;
}

export type AddCreditsNudgeCreditType = 'credits' | 'usage_limit';

export type AddCreditsNudgeEmailStatus = 'sent' | 'cooldown_active';

export interface AdditionalContextEntry {
  kind: AdditionalContextKind;
  /** Optional name for untrusted context, used to label its tool output. */
  name?: string | null;
  value: string;
}

export type AdditionalContextKind = 'untrusted' | 'application';

export interface AdditionalFileSystemPermissions {
  entries?: FileSystemSandboxEntry[] | null;
  globScanMaxDepth?: number | null;
  /** This will be removed in favor of `entries`. */
  read?: LegacyAppPathString[] | null;
  /** This will be removed in favor of `entries`. */
  write?: LegacyAppPathString[] | null;
}

export interface AdditionalNetworkPermissions {
  enabled?: boolean | null;
}

export interface AdditionalPermissionProfile {
  fileSystem?: AdditionalFileSystemPermissions | null;
  /** Partial overlay used for per-command permission requests. */
  network?: AdditionalNetworkPermissions | null;
}

export type AgentMessageDelivery = 'async';

export interface AgentMessageDeltaNotification {
  delta: string;
  itemId: string;
  threadId: string;
  turnId: string;
}

/** How Chat should present a recovered answer. */
export type AgentMessageDisplay =
  | {
    annotation?: AnswerAnnotation | null;
    mode: 'show';
    trustedContacts: TrustedContacts;
    version: number;
  }
  | {
    mode: 'hide';
    replacement: AnswerReplacement;
    version: number;
  }
  | {
    mode: 'block';
    reason: BlockReason;
    version: number;
  };

export type AgentMessageInputContent =
  | {
    text: string;
    type: 'input_text';
  }
  | {
    encrypted_content: string;
    type: 'encrypted_content';
  };

export interface AgentMessageModeration {
  display?: AgentMessageDisplay | null;
  moderated: boolean;
}

export type AgentPath = string;

export type AllowDenyRequirement = 'allow' | 'deny';

export interface AnalyticsConfig {
  enabled?: boolean | null;
}

export interface AnswerAnnotation {
  kind: 'wellbeingHelpline';
  subject: HelplineSubject;
}

export interface AnswerReplacement {
  kind: 'wellbeingPromptHelpline';
}

/** EXPERIMENTAL - app metadata returned by app-list APIs. */
export interface AppBranding {
  category?: string | null;
  developer?: string | null;
  isDiscoverableApp: boolean;
  privacyPolicy?: string | null;
  termsOfService?: string | null;
  website?: string | null;
}

/** EXPERIMENTAL - app metadata returned by app-list APIs. */
export interface AppInfo {
  appMetadata?: AppMetadata | null;
  branding?: AppBranding | null;
  description?: string | null;
  distributionChannel?: string | null;
  iconAssets?: { [key: string]: string } | null;
  iconDarkAssets?: { [key: string]: string } | null;
  id: string;
  installUrl?: string | null;
  isAccessible?: boolean;
  /** Whether this app is enabled in config.toml. Example: ```toml [apps.bad_app] enabled = false ``` */
  isEnabled?: boolean;
  labels?: { [key: string]: string } | null;
  logoUrl?: string | null;
  logoUrlDark?: string | null;
  name: string;
  pluginDisplayNames?: string[];
}

/** EXPERIMENTAL - notification emitted when the app list changes. */
export interface AppListUpdatedNotification {
  data: AppInfo[];
}

export interface AppMetadata {
  categories?: string[] | null;
  developer?: string | null;
  firstPartyRequiresInstall?: boolean | null;
  review?: AppReview | null;
  screenshots?: AppScreenshot[] | null;
  seoDescription?: string | null;
  showInComposerWhenUnlinked?: boolean | null;
  subCategories?: string[] | null;
  version?: string | null;
  versionId?: string | null;
  versionNotes?: string | null;
}

export interface AppReview {
  status: string;
}

export interface AppScreenshot {
  fileId?: string | null;
  url?: string | null;
  userPrompt: string;
}

/** EXPERIMENTAL - app metadata summary for plugin responses. */
export interface AppSummary {
  category?: string | null;
  description?: string | null;
  id: string;
  installUrl?: string | null;
  name: string;
}

export interface AppTemplateSummary {
  canonicalConnectorId?: string | null;
  category?: string | null;
  description?: string | null;
  logoUrl?: string | null;
  logoUrlDark?: string | null;
  materializedAppIds: string[];
  name: string;
  reason?: AppTemplateUnavailableReason | null;
  templateId: string;
}

export type AppTemplateUnavailableReason = 'NOT_CONFIGURED_FOR_WORKSPACE' | 'NO_ACTIVE_WORKSPACE';

export type AppToolApproval = 'auto' | 'prompt' | 'writes' | 'approve';

/** EXPERIMENTAL - metadata returned by app/read. */
export interface AppToolSummary {
  description: string;
  disabledReason?: string | null;
  isEnabled?: boolean;
  isReadOnly?: boolean;
  name: string;
  title?: string | null;
}

export interface ApplicationNetworkRequirements {
  domains: { [key: string]: NetworkDomainPermission };
  /** When enabled, only explicitly allowed exact domains may be contacted. */
  enabled: boolean;
}

export interface ApplicationRequirements {
  network?: ApplicationNetworkRequirements | null;
  storage?: ApplicationStorageRequirements | null;
}

/** Managed storage settings for new Desktop workspaces, not filesystem access restrictions. */
export interface ApplicationStorageRequirements {
  defaultProjectParent?: LegacyAppPathString | null;
  projectlessWorkspaceRoot?: LegacyAppPathString | null;
}

export interface ApplyPatchApprovalParams {
  /** Use to correlate this with [codex_protocol::protocol::PatchApplyBeginEvent] and [codex_protocol::protocol::PatchApplyEndEvent]. */
  callId: string;
  conversationId: ThreadId;
  fileChanges: { [key: string]: FileChange };
  /** When set, the agent is asking the user to allow writes under this root for the remainder of the session (unclear if this is honored today). */
  grantRoot?: string | null;
  /** Optional explanatory reason (e.g. request for extra write access). */
  reason?: string | null;
}

export interface ApplyPatchApprovalResponse {
  decision: ReviewDecision;
}

/** Configures who approval requests are routed to for review. Examples include sandbox escapes, blocked network access, MCP approval prompts, and ARC escalations. Defaults to `user`. `auto_review` uses a carefully prompted subagent to gather relevant context and apply a risk-based decision framework before approving or denying the request. The legacy value `guardian_subagent` is accepted for compatibility. */
export type ApprovalsReviewer = 'user' | 'auto_review' | 'guardian_subagent';

export interface AppsConfig {
  _default?: AppsDefaultConfig | null;
}

export interface AppsDefaultConfig {
  approvals_reviewer?: ApprovalsReviewer | null;
  default_tools_approval_mode?: AppToolApproval | null;
  destructive_enabled?: boolean;
  enabled?: boolean;
  open_world_enabled?: boolean;
}

/** Read the committed installed connector runtime snapshot. */
export interface AppsInstalledParams {
  /** When true and Apps are permitted, refresh and publish the hosted connector runtime tool snapshot first. */
  forceRefresh?: boolean;
  /** Optional loaded thread id used to evaluate effective app configuration. */
  threadId?: string | null;
}

/** The installed connectors in one committed runtime snapshot. */
export interface AppsInstalledResponse {
  apps: InstalledApp[];
}

/** EXPERIMENTAL - list available apps/connectors. */
export interface AppsListParams {
  /** Opaque pagination cursor returned by a previous call. */
  cursor?: string | null;
  /** When true, bypass app caches and fetch the latest data from sources. */
  forceRefetch?: boolean;
  /** Optional page size; defaults to a reasonable server-side value. */
  limit?: number | null;
  /** Optional thread id used to evaluate app feature gating from that thread's config. */
  threadId?: string | null;
}

/** EXPERIMENTAL - app list response. */
export interface AppsListResponse {
  data: AppInfo[];
  /** Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return. */
  nextCursor?: string | null;
}

/** EXPERIMENTAL - read metadata for specific apps/connectors. */
export interface AppsReadParams {
  /** App ids to read. The server accepts at most 100 ids and deduplicates repeated ids while preserving their first-request order. */
  appIds: string[];
  /** When true, include display-only public tool summaries in the returned metadata. */
  includeTools?: boolean;
  /** Optional loaded thread id used to evaluate effective app configuration. */
  threadId?: string | null;
}

/** EXPERIMENTAL - app/read response. */
export interface AppsReadResponse {
  apps: ConnectorMetadata[];
  missingAppIds: string[];
}

export type AskForApproval =
  | 'untrusted'
  | 'on-request'
  | 'never'
  | {
    granular: {
      mcp_elicitations: boolean;
      request_permissions?: boolean;
      rules: boolean;
      sandbox_approval: boolean;
      skill_approval?: boolean;
    };
  };

export interface AsyncUserInputQuestion {
  options?: string[] | null;
  title: string;
}

export type AttestationGenerateParams = { [key: string]: unknown };

export interface AttestationGenerateResponse {
  /** Opaque client attestation token. */
  token: string;
}

/** Authentication mode for OpenAI-backed providers. */
export type AuthMode =
  | 'apikey'
  | 'chatgpt'
  | 'chatgptAuthTokens'
  | 'headers'
  | 'agentIdentity'
  | 'personalAccessToken'
  | 'bedrockApiKey'
  | 'bedrockAccessKeys';

export interface AuthRecoveryNotification {
  message: string;
  provider: string;
  threadId: string;
  turnId: string;
}

/** Selects which part of the active context is charged against `model_auto_compact_token_limit`. */
export type AutoCompactTokenLimitScope = 'total' | 'body_after_prefix';

/** [UNSTABLE] Source that produced a terminal approval auto-review decision. */
export type AutoReviewDecisionSource = 'agent';

export interface AutoReviewRequirements {
  ignoreRules?: string[] | null;
  requiredOnModels?: string[] | null;
}

export type AwsCredentialType = 'accessKeys' | 'bedrockApiKey';

export interface BedrockAwsProfile {
  name: string;
  region?: string | null;
}

export type BedrockCheckGovCloudRequirementsParams = { [key: string]: unknown };

/** Advisory check of the current Bedrock configuration after login or setup. */
export interface BedrockCheckGovCloudRequirementsResponse {
  /** Whether the active Bedrock authentication resolves to a GovCloud region. */
  isGovCloud: boolean;
  /** Whether GovCloud is selected and the managed requirements miss the baseline. A false value is not a general certification of the network configuration. */
  shouldWarn: boolean;
}

export type BedrockDiscoverParams = { [key: string]: unknown };

export interface BedrockDiscoverResponse {
  environmentCredentials: BedrockEnvironmentCredential[];
  profiles: BedrockAwsProfile[];
}

export interface BedrockEnvironmentCredential {
  region?: string | null;
  type: AwsCredentialType;
}

export type BedrockProviderId = 'amazon-bedrock' | 'amazon-bedrock-runtime';

export type BedrockSetupParams =
  | {
    profile: string;
    region: string;
    type: 'profile';
  }
  | {
    region: string;
    type: 'environment';
  };

export type BedrockSetupResponse = { [key: string]: unknown };

export type BlockReason =
  | {
    kind: 'protection';
    /** Identifies the same moderation row that Chat writes on the live path. */
    protectionType: string;
  }
  | {
    kind: 'cyber';
    trustedAccess?: boolean | null;
  };

export type BrowserUseAccessApprovalLifetime = 'turn' | 'thread';

export interface BrowserUseConfig {
  allow_history_access?: boolean | null;
  default_origin_policy?: BrowserUseOriginPolicyConfig | null;
  origins?: { [key: string]: BrowserUseOriginPolicyConfig } | null;
}

export interface BrowserUseExtensionRequirements {
  requestHeaders?: RequestHeader[] | null;
}

export interface BrowserUseOriginPolicy {
  access?: AllowDenyRequirement | null;
  accessApprovalLifetime?: BrowserUseAccessApprovalLifetime | null;
  autoReview?: AllowDenyRequirement | null;
  downloads?: AllowDenyRequirement | null;
  fullCdpAccess?: AllowDenyRequirement | null;
  persistentApproval?: boolean | null;
  uploads?: AllowDenyRequirement | null;
}

export interface BrowserUseOriginPolicyConfig {
  access?: AllowDenyRequirement | null;
  downloads?: AllowDenyRequirement | null;
  full_cdp_access?: AllowDenyRequirement | null;
  uploads?: AllowDenyRequirement | null;
}

export interface BrowserUseRequirements {
  allowGlobalPersistentApproval?: boolean | null;
  allowHistoryAccess?: boolean | null;
  allowWebmcp?: boolean | null;
  defaultOriginPolicy?: BrowserUseOriginPolicy | null;
  disableAutoReview?: boolean | null;
  extension?: BrowserUseExtensionRequirements | null;
  origins?: { [key: string]: BrowserUseOriginPolicy } | null;
}

export interface ByteRange {
  end: number;
  start: number;
}

export interface CancelLoginAccountParams {
  loginId: string;
}

export interface CancelLoginAccountResponse {
  status: CancelLoginAccountStatus;
}

export type CancelLoginAccountStatus = 'canceled' | 'notFound';

/** Location used to resolve a selected capability root. */
export interface CapabilityRootLocation {
  environmentId: string;
  /** Absolute path for the root in the selected environment. */
  path: string;
  type: 'environment';
}

export interface ChatgptAuthTokensRefreshParams {
  /**
   * Workspace/account identifier that Codex was previously using.
   *
   * Clients that manage multiple accounts/workspaces can use this as a hint to refresh the token for the correct workspace.
   *
   * This may be `null` when the prior auth state did not include a workspace identifier (`chatgpt_account_id`).
   */
  previousAccountId?: string | null;
  reason: ChatgptAuthTokensRefreshReason;
}

export type ChatgptAuthTokensRefreshReason = 'unauthorized';

export interface ChatgptAuthTokensRefreshResponse {
  accessToken: string;
  chatgptAccountId: string;
  chatgptPlanType?: string | null;
}

export type CliAuthCredentialsStoreMode = 'file' | 'keyring' | 'auto' | 'ephemeral';

export interface ClientInfo {
  name: string;
  title?: string | null;
  version: string;
}

/**
 * This translation layer make sure that we expose codex error code in camel case.
 *
 * When an upstream HTTP status is available (for example, from the Responses API or a provider), it is forwarded in `httpStatusCode` on the relevant `codexErrorInfo` variant.
 */
export type CodexErrorInfo =
  | 'contextWindowExceeded'
  | 'sessionBudgetExceeded'
  | 'usageLimitExceeded'
  | 'rateLimitExceeded'
  | 'flexUnavailable'
  | 'serverOverloaded'
  | 'modelNotFound'
  | 'policyCapacityUnavailable'
  | 'cyberPolicy'
  | 'bioPolicy'
  | 'misalignmentPolicyViolation'
  | 'tooManyDenials'
  | 'internalServerError'
  | 'unauthorized'
  | 'badRequest'
  | 'threadRollbackFailed'
  | 'sandboxError'
  | 'other'
  | 'inferenceHookDenied'
  | {
    httpConnectionFailed: {
      httpStatusCode?: number | null;
    };
  }
  | {
    responseStreamConnectionFailed: {
      httpStatusCode?: number | null;
    };
  }
  | {
    responseStreamDisconnected: {
      httpStatusCode?: number | null;
    };
  }
  | {
    responseTooManyFailedAttempts: {
      httpStatusCode?: number | null;
    };
  }
  | {
    activeTurnNotSteerable: {
      turnKind: NonSteerableTurnKind;
    };
  }
  | (string & {})
  | { [key: string]: unknown };

export type CodexResponseHandoffMode = 'thinking' | 'commentary' | 'bemTags';

export interface CollabAgentState {
  message?: string | null;
  status: CollabAgentStatus;
}

export type CollabAgentStatus = 'pendingInit' | 'running' | 'interrupted' | 'completed' | 'errored' | 'shutdown' | 'notFound';

export type CollabAgentTool =
  | 'spawnAgent'
  | 'sendInput'
  | 'resumeAgent'
  | 'wait'
  | 'closeAgent'
  | 'sendMessage'
  | 'followupTask'
  | 'interruptAgent'
  | 'listAgents';

export type CollabAgentToolCallStatus = 'inProgress' | 'completed' | 'failed' | 'interrupted';

/** Collaboration mode for a Codex session. */
export interface CollaborationMode {
  mode: ModeKind;
  settings: Settings;
}

/** EXPERIMENTAL - list collaboration mode presets. */
export type CollaborationModeListParams = { [key: string]: unknown };

/** EXPERIMENTAL - collaboration mode presets response. */
export interface CollaborationModeListResponse {
  data: CollaborationModeMask[];
}

/** EXPERIMENTAL - collaboration mode preset metadata for clients. */
export interface CollaborationModeMask {
  mode?: ModeKind | null;
  model?: string | null;
  name: string;
  reasoning_effort?: ReasoningEffort | null;
}

export type CommandAction =
  | {
    command: string;
    name: string;
    path: LegacyAppPathString;
    type: 'read';
  }
  | {
    command: string;
    path?: string | null;
    type: 'listFiles';
  }
  | {
    command: string;
    path?: string | null;
    query?: string | null;
    type: 'search';
  }
  | {
    command: string;
    type: 'unknown';
  };

/**
 * Base64-encoded output chunk emitted for a streaming `command/exec` request.
 *
 * These notifications are connection-scoped. If the originating connection closes, the server terminates the process.
 */
export interface CommandExecOutputDeltaNotification {
  /** `true` on the final streamed chunk for a stream when `outputBytesCap` truncated later output on that stream. */
  capReached: boolean;
  /** Base64-encoded output bytes. */
  deltaBase64: string;
  /** Client-supplied, connection-scoped `processId` from the original `command/exec` request. */
  processId: string;
  /** Output stream for this chunk. */
  stream: CommandExecOutputStream;
}

/** Stream label for `command/exec/outputDelta` notifications. */
export type CommandExecOutputStream = 'stdout' | 'stderr';

/**
 * Run a standalone command (argv vector) in the server sandbox without creating a thread or turn.
 *
 * The final `command/exec` response is deferred until the process exits and is sent only after all `command/exec/outputDelta` notifications for that connection have been emitted.
 */
export interface CommandExecParams {
  /** Command argv vector. Empty arrays are rejected. */
  command: string[];
  /** Optional working directory. Defaults to the server cwd. */
  cwd?: string | null;
  /**
   * Disable stdout/stderr capture truncation for this request.
   *
   * Cannot be combined with `outputBytesCap`.
   */
  disableOutputCap?: boolean;
  /**
   * Disable the timeout entirely for this request.
   *
   * Cannot be combined with `timeoutMs`.
   */
  disableTimeout?: boolean;
  /**
   * Optional environment overrides merged into the server-computed environment.
   *
   * Matching names override inherited values. Set a key to `null` to unset an inherited variable.
   */
  env?: { [key: string]: string | null } | null;
  /**
   * Optional per-stream stdout/stderr capture cap in bytes.
   *
   * When omitted, the server default applies. Cannot be combined with `disableOutputCap`.
   */
  outputBytesCap?: number | null;
  /**
   * Optional active permissions profile id for this command.
   *
   * Defaults to the user's configured permissions when omitted. Cannot be combined with `sandboxPolicy`.
   */
  permissionProfile?: string | null;
  /**
   * Optional client-supplied, connection-scoped process id.
   *
   * Required for `tty`, `streamStdin`, `streamStdoutStderr`, and follow-up `command/exec/write`, `command/exec/resize`, and `command/exec/terminate` calls. When omitted, buffered execution gets an internal id that is not exposed to the client.
   */
  processId?: string | null;
  /**
   * Optional sandbox policy for this command.
   *
   * Uses the same shape as thread/turn execution sandbox configuration and defaults to the user's configured policy when omitted. Cannot be combined with `permissionProfile`.
   */
  sandboxPolicy?: SandboxPolicy | null;
  /** Optional initial PTY size in character cells. Only valid when `tty` is true. */
  size?: CommandExecTerminalSize | null;
  /**
   * Allow follow-up `command/exec/write` requests to write stdin bytes.
   *
   * Requires a client-supplied `processId`.
   */
  streamStdin?: boolean;
  /**
   * Stream stdout/stderr via `command/exec/outputDelta` notifications.
   *
   * Streamed bytes are not duplicated into the final response and require a client-supplied `processId`.
   */
  streamStdoutStderr?: boolean;
  /**
   * Optional timeout in milliseconds.
   *
   * When omitted, the server default applies. Cannot be combined with `disableTimeout`.
   */
  timeoutMs?: number | null;
  /**
   * Enable PTY mode.
   *
   * This implies `streamStdin` and `streamStdoutStderr`.
   */
  tty?: boolean;
}

/** Resize a running PTY-backed `command/exec` session. */
export interface CommandExecResizeParams {
  /** Client-supplied, connection-scoped `processId` from the original `command/exec` request. */
  processId: string;
  /** New PTY size in character cells. */
  size: CommandExecTerminalSize;
}

/** Empty success response for `command/exec/resize`. */
export type CommandExecResizeResponse = { [key: string]: unknown };

/** Final buffered result for `command/exec`. */
export interface CommandExecResponse {
  /** Process exit code. */
  exitCode: number;
  /**
   * Buffered stderr capture.
   *
   * Empty when stderr was streamed via `command/exec/outputDelta`.
   */
  stderr: string;
  /**
   * Buffered stdout capture.
   *
   * Empty when stdout was streamed via `command/exec/outputDelta`.
   */
  stdout: string;
}

/** PTY size in character cells for `command/exec` PTY sessions. */
export interface CommandExecTerminalSize {
  /** Terminal width in character cells. */
  cols: number;
  /** Terminal height in character cells. */
  rows: number;
}

/** Terminate a running `command/exec` session. */
export interface CommandExecTerminateParams {
  /** Client-supplied, connection-scoped `processId` from the original `command/exec` request. */
  processId: string;
}

/** Empty success response for `command/exec/terminate`. */
export type CommandExecTerminateResponse = { [key: string]: unknown };

/** Write stdin bytes to a running `command/exec` session, close stdin, or both. */
export interface CommandExecWriteParams {
  /** Close stdin after writing `deltaBase64`, if present. */
  closeStdin?: boolean;
  /** Optional base64-encoded stdin bytes to write. */
  deltaBase64?: string | null;
  /** Client-supplied, connection-scoped `processId` from the original `command/exec` request. */
  processId: string;
}

/** Empty success response for `command/exec/write`. */
export type CommandExecWriteResponse = { [key: string]: unknown };

export type CommandExecutionApprovalDecision =
  | 'accept'
  | 'acceptForSession'
  | 'decline'
  | 'cancel'
  | {
    acceptWithExecpolicyAmendment: {
      execpolicy_amendment: string[];
    };
  }
  | {
    applyNetworkPolicyAmendment: {
      network_policy_amendment: NetworkPolicyAmendment;
    };
  };

/** Distinguishes a command approval from input sent to an existing terminal. */
export type CommandExecutionApprovalKind = 'command' | 'writeStdin' | 'humanCommand';

export interface CommandExecutionOutputDeltaNotification {
  delta: string;
  itemId: string;
  threadId: string;
  turnId: string;
}

export interface CommandExecutionRequestApprovalParams {
  /** Optional additional permissions requested for this command. */
  additionalPermissions?: AdditionalPermissionProfile | null;
  /**
   * Unique identifier for this specific approval callback.
   *
   * For regular shell/unified_exec approvals, this is null.
   *
   * For zsh-exec-bridge subcommand approvals, multiple callbacks can belong to one parent `itemId`, so `approvalId` is a distinct opaque callback id (a UUID) used to disambiguate routing. Stdin approvals also use a distinct callback id; inspect `kind` to distinguish them.
   */
  approvalId?: string | null;
  /** Ordered list of decisions the client may present for this prompt. */
  availableDecisions?: CommandExecutionApprovalDecision[] | null;
  /** The command to be executed. */
  command?: string | null;
  /** Best-effort parsed command actions for friendly display. */
  commandActions?: CommandAction[] | null;
  /** The command's working directory. */
  cwd?: LegacyAppPathString | null;
  /** Environment in which the command will run. */
  environmentId?: string | null;
  itemId: string;
  /** Kind of action under review. Defaults to `command` for older servers. */
  kind?: CommandExecutionApprovalKind;
  /** Optional context for a managed-network approval prompt. */
  networkApprovalContext?: NetworkApprovalContext | null;
  /** Optional proposed execpolicy amendment to allow similar commands without prompting. */
  proposedExecpolicyAmendment?: string[] | null;
  /** Optional proposed network policy amendments (allow/deny host) for future requests. */
  proposedNetworkPolicyAmendments?: NetworkPolicyAmendment[] | null;
  /** Optional explanatory reason (e.g. request for network access). */
  reason?: string | null;
  /** Unix timestamp (in milliseconds) when this approval request started. */
  startedAtMs: number;
  threadId: string;
  turnId: string;
}

export interface CommandExecutionRequestApprovalResponse {
  decision: CommandExecutionApprovalDecision;
}

export type CommandExecutionSource = 'agent' | 'userShell' | 'unifiedExecStartup' | 'unifiedExecInteraction';

export type CommandExecutionStatus = 'inProgress' | 'completed' | 'failed' | 'declined';

export interface CommandMigration {
  name: string;
}

export interface ComputerUseConfig {
  default_app_access?: AllowDenyRequirement | null;
  macos?: ComputerUseMacosConfig | null;
  windows?: ComputerUseWindowsConfig | null;
}

export interface ComputerUseMacosConfig {
  bundle_ids?: { [key: string]: AllowDenyRequirement } | null;
}

export interface ComputerUseMacosRequirements {
  bundleIds?: { [key: string]: AllowDenyRequirement } | null;
}

export interface ComputerUseRequirements {
  allowLockedComputerUse?: boolean | null;
  allowPersistentApproval?: boolean | null;
  defaultAppAccess?: AllowDenyRequirement | null;
  macos?: ComputerUseMacosRequirements | null;
  windows?: ComputerUseWindowsRequirements | null;
}

export interface ComputerUseWindowsConfig {
  aumids?: { [key: string]: AllowDenyRequirement } | null;
  exes?: ComputerUseWindowsExeConfig[] | null;
}

export interface ComputerUseWindowsExeConfig {
  access: AllowDenyRequirement;
  binary_name?: string | null;
  product_name: string;
  publisher_name: string;
}

export interface ComputerUseWindowsExeRequirement {
  access: AllowDenyRequirement;
  binaryName?: string | null;
  productName: string;
  publisherName: string;
}

export interface ComputerUseWindowsRequirements {
  aumids?: { [key: string]: AllowDenyRequirement } | null;
  exes?: ComputerUseWindowsExeRequirement[] | null;
}

export interface Config {
  analytics?: AnalyticsConfig | null;
  approval_policy?: AskForApproval | null;
  /** [UNSTABLE] Optional default for where approval requests are routed for review. */
  approvals_reviewer?: ApprovalsReviewer | null;
  apps?: AppsConfig | null;
  browser_use?: BrowserUseConfig | null;
  /** Effective tools.client_search_provider hint. Model-selected providers take precedence. */
  client_search_provider?: WebSearchProvider | null;
  compact_prompt?: string | null;
  computer_use?: ComputerUseConfig | null;
  desktop?: { [key: string]: unknown } | null;
  developer_instructions?: string | null;
  forced_chatgpt_workspace_id?: ForcedChatgptWorkspaceIds | null;
  forced_login_method?: ForcedLoginMethod | null;
  instructions?: string | null;
  model?: string | null;
  model_auto_compact_token_limit?: number | null;
  model_auto_compact_token_limit_scope?: AutoCompactTokenLimitScope | null;
  model_context_window?: number | null;
  model_provider?: string | null;
  model_reasoning_effort?: ReasoningEffort | null;
  model_reasoning_summary?: ReasoningSummary | null;
  model_verbosity?: Verbosity | null;
  review_model?: string | null;
  sandbox_mode?: SandboxMode | null;
  sandbox_workspace_write?: SandboxWorkspaceWrite | null;
  service_tier?: string | null;
  tools?: ToolsV2 | null;
  web_search?: WebSearchMode | null;
}

export interface ConfigBatchWriteParams {
  edits: ConfigEdit[];
  expectedVersion?: string | null;
  /** Path to the config file to write; defaults to the user's `config.toml` when omitted. */
  filePath?: string | null;
  /** When true, hot-reload updated runtime settings into loaded threads after writing. Session-static model, reasoning-effort, Plan-mode reasoning-effort, and service-tier defaults are not reloaded. The deprecated personality setting is also not reloaded. */
  reloadUserConfig?: boolean;
}

export interface ConfigEdit {
  keyPath: string;
  mergeStrategy: MergeStrategy;
  value: unknown;
}

export interface ConfigLayer {
  config: unknown;
  disabledReason?: string | null;
  name: ConfigLayerSource;
  version: string;
}

export interface ConfigLayerMetadata {
  name: ConfigLayerSource;
  version: string;
}

export type ConfigLayerSource =
  | {
    /** Path to the packaged default configuration file. */
    file: AbsolutePathBuf;
    type: 'packagedDefaults';
  }
  | {
    domain: string;
    key: string;
    type: 'mdm';
  }
  | {
    /** This is the path to the system config.toml file, though it is not guaranteed to exist. */
    file: AbsolutePathBuf;
    type: 'system';
  }
  | {
    /** Stable identifier for the delivered layer. */
    id: string;
    /** Admin-facing name for the delivered layer. This is surfaced in diagnostics so users know which cloud layer needs administrator attention. */
    name: string;
    type: 'enterpriseManaged';
  }
  | {
    /** This is the path to the user's config.toml file, though it is not guaranteed to exist. */
    file: AbsolutePathBuf;
    /** Name of the selected profile-v2 config layered on top of the base user config, when this layer represents one. */
    profile?: string | null;
    type: 'user';
  }
  | {
    dotCodexFolder: AbsolutePathBuf;
    type: 'project';
  }
  | {
    type: 'sessionFlags';
  }
  | {
    file: AbsolutePathBuf;
    type: 'legacyManagedConfigTomlFromFile';
  }
  | {
    type: 'legacyManagedConfigTomlFromMdm';
  };

export interface ConfigReadParams {
  /** Optional working directory to resolve project config layers. If specified, return the effective config as seen from that directory (i.e., including any project layers between `cwd` and the project/repo root). */
  cwd?: string | null;
  includeLayers?: boolean;
}

export interface ConfigReadResponse {
  config: Config;
  layers?: ConfigLayer[] | null;
  origins: { [key: string]: ConfigLayerMetadata };
}

export interface ConfigRequirements {
  additionalDeveloperInstructions?: string | null;
  allowAppshots?: boolean | null;
  allowBrowserAndComputerUse?: boolean | null;
  allowLoginShell?: boolean | null;
  allowManagedHooksOnly?: boolean | null;
  allowRemoteControl?: boolean | null;
  allowedApprovalPolicies?: AskForApproval[] | null;
  allowedApprovalsReviewers?: ApprovalsReviewer[] | null;
  /** Effective login methods after managed, forced-login, and workspace restrictions. An empty list permits no login method. Older servers may omit this field. */
  allowedLoginMethods?: ForcedLoginMethod[] | null;
  allowedPermissionProfiles?: { [key: string]: boolean } | null;
  allowedSandboxModes?: SandboxMode[] | null;
  allowedWebSearchModes?: WebSearchMode[] | null;
  allowedWindowsSandboxImplementations?: WindowsSandboxImplementation[] | null;
  application?: ApplicationRequirements | null;
  autoReview?: AutoReviewRequirements | null;
  browserUse?: BrowserUseRequirements | null;
  chatgptBaseUrl?: string | null;
  checkForUpdateOnStartup?: boolean | null;
  cliAuthCredentialsStore?: CliAuthCredentialsStoreMode | null;
  computerUse?: ComputerUseRequirements | null;
  defaultPermissions?: string | null;
  enforceResidency?: ResidencyRequirement | null;
  featureRequirements?: { [key: string]: boolean } | null;
  feedback?: FeedbackRequirements | null;
  hooks?: ManagedHooksRequirements | null;
  inAppBrowser?: InAppBrowserRequirements | null;
  logDir?: string | null;
  modelCatalogJson?: string | null;
  /** Exact provider selection required by managed policy. */
  modelProvider?: string | null;
  /** Complete required provider definitions, using config.toml field names. */
  modelProviders?: { [key: string]: unknown } | null;
  models?: ModelsRequirements | null;
  network?: NetworkRequirements | null;
  otel?: OtelRequirements | null;
  sqliteHome?: string | null;
}

export interface ConfigRequirementsReadResponse {
  /** Null if no requirements are configured (e.g. no requirements.toml/MDM entries). */
  requirements?: ConfigRequirements | null;
  /** Whether Fast and Ultra Fast requirements are enforced independently. Older servers omit this field and use Fast mode as a shared speed gate. */
  supportsIndependentSpeedModes?: boolean | null;
}

export interface ConfigValueWriteParams {
  expectedVersion?: string | null;
  /** Path to the config file to write; defaults to the user's `config.toml` when omitted. */
  filePath?: string | null;
  keyPath: string;
  mergeStrategy: MergeStrategy;
  value: unknown;
}

export interface ConfigWarningNotification {
  /** Optional extra guidance or error details. */
  details?: string | null;
  /** Optional path to the config file that triggered the warning. */
  path?: string | null;
  /** Optional range for the error location inside the config file. */
  range?: TextRange | null;
  /** Concise summary of the warning. */
  summary: string;
}

export interface ConfigWriteResponse {
  /** Canonical path to the config file that was written. */
  filePath: AbsolutePathBuf;
  overriddenMetadata?: OverriddenMetadata | null;
  status: WriteStatus;
  version: string;
}

/** Reasoning settings interpreted by the backend for the routed model. */
export interface ConfigurationReasoning {
  effort: ReasoningEffort;
}

export type ConfiguredHookHandler =
  | {
    /** Approximate token threshold for spilling this hook's `additionalContext` to disk. `null` uses 2,500 tokens; `0` disables spilling for this hook. The threshold is evaluated against the original context; a spilled preview also includes recovery metadata. */
    additionalContextLimit?: number | null;
    async: boolean;
    command: string;
    commandWindows?: string | null;
    statusMessage?: string | null;
    timeoutSec?: number | null;
    type: 'command';
  }
  | {
    input: { [key: string]: unknown };
    server: string;
    statusMessage?: string | null;
    timeoutSec?: number | null;
    tool: string;
    type: 'mcp_tool';
  }
  | {
    type: 'prompt';
  }
  | {
    type: 'agent';
  };

export interface ConfiguredHookMatcherGroup {
  hooks: ConfiguredHookHandler[];
  matcher?: string | null;
}

/** EXPERIMENTAL - metadata returned by app/read. */
export interface ConnectorMetadata {
  description?: string | null;
  distributionChannel?: string | null;
  iconUrl?: string | null;
  iconUrlDark?: string | null;
  id: string;
  installUrl?: string | null;
  name: string;
  pluginDisplayNames?: string[];
  toolSummaries?: AppToolSummary[] | null;
}

export type ConsumeAccountRateLimitResetCreditOutcome = 'reset' | 'nothingToReset' | 'noCredit' | 'alreadyRedeemed';

export interface ConsumeAccountRateLimitResetCreditParams {
  /** Opaque reset-credit identifier to redeem. When omitted, the backend selects the next available credit. */
  creditId?: string | null;
  /** Identifies one logical reset attempt. A UUID is recommended; reuse the same value when retrying that attempt. */
  idempotencyKey: string;
}

export interface ConsumeAccountRateLimitResetCreditResponse {
  outcome: ConsumeAccountRateLimitResetCreditOutcome;
}

export type ContentItem =
  | {
    text: string;
    type: 'input_text';
  }
  | {
  detail?: ImageDetail | null;
  image_url: string;
  type: 'input_image';
}
  | {
  detail?: ImageDetail | null;
  file_id: string;
  type: 'input_image';
}
  | {
  audio_url: string;
  type: 'input_audio';
}
  | {
  file_id: string;
  type: 'input_audio';
}
  | {
    annotations?: unknown[] | null;
    logprobs?: unknown[] | null;
    text: string;
    type: 'output_text';
  };

/** Deprecated: Use `ContextCompaction` item type instead. */
export interface ContextCompactedNotification {
  threadId: string;
  turnId: string;
}

export type ConversationTextRole = 'user' | 'developer' | 'assistant';

export interface CreditsSnapshot {
  balance?: string | null;
  hasCredits: boolean;
  unlimited: boolean;
}

/** Requested cyber treatment for an OpenAI model turn. Authorization and model-tier restrictions remain server-owned. */
export type CyberAccessProgram = 'standard' | 'daybreakBlue' | 'daybreakRed';

export interface DeprecationNoticeNotification {
  /** Optional extra guidance, such as migration steps or rationale. */
  details?: string | null;
  /** Concise summary of what is deprecated. */
  summary: string;
}

export type DesktopOnboardingEntrypoint = 'life_sciences';

export type DynamicToolCallOutputContentItem =
  | {
    text: string;
    type: 'inputText';
  }
  | {
    imageUrl: string;
    type: 'inputImage';
  }
  | {
    audioUrl: string;
    type: 'inputAudio';
  };

export interface DynamicToolCallParams {
  arguments: unknown;
  callId: string;
  namespace?: string | null;
  threadId: string;
  tool: string;
  turnId: string;
}

export interface DynamicToolCallResponse {
  contentItems: DynamicToolCallOutputContentItem[];
  success: boolean;
}

export type DynamicToolCallStatus = 'inProgress' | 'completed' | 'failed';

export interface DynamicToolNamespaceTool {
  deferLoading?: boolean;
  description: string;
  inputSchema: unknown;
  name: string;
  type: 'function';
}

export type DynamicToolSpec =
  | {
    deferLoading?: boolean;
    description: string;
    inputSchema: unknown;
    name: string;
    type: 'function';
  }
  | {
    description: string;
    name: string;
    tools: DynamicToolNamespaceTool[];
    type: 'namespace';
  };

export interface EnvironmentAddParams {
  /** Optional raw bearer token for executor authentication, including reconnects. Requires a secure transport or a loopback destination. */
  authBearerToken?: string | null;
  /** Optional WebSocket connection timeout. The server default applies when omitted. */
  connectTimeoutMs?: number | null;
  environmentId: string;
  execServerUrl: string;
  /** Required skills supplied by this environment, checked before model inference. */
  skills?: EnvironmentSkillsParams | null;
  /** Optional X-Request-ID for the direct WebSocket upgrade, including reconnects. Requires a secure transport or a loopback destination. */
  websocketRequestId?: string | null;
}

export type EnvironmentAddResponse = { [key: string]: unknown };

export interface EnvironmentConnectionNotification {
  environmentId: string;
  threadId: string;
}

export interface EnvironmentInfoParams {
  environmentId: string;
}

export interface EnvironmentInfoResponse {
  /** Default working directory reported by the environment, as a canonical file URI. */
  cwd?: PathUri | null;
  shell: EnvironmentShellInfo;
}

export interface EnvironmentShellInfo {
  /** Stable shell name, for example `zsh`, `bash`, `powershell`, `sh`, or `cmd`. */
  name: string;
  /** Target-native shell executable path or command name. */
  path: string;
}

export interface EnvironmentSkillsParams {
  /** Exact catalog names that must be available from this environment. */
  required?: string[] | null;
}

/**
 * Current status observed by app-server without starting or recovering an environment.
 *
 * For a currently ready remote environment, app-server asks the existing exec-server connection for `environment/status` without allowing recovery.
 */
export type EnvironmentStatusKind = 'ready' | 'pending' | 'disconnected' | 'unknown';

/** Parameters for reading the current status of one configured environment. */
export interface EnvironmentStatusParams {
  /** Environment id to inspect. */
  environmentId: string;
}

/** Current status for the requested environment. */
export interface EnvironmentStatusResponse {
  /** Human-readable detail for `disconnected` and `unknown`; omitted for other statuses. */
  error?: string | null;
  /** Current status observed without starting or recovering the environment. */
  status: EnvironmentStatusKind;
}

export interface ErrorNotification {
  error: TurnError;
  threadId: string;
  turnId: string;
  willRetry: boolean;
}

export interface ExecCommandApprovalParams {
  /** Identifier for this specific approval callback. */
  approvalId?: string | null;
  /** Use to correlate this with [codex_protocol::protocol::ExecCommandBeginEvent] and [codex_protocol::protocol::ExecCommandEndEvent]. */
  callId: string;
  command: string[];
  conversationId: ThreadId;
  cwd: string;
  parsedCmd: ParsedCommand[];
  reason?: string | null;
}

export interface ExecCommandApprovalResponse {
  decision: ReviewDecision;
}

export interface ExperimentalFeature {
  /** Announcement copy shown to users when the feature is introduced. Null when this feature is not in beta. */
  announcement?: string | null;
  /** Whether this feature is enabled by default. */
  defaultEnabled: boolean;
  /** Short summary describing what the feature does. Null when this feature is not in beta. */
  description?: string | null;
  /** User-facing display name shown in the experimental features UI. Null when this feature is not in beta. */
  displayName?: string | null;
  /** Whether this feature is currently enabled in the loaded config. */
  enabled: boolean;
  /** Stable key used in config.toml and CLI flag toggles. */
  name: string;
  /** Lifecycle stage of this feature flag. */
  stage: ExperimentalFeatureStage;
}

export interface ExperimentalFeatureEnablementSetParams {
  /**
   * Process-wide runtime feature enablement keyed by canonical feature name.
   *
   * Only named features are updated. Omitted features are left unchanged. Send an empty map for a no-op.
   */
  enablement: { [key: string]: boolean };
}

export interface ExperimentalFeatureEnablementSetResponse {
  /** Feature enablement entries updated by this request. */
  enablement: { [key: string]: boolean };
}

export interface ExperimentalFeatureListParams {
  /** Opaque pagination cursor returned by a previous call. */
  cursor?: string | null;
  /** Optional page size; defaults to a reasonable server-side value. */
  limit?: number | null;
  /** Optional loaded thread id. Pass this when showing feature state for an existing thread so enablement is computed from that thread's refreshed config, including project-local config for the thread's cwd. */
  threadId?: string | null;
}

export interface ExperimentalFeatureListResponse {
  data: ExperimentalFeature[];
  /** Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return. */
  nextCursor?: string | null;
}

export type ExperimentalFeatureStage = 'beta' | 'underDevelopment' | 'stable' | 'deprecated' | 'removed';

export interface ExternalAgentConfigDetectParams {
  /** Zero or more working directories to include for repo-scoped detection. */
  cwds?: string[] | null;
  /** If true, include detection under the user's home directory. */
  includeHome?: boolean;
  /** Maximum age in days for detected sessions. Missing values use the default limit. */
  maxSessionAgeDays?: number | null;
  /** Maximum number of sessions to detect. Missing values use the default limit. */
  maxSessions?: number | null;
  /** Optional migration-source selector. Missing or unrecognized values use the default source. */
  migrationSource?: string | null;
  /** Deprecated field retained for compatibility. This field is ignored; use `migrationSource` to select the migration source. */
  source?: string | null;
}

export interface ExternalAgentConfigDetectResponse {
  connectors?: ExternalAgentDetectedConnectorCandidate[];
  items: ExternalAgentConfigMigrationItem[];
}

export interface ExternalAgentConfigImportCompletedNotification {
  importId: string;
  itemTypeResults: ExternalAgentConfigImportTypeResult[];
}

export interface ExternalAgentConfigImportHistoriesReadResponse {
  connectors: ExternalAgentImportedConnectorCandidate[];
  data: ExternalAgentConfigImportHistory[];
}

export interface ExternalAgentConfigImportHistory {
  completedAtMs: number;
  failures: ExternalAgentConfigImportItemTypeFailure[];
  importId: string;
  providerId?: string | null;
  successes: ExternalAgentConfigImportItemTypeSuccess[];
}

export interface ExternalAgentConfigImportHistoryRecordParams {
  /** Completed results grouped by imported item type. */
  itemTypeResults: ExternalAgentConfigImportHistoryRecordTypeResultParams[];
  /** Opaque provider identifier for the externally completed import. */
  providerId: string;
}

export interface ExternalAgentConfigImportHistoryRecordResponse {
  importId: string;
}

export interface ExternalAgentConfigImportHistoryRecordSuccessParams {
  cwd?: string | null;
  itemType: ExternalAgentConfigMigrationItemType;
  source?: string | null;
  target?: string | null;
  /** Original title for an imported session, when available. */
  title?: string | null;
}

export interface ExternalAgentConfigImportHistoryRecordTypeResultParams {
  failures: ExternalAgentConfigImportItemTypeFailure[];
  itemType: ExternalAgentConfigMigrationItemType;
  successes: ExternalAgentConfigImportHistoryRecordSuccessParams[];
}

export interface ExternalAgentConfigImportItemTypeFailure {
  cwd?: string | null;
  errorType?: string | null;
  failureStage: string;
  itemType: ExternalAgentConfigMigrationItemType;
  message: string;
  source?: string | null;
  subErrorType?: string | null;
}

export interface ExternalAgentConfigImportItemTypeSuccess {
  cwd?: string | null;
  itemType: ExternalAgentConfigMigrationItemType;
  source?: string | null;
  target?: string | null;
  /** Original title for an imported session; null for other item types. */
  title?: string | null;
}

export interface ExternalAgentConfigImportParams {
  migrationItems: ExternalAgentConfigMigrationItem[];
  /** Migration-source selector used to produce the migration items. Pass the same value to detection and import; missing or unrecognized values use the default source. */
  migrationSource?: string | null;
  /** Opaque provider identifier supplied by the caller for analytics attribution and import history display. This does not select the migration source. */
  providerId?: string | null;
  /** Optional identifier for the product that initiated the import. */
  source?: string | null;
}

export interface ExternalAgentConfigImportProgressNotification {
  importId: string;
  itemTypeResults: ExternalAgentConfigImportTypeResult[];
}

export interface ExternalAgentConfigImportResponse {
  importId: string;
}

export interface ExternalAgentConfigImportTypeResult {
  failures: ExternalAgentConfigImportItemTypeFailure[];
  itemType: ExternalAgentConfigMigrationItemType;
  successes: ExternalAgentConfigImportItemTypeSuccess[];
}

export interface ExternalAgentConfigMigrationItem {
  /** Null or empty means home-scoped migration; non-empty means repo-scoped migration. */
  cwd?: string | null;
  description: string;
  details?: MigrationDetails | null;
  itemType: ExternalAgentConfigMigrationItemType;
}

export type ExternalAgentConfigMigrationItemType =
  | 'AGENTS_MD'
  | 'CONFIG'
  | 'SKILLS'
  | 'PLUGINS'
  | 'MCP_SERVER_CONFIG'
  | 'SUBAGENTS'
  | 'HOOKS'
  | 'COMMANDS'
  | 'MEMORY'
  | 'SESSIONS';

export interface ExternalAgentDetectedConnectorCandidate {
  name: string;
  sessionCount: number;
  source: ExternalAgentDetectedConnectorSource;
}

export type ExternalAgentDetectedConnectorSource = 'remoteMcpServersConfig' | 'sessionToolUse';

export interface ExternalAgentImportedConnectorCandidate {
  name: string;
  sessionCount: number;
  source: ExternalAgentImportedConnectorSource;
}

export type ExternalAgentImportedConnectorSource = 'remoteMcpServersConfig';

export interface FeedbackRequirements {
  enabled?: boolean | null;
}

export interface FeedbackSaveParams {
  classification: string;
  extraLogFiles?: string[] | null;
  includeLogs?: boolean;
  reason?: string | null;
  /** Absolute, previously unused ZIP path on the app-server host. The caller owns this file, including after a disconnected RPC. */
  savePath: LegacyAppPathString;
  tags?: { [key: string]: string } | null;
  threadId?: string | null;
}

export interface FeedbackSaveResponse {
  /** Same prompt hash as feedback/upload; null when prompt metadata is absent. */
  promptHash?: string | null;
  savedPath: LegacyAppPathString;
  threadId: string;
}

export interface FeedbackUploadParams {
  classification: string;
  extraLogFiles?: string[] | null;
  includeLogs?: boolean;
  reason?: string | null;
  tags?: { [key: string]: string } | null;
  threadId?: string | null;
}

export interface FeedbackUploadResponse {
  /** Whitespace-normalized SHA-256 of the session base instructions, matching the uploaded `prompt_hash` tag. Does not include later developer messages. Null when the reported rollout has no prompt metadata. */
  promptHash?: string | null;
  threadId: string;
}

export type FileChange =
  | {
    content: string;
    type: 'add';
  }
  | {
    content: string;
    type: 'delete';
  }
  | {
    move_path?: string | null;
    type: 'update';
    unified_diff: string;
  };

export type FileChangeApprovalDecision = 'accept' | 'acceptForSession' | 'decline' | 'cancel';

/**
 * Deprecated legacy notification for `apply_patch` textual output.
 *
 * The server no longer emits this notification.
 */
export interface FileChangeOutputDeltaNotification {
  delta: string;
  itemId: string;
  threadId: string;
  turnId: string;
}

export interface FileChangePatchUpdatedNotification {
  changes: FileUpdateChange[];
  itemId: string;
  threadId: string;
  turnId: string;
}

export interface FileChangeRequestApprovalParams {
  /** [UNSTABLE] When set, the agent is asking the user to allow writes under this root for the remainder of the session (unclear if this is honored today). */
  grantRoot?: string | null;
  itemId: string;
  /** Optional explanatory reason (e.g. request for extra write access). */
  reason?: string | null;
  /** Unix timestamp (in milliseconds) when this approval request started. */
  startedAtMs: number;
  threadId: string;
  turnId: string;
}

export interface FileChangeRequestApprovalResponse {
  decision: FileChangeApprovalDecision;
}

export type FileSystemAccessMode = 'read' | 'write' | 'deny';

export type FileSystemPath =
  | {
    path: LegacyAppPathString;
    type: 'path';
  }
  | {
    pattern: string;
    type: 'glob_pattern';
  }
  | {
    type: 'special';
    value: FileSystemSpecialPath;
  };

export interface FileSystemSandboxEntry {
  access: FileSystemAccessMode;
  path: FileSystemPath;
}

export type FileSystemSpecialPath =
  | {
    kind: 'root';
  }
  | {
    kind: 'minimal';
  }
  | {
    kind: 'project_roots';
    subpath?: LegacyAppPathString | null;
  }
  | {
    kind: 'tmpdir';
  }
  | {
    kind: 'slash_tmp';
  }
  | {
    kind: 'unknown';
    path: string;
    subpath?: LegacyAppPathString | null;
  };

export interface FileUpdateChange {
  diff: string;
  kind: PatchChangeKind;
  path: string;
}

/** Backward-compatible API shape for ChatGPT workspace login restrictions. */
export type ForcedChatgptWorkspaceIds = string | string[];

export type ForcedLoginMethod = 'chatgpt' | 'api';

/** Filesystem watch notification emitted for `fs/watch` subscribers. */
export interface FsChangedNotification {
  /** File or directory paths associated with this event. */
  changedPaths: AbsolutePathBuf[];
  /** Watch identifier previously provided to `fs/watch`. */
  watchId: string;
}

/** Copy a file or directory tree on the host filesystem. */
export interface FsCopyParams {
  /** Absolute destination path. */
  destinationPath: AbsolutePathBuf;
  /** Required for directory copies; ignored for file copies. */
  recursive?: boolean;
  /** Absolute source path. */
  sourcePath: AbsolutePathBuf;
}

/** Successful response for `fs/copy`. */
export type FsCopyResponse = { [key: string]: unknown };

/** Create a directory on the host filesystem. */
export interface FsCreateDirectoryParams {
  /** Absolute directory path to create. */
  path: AbsolutePathBuf;
  /** Whether parent directories should also be created. Defaults to `true`. */
  recursive?: boolean | null;
}

/** Successful response for `fs/createDirectory`. */
export type FsCreateDirectoryResponse = { [key: string]: unknown };

/** Request metadata for an absolute path. */
export interface FsGetMetadataParams {
  /** Absolute path to inspect. */
  path: AbsolutePathBuf;
}

/** Metadata returned by `fs/getMetadata`. */
export interface FsGetMetadataResponse {
  /** File creation time in Unix milliseconds when available, otherwise `0`. */
  createdAtMs: number;
  /** Whether the path resolves to a directory. */
  isDirectory: boolean;
  /** Whether the path resolves to a regular file. */
  isFile: boolean;
  /** Whether the path itself is a symbolic link. */
  isSymlink: boolean;
  /** File modification time in Unix milliseconds when available, otherwise `0`. */
  modifiedAtMs: number;
}

/** A directory entry returned by `fs/readDirectory`. */
export interface FsReadDirectoryEntry {
  /** Direct child entry name only, not an absolute or relative path. */
  fileName: string;
  /** Whether this entry resolves to a directory. */
  isDirectory: boolean;
  /** Whether this entry resolves to a regular file. */
  isFile: boolean;
}

/** List direct child names for a directory. */
export interface FsReadDirectoryParams {
  /** Absolute directory path to read. */
  path: AbsolutePathBuf;
}

/** Directory entries returned by `fs/readDirectory`. */
export interface FsReadDirectoryResponse {
  /** Direct child entries in the requested directory. */
  entries: FsReadDirectoryEntry[];
}

/** Read a file from the host filesystem. */
export interface FsReadFileParams {
  /** Absolute path to read. */
  path: AbsolutePathBuf;
}

/** Base64-encoded file contents returned by `fs/readFile`. */
export interface FsReadFileResponse {
  /** File contents encoded as base64. */
  dataBase64: string;
}

/** Remove a file or directory tree from the host filesystem. */
export interface FsRemoveParams {
  /** Whether missing paths should be ignored. Defaults to `true`. */
  force?: boolean | null;
  /** Absolute path to remove. */
  path: AbsolutePathBuf;
  /** Whether directory removal should recurse. Defaults to `true`. */
  recursive?: boolean | null;
}

/** Successful response for `fs/remove`. */
export type FsRemoveResponse = { [key: string]: unknown };

/** Stop filesystem watch notifications for a prior `fs/watch`. */
export interface FsUnwatchParams {
  /** Watch identifier previously provided to `fs/watch`. */
  watchId: string;
}

/** Successful response for `fs/unwatch`. */
export type FsUnwatchResponse = { [key: string]: unknown };

/** Start filesystem watch notifications for an absolute path. */
export interface FsWatchParams {
  /** Absolute file or directory path to watch. */
  path: AbsolutePathBuf;
  /** Connection-scoped watch identifier used for `fs/unwatch` and `fs/changed`. */
  watchId: string;
}

/** Successful response for `fs/watch`. */
export interface FsWatchResponse {
  /** Canonicalized path associated with the watch. */
  path: AbsolutePathBuf;
}

/** Write a file on the host filesystem. */
export interface FsWriteFileParams {
  /** File contents encoded as base64. */
  dataBase64: string;
  /** Absolute path to write. */
  path: AbsolutePathBuf;
}

/** Successful response for `fs/writeFile`. */
export type FsWriteFileResponse = { [key: string]: unknown };

export type FunctionCallOutputBody = string | FunctionCallOutputContentItem[];

/** Responses API compatible content items that can be returned by a tool call. This is a subset of ContentItem with the types we support as function call outputs. */
export type FunctionCallOutputContentItem =
  | {
    text: string;
    type: 'input_text';
  }
  | {
  detail?: ImageDetail | null;
  image_url: string;
  type: 'input_image';
}
  | {
  detail?: ImageDetail | null;
  file_id: string;
  type: 'input_image';
}
  | {
  audio_url: string;
  type: 'input_audio';
}
  | {
  file_id: string;
  type: 'input_audio';
}
  | {
    encrypted_content: string;
    type: 'encrypted_content';
  };

export type FuzzyFileSearchMatchType = 'file' | 'directory';

export interface FuzzyFileSearchParams {
  cancellationToken?: string | null;
  query: string;
  roots: string[];
}

export interface FuzzyFileSearchResponse {
  files: FuzzyFileSearchResult[];
}

/** Superset of [`codex_file_search::FileMatch`] */
export interface FuzzyFileSearchResult {
  file_name: string;
  indices?: number[] | null;
  match_type: FuzzyFileSearchMatchType;
  path: string;
  root: string;
  score: number;
}

export interface FuzzyFileSearchSessionCompletedNotification {
  sessionId: string;
}

export interface FuzzyFileSearchSessionStartParams {
  roots: string[];
  sessionId: string;
}

export type FuzzyFileSearchSessionStartResponse = { [key: string]: unknown };

export interface FuzzyFileSearchSessionStopParams {
  sessionId: string;
}

export type FuzzyFileSearchSessionStopResponse = { [key: string]: unknown };

export interface FuzzyFileSearchSessionUpdateParams {
  query: string;
  sessionId: string;
}

export type FuzzyFileSearchSessionUpdateResponse = { [key: string]: unknown };

export interface FuzzyFileSearchSessionUpdatedNotification {
  files: FuzzyFileSearchResult[];
  query: string;
  sessionId: string;
}

export type GatewayAuth =
  | {
    mode: 'none';
  }
  | {
    envKey: string;
    mode: 'environmentVariable';
  }
  | {
    envKey?: string | null;
    mode: 'externallyConfigured';
  };

export type GatewayOAuthCancelResponse = { [key: string]: unknown };

export interface GatewayOAuthChangedNotification {
  /** Authorization handoff, sent only to the connection that started login. */
  authUrl?: string | null;
  error?: string | null;
  /** Identifies the completed device login attempt. */
  loginId?: string | null;
  providerId: string;
  status: GatewayOAuthStatus;
}

/** Authorize a configured provider without changing the default or any thread's provider. */
export interface GatewayOAuthLoginParams {
  /** Select device authorization when the server advertises support for it. */
  deviceAuth?: boolean;
  /** Defaults to the current provider when omitted. */
  modelProvider?: string | null;
}

export interface GatewayOAuthLoginResponse {
  prompt?: GatewayOAuthPrompt | null;
}

export interface GatewayOAuthPrompt {
  loginId: string;
  userCode: string;
  verificationUrl: string;
}

/** Read credential readiness for a configured provider without starting browser login. */
export interface GatewayOAuthReadParams {
  /** Defaults to the current provider when omitted. */
  modelProvider?: string | null;
}

/** Current effective gateway policy and credential readiness; never contains credentials. */
export interface GatewayOAuthReadResponse {
  error?: string | null;
  providerId: string;
  providerName: string;
  /** Whether the selected provider uses gateway OAuth, even when already signed in. */
  required: boolean;
  /** Null when the effective provider does not use gateway OAuth. */
  status?: GatewayOAuthStatus | null;
  /** Whether the administrator configured a device authorization endpoint. */
  supportsDeviceAuth?: boolean;
}

export type GatewayOAuthStatus = 'notReady' | 'started' | 'succeeded' | 'failed';

export type GcpProviderId = 'gcp';

export interface GcpSetupParams {
  /** Absolute path to a credential file on the app-server host. Omit or pass `null` to clear the active user configuration's override and use ADC. If another configuration layer would still supply a credential file, setup fails without saving changes. */
  credentialFile?: string | null;
  /** Vertex AI location. Omission or null selects `global`. */
  location?: string | null;
  projectId: string;
}

export type GcpSetupResponse = { [key: string]: unknown };

export interface GetAccountParams {
  /**
   * When `true`, requests a proactive token refresh before returning.
   *
   * In managed auth mode this triggers the normal refresh-token flow. In external auth mode this flag is ignored. Clients should refresh tokens themselves and call `account/login/start` with `chatgptAuthTokens`.
   */
  refreshToken?: boolean;
}

/** Usage-read capabilities of the requesting client, never inferred from its experiment arm. */
export interface GetAccountRateLimitsParams {
  /** Skip the separate reset-credit detail lookup for background usage polls. The usage response still includes the available count; omitted/false preserves detailed reads. */
  excludeResetCreditDetails?: boolean;
  /** The client supports automatic Luna Reserve fallback. For eligible ChatGPT CLI users, allow the backend to record experiment exposure after ordinary usage is blocked. */
  supportsLunaReserve?: boolean;
}

export interface GetAccountRateLimitsResponse {
  /** Account associated with this usage snapshot, when supplied by the backend. */
  accountId?: string | null;
  /** Backend permission for ordinary included usage, validated against the active account. Null means unavailable; clients must not infer recovery from percentages or reset times. */
  ordinaryUsageAllowed?: boolean | null;
  rateLimitResetCredits?: RateLimitResetCreditsSummary | null;
  /** Optional backend-owned banner from the same usage read. Its nested keys retain the backend's snake_case contract; an absent banner leaves the client's existing UI unchanged. */
  rateLimitUpsell?: unknown;
  /** Backward-compatible single-bucket view; mirrors the historical payload. */
  rateLimits: RateLimitSnapshot;
  /** Multi-bucket view keyed by metered `limit_id` (for example, `codex`). */
  rateLimitsByLimitId?: { [key: string]: RateLimitSnapshot } | null;
}

export interface GetAccountResponse {
  account?: Account | null;
  requiresOpenaiAuth: boolean;
  /** ChatGPT user ID belonging to this account response, when available. */
  userId?: string | null;
  workspaceRouting?: WorkspaceRouting | null;
}

/** Optional security reminder bound to the account that fetched it. Unavailable or ineligible accounts return no notice; this read never changes account security. */
export interface GetAccountSecuritySetupResponse {
  notice?: AccountSecuritySetupNotice | null;
}

export interface GetAccountTokenUsageParams {
  /** When present, read estimated usage for this thread instead of account-wide token activity. */
  threadId?: string | null;
}

export interface GetAccountTokenUsageResponse {
  dailyUsageBuckets?: AccountTokenUsageDailyBucket[] | null;
  summary: AccountTokenUsageSummary;
  /** Estimated usage when a thread was requested and its billing route is available. */
  threadUsage?: ThreadUsage | null;
}

export interface GetWorkspaceMessagesResponse {
  /** Whether the workspace-message backend route is available for this client. */
  featureEnabled: boolean;
  /** Active workspace messages returned by the backend. */
  messages: WorkspaceMessage[];
}

export interface GitInfo {
  branch?: string | null;
  originUrl?: string | null;
  sha?: string | null;
}

export interface GrantedPermissionProfile {
  fileSystem?: AdditionalFileSystemPermissions | null;
  network?: AdditionalNetworkPermissions | null;
}

/** [UNSTABLE] Temporary approval auto-review payload used by `item/autoApprovalReview/*` notifications. This shape is expected to change soon. */
export interface GuardianApprovalReview {
  rationale?: string | null;
  riskLevel?: GuardianRiskLevel | null;
  status: GuardianApprovalReviewStatus;
  userAuthorization?: GuardianUserAuthorization | null;
}

export type GuardianApprovalReviewAction =
  | {
    command: string;
    cwd: LegacyAppPathString;
    source: GuardianCommandSource;
    type: 'command';
  }
  | {
    argv: string[];
    cwd: AbsolutePathBuf;
    program: string;
    source: GuardianCommandSource;
    type: 'execve';
  }
  | {
    approvalId: string;
    cwd: LegacyAppPathString;
    processId: string;
    stdin: string;
    type: 'writeStdin';
  }
  | {
    cwd: LegacyAppPathString;
    files: LegacyAppPathString[];
    type: 'applyPatch';
  }
  | {
    host: string;
    port: number;
    protocol: NetworkApprovalProtocol;
    target: string;
    type: 'networkAccess';
  }
  | {
    connectorId?: string | null;
    connectorName?: string | null;
    server: string;
    toolName: string;
    toolTitle?: string | null;
    type: 'mcpToolCall';
  }
  | {
    permissions: RequestPermissionProfile;
    reason?: string | null;
    type: 'requestPermissions';
  };

/** [UNSTABLE] Lifecycle state for an approval auto-review. */
export type GuardianApprovalReviewStatus = 'inProgress' | 'approved' | 'denied' | 'timedOut' | 'aborted';

/** Final allow/deny outcome returned by the guardian reviewer. */
export type GuardianAssessmentOutcome = 'allow' | 'deny';

export type GuardianCommandSource = 'shell' | 'unifiedExec';

/** [UNSTABLE] Risk level assigned by approval auto-review. */
export type GuardianRiskLevel = 'low' | 'medium' | 'high' | 'critical';

/** [UNSTABLE] Authorization level assigned by approval auto-review. */
export type GuardianUserAuthorization = 'unknown' | 'low' | 'medium' | 'high';

export interface GuardianWarningNotification {
  /** Concise guardian warning message for the user. */
  message: string;
  /** Thread target for the guardian warning. */
  threadId: string;
}

export type HelplineSubject = 'answer' | 'prompt';

export interface HookCompletedNotification {
  run: HookRunSummary;
  threadId: string;
  turnId?: string | null;
}

export interface HookErrorInfo {
  message: string;
  path: string;
}

export type HookEventName =
  | 'preModelRequest'
  | 'postModelRequest'
  | 'preToolUse'
  | 'permissionRequest'
  | 'postToolUse'
  | 'preCompact'
  | 'postCompact'
  | 'sessionStart'
  | 'sessionEnd'
  | 'userPromptSubmit'
  | 'subagentStart'
  | 'subagentStop'
  | 'stop'
  | 'interrupt';

export type HookExecutionMode = 'sync' | 'async';

export type HookHandlerType = 'command' | 'mcpTool' | 'prompt' | 'agent';

export type HookMetadata =
  | {
    /** Configured `additionalContext` spill threshold. `null` uses 2,500 tokens; `0` disables spilling. */
    additionalContextLimit?: number | null;
    async?: boolean;
    command: string;
    currentHash: string;
    displayOrder: number;
    enabled: boolean;
    /** The owning execution environment, if this hook came from its requirements. */
    environmentId?: string | null;
    eventName: HookEventName;
    handlerType: 'command';
    isManaged: boolean;
    key: string;
    matcher?: string | null;
    pluginId?: string | null;
    source: HookSource;
    sourcePath: AbsolutePathBuf;
    statusMessage?: string | null;
    timeoutSec: number;
    trustStatus: HookTrustStatus;
  }
  | {
    /** Configured `additionalContext` spill threshold. `null` uses 2,500 tokens; `0` disables spilling. */
    additionalContextLimit?: number | null;
    currentHash: string;
    displayOrder: number;
    enabled: boolean;
    /** The owning execution environment, if this hook came from its requirements. */
    environmentId?: string | null;
    eventName: HookEventName;
    handlerType: 'mcpTool';
    isManaged: boolean;
    key: string;
    matcher?: string | null;
    pluginId?: string | null;
    server: string;
    source: HookSource;
    sourcePath: AbsolutePathBuf;
    statusMessage?: string | null;
    timeoutSec: number;
    tool: string;
    trustStatus: HookTrustStatus;
  }
  | {
    /** Configured `additionalContext` spill threshold. `null` uses 2,500 tokens; `0` disables spilling. */
    additionalContextLimit?: number | null;
    currentHash: string;
    displayOrder: number;
    enabled: boolean;
    /** The owning execution environment, if this hook came from its requirements. */
    environmentId?: string | null;
    eventName: HookEventName;
    handlerType: 'prompt';
    isManaged: boolean;
    key: string;
    matcher?: string | null;
    pluginId?: string | null;
    source: HookSource;
    sourcePath: AbsolutePathBuf;
    statusMessage?: string | null;
    timeoutSec: number;
    trustStatus: HookTrustStatus;
  }
  | {
    /** Configured `additionalContext` spill threshold. `null` uses 2,500 tokens; `0` disables spilling. */
    additionalContextLimit?: number | null;
    currentHash: string;
    displayOrder: number;
    enabled: boolean;
    /** The owning execution environment, if this hook came from its requirements. */
    environmentId?: string | null;
    eventName: HookEventName;
    handlerType: 'agent';
    isManaged: boolean;
    key: string;
    matcher?: string | null;
    pluginId?: string | null;
    source: HookSource;
    sourcePath: AbsolutePathBuf;
    statusMessage?: string | null;
    timeoutSec: number;
    trustStatus: HookTrustStatus;
  };

export interface HookMigration {
  name: string;
}

export interface HookOutputEntry {
  kind: HookOutputEntryKind;
  text: string;
}

export type HookOutputEntryKind = 'warning' | 'stop' | 'feedback' | 'context' | 'error';

export interface HookPromptFragment {
  hookRunId: string;
  text: string;
}

export type HookRunStatus = 'running' | 'completed' | 'failed' | 'blocked' | 'stopped';

export interface HookRunSummary {
  completedAt?: number | null;
  displayOrder: number;
  durationMs?: number | null;
  entries: HookOutputEntry[];
  eventName: HookEventName;
  executionMode: HookExecutionMode;
  handlerType: HookHandlerType;
  id: string;
  scope: HookScope;
  source?: HookSource;
  sourcePath: LegacyAppPathString;
  startedAt: number;
  status: HookRunStatus;
  statusMessage?: string | null;
}

export type HookScope = 'thread' | 'turn';

export type HookSource =
  | 'system'
  | 'user'
  | 'project'
  | 'mdm'
  | 'sessionFlags'
  | 'plugin'
  | 'cloudRequirements'
  | 'cloudManagedConfig'
  | 'legacyManagedConfigFile'
  | 'legacyManagedConfigMdm'
  | 'unknown';

export interface HookStartedNotification {
  run: HookRunSummary;
  threadId: string;
  turnId?: string | null;
}

export type HookTrustStatus = 'managed' | 'untrusted' | 'trusted' | 'modified';

export interface HooksListEntry {
  cwd: string;
  errors: HookErrorInfo[];
  hooks: HookMetadata[];
  warnings: string[];
}

export interface HooksListParams {
  /** Working directories to inspect when no thread is specified. An empty list uses the session cwd. */
  cwds?: string[];
  /** List a loaded thread's hooks, including its selected environments. Omit `cwds` in this mode. */
  threadId?: string | null;
}

export interface HooksListResponse {
  data: HooksListEntry[];
}

export type ImageDetail = 'auto' | 'low' | 'high' | 'original';

export interface ImageGenerationFailure {
  limitId: string;
  resetsAt?: number | null;
  type: 'usageLimitExceeded';
}

/** A local image file successfully read for this exact image-generation request. */
export interface ImageGenerationInputImage {
  path: AbsolutePathBuf;
  /** Lowercase SHA-256 of the file bytes read before image normalization. */
  sha256: string;
}

export interface InAppBrowserRequirements {
  allowExternalBrowserSettingsImport?: boolean | null;
}

/** Client-declared capabilities negotiated during initialize. */
export interface InitializeCapabilities {
  /** Opt into receiving experimental API methods and fields. */
  experimentalApi?: boolean;
  /** Use explicit gateway OAuth login instead of automatic browser authorization. Applies to this app-server's gateway runtime; later connections cannot undo it. */
  explicitGatewayOauth?: boolean;
  /** MCP extension settings declared by the app-server client. */
  extensions?: { [key: string]: unknown } | null;
  /**
   * Legacy opt-in for the `openai/form` MCP extension.
   *
   * New clients should declare `openai/form` in [`Self::extensions`].
   */
  mcpServerOpenaiFormElicitation?: boolean;
  /** Exact notification method names that should be suppressed for this connection (for example `thread/started`). */
  optOutNotificationMethods?: string[] | null;
  /** Opt into `attestation/generate` requests for upstream `x-oai-attestation`. */
  requestAttestation?: boolean;
  /** Present `humanCommand` approvals to a person and return only a one-time decision. Requires `experimentalApi`. Pending requests can be replayed to compatible clients. */
  requiredHumanApproval?: boolean;
}

export interface InitializeParams {
  capabilities?: InitializeCapabilities | null;
  clientInfo: ClientInfo;
}

export interface InitializeResponse {
  /** Absolute path to the server's $CODEX_HOME directory. */
  codexHome: AbsolutePathBuf;
  /** Platform family for the running app-server target, for example `"unix"` or `"windows"`. */
  platformFamily: string;
  /** Operating system for the running app-server target, for example `"macos"`, `"linux"`, or `"windows"`. */
  platformOs: string;
  userAgent: string;
}

/** Canonical user-input modality tags advertised by a model. */
export type InputModality = 'text' | 'image' | 'audio';

/** Installed connector runtime state. */
export interface InstalledApp {
  /** Whether the connector is enabled and has a non-synthetic, model-visible tool allowed by effective MCP and app/tool policy in the committed runtime snapshot. */
  callable: boolean;
  /** Effective enabled state after applying global, workspace, local, and managed configuration at read time. */
  enabled: boolean;
  id: string;
  /** Best-effort name carried by the runtime tool catalog. Canonical app metadata remains owned by `app/read`. */
  runtimeName?: string | null;
}

/**
 * Internal Responses API passthrough metadata copied into underlying chat messages.
 *
 * Responses API strongly types this payload. Do not modify it without first getting API approval and making the corresponding Responses API change.
 */
export interface InternalChatMessageMetadataPassthrough {
  turn_id?: string | null;
}

export interface ItemCompletedNotification {
  /** Unix timestamp (in milliseconds) when this item lifecycle completed. */
  completedAtMs: number;
  /** Native content tokens for the completed assistant message, including a sampled footer. Null when unavailable. Completion telemetry is not part of the stored thread item. */
  contentTokenCount?: number | null;
  item: ThreadItem;
  threadId: string;
  turnId: string;
}

/** [UNSTABLE] Temporary notification payload for approval auto-review. This shape is expected to change soon. */
export interface ItemGuardianApprovalReviewCompletedNotification {
  action: GuardianApprovalReviewAction;
  /** Unix timestamp (in milliseconds) when this review completed. */
  completedAtMs: number;
  decisionSource: AutoReviewDecisionSource;
  review: GuardianApprovalReview;
  /** Stable identifier for this review. */
  reviewId: string;
  /** Unix timestamp (in milliseconds) when this review started. */
  startedAtMs: number;
  /**
   * Identifier for the reviewed item or tool call when one exists.
   *
   * In most cases, one review maps to one target item. The exceptions are - execve reviews, where a single command may contain multiple execve calls to review (only possible when using the shell_zsh_fork feature) - stdin reviews, which refer to the existing parent command item and have a separate approval ID in the action payload - network policy reviews, where there is no target item
   *
   * A network call is triggered by a CommandExecution item, so having a target_item_id set to the CommandExecution item would be misleading because the review is about the network call, not the command execution. Therefore, target_item_id is set to None for network policy reviews.
   */
  targetItemId?: string | null;
  threadId: string;
  turnId: string;
}

/** [UNSTABLE] Temporary notification payload for approval auto-review. This shape is expected to change soon. */
export interface ItemGuardianApprovalReviewStartedNotification {
  action: GuardianApprovalReviewAction;
  review: GuardianApprovalReview;
  /** Stable identifier for this review. */
  reviewId: string;
  /** Unix timestamp (in milliseconds) when this review started. */
  startedAtMs: number;
  /**
   * Identifier for the reviewed item or tool call when one exists.
   *
   * In most cases, one review maps to one target item. The exceptions are - execve reviews, where a single command may contain multiple execve calls to review (only possible when using the shell_zsh_fork feature) - stdin reviews, which refer to the existing parent command item and have a separate approval ID in the action payload - network policy reviews, where there is no target item
   *
   * A network call is triggered by a CommandExecution item, so having a target_item_id set to the CommandExecution item would be misleading because the review is about the network call, not the command execution. Therefore, target_item_id is set to None for network policy reviews.
   */
  targetItemId?: string | null;
  threadId: string;
  turnId: string;
}

export interface ItemStartedNotification {
  item: ThreadItem;
  /** Unix timestamp (in milliseconds) when this item lifecycle started. */
  startedAtMs: number;
  threadId: string;
  turnId: string;
}

export type LegacyAppPathString = string;

export interface ListMcpServerStatusParams {
  /** Opaque pagination cursor returned by a previous call. */
  cursor?: string | null;
  /** Controls how much MCP inventory data to fetch for each server. Defaults to `Full` when omitted. */
  detail?: McpServerStatusDetail | null;
  /** Select this environment's registration. Requires `serverName` and `threadId`. When omitted, a named request uses the same server as older clients. */
  environmentId?: string | null;
  /** Optional page size; defaults to a server-defined value. */
  limit?: number | null;
  /** Limit discovery to one server. With a thread ID, reuse that thread's MCP connection. */
  serverName?: string | null;
  threadId?: string | null;
}

export interface ListMcpServerStatusResponse {
  data: McpServerStatus[];
  /** Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return. */
  nextCursor?: string | null;
}

export interface LocalShellAction {
  command: string[];
  env?: { [key: string]: string } | null;
  timeout_ms?: number | null;
  type: 'exec';
  user?: string | null;
  working_directory?: string | null;
}

export type LocalShellStatus = 'completed' | 'in_progress' | 'incomplete';

export type LoginAccountParams =
  | {
    apiKey: string;
    type: 'apiKey';
  }
  | {
    appBrand?: LoginAppBrand | null;
    codexStreamlinedLogin?: boolean;
    type: 'chatgpt';
    useHostedLoginSuccessPage?: boolean;
  }
  | {
    type: 'chatgptDeviceCode';
  }
  | {
    /** Access token (JWT) supplied by the client. This token is used for backend API requests and email extraction. */
    accessToken: string;
    /** Workspace/account identifier supplied by the client. */
    chatgptAccountId: string;
    /**
     * Optional plan type supplied by the client.
     *
     * When `null`, Codex attempts to derive the plan type from access-token claims. If unavailable, the plan defaults to `unknown`.
     */
    chatgptPlanType?: string | null;
    type: 'chatgptAuthTokens';
  }
  | {
    apiKey: string;
    region: string;
    type: 'amazonBedrock';
  }
  | {
    accessKeyId: string;
    region: string;
    secretAccessKey: string;
    sessionToken?: string | null;
    type: 'amazonBedrockAccessKeys';
  };

export type LoginAccountResponse =
  | {
    type: 'apiKey';
  }
  | {
    /** URL the client should open in a browser to initiate the OAuth flow. */
    authUrl: string;
    loginId: string;
    type: 'chatgpt';
  }
  | {
    loginId: string;
    type: 'chatgptDeviceCode';
    /** One-time code the user must enter after signing in. */
    userCode: string;
    /** URL the client should open in a browser to complete device code authorization. */
    verificationUrl: string;
  }
  | {
    type: 'chatgptAuthTokens';
  }
  | {
    type: 'amazonBedrock';
  };

export type LoginAppBrand = 'codex' | 'chatgpt';

export type LogoutAccountResponse = { [key: string]: unknown };

export interface ManagedHooksRequirements {
  Interrupt?: ConfiguredHookMatcherGroup[];
  PermissionRequest: ConfiguredHookMatcherGroup[];
  PostCompact: ConfiguredHookMatcherGroup[];
  PostModelRequest?: ConfiguredHookMatcherGroup[];
  PostToolUse: ConfiguredHookMatcherGroup[];
  PreCompact: ConfiguredHookMatcherGroup[];
  PreModelRequest?: ConfiguredHookMatcherGroup[];
  PreToolUse: ConfiguredHookMatcherGroup[];
  SessionEnd?: ConfiguredHookMatcherGroup[];
  SessionStart: ConfiguredHookMatcherGroup[];
  Stop: ConfiguredHookMatcherGroup[];
  SubagentStart: ConfiguredHookMatcherGroup[];
  SubagentStop: ConfiguredHookMatcherGroup[];
  UserPromptSubmit: ConfiguredHookMatcherGroup[];
  managedDir?: string | null;
  windowsManagedDir?: string | null;
}

export interface MarketplaceAddParams {
  refName?: string | null;
  source: string;
  sparsePaths?: string[] | null;
}

export interface MarketplaceAddResponse {
  alreadyAdded: boolean;
  installedRoot: AbsolutePathBuf;
  marketplaceName: string;
}

export interface MarketplaceInterface {
  displayName?: string | null;
}

export interface MarketplaceLoadErrorInfo {
  marketplacePath: AbsolutePathBuf;
  message: string;
}

export interface MarketplaceRemoveParams {
  marketplaceName: string;
}

export interface MarketplaceRemoveResponse {
  installedRoot?: AbsolutePathBuf | null;
  marketplaceName: string;
}

export interface MarketplaceUpgradeErrorInfo {
  marketplaceName: string;
  message: string;
}

export interface MarketplaceUpgradeParams {
  marketplaceName?: string | null;
}

export interface MarketplaceUpgradeResponse {
  errors: MarketplaceUpgradeErrorInfo[];
  selectedMarketplaces: string[];
  upgradedRoots: AbsolutePathBuf[];
}

export type McpAppDisplayMode = 'inline' | 'fullscreen';

/** UI resource and display preference for model invocations, captured from the tool descriptor. */
export interface McpAppUi {
  preferredModelDisplayMode: McpAppDisplayMode;
  resourceUri: string;
}

export type McpAuthStatus = 'unknown' | 'unsupported' | 'notLoggedIn' | 'bearerToken' | 'oAuth';

export type McpElicitationArrayType = 'array';

export interface McpElicitationBooleanSchema {
  default?: boolean | null;
  description?: string | null;
  title?: string | null;
  type: McpElicitationBooleanType;
}

export type McpElicitationBooleanType = 'boolean';

export interface McpElicitationConstOption {
  const: string;
  title: string;
}

export type McpElicitationEnumSchema =
  | McpElicitationSingleSelectEnumSchema
  | McpElicitationMultiSelectEnumSchema
  | McpElicitationLegacyTitledEnumSchema;

export interface McpElicitationLegacyTitledEnumSchema {
  default?: string | null;
  description?: string | null;
  enum: string[];
  enumNames?: string[] | null;
  title?: string | null;
  type: McpElicitationStringType;
}

export type McpElicitationMultiSelectEnumSchema = McpElicitationUntitledMultiSelectEnumSchema | McpElicitationTitledMultiSelectEnumSchema;

export interface McpElicitationNumberSchema {
  default?: number | null;
  description?: string | null;
  maximum?: number | null;
  minimum?: number | null;
  title?: string | null;
  type: McpElicitationNumberType;
}

export type McpElicitationNumberType = 'number' | 'integer';

export type McpElicitationObjectType = 'object';

export type McpElicitationPrimitiveSchema =
  | McpElicitationEnumSchema
  | McpElicitationStringSchema
  | McpElicitationNumberSchema
  | McpElicitationBooleanSchema;

/**
 * Typed form schema for MCP `elicitation/create` requests.
 *
 * This matches the `requestedSchema` shape from the MCP 2025-11-25 `ElicitRequestFormParams` schema.
 */
export interface McpElicitationSchema {
  $schema?: string | null;
  properties: { [key: string]: McpElicitationPrimitiveSchema };
  required?: string[] | null;
  type: McpElicitationObjectType;
}

export type McpElicitationSingleSelectEnumSchema = McpElicitationUntitledSingleSelectEnumSchema | McpElicitationTitledSingleSelectEnumSchema;

export type McpElicitationStringFormat = 'email' | 'uri' | 'date' | 'date-time';

export interface McpElicitationStringSchema {
  default?: string | null;
  description?: string | null;
  format?: McpElicitationStringFormat | null;
  maxLength?: number | null;
  minLength?: number | null;
  title?: string | null;
  type: McpElicitationStringType;
}

export type McpElicitationStringType = 'string';

export interface McpElicitationTitledEnumItems {
  anyOf: McpElicitationConstOption[];
}

export interface McpElicitationTitledMultiSelectEnumSchema {
  default?: string[] | null;
  description?: string | null;
  items: McpElicitationTitledEnumItems;
  maxItems?: number | null;
  minItems?: number | null;
  title?: string | null;
  type: McpElicitationArrayType;
}

export interface McpElicitationTitledSingleSelectEnumSchema {
  default?: string | null;
  description?: string | null;
  oneOf: McpElicitationConstOption[];
  title?: string | null;
  type: McpElicitationStringType;
}

export interface McpElicitationUntitledEnumItems {
  enum: string[];
  type: McpElicitationStringType;
}

export interface McpElicitationUntitledMultiSelectEnumSchema {
  default?: string[] | null;
  description?: string | null;
  items: McpElicitationUntitledEnumItems;
  maxItems?: number | null;
  minItems?: number | null;
  title?: string | null;
  type: McpElicitationArrayType;
}

export interface McpElicitationUntitledSingleSelectEnumSchema {
  default?: string | null;
  description?: string | null;
  enum: string[];
  title?: string | null;
  type: McpElicitationStringType;
}

export interface McpResourceReadParams {
  /** Additional MCP request metadata. Account and turn routing keys are reserved. */
  _meta?: { [key: string]: unknown } | null;
  connectorId?: string | null;
  /** Exact registration scope; omission preserves legacy name-only selection. */
  environmentId?: string | null;
  /** Originating MCP tool call used to select the resource's app. */
  originCallId?: string | null;
  server: string;
  /** Explicit hosted app/account. Omit to retain legacy resource discovery. */
  target?: McpResourceReadTarget | null;
  threadId?: string | null;
  uri: string;
}

export interface McpResourceReadResponse {
  contents: ResourceContent[];
  /** Originating call when the server applied app-specific resource scoping. */
  originCallId?: string | null;
}

export interface McpResourceReadTarget {
  connectorId: string;
  /** Null explicitly requests no-auth access, subject to the app's resource policy. */
  linkId: string | null;
}

export type McpServerConnectionStatus =
  | 'notStarted'
  | 'starting'
  | 'connected'
  | 'authenticationRequired'
  | 'failed'
  | 'cancelled'
  | 'disabled';

export type McpServerElicitationAction = 'accept' | 'decline' | 'cancel';

export type McpServerElicitationRequestParams =
  | {
    _meta?: unknown;
    challenge: string;
    description: string;
    /** Registration scope, not necessarily the server's execution environment. */
    environmentId?: string | null;
    mode: 'openai/userVerification';
    serverName: string;
    threadId: string;
    title: string;
    /**
     * Active Codex turn when this elicitation was observed, if app-server could correlate one.
     *
     * This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP server request id. It may be triggered during a turn, but turn context is app-server correlation rather than part of the protocol identity of the elicitation itself.
     */
    turnId?: string | null;
  }
  | {
    _meta?: unknown;
    /** Registration scope, not necessarily the server's execution environment. */
    environmentId?: string | null;
    message: string;
    mode: 'form';
    requestedSchema: McpElicitationSchema;
    serverName: string;
    threadId: string;
    /**
     * Active Codex turn when this elicitation was observed, if app-server could correlate one.
     *
     * This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP server request id. It may be triggered during a turn, but turn context is app-server correlation rather than part of the protocol identity of the elicitation itself.
     */
    turnId?: string | null;
  }
  | {
    _meta?: unknown;
    /** Registration scope, not necessarily the server's execution environment. */
    environmentId?: string | null;
    message: string;
    mode: 'openai/form';
    requestedSchema: unknown;
    serverName: string;
    threadId: string;
    /**
     * Active Codex turn when this elicitation was observed, if app-server could correlate one.
     *
     * This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP server request id. It may be triggered during a turn, but turn context is app-server correlation rather than part of the protocol identity of the elicitation itself.
     */
    turnId?: string | null;
  }
  | {
    _meta?: unknown;
    /** Registration scope, not necessarily the server's execution environment. */
    environmentId?: string | null;
    message: string;
    mode: 'openaiForm';
    requestedSchema: unknown;
    serverName: string;
    threadId: string;
    /**
     * Active Codex turn when this elicitation was observed, if app-server could correlate one.
     *
     * This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP server request id. It may be triggered during a turn, but turn context is app-server correlation rather than part of the protocol identity of the elicitation itself.
     */
    turnId?: string | null;
  }
  | {
    _meta?: unknown;
    elicitationId: string;
    /** Registration scope, not necessarily the server's execution environment. */
    environmentId?: string | null;
    message: string;
    mode: 'url';
    serverName: string;
    threadId: string;
    /**
     * Active Codex turn when this elicitation was observed, if app-server could correlate one.
     *
     * This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP server request id. It may be triggered during a turn, but turn context is app-server correlation rather than part of the protocol identity of the elicitation itself.
     */
    turnId?: string | null;
    url: string;
  };

export interface McpServerElicitationRequestResponse {
  /** Optional client metadata for form-mode action handling. */
  _meta?: unknown;
  action: McpServerElicitationAction;
  /**
   * Structured user input for accepted elicitations, mirroring RMCP `CreateElicitationResult`.
   *
   * This is nullable because decline/cancel responses have no content.
   */
  content?: unknown;
}

export interface McpServerEventNotification {
  method: string;
  params: unknown;
}

export interface McpServerEventStreamNotification {
  notification: McpServerEventNotification;
  subscriptionId: string;
}

export interface McpServerEventStreamStartParams {
  _meta?: unknown;
  arguments: unknown;
  name: string;
  server: string;
  subscriptionId: string;
  threadId: string;
}

export type McpServerEventStreamStartResponse = { [key: string]: unknown };

export interface McpServerEventStreamStopParams {
  subscriptionId: string;
}

export type McpServerEventStreamStopResponse = { [key: string]: unknown };

/** Presentation metadata advertised by an initialized MCP server. */
export interface McpServerInfo {
  description?: string | null;
  icons?: unknown[] | null;
  name: string;
  title?: string | null;
  version: string;
  websiteUrl?: string | null;
}

export interface McpServerMigration {
  name: string;
}

export type McpServerOauthClientRegistration = 'auto' | 'cimd' | 'dcr';

export interface McpServerOauthLoginCompletedNotification {
  error?: string | null;
  /** Identifies the explicit login attempt. Older servers omit this field. */
  loginId?: string | null;
  name: string;
  success: boolean;
  threadId?: string | null;
}

export interface McpServerOauthLoginParams {
  /** Registration strategy for this login only; omission selects automatic discovery. */
  clientRegistration?: McpServerOauthClientRegistration | null;
  /** Exact registration scope; omission preserves legacy name-only selection. */
  environmentId?: string | null;
  name: string;
  scopes?: string[] | null;
  threadId?: string | null;
  timeoutSecs?: number | null;
}

export interface McpServerOauthLoginResponse {
  authorizationUrl: string;
  /** Identifies this login attempt across the response and completion notification. Older servers omit this field; current servers always return it. */
  loginId?: string | null;
}

export type McpServerRefreshResponse = { [key: string]: unknown };

export type McpServerStartupFailureReason = 'reauthenticationRequired';

export type McpServerStartupState = 'starting' | 'ready' | 'failed' | 'cancelled';

export interface McpServerStatus {
  authStatus: McpAuthStatus;
  /** Environment that contributed this registration; null for a thread-wide server. Older servers omit this field. */
  environmentId?: string | null;
  /** HTTP origin of the effective configured endpoint, including plugin servers. Excludes credentials, path, query, and fragment; null for non-HTTP transports. */
  httpOrigin?: string | null;
  name: string;
  pluginId?: string | null;
  resourceTemplates: ResourceTemplate[];
  resources: Resource[];
  /** Current thread-runtime connection state; null when unavailable or the configuration changed. */
  runtimeStatus?: McpServerConnectionStatus | null;
  /** Capabilities advertised by the initialized MCP server; null when unavailable. */
  serverCapabilities?: unknown;
  serverInfo?: McpServerInfo | null;
  /** Opaque `_meta` from the first page of the corresponding MCP tool catalog. Null when unavailable. */
  toolListMeta?: unknown;
  tools: { [key: string]: Tool };
  /** Tool discovery failed and no catalog was returned. Null when a catalog is returned, including cached or empty catalogs. */
  toolsError?: string | null;
}

export type McpServerStatusDetail = 'full' | 'toolsAndAuthOnly';

export interface McpServerStatusUpdatedNotification {
  /** Registration scope, not necessarily the server's execution environment. */
  environmentId?: string | null;
  error?: string | null;
  failureReason?: McpServerStartupFailureReason | null;
  name: string;
  status: McpServerStartupState;
  threadId?: string | null;
}

export interface McpServerToolCallParams {
  _meta?: unknown;
  arguments?: unknown;
  /** Exact registration scope; omission preserves legacy name-only selection. */
  environmentId?: string | null;
  server: string;
  threadId: string;
  tool: string;
}

export interface McpServerToolCallResponse {
  _meta?: unknown;
  content: unknown[];
  isError?: boolean | null;
  structuredContent?: unknown;
}

export interface McpToolCallAppContext {
  actionName?: string | null;
  appName?: string | null;
  connectorId: string;
  linkId?: string | null;
  resourceUri?: string | null;
}

export interface McpToolCallError {
  message: string;
}

export interface McpToolCallProgressNotification {
  itemId: string;
  message: string;
  threadId: string;
  turnId: string;
}

export interface McpToolCallResult {
  _meta?: unknown;
  content: unknown[];
  structuredContent?: unknown;
}

export type McpToolCallStatus = 'inProgress' | 'completed' | 'failed';

export interface MemoryCitation {
  entries: MemoryCitationEntry[];
  threadIds: string[];
}

export interface MemoryCitationEntry {
  lineEnd: number;
  lineStart: number;
  note: string;
  path: string;
}

export type MemoryResetResponse = { [key: string]: unknown };

export interface MemoryStatusParams {
  /** Required distinct consolidated threads. Defaults to 20; supported range is 1..=4096. */
  minConsolidatedThreads?: number | null;
}

export interface MemoryStatusResponse {
  v2ConsolidatedThreads: number;
  v2Ready: boolean;
}

export type MergeStrategy = 'replace' | 'upsert';

/**
 * Classifies assistant text as commentary, a partial answer, or a terminal answer.
 *
 * Providers do not emit this consistently, so callers must treat `None` as "phase unknown" and keep compatibility behavior for legacy models.
 */
export type MessagePhase = 'commentary' | 'partial_answer' | 'final_answer';

export interface MigrationDetails {
  commands?: CommandMigration[];
  hooks?: HookMigration[];
  mcpServers?: McpServerMigration[];
  memory?: string[];
  plugins?: PluginsMigration[];
  sessions?: SessionMigration[];
  skills?: SkillMigration[];
  subagents?: SubagentMigration[];
}

export interface MisalignmentErrorDetails {
  /** A substantive localized explanation is required before offering continuation. */
  detailedExplanation?: string | null;
  /** Open-ended classification; clients must accept categories added by Responses. */
  errorType?: string | null;
  /** Opaque server-issued block target. Presence alone does not enable target-based continuation. */
  reviewTarget?: string | null;
  /** Instruction to submit as the next turn's user input if continuation is confirmed. */
  steer?: MisalignmentSteer | null;
}

export interface MisalignmentSteer {
  message: string;
}

export interface MockExperimentalMethodParams {
  /** Test-only payload field. */
  value?: string | null;
}

export interface MockExperimentalMethodResponse {
  /** Echoes the input `value`. */
  echoed?: string | null;
}

/** Initial collaboration mode to use when the TUI starts. */
export type ModeKind = 'plan' | 'default';

export interface Model {
  /** Deprecated: use `serviceTiers` instead. */
  additionalSpeedTiers?: string[];
  availabilityNux?: ModelAvailabilityNux | null;
  /** Null when the catalog does not provide access-program metadata. */
  availableAccessPrograms?: ModelAccessPrograms | null;
  defaultReasoningEffort: ReasoningEffort;
  /** Catalog default service tier id for this model, when one is configured. */
  defaultServiceTier?: string | null;
  description: string;
  displayName: string;
  hidden: boolean;
  id: string;
  inputModalities?: InputModality[];
  isDefault: boolean;
  model: string;
  modelSpecialty?: string | null;
  /** Multi-agent runtime declared by this model, when available. */
  multiAgentVersion?: MultiAgentVersion | null;
  serviceTiers?: ModelServiceTier[];
  supportedReasoningEfforts: ReasoningEffortOption[];
  /** @deprecated Always false; models no longer support personality selection. */
  supportsPersonality?: boolean;
  upgrade?: string | null;
  upgradeInfo?: ModelUpgradeInfo | null;
}

/** Caller-specific explicit access programs advertised by model discovery. */
export interface ModelAccessPrograms {
  /** Accepted explicit selections. */
  cyber: CyberAccessProgram[];
}

export interface ModelAvailabilityNux {
  message: string;
}

export interface ModelListParams {
  /** Opaque pagination cursor returned by a previous call. */
  cursor?: string | null;
  /** When true, include models that are hidden from the default picker list. */
  includeHidden?: boolean | null;
  /** Optional page size; defaults to a reasonable server-side value. */
  limit?: number | null;
  /** List models for this configured provider instead of the app-server default. */
  modelProvider?: string | null;
}

export interface ModelListResponse {
  data: Model[];
  /** Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return. */
  nextCursor?: string | null;
}

export type ModelProviderCapabilitiesReadParams = { [key: string]: unknown };

export interface ModelProviderCapabilitiesReadResponse {
  imageGeneration: boolean;
  webSearch: boolean;
}

export interface ModelProviderConfigWriteParams {
  settings: ProviderSettingsPatch;
}

export interface ModelProviderConfigWriteResponse {
  provider: ModelProviderSummary;
}

export interface ModelProviderDefaultSetParams {
  /** Configured provider to use by default for new threads and unscoped model lists. */
  providerId: string;
}

export type ModelProviderListParams = { [key: string]: unknown };

export interface ModelProviderListResponse {
  canChangeDefault: boolean;
  data: ModelProviderSummary[];
  defaultProviderId: string;
}

export interface ModelProviderSummary {
  /** Null when the endpoint is absent or cannot be safely displayed. */
  baseUrl?: string | null;
  /** Whether a supported configuration field can be edited in the active user layer. */
  canEdit: boolean;
  id: string;
  name: string;
  settings: ProviderSettings;
}

export type ModelRerouteReason = 'highRiskCyberActivity';

export interface ModelReroutedNotification {
  fromModel: string;
  reason: ModelRerouteReason;
  threadId: string;
  toModel: string;
  turnId: string;
}

export interface ModelSafetyBufferingUpdatedNotification {
  fasterModel?: string | null;
  model: string;
  reasons: string[];
  showBufferingUi: boolean;
  threadId: string;
  turnId: string;
  useCases: string[];
}

export interface ModelServiceTier {
  description: string;
  id: string;
  name: string;
}

export interface ModelUpgradeInfo {
  migrationMarkdown?: string | null;
  model: string;
  modelLink?: string | null;
  /** Informational Unix timestamp for this upgrade's scheduled retirement, if known. */
  retirementAt?: number | null;
  upgradeCopy?: string | null;
}

export type ModelVerification = 'trustedAccessForCyber';

export interface ModelVerificationNotification {
  threadId: string;
  turnId: string;
  verifications: ModelVerification[];
}

export interface ModelsRequirements {
  newThread?: NewThreadModelDefaults | null;
}

/** Controls the effective multi-agent delegation instructions for a turn. `custom` means the configured mode hint defines the policy instead of a built-in policy. */
export type MultiAgentMode =
  | 'explicitRequestOnly'
  | 'proactive'
  | {
    custom: string;
  };

/** Multi-agent runtime supported by a model. */
export type MultiAgentVersion = 'disabled' | 'v1' | 'v2';

export type NetworkAccess = 'restricted' | 'enabled';

export interface NetworkApprovalContext {
  host: string;
  protocol: NetworkApprovalProtocol;
}

export type NetworkApprovalProtocol = 'http' | 'https' | 'socks5Tcp' | 'socks5Udp';

export type NetworkDomainPermission = 'allow' | 'deny';

export interface NetworkPolicyAmendment {
  action: NetworkPolicyRuleAction;
  host: string;
}

export type NetworkPolicyRuleAction = 'allow' | 'deny';

export interface NetworkRequirements {
  allowLocalBinding?: boolean | null;
  /** Legacy compatibility view derived from `unix_sockets`. */
  allowUnixSockets?: string[] | null;
  allowUpstreamProxy?: boolean | null;
  /** Legacy compatibility view derived from `domains`. */
  allowedDomains?: string[] | null;
  dangerouslyAllowAllUnixSockets?: boolean | null;
  dangerouslyAllowNonLoopbackProxy?: boolean | null;
  /** Legacy compatibility view derived from `domains`. */
  deniedDomains?: string[] | null;
  /** Canonical managed network permission map. */
  domains?: { [key: string]: NetworkDomainPermission } | null;
  enabled?: boolean | null;
  httpPort?: number | null;
  /** When true, only managed allowlist entries are respected while managed network enforcement is active. */
  managedAllowedDomainsOnly?: boolean | null;
  /** Host patterns routed to network approval before ordinary allow rules. */
  reviewDomains?: string[] | null;
  socksPort?: number | null;
  /** Canonical managed unix socket permission map. */
  unixSockets?: { [key: string]: NetworkUnixSocketPermission } | null;
}

export type NetworkUnixSocketPermission = 'allow' | 'deny';

export interface NewThreadModelDefaults {
  model?: string | null;
  modelReasoningEffort?: ReasoningEffort | null;
  serviceTier?: string | null;
}

export type NonSteerableTurnKind = 'review' | 'compact';

export type OtelExporter =
  | 'none'
  | 'statsig'
  | {
    'otlp-http': {
      endpoint: string;
      /** Header names are retained; values are redacted by the server. */
      headers: { [key: string]: string };
      protocol: OtelHttpProtocol;
      tls?: OtelTlsConfig | null;
    };
  }
  | {
    'otlp-grpc': {
      endpoint: string;
      /** Header names are retained; values are redacted by the server. */
      headers: { [key: string]: string };
      tls?: OtelTlsConfig | null;
    };
  };

export type OtelHttpProtocol = 'binary' | 'json';

export interface OtelRequirements {
  environment?: string | null;
  exporter?: OtelExporter | null;
  headers_helper?: string | null;
  headers_helper_refresh_interval_ms?: number | null;
  log_agent_responses?: boolean | null;
  log_guardian_assessments?: boolean | null;
  log_sse_deltas?: boolean | null;
  log_user_prompt?: boolean | null;
  metrics_exporter?: OtelExporter | null;
  span_attributes?: { [key: string]: string } | null;
  tool_result?: OtelToolResultLogConfig | null;
  trace_exporter?: OtelExporter | null;
  tracestate?: { [key: string]: { [key: string]: string } } | null;
}

export interface OtelTlsConfig {
  'ca-certificate'?: string | null;
  'client-certificate'?: string | null;
  'client-private-key'?: string | null;
}

export interface OtelToolResultLogConfig {
  max_bytes: number;
}

export interface OverriddenMetadata {
  effectiveValue: unknown;
  message: string;
  overridingLayer: ConfigLayerMetadata;
}

export type ParsedCommand =
  | {
    cmd: string;
    name: string;
    /** (Best effort) Path to the file being read by the command. When possible, this is an absolute path, though when relative, it should be resolved against the `cwd`` that will be used to run the command to derive the absolute path. */
    path: string;
    type: 'read';
  }
  | {
    cmd: string;
    path?: string | null;
    type: 'list_files';
  }
  | {
    cmd: string;
    path?: string | null;
    query?: string | null;
    type: 'search';
  }
  | {
    cmd: string;
    type: 'unknown';
  };

export type PatchApplyStatus = 'inProgress' | 'completed' | 'failed' | 'declined';

export type PatchChangeKind =
  | {
    type: 'add';
  }
  | {
    type: 'delete';
  }
  | {
    move_path?: string | null;
    type: 'update';
  };

export type PathUri = string;

export type PermissionGrantScope = 'turn' | 'session';

export interface PermissionProfileListParams {
  /** Opaque pagination cursor returned by a previous call. */
  cursor?: string | null;
  /** Optional working directory to resolve project config layers. */
  cwd?: string | null;
  /** Optional page size; defaults to the full result set. */
  limit?: number | null;
}

export interface PermissionProfileListResponse {
  data: PermissionProfileSummary[];
  /** Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return. */
  nextCursor?: string | null;
}

export interface PermissionProfileSummary {
  /** Whether the effective requirements allow selecting this profile. */
  allowed: boolean;
  /** Optional user-facing description for display in clients. */
  description?: string | null;
  /** Available permission profile identifier. */
  id: string;
}

export interface PermissionsRequestApprovalParams {
  cwd: LegacyAppPathString;
  environmentId?: string | null;
  itemId: string;
  permissions: RequestPermissionProfile;
  reason?: string | null;
  /** Unix timestamp (in milliseconds) when this approval request started. */
  startedAtMs: number;
  threadId: string;
  turnId: string;
}

export interface PermissionsRequestApprovalResponse {
  permissions: GrantedPermissionProfile;
  scope?: PermissionGrantScope;
  /** Review every subsequent command in this turn before normal sandboxed execution. */
  strictAutoReview?: boolean | null;
}

/** Deprecated: `friendly` and `pragmatic` no longer select a style. */
export type Personality = 'none' | 'friendly' | 'pragmatic';

/** EXPERIMENTAL - proposed plan streaming deltas for plan items. Clients should not assume concatenated deltas match the completed plan item content. */
export interface PlanDeltaNotification {
  delta: string;
  itemId: string;
  threadId: string;
  turnId: string;
}

export type PlanType =
  | 'free'
  | 'go'
  | 'plus'
  | 'pro'
  | 'prolite'
  | 'promax'
  | 'team'
  | 'self_serve_business_prolite'
  | 'self_serve_business_usage_based'
  | 'business'
  | 'ent26'
  | 'enterprise_cbp_automation'
  | 'enterprise_cbp_usage_based'
  | 'enterprise'
  | 'edu'
  | 'edu_plus'
  | 'edu_pro'
  | 'sci'
  | 'sci_plus'
  | 'unknown';

export type PluginAuthPolicy = 'ON_INSTALL' | 'ON_USE';

export type PluginAvailability = 'DISABLED_BY_ADMIN' | 'AVAILABLE';

export interface PluginDetail {
  appTemplates: AppTemplateSummary[];
  apps: AppSummary[];
  description?: string | null;
  hooks: PluginHookSummary[];
  marketplaceName: string;
  marketplacePath?: AbsolutePathBuf | null;
  mcpServers: string[];
  /** The declared onboarding skill, when the plugin and visible skill are enabled. */
  onboardingSkill?: SkillSummary | null;
  scheduledTasks?: ScheduledTaskSummary[] | null;
  shareUrl?: string | null;
  skills: SkillSummary[];
  summary: PluginSummary;
}

export type PluginDisabledReason = 'disabled_by_admin' | 'plan_not_eligible' | 'required_app_unavailable' | 'unknown';

export interface PluginHookSummary {
  eventName: HookEventName;
  key: string;
}

export interface PluginInstallParams {
  /** Client-generated identifier used to correlate one installation attempt. */
  installAttemptId?: string | null;
  marketplacePath?: AbsolutePathBuf | null;
  pluginName: string;
  remoteMarketplaceName?: string | null;
}

export type PluginInstallPolicy = 'NOT_AVAILABLE' | 'AVAILABLE' | 'INSTALLED_BY_DEFAULT';

export type PluginInstallPolicySource = 'WORKSPACE_SETTING' | 'IMPLICIT_CANONICAL_APP';

export interface PluginInstallResponse {
  appsNeedingAuth: AppSummary[];
  authPolicy: PluginAuthPolicy;
}

export interface PluginInstalledParams {
  /** Optional working directories used to discover repo marketplaces. */
  cwds?: AbsolutePathBuf[] | null;
  /** Additional uninstalled plugin names that should be returned when present locally. This is used by mention surfaces that intentionally expose install entrypoints. */
  installSuggestionPluginNames?: string[] | null;
}

export interface PluginInstalledResponse {
  marketplaceLoadErrors?: MarketplaceLoadErrorInfo[];
  marketplaces: PluginMarketplaceEntry[];
}

export interface PluginInterface {
  brandColor?: string | null;
  capabilities: string[];
  category?: string | null;
  /** Local composer icon path, resolved from the installed plugin package. */
  composerIcon?: AbsolutePathBuf | null;
  /** Remote composer icon URL from the plugin catalog. */
  composerIconUrl?: string | null;
  /** Starter prompts for the plugin. Capped at 3 entries with a maximum of 512 characters per entry. */
  defaultPrompt?: string[] | null;
  developerName?: string | null;
  displayName?: string | null;
  /** Local logo path, resolved from the installed plugin package. */
  logo?: AbsolutePathBuf | null;
  /** Local dark-mode logo path, resolved from the installed plugin package. */
  logoDark?: AbsolutePathBuf | null;
  /** Remote logo URL from the plugin catalog. */
  logoUrl?: string | null;
  /** Remote dark-mode logo URL from the plugin catalog. */
  logoUrlDark?: string | null;
  longDescription?: string | null;
  privacyPolicyUrl?: string | null;
  /** Remote screenshot URLs from the plugin catalog. */
  screenshotUrls: string[];
  /** Local screenshot paths, resolved from the installed plugin package. */
  screenshots: AbsolutePathBuf[];
  shortDescription?: string | null;
  termsOfServiceUrl?: string | null;
  websiteUrl?: string | null;
}

export type PluginListMarketplaceKind = 'local' | 'vertical' | 'workspace-directory' | 'shared-with-me' | 'created-by-me-remote';

export interface PluginListParams {
  /** Optional working directories used to discover repo marketplaces. When omitted, only home-scoped marketplaces and the official curated marketplace are considered. */
  cwds?: AbsolutePathBuf[] | null;
  /** Whether the client requests a fresh remote plugin catalog fetch. */
  forceRefetch?: boolean;
  /** Optional marketplace kind filter. When omitted, only local marketplaces are queried, plus the default remote catalog when enabled by feature flag. */
  marketplaceKinds?: PluginListMarketplaceKind[] | null;
}

export interface PluginListResponse {
  featuredPluginIds?: string[];
  marketplaceLoadErrors?: MarketplaceLoadErrorInfo[];
  marketplaces: PluginMarketplaceEntry[];
}

export interface PluginMarketplaceEntry {
  interface?: MarketplaceInterface | null;
  name: string;
  /** Local marketplace file path when the marketplace is backed by a local file. Remote-only catalog marketplaces do not have a local path. */
  path?: AbsolutePathBuf | null;
  plugins: PluginSummary[];
}

export interface PluginReadParams {
  marketplacePath?: AbsolutePathBuf | null;
  pluginName: string;
  remoteMarketplaceName?: string | null;
}

export interface PluginReadResponse {
  plugin: PluginDetail;
}

/** Runtime categories affected by this change, not just capabilities currently present. Flags describe declarations before runtime policy filtering. Updates OR the old and new bundle flags; enablement changes and cached reinstalls use the cached bundle; removals retain the old bundle's flags. */
export interface PluginReconcileChangedPlugin {
  hasApps: boolean;
  hasHooks: boolean;
  hasMcps: boolean;
  /** Whether either bundle declares skill roots; not a validated inventory of enabled skills. */
  hasSkills: boolean;
  /** Local plugin ID (`name@marketplace`), matching `PluginSummary.id`. */
  id: string;
}

export interface PluginReconcileParams {
  /** Optional client-provided reason recorded with the reconciliation attempt. */
  reason?: string | null;
}

/** Bundle and installed-state changes observed by this pass, not a runtime-readiness acknowledgement or a cumulative diff since the client's last request. Other metadata-only changes are not listed. */
export interface PluginReconcileResponse {
  /** Plugins affected by bundle changes, enablement changes, or removals. Installed-state changes compare against the previous cached snapshot, including cached reinstalls. Removal hints survive cache cleanup failures; unchanged plugins are omitted. */
  changedPlugins: PluginReconcileChangedPlugin[];
  /** Subset of failures for which the requested bundle could not be materialized. A previously cached version may still be available. */
  failedMaterializationRemotePluginIds: string[];
  /** Backend remote plugin IDs whose bundle or identity update failed. */
  failedRemotePluginIds: string[];
}

export interface PluginSearchParams {
  cursor?: string | null;
  cwds?: AbsolutePathBuf[] | null;
  limit?: number | null;
  scope?: PluginSearchScope | null;
  searchTerm: string;
}

export interface PluginSearchResponse {
  data: PluginSearchResult[];
  nextCursor?: string | null;
}

export interface PluginSearchResult {
  marketplaceName: string;
  marketplacePath?: AbsolutePathBuf | null;
  plugin: PluginSummary;
}

export type PluginSearchScope = 'global' | 'workspace' | 'personal';

export interface PluginShareCheckoutParams {
  remotePluginId: string;
}

export interface PluginShareCheckoutResponse {
  marketplaceName: string;
  marketplacePath: AbsolutePathBuf;
  pluginId: string;
  pluginName: string;
  pluginPath: AbsolutePathBuf;
  remotePluginId: string;
  remoteVersion?: string | null;
}

export interface PluginShareContext {
  canPublishToWorkspace?: boolean | null;
  creatorAccountUserId?: string | null;
  creatorName?: string | null;
  discoverability?: PluginShareDiscoverability | null;
  remotePluginId: string;
  /** Version of the remote shared plugin release when available. */
  remoteVersion?: string | null;
  sharePrincipals?: PluginSharePrincipal[] | null;
  shareUrl?: string | null;
}

export interface PluginShareDeleteParams {
  remotePluginId: string;
}

export type PluginShareDeleteResponse = { [key: string]: unknown };

export type PluginShareDiscoverability = 'LISTED' | 'UNLISTED' | 'PRIVATE';

export interface PluginShareListItem {
  localPluginPath?: AbsolutePathBuf | null;
  plugin: PluginSummary;
}

export type PluginShareListParams = { [key: string]: unknown };

export interface PluginShareListResponse {
  data: PluginShareListItem[];
}

export interface PluginSharePrincipal {
  name: string;
  principalId: string;
  principalType: PluginSharePrincipalType;
  role: PluginSharePrincipalRole;
}

export type PluginSharePrincipalRole = 'reader' | 'editor' | 'owner';

export type PluginSharePrincipalType = 'user' | 'group' | 'workspace';

export interface PluginShareSaveParams {
  discoverability?: PluginShareDiscoverability | null;
  pluginPath: AbsolutePathBuf;
  remotePluginId?: string | null;
  shareTargets?: PluginShareTarget[] | null;
}

export interface PluginShareSaveResponse {
  canPublishToWorkspace?: boolean | null;
  remotePluginId: string;
  shareUrl: string;
}

export interface PluginShareTarget {
  principalId: string;
  principalType: PluginSharePrincipalType;
  role: PluginShareTargetRole;
}

export type PluginShareTargetRole = 'reader' | 'editor';

export type PluginShareUpdateDiscoverability = 'UNLISTED' | 'PRIVATE' | 'LISTED';

export interface PluginShareUpdateTargetsParams {
  discoverability: PluginShareUpdateDiscoverability;
  remotePluginId: string;
  shareTargets: PluginShareTarget[];
}

export interface PluginShareUpdateTargetsResponse {
  discoverability: PluginShareDiscoverability;
  principals: PluginSharePrincipal[];
}

export interface PluginSkillReadParams {
  remoteMarketplaceName: string;
  remotePluginId: string;
  skillName: string;
}

export interface PluginSkillReadResponse {
  contents?: string | null;
}

export type PluginSource =
  | {
    path: AbsolutePathBuf;
    type: 'local';
  }
  | {
    path?: string | null;
    refName?: string | null;
    sha?: string | null;
    type: 'git';
    url: string;
  }
  | {
    package: string;
    /** Optional HTTPS registry URL. Authentication stays in the user's npm config. */
    registry?: string | null;
    type: 'npm';
    /** Optional npm version or version range. */
    version?: string | null;
  }
  | {
    type: 'remote';
  };

export interface PluginSummary {
  authPolicy: PluginAuthPolicy;
  /** Availability state for installing and using the plugin. */
  availability?: PluginAvailability;
  /** Why the remote plugin is unavailable, when provided by plugin-service. */
  disabledReason?: PluginDisabledReason | null;
  /** Raw plugin-service plan identifiers eligible to install the plugin. */
  eligiblePlanTypes?: string[] | null;
  enabled: boolean;
  id: string;
  installPolicy: PluginInstallPolicy;
  installPolicySource?: PluginInstallPolicySource | null;
  installed: boolean;
  /** Unix timestamp in seconds when the remote plugin was installed, when available. */
  installedAt?: number | null;
  interface?: PluginInterface | null;
  keywords?: string[];
  /** Version of the locally materialized plugin package when available. */
  localVersion?: string | null;
  mustShowInstallationInterstitial?: boolean | null;
  name: string;
  /** Backend remote plugin identifier when available. */
  remotePluginId?: string | null;
  /** Remote sharing context associated with this plugin when available. */
  shareContext?: PluginShareContext | null;
  source: PluginSource;
  /** Version advertised by the remote marketplace backend when available. */
  version?: string | null;
}

export interface PluginUninstallParams {
  pluginId: string;
}

export type PluginUninstallResponse = { [key: string]: unknown };

export interface PluginsMigration {
  marketplaceName: string;
  pluginNames: string[];
}

/** Final process exit notification for `process/spawn`. */
export interface ProcessExitedNotification {
  /** Process exit code. */
  exitCode: number;
  /** Whether output collection hit its post-exit deadline before seeing EOF or reaching the requested byte cap on either stream. Older servers omit this field. */
  outputDrainTimedOut?: boolean | null;
  /** Client-supplied, connection-scoped `processHandle` from `process/spawn`. */
  processHandle: string;
  /**
   * Buffered stderr capture.
   *
   * Empty when stderr was streamed via `process/outputDelta`.
   */
  stderr: string;
  /**
   * Whether stderr reached `outputBytesCap`.
   *
   * In streaming mode, stderr is empty and cap state is also reported on the final stderr `process/outputDelta` notification.
   */
  stderrCapReached: boolean;
  /**
   * Buffered stdout capture.
   *
   * Empty when stdout was streamed via `process/outputDelta`.
   */
  stdout: string;
  /**
   * Whether stdout reached `outputBytesCap`.
   *
   * In streaming mode, stdout is empty and cap state is also reported on the final stdout `process/outputDelta` notification.
   */
  stdoutCapReached: boolean;
}

/** Terminate a running `process/spawn` session. */
export interface ProcessKillParams {
  /** Client-supplied, connection-scoped `processHandle` from `process/spawn`. */
  processHandle: string;
}

/** Empty success response for `process/kill`. */
export type ProcessKillResponse = { [key: string]: unknown };

/** Base64-encoded output chunk emitted for a streaming `process/spawn` request. */
export interface ProcessOutputDeltaNotification {
  /** True on the final streamed chunk for this stream when output was truncated by `outputBytesCap`. */
  capReached: boolean;
  /** Base64-encoded output bytes. */
  deltaBase64: string;
  /** Client-supplied, connection-scoped `processHandle` from `process/spawn`. */
  processHandle: string;
  /** Output stream this chunk belongs to. */
  stream: ProcessOutputStream;
}

/** Stream label for `process/outputDelta` notifications. */
export type ProcessOutputStream = 'stdout' | 'stderr';

/** Resize a running PTY-backed `process/spawn` session. */
export interface ProcessResizePtyParams {
  /** Client-supplied, connection-scoped `processHandle` from `process/spawn`. */
  processHandle: string;
  /** New PTY size in character cells. */
  size: ProcessTerminalSize;
}

/** Empty success response for `process/resizePty`. */
export type ProcessResizePtyResponse = { [key: string]: unknown };

/**
 * Spawn a standalone process (argv vector) without a Codex sandbox on the host where the app server is running.
 *
 * `process/spawn` returns after the process has started and the connection-scoped `processHandle` has been registered. Process output and exit are reported via `process/outputDelta` and `process/exited` notifications.
 */
export interface ProcessSpawnParams {
  /** Command argv vector. Empty arrays are rejected. */
  command: string[];
  /** Absolute working directory for the process. */
  cwd: AbsolutePathBuf;
  /**
   * Optional environment overrides merged into the app-server process environment.
   *
   * Matching names override inherited values. Set a key to `null` to unset an inherited variable.
   */
  env?: { [key: string]: string | null } | null;
  /**
   * Optional per-stream stdout/stderr capture cap in bytes.
   *
   * When omitted, the server default applies. Set to `null` to disable the cap.
   */
  outputBytesCap?: number | null;
  /**
   * Client-supplied, connection-scoped process handle.
   *
   * Duplicate active handles are rejected on the same connection. The same handle can be reused after the prior process exits.
   */
  processHandle: string;
  /** Optional initial PTY size in character cells. Only valid when `tty` is true. */
  size?: ProcessTerminalSize | null;
  /** Allow follow-up `process/writeStdin` requests to write stdin bytes. */
  streamStdin?: boolean;
  /**
   * Stream stdout/stderr via `process/outputDelta` notifications.
   *
   * Streamed bytes are not duplicated into the `process/exited` notification.
   */
  streamStdoutStderr?: boolean;
  /**
   * Optional timeout in milliseconds.
   *
   * When omitted, the server default applies. Set to `null` to disable the timeout.
   */
  timeoutMs?: number | null;
  /**
   * Enable PTY mode.
   *
   * This implies `streamStdin` and `streamStdoutStderr`.
   */
  tty?: boolean;
}

/** Successful response for `process/spawn`. */
export type ProcessSpawnResponse = { [key: string]: unknown };

/** PTY size in character cells for `process/spawn` PTY sessions. */
export interface ProcessTerminalSize {
  /** Terminal width in character cells. */
  cols: number;
  /** Terminal height in character cells. */
  rows: number;
}

/** Write stdin bytes to a running `process/spawn` session, close stdin, or both. */
export interface ProcessWriteStdinParams {
  /** Close stdin after writing `deltaBase64`, if present. */
  closeStdin?: boolean;
  /** Optional base64-encoded stdin bytes to write. */
  deltaBase64?: string | null;
  /** Client-supplied, connection-scoped `processHandle` from `process/spawn`. */
  processHandle: string;
}

/** Empty success response for `process/writeStdin`. */
export type ProcessWriteStdinResponse = { [key: string]: unknown };

export interface Project {
  createdAt: number;
  id: string;
  metadata: { [key: string]: string };
  name: string;
  /** Newest non-archived member thread's recency, in Unix seconds; null when none exist. */
  recencyAt?: number | null;
  roots: ProjectRoot[];
  updatedAt: number;
}

export type ProjectChangeType = 'created' | 'updated' | 'deleted';

export interface ProjectChangedNotification {
  changeType: ProjectChangeType;
  projectId: string;
}

export interface ProjectCreateParams {
  idempotencyKey: string;
  metadata?: { [key: string]: string } | null;
  name: string;
  roots: ProjectRoot[];
}

export interface ProjectCreateResponse {
  project: Project;
}

export interface ProjectDeleteParams {
  projectId: string;
}

export type ProjectDeleteResponse = { [key: string]: unknown };

export interface ProjectImportParams {
  idempotencyKey: string;
  metadata?: { [key: string]: string } | null;
  name: string;
  roots: ProjectRoot[];
  threads?: string[] | null;
}

export interface ProjectImportResponse {
  project: Project;
}

export interface ProjectListParams {
  cursor?: string | null;
  limit?: number | null;
  /** Requires sortKey. Defaults to asc for position and desc for recencyAt. */
  sortDirection?: SortDirection | null;
  /** Defaults to position. Recency sorting always places empty projects last. Use the returned order; numeric positions are not exposed in project responses. */
  sortKey?: ProjectSortKey | null;
}

export interface ProjectListResponse {
  data: Project[];
  nextCursor?: string | null;
}

export interface ProjectMoveParams {
  /** Place the project before this ID, or append it when omitted or null. */
  beforeProjectId?: string | null;
  projectId: string;
}

export type ProjectMoveResponse = { [key: string]: unknown };

export interface ProjectReadParams {
  projectId: string;
}

export interface ProjectReadResponse {
  project: Project;
}

export interface ProjectRoot {
  path: AbsolutePathBuf;
}

export type ProjectSortKey = 'position' | 'recencyAt';

export interface ProjectUpdateParams {
  metadata?: { [key: string]: string } | null;
  name?: string | null;
  projectId: string;
  roots?: ProjectRoot[] | null;
}

export interface ProjectUpdateResponse {
  project: Project;
}

export type ProviderSettings =
  | {
    type: 'openai';
  }
  | {
    auth: GatewayAuth;
    type: 'customGateway';
  }
  | {
    profile?: string | null;
    region?: string | null;
    type: 'bedrock';
  }
  | {
    /** Path on the app-server host, without credential-file contents. */
    credentialFile?: string | null;
    location?: string | null;
    projectId?: string | null;
    type: 'gcp';
  };

/** Omitted patch fields preserve their values. Explicit null clears a nullable field. */
export type ProviderSettingsPatch =
  | {
    baseUrl?: string | null;
    envKey?: string | null;
    name?: string;
    /** Omit or pass null to allocate a new custom provider ID. */
    providerId?: string | null;
    type: 'customGateway';
  }
  | {
    profile?: string | null;
    providerId: BedrockProviderId;
    region?: string | null;
    type: 'bedrock';
  }
  | {
    credentialFile?: string | null;
    location?: string | null;
    projectId?: string | null;
    providerId: GcpProviderId;
    type: 'gcp';
  };

export interface QueuedSubmission {
  clientUserMessageId: string;
  id: string;
  input: UserInput[];
  /** Metadata retained with this input, including across reconnect and restoration. */
  responsesapiClientMetadata?: { [key: string]: string } | null;
}

export type RateLimitReachedType =
  | 'rate_limit_reached'
  | 'workspace_owner_credits_depleted'
  | 'workspace_member_credits_depleted'
  | 'workspace_owner_usage_limit_reached'
  | 'workspace_member_usage_limit_reached';

export interface RateLimitResetCredit {
  /** Backend-provided display description for this credit, or `null` when unavailable. */
  description?: string | null;
  /** Unix timestamp in seconds when the credit expires, or `null` if it does not expire. */
  expiresAt?: number | null;
  /** Unix timestamp in seconds when the credit was granted. */
  grantedAt: number;
  /** Opaque backend identifier for this reset credit. */
  id: string;
  resetType: RateLimitResetType;
  status: RateLimitResetCreditStatus;
  /** Backend-provided display title for this credit, or `null` when unavailable. */
  title?: string | null;
}

export type RateLimitResetCreditStatus = 'available' | 'redeeming' | 'redeemed' | 'unknown';

export interface RateLimitResetCreditsSummary {
  availableCount: number;
  /**
   * Detail rows for available reset credits, when the backend provides them.
   *
   * `null` means only `availableCount` is known, while an empty array means details were fetched and no available credits were returned. The backend may cap this list, so its length can be less than `availableCount`.
   */
  credits?: RateLimitResetCredit[] | null;
}

export type RateLimitResetType = 'codexRateLimits' | 'unknown';

export interface RateLimitSnapshot {
  credits?: CreditsSnapshot | null;
  individualLimit?: SpendControlLimitSnapshot | null;
  limitId?: string | null;
  limitName?: string | null;
  /** Normal model whose display name and reasoning options describe this quota alias. */
  normalModelSlug?: string | null;
  planType?: PlanType | null;
  primary?: RateLimitWindow | null;
  rateLimitReachedType?: RateLimitReachedType | null;
  secondary?: RateLimitWindow | null;
  /** Backend-reported spend-control state. `None` is unavailable, not a sparse-update recovery. */
  spendControlReached?: boolean | null;
}

export interface RateLimitWindow {
  resetsAt?: number | null;
  usedPercent: number;
  windowDurationMins?: number | null;
}

export type RealtimeConversationVersion = 'v1' | 'v2' | 'v3';

export type RealtimeOutputModality = 'text' | 'audio';

export type RealtimeVoice =
  | 'alloy'
  | 'arbor'
  | 'ash'
  | 'aube'
  | 'ballad'
  | 'breeze'
  | 'bubbie'
  | 'cedar'
  | 'coral'
  | 'cove'
  | 'echo'
  | 'ember'
  | 'haetsal'
  | 'hanul'
  | 'himari'
  | 'juniper'
  | 'leher'
  | 'maple'
  | 'marin'
  | 'miko'
  | 'neer'
  | 'porto'
  | 'rindo'
  | 'rio'
  | 'rivage'
  | 'sage'
  | 'selva'
  | 'shimmer'
  | 'sol'
  | 'sonna'
  | 'spruce'
  | 'tinta'
  | 'vale'
  | 'verse'
  | 'viola';

export interface RealtimeVoicesList {
  defaultV1: RealtimeVoice;
  defaultV2: RealtimeVoice;
  v1: RealtimeVoice[];
  v2: RealtimeVoice[];
  v3?: RealtimeVoice[];
}

/** A non-empty reasoning effort value advertised by the model. */
export type ReasoningEffort = string;

export interface ReasoningEffortOption {
  description: string;
  reasoningEffort: ReasoningEffort;
}

export type ReasoningItemContent =
  | {
    text: string;
    type: 'reasoning_text';
  }
  | {
    text: string;
    type: 'text';
  };

export interface ReasoningItemReasoningSummary {
  text: string;
  type: 'summary_text';
}

/** A summary of the reasoning performed by the model. This can be useful for debugging and understanding the model's reasoning process. See https://platform.openai.com/docs/guides/reasoning?api-mode=responses#reasoning-summaries */
export type ReasoningSummary = 'auto' | 'concise' | 'detailed' | 'none';

export interface ReasoningSummaryPartAddedNotification {
  itemId: string;
  summaryIndex: number;
  threadId: string;
  turnId: string;
}

export interface ReasoningSummaryTextDeltaNotification {
  delta: string;
  itemId: string;
  summaryIndex: number;
  threadId: string;
  turnId: string;
}

export interface ReasoningTextDeltaNotification {
  contentIndex: number;
  delta: string;
  itemId: string;
  threadId: string;
  turnId: string;
}

export interface RemoteControlClient {
  appVersion?: string | null;
  clientId: string;
  deviceModel?: string | null;
  deviceType?: string | null;
  displayName?: string | null;
  lastSeenAt?: number | null;
  osVersion?: string | null;
  platform?: string | null;
}

export type RemoteControlClientsListOrder = 'asc' | 'desc';

export interface RemoteControlClientsListParams {
  cursor?: string | null;
  environmentId: string;
  limit?: number | null;
  order?: RemoteControlClientsListOrder | null;
}

export interface RemoteControlClientsListResponse {
  data: RemoteControlClient[];
  nextCursor?: string | null;
}

export interface RemoteControlClientsRevokeParams {
  clientId: string;
  environmentId: string;
}

export type RemoteControlClientsRevokeResponse = { [key: string]: unknown };

export type RemoteControlConnectionStatus = 'disabled' | 'connecting' | 'connected' | 'errored';

export interface RemoteControlDisableParams {
  ephemeral?: boolean;
}

export interface RemoteControlDisableResponse {
  environmentId?: string | null;
  installationId: string;
  serverName: string;
  status: RemoteControlConnectionStatus;
}

export interface RemoteControlEnableParams {
  ephemeral?: boolean;
}

export interface RemoteControlEnableResponse {
  environmentId?: string | null;
  installationId: string;
  serverName: string;
  status: RemoteControlConnectionStatus;
}

export interface RemoteControlPairingStartParams {
  manualCode?: boolean;
}

export interface RemoteControlPairingStartResponse {
  environmentId: string;
  expiresAt: number;
  manualPairingCode?: string | null;
  pairingCode: string;
}

export interface RemoteControlPairingStatusParams {
  manualPairingCode?: string | null;
  pairingCode?: string | null;
}

export interface RemoteControlPairingStatusResponse {
  claimed: boolean;
}

/** Current remote-control connection status and remote identity exposed to clients. */
export interface RemoteControlStatusChangedNotification {
  environmentId?: string | null;
  installationId: string;
  serverName: string;
  status: RemoteControlConnectionStatus;
}

export interface RemoteControlStatusReadResponse {
  environmentId?: string | null;
  installationId: string;
  serverName: string;
  status: RemoteControlConnectionStatus;
}

export interface RequestHeader {
  name: string;
  value: string;
}

export type RequestId = string | number;

export interface RequestPermissionProfile {
  fileSystem?: AdditionalFileSystemPermissions | null;
  network?: AdditionalNetworkPermissions | null;
}

export type ResidencyRequirement = 'us';

/** A known resource that the server is capable of reading. */
export interface Resource {
  _meta?: unknown;
  annotations?: unknown;
  description?: string | null;
  icons?: unknown[] | null;
  mimeType?: string | null;
  name: string;
  size?: number | null;
  title?: string | null;
  uri: string;
}

/** Contents returned when reading a resource from an MCP server. */
export type ResourceContent =
  | {
    _meta?: unknown;
    mimeType?: string | null;
    text: string;
    /** The URI of this resource. */
    uri: string;
  }
  | {
    _meta?: unknown;
    blob: string;
    mimeType?: string | null;
    /** The URI of this resource. */
    uri: string;
  };

/** A template description for resources available on the server. */
export interface ResourceTemplate {
  annotations?: unknown;
  description?: string | null;
  mimeType?: string | null;
  name: string;
  title?: string | null;
  uriTemplate: string;
}

export type ResponseItem =
  | {
    id?: string | null;
    role: string;
    tools: unknown[];
    type: 'additional_tools';
  }
  | {
    content: ContentItem[];
    encrypted_content?: string | null;
    id?: string | null;
    internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
    phase?: MessagePhase | null;
    role: string;
    status?: string | null;
    type: 'message';
  }
  | {
    author: string;
    content: AgentMessageInputContent[];
    id?: string | null;
    internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
    recipient: string;
    type: 'agent_message';
  }
  | {
    content?: ReasoningItemContent[] | null;
    encrypted_content?: string | null;
    id?: string | null;
    internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
    summary: ReasoningItemReasoningSummary[];
    type: 'reasoning';
  }
  | {
    action: LocalShellAction;
    /** Set when using the Responses API. */
    call_id?: string | null;
    encrypted_content?: string | null;
    /** Legacy id field retained for compatibility with older payloads. */
    id?: string | null;
    internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
    status: LocalShellStatus;
    type: 'local_shell_call';
  }
  | {
    arguments: string;
    call_id: string;
    encrypted_content?: string | null;
    encrypted_function_args?: string[] | null;
    id?: string | null;
    internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
    name: string;
    namespace?: string | null;
    status?: string | null;
    type: 'function_call';
  }
  | {
    arguments: unknown;
    call_id?: string | null;
    encrypted_content?: string | null;
    execution: string;
    id?: string | null;
    internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
    status?: string | null;
    type: 'tool_search_call';
  }
  | {
    call_id?: string | null;
    id?: string | null;
    internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
    name?: string | null;
    namespace?: string | null;
    output: FunctionCallOutputBody;
    type: 'function_call_output';
  }
  | {
    call_id: string;
    encrypted_content?: string | null;
    id?: string | null;
    input: string;
    internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
    name: string;
    namespace?: string | null;
    status?: string | null;
    type: 'custom_tool_call';
  }
  | {
    call_id: string;
    id?: string | null;
    internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
    name?: string | null;
    output: FunctionCallOutputBody;
    type: 'custom_tool_call_output';
  }
  | {
    call_id?: string | null;
    execution: string;
    id?: string | null;
    internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
    status: string;
    tools: unknown[];
    type: 'tool_search_output';
  }
  | {
    action?: ResponsesApiWebSearchAction | null;
    encrypted_content?: string | null;
    id?: string | null;
    internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
    status?: string | null;
    type: 'web_search_call';
  }
  | {
    encrypted_content?: string | null;
    id?: string | null;
    internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
    result: string;
    revised_prompt?: string | null;
    status: string;
    type: 'image_generation_call';
  }
  | {
    encrypted_content: string;
    id?: string | null;
    internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
    type: 'compaction';
  }
  | {
    reasoning: ConfigurationReasoning;
    type: 'configuration_update';
  }
  | {
    type: 'compaction_trigger';
  }
  | {
    encrypted_content?: string | null;
    id?: string | null;
    internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
    type: 'context_compaction';
  }
  | {
    type: 'other';
  };

export type ResponsesApiWebSearchAction =
  | {
    queries?: string[] | null;
    query?: string | null;
    type: 'search';
  }
  | {
    type: 'open_page';
    url?: string | null;
  }
  | {
    pattern?: string | null;
    type: 'find_in_page';
    url?: string | null;
  }
  | {
    type: 'other';
  };

/** User's decision in response to an ExecApprovalRequest. */
export type ReviewDecision =
  | 'approved'
  | 'approved_for_session'
  | 'approved_mcp_policy_amendment'
  | 'timed_out'
  | 'abort'
  | {
    approved_execpolicy_amendment: {
      proposed_execpolicy_amendment: string[];
    };
  }
  | {
    network_policy_amendment: {
      network_policy_amendment: NetworkPolicyAmendment;
    };
  }
  | {
    denied: {
      rejection: string;
    };
  };

export type ReviewDelivery = 'inline';

export interface ReviewStartParams {
  /** Reviews run inline on the supplied thread. Omit this field or pass `inline`. To review on a separate thread, start a thread first and use its id. */
  delivery?: ReviewDelivery | null;
  target: ReviewTarget;
  threadId: string;
}

export interface ReviewStartResponse {
  /** The thread id supplied to `review/start`. */
  reviewThreadId: string;
  turn: Turn;
}

export type ReviewTarget =
  | {
    type: 'uncommittedChanges';
  }
  | {
    branch: string;
    type: 'baseBranch';
  }
  | {
    sha: string;
    /** Optional human-readable label (e.g., commit subject) for UIs. */
    title?: string | null;
    type: 'commit';
  }
  | {
    instructions: string;
    type: 'custom';
  };

/** Acknowledges the compression trigger, not completion. Existing maintenance locks and cooldowns can cause the background pass to skip without doing work. */
export type RolloutCompressResponse = { [key: string]: unknown };

export type SandboxMode = 'read-only' | 'workspace-write' | 'danger-full-access';

export type SandboxPolicy =
  | {
    type: 'dangerFullAccess';
  }
  | {
    networkAccess?: boolean;
    type: 'readOnly';
  }
  | {
    networkAccess?: NetworkAccess;
    type: 'externalSandbox';
  }
  | {
    excludeSlashTmp?: boolean;
    excludeTmpdirEnvVar?: boolean;
    networkAccess?: boolean;
    type: 'workspaceWrite';
    writableRoots?: AbsolutePathBuf[];
  };

export interface SandboxWorkspaceWrite {
  exclude_slash_tmp?: boolean;
  exclude_tmpdir_env_var?: boolean;
  network_access?: boolean;
  writable_roots?: string[];
}

export type ScheduledTaskSchedule =
  | {
    days?: ScheduledTaskWeekday[] | null;
    intervalHours: number;
    type: 'hourly';
  }
  | {
    time: string;
    type: 'daily';
  }
  | {
    time: string;
    type: 'weekdays';
  }
  | {
    days: ScheduledTaskWeekday[];
    time: string;
    type: 'weekly';
  };

export interface ScheduledTaskSummary {
  key: string;
  name: string;
  prompt: string;
  schedule: ScheduledTaskSchedule;
}

export type ScheduledTaskWeekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

/** A user-selected root that can expose one or more runtime capabilities. */
export interface SelectedCapabilityRoot {
  /** Stable identifier supplied by the capability selection platform. */
  id: string;
  /** Where the selected root can be resolved. */
  location: CapabilityRootLocation;
}

export interface SendAddCreditsNudgeEmailParams {
  creditType: AddCreditsNudgeCreditType;
}

export interface SendAddCreditsNudgeEmailResponse {
  status: AddCreditsNudgeEmailStatus;
}

export interface ServerDiagnosticsGauge {
  name: string;
  value: number;
}

export type ServerDiagnosticsParams = { [key: string]: unknown };

export interface ServerDiagnosticsProcess {
  id: number;
  physicalFootprintBytes?: number | null;
  residentMemoryBytes?: number | null;
}

export interface ServerDiagnosticsResponse {
  gauges: ServerDiagnosticsGauge[];
  process: ServerDiagnosticsProcess;
}

export interface ServerRequestResolvedNotification {
  requestId: RequestId;
  threadId: string;
}

export interface SessionMigration {
  cwd: string;
  path: string;
  title?: string | null;
}

export type SessionSource =
  | 'cli'
  | 'vscode'
  | 'exec'
  | 'appServer'
  | 'unknown'
  | {
    custom: string;
  }
  | {
    subAgent: SubAgentSource;
  };

/** Settings for a collaboration mode. */
export interface Settings {
  developer_instructions?: string | null;
  model: string;
  reasoning_effort?: ReasoningEffort | null;
}

export interface SkillDependencies {
  tools: SkillToolDependency[];
}

export interface SkillErrorInfo {
  message: string;
  path: string;
}

export interface SkillInterface {
  brandColor?: string | null;
  defaultPrompt?: string | null;
  displayName?: string | null;
  iconLarge?: AbsolutePathBuf | null;
  /** Remote large icon URL from the plugin catalog. */
  iconLargeUrl?: string | null;
  iconSmall?: AbsolutePathBuf | null;
  /** Remote small icon URL from the plugin catalog. */
  iconSmallUrl?: string | null;
  shortDescription?: string | null;
}

export interface SkillMetadata {
  dependencies?: SkillDependencies | null;
  description: string;
  enabled: boolean;
  interface?: SkillInterface | null;
  name: string;
  path: LegacyAppPathString;
  /** Owning plugin ID, matching `PluginSummary.id`, when known. */
  pluginId?: string | null;
  scope: SkillScope;
  /** Legacy short_description from SKILL.md. Prefer SKILL.json interface.short_description. */
  shortDescription?: string | null;
}

export interface SkillMigration {
  name: string;
}

export type SkillScope = 'user' | 'repo' | 'system' | 'admin';

export interface SkillSummary {
  description: string;
  enabled: boolean;
  interface?: SkillInterface | null;
  name: string;
  path?: LegacyAppPathString | null;
  shortDescription?: string | null;
}

export interface SkillToolDependency {
  command?: string | null;
  description?: string | null;
  transport?: string | null;
  type: string;
  url?: string | null;
  value: string;
}

/**
 * Notification emitted when watched local skill files change.
 *
 * Treat this as an invalidation signal and re-run `skills/list` with the client's current parameters when refreshed skill metadata is needed.
 */
export type SkillsChangedNotification = { [key: string]: unknown };

export interface SkillsConfigWriteParams {
  enabled: boolean;
  /** Name-based selector. */
  name?: string | null;
  /** Path-based selector. */
  path?: AbsolutePathBuf | null;
}

export interface SkillsConfigWriteResponse {
  effectiveEnabled: boolean;
}

export interface SkillsExtraRootsSetParams {
  extraRoots: AbsolutePathBuf[];
}

export type SkillsExtraRootsSetResponse = { [key: string]: unknown };

export interface SkillsListEntry {
  cwd: string;
  errors: SkillErrorInfo[];
  skills: SkillMetadata[];
}

export interface SkillsListParams {
  /** When empty, defaults to the current session working directory. */
  cwds?: string[];
  /** When true, bypass the skills cache and re-scan skills from disk. */
  forceReload?: boolean;
}

export interface SkillsListResponse {
  data: SkillsListEntry[];
}

export type SortDirection = 'asc' | 'desc';

export interface SpendControlLimitSnapshot {
  limit: string;
  remainingPercent: number;
  resetsAt: number;
  used: string;
}

export interface StrictReviewRequiredNotification {
  /** Unix timestamp (in milliseconds) when this review started. */
  startedAtMs: number;
  threadId: string;
  turnId: string;
}

export type SubAgentActivityKind = 'started' | 'interacted' | 'interrupted' | 'completed';

export type SubAgentSource =
  | 'review'
  | 'compact'
  | 'memory_consolidation'
  | {
    thread_spawn: {
      agent_nickname?: string | null;
      agent_path?: AgentPath | null;
      agent_role?: string | null;
      depth: number;
      parent_thread_id: ThreadId;
    };
  }
  | {
    other: string;
  };

export interface SubagentMigration {
  name: string;
}

export interface TerminalInteractionNotification {
  itemId: string;
  processId: string;
  stdin: string;
  threadId: string;
  turnId: string;
}

export interface TextElement {
  /** Byte range in the parent `text` buffer that this element occupies. */
  byteRange: ByteRange;
  /** Optional human-readable placeholder for the element, displayed in the UI. */
  placeholder?: string | null;
}

export interface TextPosition {
  /** 1-based column number (in Unicode scalar values). */
  column: number;
  /** 1-based line number. */
  line: number;
}

export interface TextRange {
  end: TextPosition;
  start: TextPosition;
}

export interface Thread {
  /** Optional random unique nickname assigned to an AgentControl-spawned sub-agent. */
  agentNickname?: string | null;
  /** Optional role (agent_role) assigned to an AgentControl-spawned sub-agent. */
  agentRole?: string | null;
  /** Parent that owns this persisted attached thread, independent of fork or spawn lineage. */
  attachedToThreadId?: string | null;
  /** Whether the app server accepts direct turn input for this loaded thread. `None` means the capability is unavailable, such as for an unloaded stored thread. */
  canAcceptDirectInput?: boolean | null;
  /** Version of the CLI that created the thread. */
  cliVersion: string;
  /** Unix timestamp (in seconds) when the thread was created. */
  createdAt: number;
  /** Working directory captured for the thread. */
  cwd: AbsolutePathBuf;
  /** Saved Daybreak choice, independent of turn execution. Null if unset. */
  daybreakEnabled?: boolean | null;
  /** Current environments for a loaded thread, in priority order, primary first. `null` means the thread is not loaded or the server does not expose its selection. An empty list means no environments are selected. This does not report connection status. */
  environments?: ThreadEnvironment[] | null;
  /** Whether the thread is ephemeral and should not be materialized on disk. */
  ephemeral: boolean;
  /** Optional implementation-specific thread data. */
  extra?: ThreadExtra | null;
  /** Source thread id when this thread was created by forking another thread. */
  forkedFromId?: string | null;
  /** Optional Git metadata captured when the thread was created. */
  gitInfo?: GitInfo | null;
  /** Persisted thread history contract selected when this thread was created. */
  historyMode?: ThreadHistoryMode;
  /** Identifier for this thread. Codex-generated thread IDs are UUIDv7. */
  id: string;
  /** Current configured model when loaded, otherwise the latest persisted model. Null when unavailable. This is not per-turn execution telemetry. */
  model?: string | null;
  /** Model provider used for this thread (for example, 'openai'). */
  modelProvider: string;
  /** Optional user-facing thread title. */
  name?: string | null;
  /** Originator recorded when the thread was created, independent of its current client or executor. Null when the recorded originator is unavailable. */
  originator?: string | null;
  /** The ID of the parent thread. This will only be set if this thread is a subagent. */
  parentThreadId?: string | null;
  /** [UNSTABLE] Path to the thread on disk. */
  path?: string | null;
  /** Usually the first user message in the thread, if available. */
  preview: string;
  /** Canonical project assignment owned by app-server, if any. */
  projectId: string | null;
  /** Current configured reasoning effort when loaded, otherwise the latest persisted effort. Null when unset or unavailable. This is not per-turn execution telemetry. */
  reasoningEffort?: ReasoningEffort | null;
  /** Unix timestamp (in seconds) used for thread recency ordering. */
  recencyAt?: number | null;
  /** The independently persisted section selected for this thread, if any. */
  section?: ThreadSection | null;
  /** Unix timestamp in seconds when the thread entered its current section. */
  sectionEnteredAt?: number | null;
  /** Session id shared by threads that belong to the same session tree. */
  sessionId: string;
  /** Origin of the thread (CLI, VSCode, codex exec, codex app-server, etc.). */
  source: SessionSource;
  /** Current runtime status for the thread. */
  status: ThreadStatus;
  /** Optional analytics source classification for this thread. */
  threadSource?: ThreadSource | null;
  /** Only populated on `thread/resume`, `thread/fork`, and `thread/read` (when `includeTurns` is true) responses. For all other responses and notifications returning a Thread, the turns field will be an empty list. */
  turns: Turn[];
  /** Unix timestamp (in seconds) when the thread was last updated. */
  updatedAt: number;
}

export type ThreadActiveFlag = 'waitingOnApproval' | 'waitingOnUserInput';

export interface ThreadApproveGuardianDeniedActionParams {
  /** Serialized `codex_protocol::protocol::GuardianAssessmentEvent`. */
  event: unknown;
  threadId: string;
}

export type ThreadApproveGuardianDeniedActionResponse = { [key: string]: unknown };

export interface ThreadArchiveParams {
  threadId: string;
}

export type ThreadArchiveResponse = { [key: string]: unknown };

export interface ThreadArchivedNotification {
  threadId: string;
}

/** An independently persisted attachment associated with a thread. */
export interface ThreadAttachment {
  attachmentType: string;
  createdAt: number;
  id: string;
  identityKey: string;
  payload: unknown;
}

/** Result of attempting to associate an attachment with a thread. */
export type ThreadAttachmentAddOutcome = 'created' | 'existing';

/** Parameters for creating or locating an attachment on its owning thread. */
export interface ThreadAttachmentAddParams {
  attachmentType: string;
  identityKey: string;
  payload: unknown;
  threadId: string;
}

/** The created or existing attachment. */
export interface ThreadAttachmentAddResponse {
  attachment: ThreadAttachment;
  outcome: ThreadAttachmentAddOutcome;
}

/** Parameters for listing attachments from one thread. */
export interface ThreadAttachmentListParams {
  cursor?: string | null;
  limit?: number | null;
  threadId: string;
}

/** One page of attachments associated with the requested thread. */
export interface ThreadAttachmentListResponse {
  data: ThreadAttachment[];
  nextCursor?: string | null;
}

/** The persisted attachment change represented by a notification. */
export type ThreadAttachmentOperation = 'created' | 'deleted';

/** A thread that currently owns an attachment with the requested identity. */
export interface ThreadAttachmentOwner {
  /** Whether the owning thread is archived, not whether it is currently executing a turn. */
  archived: boolean;
  threadId: string;
}

/** Parameters for reverse lookup by attachment identity within this server's store. */
export interface ThreadAttachmentOwnerListParams {
  /** Omitted or null returns all matches; false returns non-archived threads only. */
  archived?: boolean | null;
  attachmentType: string;
  cursor?: string | null;
  identityKey: string;
  limit?: number | null;
}

/** One page of matching owners, including threads without their own user messages. */
export interface ThreadAttachmentOwnerListResponse {
  data: ThreadAttachmentOwner[];
  nextCursor?: string | null;
}

/** Parameters for deleting an attachment by its stable thread-local identity. */
export interface ThreadAttachmentRemoveParams {
  attachmentType: string;
  identityKey: string;
  threadId: string;
}

/** Successful deletion does not return additional attachment data. */
export type ThreadAttachmentRemoveResponse = { [key: string]: unknown };

/** Notification published after a thread attachment is created or deleted. */
export interface ThreadAttachmentUpdatedNotification {
  attachmentId: string;
  attachmentType: string;
  identityKey: string;
  operation: ThreadAttachmentOperation;
  threadId: string;
}

export interface ThreadBackgroundTerminal {
  command: string;
  cpuPercent?: number | null;
  cwd: LegacyAppPathString;
  itemId: string;
  osPid?: number | null;
  processId: string;
  rssKb?: number | null;
}

export interface ThreadBackgroundTerminalsCleanParams {
  threadId: string;
}

export type ThreadBackgroundTerminalsCleanResponse = { [key: string]: unknown };

export interface ThreadBackgroundTerminalsListParams {
  /** Opaque pagination cursor returned by a previous call. */
  cursor?: string | null;
  /** Optional page size. */
  limit?: number | null;
  threadId: string;
}

export interface ThreadBackgroundTerminalsListResponse {
  data: ThreadBackgroundTerminal[];
  /** Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return. */
  nextCursor?: string | null;
}

export interface ThreadBackgroundTerminalsTerminateParams {
  processId: string;
  threadId: string;
}

export interface ThreadBackgroundTerminalsTerminateResponse {
  terminated: boolean;
}

export interface ThreadClosedNotification {
  threadId: string;
}

export interface ThreadCompactStartParams {
  threadId: string;
}

export type ThreadCompactStartResponse = { [key: string]: unknown };

/** Parameters for `thread/decrement_elicitation`. */
export interface ThreadDecrementElicitationParams {
  /** Thread whose out-of-band elicitation counter should be decremented. */
  threadId: string;
}

/** Response for `thread/decrement_elicitation`. */
export interface ThreadDecrementElicitationResponse {
  /** Current out-of-band elicitation count after the decrement. */
  count: number;
  /** Whether timeout accounting remains paused after applying the decrement. */
  paused: boolean;
}

export interface ThreadDeleteParams {
  threadId: string;
}

export type ThreadDeleteResponse = { [key: string]: unknown };

export interface ThreadDeletedNotification {
  threadId: string;
}

/** An environment selected by a loaded thread, independent of connection status. */
export interface ThreadEnvironment {
  cwd: LegacyAppPathString;
  environmentId: string;
  runtimeWorkspaceRoots: LegacyAppPathString[];
}

/** Extra app-server data for a thread. */
export type ThreadExtra = { [key: string]: unknown };

/**
 * There are two ways to fork a thread: 1. By thread_id: load the thread from disk by thread_id and fork it into a new thread. 2. By path: load the thread from disk by path and fork it into a new thread.
 *
 * If using a non-empty path, the thread_id param will be ignored. Empty string path values are treated as absent.
 *
 * Prefer using thread_id whenever possible.
 */
export interface ThreadForkParams {
  approvalPolicy?: AskForApproval | null;
  /** Override where approval requests are routed for review on this thread and subsequent turns. */
  approvalsReviewer?: ApprovalsReviewer | null;
  /** Persist the fork as an attached thread of its resolved source, hidden from ordinary lists. The source cannot be deleted while attached threads exist. Requires a paginated source and local storage; incompatible with ephemeral and deferGoalContinuation. Omitted or false creates an ordinary fork. */
  attachToSource?: boolean;
  baseInstructions?: string | null;
  /** Optional turn id to fork before, excluding that turn and all later turns. Cannot be combined with `last_turn_id`. */
  beforeTurnId?: string | null;
  config?: { [key: string]: unknown } | null;
  cwd?: string | null;
  /** When true, carry the source thread's current goal into the fork without starting its initial automatic continuation. The next explicit turn owns the goal lifecycle, and normal automatic continuation resumes after it. */
  deferGoalContinuation?: boolean;
  developerInstructions?: string | null;
  ephemeral?: boolean;
  /** When true, return only thread metadata and live fork state without populating `thread.turns`. This is useful when the client plans to call `thread/turns/list` immediately after forking. Full-history hydration is deprecated for paginated threads; use this with `thread/turns/list` and `thread/items/list` instead. */
  excludeTurns?: boolean;
  /** Disable MCP servers in prediction mode when the inherited window uses incremental tools on Responses Lite. Requires `experimentalPredictionMode: true`. */
  experimentalDisablePredictionMcp?: boolean;
  /** Start from the loaded parent's effective config, tools, environments, and persisted history to maximize prompt-cache reuse. Requires a loaded, persisted parent and `ephemeral: true`. Enables `features.reasoning_effort_override` on the fork. Only `config.thread_unload_delay_secs` may override the inherited config. Cannot be combined with `path`, `lastTurnId`, or `beforeTurnId`. */
  experimentalPredictionMode?: boolean;
  /**
   * Optional last turn id to fork through, inclusive.
   *
   * When specified, turns after `last_turn_id` are omitted from the fork. The referenced turn cannot be in progress.
   */
  lastTurnId?: string | null;
  /** Configuration overrides for the forked thread, if any. */
  model?: string | null;
  modelProvider?: string | null;
  /** [UNSTABLE] Specify the rollout path to fork from. If specified, the thread_id param will be ignored. */
  path?: string | null;
  /** Named profile id for the forked thread. Cannot be combined with `sandbox`. */
  permissions?: string | null;
  /** Replace the thread's runtime workspace roots. Paths must be absolute. */
  runtimeWorkspaceRoots?: AbsolutePathBuf[] | null;
  sandbox?: SandboxMode | null;
  serviceTier?: string | null;
  threadId: string;
  /** Optional client-supplied analytics source classification for this forked thread. */
  threadSource?: ThreadSource | null;
}

export interface ThreadForkResponse {
  /** Named or implicit built-in profile that produced the active permissions, when known. */
  activePermissionProfile?: ActivePermissionProfile | null;
  approvalPolicy: AskForApproval;
  /** Reviewer currently used for approval requests on this thread. */
  approvalsReviewer: ApprovalsReviewer;
  cwd: AbsolutePathBuf;
  /** Saved list of disabled plugin IDs. Does not yet filter plugin capabilities. */
  disabledPluginIds?: string[];
  /** Environment-native paths to instruction source files currently loaded for this thread. */
  instructionSources?: LegacyAppPathString[];
  model: string;
  modelProvider: string;
  /** @deprecated Always `explicitRequestOnly`. Use `reasoningEffort` for Ultra behavior. */
  multiAgentMode?: MultiAgentMode;
  reasoningEffort?: ReasoningEffort | null;
  /** Thread-scoped runtime workspace roots used to materialize `:workspace_roots`. */
  runtimeWorkspaceRoots?: AbsolutePathBuf[];
  /** Legacy sandbox policy retained for compatibility. Experimental clients should prefer `activePermissionProfile` for profile provenance. */
  sandbox: SandboxPolicy;
  serviceTier?: string | null;
  thread: Thread;
}

export interface ThreadGoal {
  createdAt: number;
  objective: string;
  status: ThreadGoalStatus;
  threadId: string;
  timeUsedSeconds: number;
  tokenBudget?: number | null;
  tokensUsed: number;
  updatedAt: number;
}

export interface ThreadGoalClearParams {
  /** Missing provenance does not supply user authorization. */
  origin?: ThreadGoalMutationOrigin | null;
  threadId: string;
}

export interface ThreadGoalClearResponse {
  cleared: boolean;
}

export interface ThreadGoalClearedNotification {
  threadId: string;
}

export interface ThreadGoalGetParams {
  threadId: string;
}

export interface ThreadGoalGetResponse {
  goal?: ThreadGoal | null;
}

/** Distinguishes explicit user actions from automatic goal lifecycle mutations. */
export type ThreadGoalMutationOrigin = 'user' | 'automatic';

export interface ThreadGoalSetParams {
  objective?: string | null;
  /** Missing provenance does not supply user authorization. */
  origin?: ThreadGoalMutationOrigin | null;
  status?: ThreadGoalStatus | null;
  threadId: string;
  tokenBudget?: number | null;
}

export interface ThreadGoalSetResponse {
  goal: ThreadGoal;
}

export type ThreadGoalStatus = 'active' | 'paused' | 'blocked' | 'usageLimited' | 'budgetLimited' | 'complete';

export interface ThreadGoalUpdatedNotification {
  goal: ThreadGoal;
  threadId: string;
  turnId?: string | null;
}

export interface ThreadGuardianAssessment {
  outcome: GuardianAssessmentOutcome;
  rationale: string;
  riskLevel: GuardianRiskLevel;
  userAuthorization: GuardianUserAuthorization;
}

/** Calling `thread/guardianReview` subscribes the connection to the thread. The subscription remains after the review completes, keeping the thread loaded until the client calls `thread/unsubscribe` or disconnects. Sequential calls on the same loaded thread can reuse Guardian history across direct reviews and live approvals. The reviewer keeps a separate conversation from the actor and follows the parent thread's normal persistence settings. A retry evaluates the final call again under the current policy. */
export interface ThreadGuardianReviewParams {
  threadId: string;
}

export interface ThreadGuardianReviewResponse {
  /** Null when current policy or a remembered approval skips review. */
  assessment?: ThreadGuardianAssessment | null;
  callId: string;
}

export type ThreadHistoryMode = 'legacy' | 'paginated';

export type ThreadId = string;

/** Parameters for `thread/increment_elicitation`. */
export interface ThreadIncrementElicitationParams {
  /** Thread whose out-of-band elicitation counter should be incremented. */
  threadId: string;
}

/** Response for `thread/increment_elicitation`. */
export interface ThreadIncrementElicitationResponse {
  /** Current out-of-band elicitation count after the increment. */
  count: number;
  /** Whether timeout accounting is paused after applying the increment. */
  paused: boolean;
}

export interface ThreadInjectItemsParams {
  /** Raw Responses API items to append to the thread's model-visible history. */
  items: unknown[];
  threadId: string;
}

export type ThreadInjectItemsResponse = { [key: string]: unknown };

/** A thread item and its recorded lifecycle times. The payload stays flat on the wire. */
export type ThreadItem =
  | {
    clientId?: string | null;
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    content: UserInput[];
    id: string;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
    type: 'userMessage';
  }
  | {
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    fragments: HookPromptFragment[];
    id: string;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
    type: 'hookPrompt';
  }
  | {
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    delivery?: AgentMessageDelivery | null;
    id: string;
    memoryCitation?: MemoryCitation | null;
    moderation?: AgentMessageModeration | null;
    phase?: MessagePhase | null;
    questions?: AsyncUserInputQuestion[] | null;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
    text: string;
    type: 'agentMessage';
  }
  | {
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    id: string;
    name: string;
    namespace?: string | null;
    output: FunctionCallOutputBody;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
    type: 'functionCallOutput';
  }
  | {
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    id: string;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
    text: string;
    type: 'plan';
  }
  | {
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    content?: string[];
    id: string;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
    summary?: string[];
    type: 'reasoning';
  }
  | {
    /** The command's output, aggregated from stdout and stderr. */
    aggregatedOutput?: string | null;
    /** The command to be executed. */
    command: string;
    /** A best-effort parsing of the command to understand the action(s) it will perform. This returns a list of CommandAction objects because a single shell command may be composed of many commands piped together. */
    commandActions: CommandAction[];
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    /** The command's working directory. */
    cwd: LegacyAppPathString;
    /** The duration of the command execution in milliseconds. */
    durationMs?: number | null;
    /** The command's exit code. */
    exitCode?: number | null;
    id: string;
    /** Trusted first-party plugin id when this command resolves to one plugin script. */
    pluginId?: string | null;
    /** Identifier for the underlying PTY process (when available). */
    processId?: string | null;
    /** Safe plugin-relative path when this command resolves to one plugin script. */
    scriptPath?: string | null;
    source?: CommandExecutionSource;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
    status: CommandExecutionStatus;
    type: 'commandExecution';
  }
  | {
    changes: FileUpdateChange[];
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    id: string;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
    status: PatchApplyStatus;
    type: 'fileChange';
  }
  | {
    appContext?: McpToolCallAppContext | null;
    arguments: unknown;
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    /** The duration of the MCP tool call in milliseconds. */
    durationMs?: number | null;
    /** Registration scope, not necessarily the server's execution environment. */
    environmentId?: string | null;
    error?: McpToolCallError | null;
    id: string;
    /** Legacy compatibility field; prefer `mcpAppUi.resourceUri` when available. */
    mcpAppResourceUri?: string | null;
    /** Presentation captured from the invoked descriptor; absent in older history. */
    mcpAppUi?: McpAppUi | null;
    pluginId?: string | null;
    readOnlyHint?: boolean | null;
    result?: McpToolCallResult | null;
    server: string;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
    status: McpToolCallStatus;
    tool: string;
    type: 'mcpToolCall';
  }
  | {
    arguments: unknown;
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    contentItems?: DynamicToolCallOutputContentItem[] | null;
    /** The duration of the dynamic tool call in milliseconds. */
    durationMs?: number | null;
    id: string;
    namespace?: string | null;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
    status: DynamicToolCallStatus;
    success?: boolean | null;
    tool: string;
    type: 'dynamicToolCall';
  }
  | {
    /** Last known status of the target agents, when available. */
    agentsStates: { [key: string]: CollabAgentState };
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    /** Unique identifier for this collab tool call. */
    id: string;
    /** Model requested for the spawned agent, when applicable. */
    model?: string | null;
    /** Prompt text sent as part of the collab tool call, when available. */
    prompt?: string | null;
    /** Reasoning effort requested for the spawned agent, when applicable. */
    reasoningEffort?: ReasoningEffort | null;
    /** Thread ID of the receiving agent, when applicable. In case of spawn operation, this corresponds to the newly spawned agent. */
    receiverThreadIds: string[];
    /** Thread ID of the agent issuing the collab request. */
    senderThreadId: string;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
    /** Current status of the collab tool call. */
    status: CollabAgentToolCallStatus;
    /** Name of the collab tool that was invoked. */
    tool: CollabAgentTool;
    type: 'collabAgentToolCall';
  }
  | {
    agentPath: string;
    agentThreadId: string;
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    id: string;
    kind: SubAgentActivityKind;
    /** Resolved model at sub-agent creation; absent from older records and other activities. */
    model?: string | null;
    /** Resolved reasoning effort at sub-agent creation, when known. */
    reasoningEffort?: ReasoningEffort | null;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
    type: 'subAgentActivity';
  }
  | {
    action?: WebSearchAction | null;
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    id: string;
    query: string;
    /**
     * Structured search results returned out-of-band by standalone web search.
     *
     * These stay as opaque JSON at the extension/app-server boundary so new result fields and result types can pass through without a Codex release.
     */
    results?: unknown[] | null;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
    type: 'webSearch';
  }
  | {
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    id: string;
    path: LegacyAppPathString;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
    type: 'imageView';
  }
  | {
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    durationMs: number;
    id: string;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
    type: 'sleep';
  }
  | {
  /** Unix timestamp in milliseconds when the item completed, if recorded. */
  completedAtMs?: number | null;
  failure?: ImageGenerationFailure | null;
  fileId: string;
  /** Image generation identifier for the generated image, when provided by the image backend. */
  generationId?: string | null;
  id: string;
  /** Observed local inputs for a completed generation, absent on older items. */
  inputImages?: ImageGenerationInputImage[];
  revisedPrompt?: string | null;
  savedPath?: AbsolutePathBuf | null;
  /** Unix timestamp in milliseconds when the item started, if recorded. */
  startedAtMs?: number | null;
  status: string;
  transparentBackground?: boolean | null;
  type: 'imageGeneration';
}
  | {
  /** Unix timestamp in milliseconds when the item completed, if recorded. */
  completedAtMs?: number | null;
  failure?: ImageGenerationFailure | null;
  /** Image generation identifier for the generated image, when provided by the image backend. */
  generationId?: string | null;
  id: string;
  /** Observed local inputs for a completed generation, absent on older items. */
  inputImages?: ImageGenerationInputImage[];
  result: string;
  revisedPrompt?: string | null;
  savedPath?: AbsolutePathBuf | null;
  /** Unix timestamp in milliseconds when the item started, if recorded. */
  startedAtMs?: number | null;
  status: string;
  transparentBackground?: boolean | null;
  type: 'imageGeneration';
}
  | {
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    id: string;
    review: string;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
    type: 'enteredReviewMode';
  }
  | {
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    id: string;
    review: string;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
    type: 'exitedReviewMode';
  }
  | {
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    id: string;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
    type: 'contextCompaction';
  };

export interface ThreadItemEntry {
  /** Unix timestamp (milliseconds) when the item completed, if recorded by the producer. */
  completedAtMs?: number | null;
  item: ThreadItem;
  /** The saved output was omitted. Fetch the complete item with `thread/items/read`. */
  outputDeferred?: boolean;
  /** Unix timestamp (milliseconds) when the item started, if recorded by the producer. */
  startedAtMs?: number | null;
  /** Turn containing this item. */
  turnId: string;
}

export interface ThreadItemOutputDeferral {
  /** Defer nonempty output from successful commands. */
  commandExecution?: boolean;
  /** Defer nonempty plain-text results from successful MCP tool calls. */
  mcpToolCall?: boolean;
}

/** An exclusive item position within the requested visible turn. */
export interface ThreadItemsListAnchor {
  itemId: string;
  type: 'item';
}

/** Starting position for an item-history page. */
export type ThreadItemsListCursor = string | ThreadItemsListAnchor;

export interface ThreadItemsListParams {
  /** Opaque continuation cursor or an exclusive item anchor in the requested visible turn. An item anchor requires a non-empty `turnId`; ascending (the default) returns items after it, and descending returns items before it. Continue with the returned string cursor. */
  cursor?: ThreadItemsListCursor | null;
  /** For a single turn, choose which saved outputs to fetch separately by item ID. */
  deferOutput?: ThreadItemOutputDeferral | null;
  /** Optional item page size. */
  limit?: number | null;
  /** Optional item pagination direction; defaults to ascending. */
  sortDirection?: SortDirection | null;
  threadId: string;
  /** Optional turn id to filter by. When omitted, returns items across the thread. */
  turnId?: string | null;
}

export interface ThreadItemsListResponse {
  /** Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page contains at least one item. */
  backwardsCursor?: string | null;
  data: ThreadItemEntry[];
  /** Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to return. */
  nextCursor?: string | null;
}

/** EXPERIMENTAL - retrieve a bounded set of persisted items from one turn. */
export interface ThreadItemsReadParams {
  /** Item IDs to retrieve. Supply 1 to 100 IDs. */
  itemIds: string[];
  threadId: string;
  turnId: string;
}

/** EXPERIMENTAL - persisted items returned in canonical stored order. */
export interface ThreadItemsReadResponse {
  data: ThreadItemEntry[];
}

export type ThreadListCwdFilter = string | string[];

export interface ThreadListParams {
  /** Optional ancestor thread filter. Returns spawned descendants at any depth, excluding the ancestor itself. Mutually exclusive with `parentThreadId`. */
  ancestorThreadId?: string | null;
  /** Optional archived filter; when set to true, only archived threads are returned. If false or null, only non-archived threads are returned. */
  archived?: boolean | null;
  /** Return only persistent threads attached to this thread, including empty threads. Mutually exclusive with parentThreadId and ancestorThreadId. Omitting this filter keeps attached threads hidden from ordinary listings. */
  attachedToThreadId?: string | null;
  /** Show local history visible to the current ChatGPT account. Defaults to false. */
  currentAccountOnly?: boolean;
  /** Opaque pagination cursor returned by a previous call. */
  cursor?: string | null;
  /** Optional cwd filter or filters; when set, only threads whose session cwd exactly matches one of these paths are returned. */
  cwd?: ThreadListCwdFilter | null;
  /** Thread IDs to exclude before applying the result limit. Up to 100 entries; invalid IDs or a larger list are rejected, never truncated. Send the same exclusions on each page. Omitted, null, or empty means no exclusions. */
  excludedThreadIds?: string[] | null;
  /** Include persistent threads attached to a parent when searching by title. */
  includeAttachedThreads?: boolean;
  /** Restrict results to up to 100 thread IDs before pagination. Omit or send null for unrestricted results. An empty list matches nothing. Exclusions still apply. Repeat the same IDs on each page. The local store uses indexed metadata for this filter. */
  includedThreadIds?: string[] | null;
  /** Optional page size; defaults to a reasonable server-side value. */
  limit?: number | null;
  /** Optional provider filter; when set, only sessions recorded under these providers are returned. When present but empty, includes all providers. */
  modelProviders?: string[] | null;
  /** Optional originator allowlist, matching any supplied value exactly. Supported by hosted backends only; the local app-server rejects a nonempty list. Omitted or empty lists leave originators unrestricted. */
  originators?: string[] | null;
  /** Optional direct parent thread filter. Mutually exclusive with `ancestorThreadId`. */
  parentThreadId?: string | null;
  /** Omit to include every project, set to null for unassigned threads, or provide a project ID to return only threads in that project. */
  projectId?: string | null;
  /** Optional substring filter for the extracted thread title. */
  searchTerm?: string | null;
  /** Omit to include every section, set to `null` for unsectioned threads, or provide a section ID to return only threads in that section. */
  sectionId?: string | null;
  /** Optional sort direction; defaults to descending (newest first). */
  sortDirection?: SortDirection | null;
  /** Optional sort key; defaults to created_at. */
  sortKey?: ThreadSortKey | null;
  /** Optional source filter; when set, only sessions from these source kinds are returned. When omitted or empty, defaults to interactive sources. */
  sourceKinds?: ThreadSourceKind[] | null;
  /** If true, the local store returns indexed metadata without scanning JSONL rollouts for repairs. Requests with `includedThreadIds` always use indexed metadata. */
  useStateDbOnly?: boolean;
}

export interface ThreadListResponse {
  /** Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page contains at least one thread. Use it with the opposite `sortDirection`; for timestamp sorts it anchors at the start of the page timestamp so same-second updates are not skipped. */
  backwardsCursor?: string | null;
  data: Thread[];
  /** Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to return. */
  nextCursor?: string | null;
  /** Local receipts for eligible threads on this page, keyed by thread ID. Null means durable read state is unavailable; an absent key means that row is ineligible. */
  readStates?: { [key: string]: ThreadReadState } | null;
}

export interface ThreadLoadedListParams {
  /** Opaque pagination cursor returned by a previous call. */
  cursor?: string | null;
  /** Optional page size; defaults to no limit. */
  limit?: number | null;
}

export interface ThreadLoadedListResponse {
  /** Thread ids for sessions currently loaded in memory. */
  data: string[];
  /** Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to return. */
  nextCursor?: string | null;
}

export type ThreadMemoryMode = 'enabled' | 'disabled';

export interface ThreadMemoryModeSetParams {
  mode: ThreadMemoryMode;
  threadId: string;
}

export type ThreadMemoryModeSetResponse = { [key: string]: unknown };

export interface ThreadMemoryReadParams {
  /** The thread must already be started or resumed. */
  threadId: string;
}

export interface ThreadMemoryReadResponse {
  /** Summary from the thread's selected memory version. Null when memory use is disabled or the selected summary is missing, unreadable, or blank. */
  summary?: string | null;
}

export interface ThreadMetadataGitInfoUpdateParams {
  /** Omit to leave the stored branch unchanged, set to `null` to clear it, or provide a non-empty string to replace it. */
  branch?: string | null;
  /** Omit to leave the stored origin URL unchanged, set to `null` to clear it, or provide a non-empty string to replace it. */
  originUrl?: string | null;
  /** Omit to leave the stored commit unchanged, set to `null` to clear it, or provide a non-empty string to replace it. */
  sha?: string | null;
}

export interface ThreadMetadataUpdateParams {
  /** Save the client's Daybreak choice for this persistent thread. Omitted or null leaves it unchanged. This does not select a turn's `cyberAccessProgram` or grant access. */
  daybreakEnabled?: boolean | null;
  /** Patch the stored Git metadata for this thread. Omit a field to leave it unchanged, set it to `null` to clear it, or provide a string to replace the stored value. */
  gitInfo?: ThreadMetadataGitInfoUpdateParams | null;
  /** Omit to leave the project unchanged, use an empty string to clear it, or provide an existing project ID to assign it. */
  projectId?: string | null;
  threadId: string;
}

export interface ThreadMetadataUpdateResponse {
  thread: Thread;
}

export interface ThreadNameUpdatedNotification {
  threadId: string;
  threadName?: string | null;
}

export interface ThreadPredictionRequestParams {
  sourceTurnId: string;
  threadId: string;
}

export type ThreadPredictionRequestResponse = { [key: string]: unknown };

export type ThreadPredictionResult =
  | {
    text?: string | null;
    type: 'completed';
  }
  | {
    type: 'failed';
  };

export interface ThreadPredictionUpdatedNotification {
  result: ThreadPredictionResult;
  sourceTurnId: string;
  threadId: string;
}

/** Prepare an approved plan for the first turn of a fresh thread. */
export interface ThreadPrepareApprovedPlanParams {
  /** Absolute path to the optional app-server copy of the plan. */
  attachmentPath?: string | null;
  markdown: string;
  threadId: string;
}

export interface ThreadPrepareApprovedPlanResponse {
  /** Initial user prompt. If no attachment is readable, the plan is already in the thread's context. */
  prompt: string;
}

export interface ThreadProjectUpdatedNotification {
  projectId: string | null;
  threadId: string;
}

export interface ThreadQueueAddParams {
  clientUserMessageId: string;
  input: UserInput[];
  /** ResponsesAPI metadata captured from the client submitting this input. */
  responsesapiClientMetadata?: { [key: string]: string } | null;
  threadId: string;
}

export interface ThreadQueueAddResponse {
  queuedSubmission: QueuedSubmission;
}

export interface ThreadQueueChangedNotification {
  threadId: string;
}

export interface ThreadQueueDeleteParams {
  queuedSubmissionId: string;
  threadId: string;
}

export interface ThreadQueueDeleteResponse {
  deleted: boolean;
}

export interface ThreadQueueListParams {
  /** Opaque pagination cursor returned by a previous call. */
  cursor?: string | null;
  /** Optional page size; defaults to the standard thread-list page size. */
  limit?: number | null;
  threadId: string;
}

export interface ThreadQueueListResponse {
  data: QueuedSubmission[];
  /** Opaque cursor for the next page, or `null` when no submissions remain. */
  nextCursor?: string | null;
}

export interface ThreadQueueReorderParams {
  queuedSubmissionIds: string[];
  threadId: string;
}

export type ThreadQueueReorderResponse = { [key: string]: unknown };

export interface ThreadQueueStartParams {
  queuedSubmissionId?: string | null;
  threadId: string;
}

export interface ThreadQueueStartResponse {
  turn: Turn;
}

export interface ThreadQueueUpdateParams {
  input: UserInput[];
  queuedSubmissionId: string;
  /** Non-empty metadata replaces the input's metadata; omission or an empty map preserves it. */
  responsesapiClientMetadata?: { [key: string]: string } | null;
  threadId: string;
}

export interface ThreadQueueUpdateResponse {
  queuedSubmission: QueuedSubmission;
}

export interface ThreadReadParams {
  /** When true, include turns and their items from rollout history. Full-history hydration is deprecated for paginated threads; prefer a metadata-only read and page with `thread/turns/list` and `thread/items/list`. */
  includeTurns?: boolean;
  threadId: string;
}

export interface ThreadReadResponse {
  /** Local receipt. Null means this thread's durable read state is unavailable. */
  readState?: ThreadReadState | null;
  thread: Thread;
}

/** The first unread position in a durable local thread. A null position means read. The opaque revision guards edits against activity or marks the caller has not seen. */
export interface ThreadReadState {
  firstUnread?: ThreadUnreadPosition | null;
  revision: string;
}

export interface ThreadReadStateChangedNotification {
  readState: ThreadReadState;
  threadId: string;
}

export type ThreadReadStateOperation =
  | {
    type: 'read';
  }
  | {
    type: 'unread';
  };

export interface ThreadReadStateUpdateParams {
  /** Revision of the row or transcript actually seen. Conflicts require a fresh user action. */
  expectedRevision: string;
  operation: ThreadReadStateOperation;
  threadId: string;
}

export interface ThreadReadStateUpdateResponse {
  readState: ThreadReadState;
}

/** EXPERIMENTAL - append audio input to thread realtime. */
export interface ThreadRealtimeAppendAudioParams {
  audio: ThreadRealtimeAudioChunk;
  threadId: string;
}

/** EXPERIMENTAL - response for appending realtime audio input. */
export type ThreadRealtimeAppendAudioResponse = { [key: string]: unknown };

/** EXPERIMENTAL - append speakable text to thread realtime. */
export interface ThreadRealtimeAppendSpeechParams {
  text: string;
  threadId: string;
}

/** EXPERIMENTAL - response for appending realtime speech. */
export type ThreadRealtimeAppendSpeechResponse = { [key: string]: unknown };

/** EXPERIMENTAL - append text input to thread realtime. */
export interface ThreadRealtimeAppendTextParams {
  role?: ConversationTextRole;
  text: string;
  threadId: string;
}

/** EXPERIMENTAL - response for appending realtime text input. */
export type ThreadRealtimeAppendTextResponse = { [key: string]: unknown };

/** EXPERIMENTAL - thread realtime audio chunk. */
export interface ThreadRealtimeAudioChunk {
  data: string;
  itemId?: string | null;
  numChannels: number;
  sampleRate: number;
  samplesPerChannel?: number | null;
}

/** EXPERIMENTAL - how an existing agent item appears in a realtime conversation. */
export type ThreadRealtimeBemItemPresentation =
  | {
    type: 'wholeItem';
  }
  | {
    type: 'inlineMarkdown';
  }
  | {
    index: number;
    type: 'inlineVisualization';
  };

/** EXPERIMENTAL - emitted when thread realtime transport closes. */
export interface ThreadRealtimeClosedNotification {
  reason?: string | null;
  threadId: string;
}

export type ThreadRealtimeCoverage = 'unsupported' | 'pending' | 'ready';

export interface ThreadRealtimeEntry {
  item: ThreadRealtimeItem;
  position: number;
}

/** EXPERIMENTAL - emitted when thread realtime encounters an error. */
export interface ThreadRealtimeErrorNotification {
  message: string;
  threadId: string;
}

/** A frame holds one or more payloads, at most one per channel. They share one ID, observation time, and seal. V1 requires its only channel, `voice_transcript`. */
export interface ThreadRealtimeFrameChannels {
  voice_transcript: ThreadRealtimeVoiceTranscript;
}

export type ThreadRealtimeHandoffMode = 'start' | 'steer';

/** EXPERIMENTAL - role-bearing text item included when a realtime V3 session starts. */
export interface ThreadRealtimeInitialItem {
  role: ConversationTextRole;
  text: string;
}

/** EXPERIMENTAL - a thread-scoped realtime item in the canonical timeline. */
export type ThreadRealtimeItem =
  | {
    id: string;
    /** Canonical observation time in Unix milliseconds for eligible voice calls. */
    observedAtMs?: number | null;
    realtimeSessionId: string;
    type: 'realtimeSessionStarted';
  }
  | {
    channels: ThreadRealtimeFrameChannels;
    id: string;
    /** Canonical observation time in Unix milliseconds for eligible voice calls. */
    observedAtMs?: number | null;
    realtimeSessionId: string;
    type: 'frame';
  }
  | {
    id: string;
    /** Canonical observation time in Unix milliseconds for eligible voice calls. */
    observedAtMs?: number | null;
    realtimeSessionId: string;
    role: ThreadRealtimeTranscriptRole;
    text: string;
    type: 'transcriptSegment';
  }
  | {
    id: string;
    item_id: string;
    /** Canonical observation time in Unix milliseconds for eligible voice calls. */
    observedAtMs?: number | null;
    presentation: ThreadRealtimeBemItemPresentation;
    realtimeSessionId: string;
    turn_id: string;
    type: 'bemItemPromoted';
  }
  | {
    id: string;
    /** Canonical observation time in Unix milliseconds for eligible voice calls. */
    observedAtMs?: number | null;
    outcome: ThreadRealtimeSessionOutcome;
    realtimeSessionId: string;
    type: 'realtimeSessionClosed';
  }
  | {
    handoff_id: string;
    id: string;
    input: string;
    input_item_id: string;
    mode: ThreadRealtimeHandoffMode;
    /** Canonical observation time in Unix milliseconds for eligible voice calls. */
    observedAtMs?: number | null;
    realtimeSessionId: string;
    source_event_ids: string[];
    turn_id: string;
    type: 'turnInputAccepted';
  }
  | {
    id: string;
    input: string;
    input_item_id: string;
    /** Canonical observation time in Unix milliseconds for eligible voice calls. */
    observedAtMs?: number | null;
    realtimeSessionId: string;
    source_event_ids: string[];
    type: 'sessionEndInputSaved';
  };

/** EXPERIMENTAL - raw non-audio thread realtime item emitted by the backend. */
export interface ThreadRealtimeItemAddedNotification {
  item: unknown;
  threadId: string;
}

/** EXPERIMENTAL - a realtime timeline item published after canonical commit. */
export interface ThreadRealtimeItemCompletedNotification {
  item: ThreadRealtimeItem;
  threadId: string;
}

/** EXPERIMENTAL - a realtime timeline item started before its content streams. */
export interface ThreadRealtimeItemStartedNotification {
  item: ThreadRealtimeItem;
  threadId: string;
}

/** EXPERIMENTAL - text appended to an active realtime transcript item. */
export interface ThreadRealtimeItemTranscriptDeltaNotification {
  delta: string;
  itemId: string;
  threadId: string;
}

export interface ThreadRealtimeListParams {
  afterPosition?: number | null;
  cursor?: string | null;
  /** A required exact event ID, such as a completed item's acknowledgement. Returns pending until projected. Explicit filters can exclude a known event. */
  eventId?: string | null;
  /** Inclusive canonical observation time lower bound. */
  fromObservedAtMs?: number | null;
  limit?: number | null;
  /** Defaults to canonical observation time. */
  order?: ThreadRealtimeOrder | null;
  /** Return pending until the projection includes this committed position. */
  requiredThroughPosition?: number | null;
  sessionId?: string | null;
  /** Exclusive committed position delimiting an immutable snapshot. */
  snapshotEnd?: number | null;
  threadId: string;
  /** Exclusive canonical observation time upper bound. */
  toObservedAtMs?: number | null;
}

export interface ThreadRealtimeListResponse {
  coverage: ThreadRealtimeCoverage;
  data: ThreadRealtimeEntry[];
  nextCursor?: string | null;
  /** Exclusive position through which the projection has processed canonical history. */
  projectedThroughItemIndex: number;
  snapshotEnd: number;
}

/** EXPERIMENTAL - list voices supported by thread realtime. */
export type ThreadRealtimeListVoicesParams = { [key: string]: unknown };

/** EXPERIMENTAL - response for listing supported realtime voices. */
export interface ThreadRealtimeListVoicesResponse {
  voices: RealtimeVoicesList;
}

export type ThreadRealtimeOrder = 'observedAt' | 'position';

/** EXPERIMENTAL - streamed output audio emitted by thread realtime. */
export interface ThreadRealtimeOutputAudioDeltaNotification {
  audio: ThreadRealtimeAudioChunk;
  threadId: string;
}

/** EXPERIMENTAL - emitted with the remote SDP for a WebRTC realtime session. */
export interface ThreadRealtimeSdpNotification {
  sdp: string;
  threadId: string;
}

export type ThreadRealtimeSessionOutcome = 'ended' | 'failed';

/** EXPERIMENTAL - start a thread-scoped realtime session. */
export interface ThreadRealtimeStartParams {
  /** Relays public reasoning summaries as quiet context for realtime V3 delegations. Defaults to false. */
  backendReasoningStatus?: boolean;
  /** Leaves Codex response handoffs to the client's explicit append calls instead of forwarding them automatically. Defaults to false. */
  clientManagedHandoffs?: boolean | null;
  /** Overrides BEM channel prefixes by `analysis`, `commentary`, or `final`. Omitted channels retain their default uppercase bracketed prefixes. */
  codexResponseHandoffChannelPrefixes?: { [key: string]: string[] } | null;
  /** Selects how automatic Codex responses are routed in Frameless Bidi sessions. Omitted values default to `thinking`. Realtime V1 and V2 ignore this setting. */
  codexResponseHandoffMode?: CodexResponseHandoffMode | null;
  /** Optional prefix added to automatic Codex response items when `codexResponsesAsItems` is true. */
  codexResponseItemPrefix?: string | null;
  /** Sends automatic Codex responses as realtime conversation items instead of handoff appends. */
  codexResponsesAsItems?: boolean | null;
  /** Controls whether a realtime V3 delegation produces an acknowledgement filler. Omitted values preserve the Realtime API's default behavior. */
  delegationAckFiller?: boolean | null;
  /** Routes any transcript tail remaining at session end through Codex. Defaults to false. TODO: Remove this rollout knob once transcript-tail flushing is always enabled. */
  flushTranscriptTailOnSessionEnd?: boolean | null;
  /** Set to false to start without Codex's startup context. Omitted or null includes it. */
  includeStartupContext?: boolean | null;
  /** Adds complete role-bearing text items to the initial Frameless Bidi session history. This is only supported by realtime V3 and is sent during session startup. Requests are limited to 128 items and 8,192 estimated text tokens in total. */
  initialItems?: ThreadRealtimeInitialItem[] | null;
  /** Overrides the configured realtime model for this session only. */
  model?: string | null;
  /** Selects text or audio output for the realtime session. Transport and voice stay independent so clients can choose how they connect separately from what the model emits. */
  outputModality: RealtimeOutputModality;
  prompt?: string | null;
  /** Developer instructions given to the backing Codex model when this realtime session ends. */
  realtimeEndInstructions?: string | null;
  realtimeSessionId?: string | null;
  /** Developer instructions given to the backing Codex model when this realtime session starts. */
  realtimeStartInstructions?: string | null;
  threadId: string;
  transport?: ThreadRealtimeStartTransport | null;
  /** Overrides the configured realtime protocol version for this session only. */
  version?: RealtimeConversationVersion | null;
  voice?: RealtimeVoice | null;
  /** Client-generated identifier for the product voice session. This is distinct from `realtimeSessionId`. */
  voiceSessionId?: string | null;
}

/** EXPERIMENTAL - response for starting thread realtime. */
export type ThreadRealtimeStartResponse = { [key: string]: unknown };

/** EXPERIMENTAL - transport used by thread realtime. */
export type ThreadRealtimeStartTransport =
  | {
    type: 'websocket';
  }
  | {
    /** SDP offer generated by a WebRTC RTCPeerConnection after configuring audio and the realtime events data channel. */
    sdp: string;
    type: 'webrtc';
  }
  | {
    /** Identifier of a realtime call already created and negotiated by the client. */
    callId: string;
    type: 'existingCall';
  };

/** EXPERIMENTAL - emitted when thread realtime startup is accepted. */
export interface ThreadRealtimeStartedNotification {
  realtimeSessionId?: string | null;
  threadId: string;
  version: RealtimeConversationVersion;
}

/** EXPERIMENTAL - stop thread realtime. */
export interface ThreadRealtimeStopParams {
  threadId: string;
}

/** EXPERIMENTAL - response for stopping thread realtime. */
export type ThreadRealtimeStopResponse = { [key: string]: unknown };

/** EXPERIMENTAL - flat transcript delta emitted whenever realtime transcript text changes. */
export interface ThreadRealtimeTranscriptDeltaNotification {
  /** Live transcript delta from the realtime event. */
  delta: string;
  role: string;
  threadId: string;
}

/** EXPERIMENTAL - final transcript text emitted when realtime completes a transcript part. */
export interface ThreadRealtimeTranscriptDoneNotification {
  role: string;
  /** Final complete text for the transcript part. */
  text: string;
  threadId: string;
}

export type ThreadRealtimeTranscriptRole = 'user' | 'assistant';

export interface ThreadRealtimeVoiceTranscript {
  role: ThreadRealtimeTranscriptRole;
  text: string;
}

export interface ThreadResumeInitialTurnsPageParams {
  /** How much item detail to include for each returned turn; defaults to summary. */
  itemsView?: TurnItemsView | null;
  /** Optional turn page size. */
  limit?: number | null;
  /** Optional turn pagination direction; defaults to descending. */
  sortDirection?: SortDirection | null;
}

/**
 * There are three ways to resume a thread: 1. By thread_id: load the thread from disk by thread_id and resume it. 2. By history: instantiate the thread from memory and resume it. 3. By path: load the thread from disk by path and resume it.
 *
 * For non-running threads, the precedence is: history > non-empty path > thread_id. If using history or a non-empty path for a non-running thread, the thread_id param will be ignored.
 *
 * If thread_id identifies a running thread, app-server rejoins that thread and treats a non-empty path as a consistency check against the active rollout path. Empty string path values are treated as absent.
 *
 * Prefer using thread_id whenever possible.
 */
export interface ThreadResumeParams {
  approvalPolicy?: AskForApproval | null;
  /** Override where approval requests are routed for review on this thread and subsequent turns. */
  approvalsReviewer?: ApprovalsReviewer | null;
  baseInstructions?: string | null;
  config?: { [key: string]: unknown } | null;
  cwd?: string | null;
  developerInstructions?: string | null;
  /** When true, return only thread metadata and live-resume state without populating `thread.turns`. This is useful when the client plans to call `thread/turns/list` immediately after resuming. Full-history hydration is deprecated for paginated threads; use this with `thread/turns/list` and `thread/items/list` instead. */
  excludeTurns?: boolean;
  /** [UNSTABLE] FOR CODEX CLOUD - DO NOT USE. If specified, the thread will be resumed with the provided history instead of loaded from disk. */
  history?: ResponseItem[] | null;
  /** When present, include a `thread/turns/list` page in the resume response so clients can bootstrap recent turns without a second request. */
  initialTurnsPage?: ThreadResumeInitialTurnsPageParams | null;
  /** Configuration overrides for the resumed thread, if any. */
  model?: string | null;
  modelProvider?: string | null;
  /** [UNSTABLE] Specify the rollout path to resume from. If specified for a non-running thread, the thread_id param will be ignored. If thread_id identifies a running thread, the path must match the active rollout path. */
  path?: string | null;
  /** Named profile id for the resumed thread. Cannot be combined with `sandbox`. */
  permissions?: string | null;
  /** @deprecated `friendly` and `pragmatic` no longer select a style. Changing this does not rewrite the thread's existing instructions. */
  personality?: Personality | null;
  /** Replace the thread's runtime workspace roots. Paths must be absolute. */
  runtimeWorkspaceRoots?: AbsolutePathBuf[] | null;
  sandbox?: SandboxMode | null;
  serviceTier?: string | null;
  threadId: string;
}

export interface ThreadResumeResponse {
  /** Named or implicit built-in profile that produced the active permissions, when known. */
  activePermissionProfile?: ActivePermissionProfile | null;
  approvalPolicy: AskForApproval;
  /** Reviewer currently used for approval requests on this thread. */
  approvalsReviewer: ApprovalsReviewer;
  /** Effective collaboration mode. Absent when resuming from an older server. */
  collaborationMode?: CollaborationMode | null;
  cwd: AbsolutePathBuf;
  /** Saved list of disabled plugin IDs. Does not yet filter plugin capabilities. */
  disabledPluginIds?: string[];
  /** `thread/turns/list` page returned when requested by `initialTurnsPage`. */
  initialTurnsPage?: TurnsPage | null;
  /** Environment-native paths to instruction source files currently loaded for this thread. */
  instructionSources?: LegacyAppPathString[];
  /**
   * Opaque cursor for hydrating paginated items backwards.
   *
   * Pass this as `cursor` to `thread/items/list` with `sortDirection: "desc"`. The first page includes the item identified by the cursor.
   */
  itemsBackwardsCursor?: string | null;
  model: string;
  modelProvider: string;
  /** @deprecated Always `explicitRequestOnly`. Use `reasoningEffort` for Ultra behavior. */
  multiAgentMode?: MultiAgentMode;
  reasoningEffort?: ReasoningEffort | null;
  /** Thread-scoped runtime workspace roots used to materialize `:workspace_roots`. */
  runtimeWorkspaceRoots?: AbsolutePathBuf[];
  /** Legacy sandbox policy retained for compatibility. Experimental clients should prefer `activePermissionProfile` for profile provenance. */
  sandbox: SandboxPolicy;
  serviceTier?: string | null;
  thread: Thread;
  /**
   * Opaque cursor for hydrating paginated turns backwards.
   *
   * Pass this as `cursor` to `thread/turns/list` with `sortDirection: "desc"`. The first page includes the turn identified by the cursor.
   */
  turnsBackwardsCursor?: string | null;
}

/**
 * Replace a paginated thread's durable history with the prefix before one turn.
 *
 * This only changes persisted conversation history. It does not revert local file changes.
 */
export interface ThreadRevertParams {
  /** Turn excluded from the replacement history, together with every later turn. */
  beforeTurnId: string;
  threadId: string;
}

export interface ThreadRevertResponse {
  /**
   * Opaque cursor for hydrating paginated items backwards.
   *
   * Pass this as `cursor` to `thread/items/list` with `sortDirection: "desc"`. The first page includes the item identified by the cursor.
   */
  itemsBackwardsCursor?: string | null;
  /** Updated loaded thread metadata. `turns` is always empty; hydrate retained history through `thread/turns/list`. */
  thread: Thread;
  /**
   * Opaque cursor for hydrating paginated turns backwards.
   *
   * Pass this as `cursor` to `thread/turns/list` with `sortDirection: "desc"`. The first page includes the turn identified by the cursor.
   */
  turnsBackwardsCursor?: string | null;
}

export interface ThreadRevertedNotification {
  threadId: string;
}

export interface ThreadSampleCancelParams {
  requestId: RequestId;
}

export type ThreadSampleCancelResponse = { [key: string]: unknown };

export interface ThreadSampleParams {
  /** Allow sampling the latest turn before it finishes. */
  allowInProgressTurn?: boolean;
  /** Disable MCP servers when the inherited window uses incremental tools on Responses Lite. */
  disableMcp?: boolean;
  /** Applied only when the provider and model support cache-preserving reasoning-effort updates. */
  effort?: ReasoningEffort | null;
  /** The loaded source's latest turn, which must be finished (completed, failed, or interrupted) unless `allowInProgressTurn` is true. */
  expectedTurnId: string;
  /** Override upstream interruption on cancellation for this sample; otherwise inherit the parent. */
  interruptOnCancel?: boolean | null;
  prompt: string;
  /** Optional metadata to enrich Codex's ResponsesAPI turn metadata. */
  responsesapiClientMetadata?: { [key: string]: string } | null;
  threadId: string;
  threadSource?: ThreadSource | null;
  turnTrigger?: string | null;
}

export interface ThreadSampleResponse {
  cachedInputTokens?: number | null;
  inputTokens?: number | null;
  outputTokens?: number | null;
  responseId: string;
  sourceTurnId: string;
  /** Assistant text from the response, or null if it attempted a tool call or completed without text. */
  text?: string | null;
}

/** Request cancellation on the same connection. `thread/search/cancel` targets only `thread/search`; `thread/search/stream/cancel` targets only `thread/search/stream`. Cancellation is idempotent: the cancel response acknowledges the request, and an interrupted search completes with an error after its subprocess is stopped and reaped. If completion races cancellation, the original search may still succeed. An already-completed search is unaffected. */
export interface ThreadSearchCancelParams {
  requestId: RequestId;
}

export type ThreadSearchCancelResponse = { [key: string]: unknown };

/** One visible message occurrence returned by [`ThreadSearchOccurrencesResponse`]. */
export interface ThreadSearchOccurrence {
  itemId: string;
  snippet: string;
  /** Match range within `snippet`, in UTF-16 code units. */
  snippetMatchRange: ThreadSearchTextRange;
  /** Opaque inclusive cursor accepted by `thread/turns/list` for this turn. */
  turnCursor: string;
  turnId: string;
}

/** Parameters for searching visible message occurrences within one paginated thread. */
export interface ThreadSearchOccurrencesParams {
  /** Opaque cursor returned by a previous call for the same thread and search term. */
  cursor?: string | null;
  /** Optional occurrence page size. */
  limit?: number | null;
  /** Case-insensitive literal substring to find in visible user messages and both partial and final assistant answers. */
  searchTerm: string;
  threadId: string;
}

export interface ThreadSearchOccurrencesResponse {
  /** Occurrences in chronological message order. */
  data: ThreadSearchOccurrence[];
  /** Opaque cursor to continue after the last returned occurrence. */
  nextCursor?: string | null;
}

export interface ThreadSearchParams {
  /** Optional archived filter; when set to true, only archived threads are returned. If false or null, only non-archived threads are returned. */
  archived?: boolean | null;
  /** Show local history visible to the current ChatGPT account. Defaults to false. */
  currentAccountOnly?: boolean;
  /** Opaque pagination cursor returned by a previous call. */
  cursor?: string | null;
  /** Include persistent threads attached to a parent in search results. */
  includeAttachedThreads?: boolean;
  /** Optional page size; defaults to a reasonable server-side value. */
  limit?: number | null;
  /** Required substring/full-text query. `thread/search/stream` limits this to 65,536 UTF-8 bytes after trimming surrounding whitespace. */
  searchTerm: string;
  /** Optional sort direction; defaults to descending (newest first). */
  sortDirection?: SortDirection | null;
  /** Optional sort key; defaults to created_at. */
  sortKey?: ThreadSearchSortKey | null;
  /** Optional source filter; when set, only sessions from these source kinds are returned. When omitted or empty, defaults to interactive sources. */
  sourceKinds?: ThreadSourceKind[] | null;
}

/** A best-effort incremental batch for `thread/search/stream`. Match `requestId` to the request on this connection. Only a small subset of verified matches may be emitted; rows are unique and arrive in discovery order, but may be dropped under load or fall outside the final sorted page. Thread fields use stored metadata and the current watched status; live thread settings are enriched in the final response. Replace provisional rows with the authoritative final response. No partials follow it or an error. */
export interface ThreadSearchPartialNotification {
  data: ThreadSearchResult[];
  requestId: RequestId;
}

export interface ThreadSearchResponse {
  /** Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page contains at least one thread. Use it with the opposite `sortDirection`; for timestamp sorts it anchors at the start of the page timestamp so same-second updates are not skipped. */
  backwardsCursor?: string | null;
  data: ThreadSearchResult[];
  /** Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to return. */
  nextCursor?: string | null;
}

export interface ThreadSearchResult {
  snippet: string;
  thread: Thread;
}

export type ThreadSearchSortKey = 'created_at' | 'updated_at' | 'recency_at';

/** UTF-16 code-unit range within `snippet`. */
export interface ThreadSearchTextRange {
  /** Exclusive UTF-16 code-unit offset. */
  end: number;
  /** Inclusive UTF-16 code-unit offset. */
  start: number;
}

/** An independently persisted, user-visible thread section. */
export interface ThreadSection {
  /** Optional appearance synchronized across clients. */
  appearance?: ThreadSectionAppearance | null;
  /** Opaque UUIDv7 identity that remains stable when the section is renamed. */
  id: string;
  /** The current user-visible section name. */
  name: string;
}

/** Extensible visual presentation for a custom thread section. */
export interface ThreadSectionAppearance {
  color?: string | null;
  icon?: string | null;
}

/** Broadcast after a successful move into, within, or out of a section. */
export interface ThreadSectionChangedNotification {
  /** Destination section, or `null` when the thread was removed from its section. */
  sectionId: string | null;
  threadId: string;
}

/** Parameters for creating an independently persisted thread section. */
export interface ThreadSectionCreateParams {
  appearance?: ThreadSectionAppearance | null;
  /** The user-visible name of the section. */
  name: string;
}

/** The independently persisted section created by the server. */
export interface ThreadSectionCreateResponse {
  section: ThreadSection;
}

/** Parameters for deleting an independently persisted thread section. */
export interface ThreadSectionDeleteParams {
  /** The stable, server-generated identity of the section to delete. */
  sectionId: string;
}

/** Successful deletion does not return additional section data. */
export type ThreadSectionDeleteResponse = { [key: string]: unknown };

/** Parameters for listing independently persisted thread sections. */
export interface ThreadSectionListParams {
  /** Opaque pagination cursor returned by a previous call. */
  cursor?: string | null;
  /** Maximum number of sections to return. */
  limit?: number | null;
}

/** One page of independently persisted thread sections. */
export interface ThreadSectionListResponse {
  data: ThreadSection[];
  /** Opaque cursor for the next page, or `null` when no sections remain. */
  nextCursor?: string | null;
}

/** Parameters for moving a thread within a server-owned section ordering. */
export interface ThreadSectionMoveParams {
  /** Existing thread to insert before; omission or null appends to the section. */
  beforeThreadId?: string | null;
  /** Destination section, or `null` to remove the thread from its section. */
  sectionId: string | null;
  /** Thread to move into, within, or out of a section. */
  threadId: string;
}

export type ThreadSectionMoveResponse = { [key: string]: unknown };

/** Parameters for updating an independently persisted thread section. */
export interface ThreadSectionUpdateParams {
  /** Omit to preserve appearance, use `null` to clear it, or provide a replacement. */
  appearance?: ThreadSectionAppearance | null;
  /** The updated user-visible name of the section. */
  name: string;
  /** The stable, server-generated identity of the section to update. */
  sectionId: string;
}

/** The independently persisted section after its name is updated. */
export interface ThreadSectionUpdateResponse {
  section: ThreadSection;
}

export interface ThreadSetNameParams {
  name: string;
  threadId: string;
}

export type ThreadSetNameResponse = { [key: string]: unknown };

export interface ThreadSettings {
  activePermissionProfile?: ActivePermissionProfile | null;
  approvalPolicy: AskForApproval;
  approvalsReviewer: ApprovalsReviewer;
  collaborationMode: CollaborationMode;
  cwd: AbsolutePathBuf;
  /** Saved list of disabled plugin IDs. Does not yet filter plugin capabilities. */
  disabledPluginIds?: string[];
  effort?: ReasoningEffort | null;
  /** Environments configured for future turns, in priority order, primary first. `null` means the server does not expose the selection; [] means none are selected. */
  environments?: ThreadEnvironment[] | null;
  model: string;
  modelProvider: string;
  /** @deprecated Always `explicitRequestOnly`. Use `effort` for Ultra behavior. */
  multiAgentMode?: MultiAgentMode;
  /** @deprecated Reports the saved setting; `friendly` and `pragmatic` no longer select a style. */
  personality?: Personality | null;
  sandboxPolicy: SandboxPolicy;
  serviceTier?: string | null;
  summary?: ReasoningSummary | null;
}

export interface ThreadSettingsUpdateParams {
  /** Override the approval policy for subsequent turns. */
  approvalPolicy?: AskForApproval | null;
  /** Override where approval requests are routed for subsequent turns. */
  approvalsReviewer?: ApprovalsReviewer | null;
  /**
   * EXPERIMENTAL - Set a pre-set collaboration mode for subsequent turns.
   *
   * For `collaboration_mode.settings.developer_instructions`, `null` means "use the built-in instructions for the selected mode".
   */
  collaborationMode?: CollaborationMode | null;
  /** Override the working directory for subsequent turns. */
  cwd?: string | null;
  /** Replace this thread's disabled plugin IDs. Omitted/null preserves the list; [] clears it. */
  disabledPluginIds?: string[] | null;
  /** Override the reasoning effort for subsequent turns. */
  effort?: ReasoningEffort | null;
  /** Replace the environments for future turns without changing the running turn. Omitted/null preserves the selection unless `cwd` is also provided, which selects the default environments for that directory. [] clears the selection. */
  environments?: TurnEnvironmentParams[] | null;
  /** Override the model for subsequent turns. */
  model?: string | null;
  /** @deprecated Ignored. Use `effort: "ultra"` for proactive multi-agent behavior. */
  multiAgentMode?: MultiAgentMode | null;
  /** Select a named permissions profile id for subsequent turns. Cannot be combined with `sandboxPolicy`. */
  permissions?: string | null;
  /** @deprecated `friendly` and `pragmatic` no longer select a style. Changing this does not rewrite the thread's existing instructions. */
  personality?: Personality | null;
  /** Override the sandbox policy for subsequent turns. */
  sandboxPolicy?: SandboxPolicy | null;
  /** Override the service tier for subsequent turns. `null` clears the current service tier; omission leaves it unchanged. */
  serviceTier?: string | null;
  /** Override the reasoning summary for subsequent turns. */
  summary?: ReasoningSummary | null;
  threadId: string;
}

export type ThreadSettingsUpdateResponse = { [key: string]: unknown };

export interface ThreadSettingsUpdatedNotification {
  threadId: string;
  threadSettings: ThreadSettings;
}

export interface ThreadShellCommandParams {
  /** Shell command string evaluated by the thread's configured shell. Unlike `command/exec`, this intentionally preserves shell syntax such as pipes, redirects, and quoting. This runs unsandboxed with full access rather than inheriting the thread sandbox policy. */
  command: string;
  threadId: string;
  /** Maximum execution time in milliseconds. Defaults to one hour when omitted or null. Must be non-negative; zero requests an immediate timeout, not unlimited execution. Does not affect the immediate RPC acknowledgement. */
  timeoutMs?: number | null;
}

export type ThreadShellCommandResponse = { [key: string]: unknown };

export type ThreadSortKey = 'created_at' | 'updated_at' | 'recency_at' | 'section_position';

export type ThreadSource = string;

export type ThreadSourceKind =
  | 'cli'
  | 'vscode'
  | 'exec'
  | 'appServer'
  | 'subAgent'
  | 'subAgentReview'
  | 'subAgentCompact'
  | 'subAgentThreadSpawn'
  | 'subAgentOther'
  | 'unknown';

export interface ThreadStartParams {
  /** Allow a provider with an authoritative static model catalog to replace an unavailable requested model with its default. */
  allowProviderModelFallback?: boolean;
  approvalPolicy?: AskForApproval | null;
  /** Override where approval requests are routed for review on this thread and subsequent turns. */
  approvalsReviewer?: ApprovalsReviewer | null;
  baseInstructions?: string | null;
  config?: { [key: string]: unknown } | null;
  cwd?: string | null;
  /** Initial Daybreak choice for this persistent thread. Omitted or null leaves it unset. This does not select a turn's `cyberAccessProgram` or grant access. Not supported for ephemeral threads. */
  daybreakEnabled?: boolean | null;
  developerInstructions?: string | null;
  dynamicTools?: DynamicToolSpec[] | null;
  /**
   * Optional sticky environments for this thread.
   *
   * Omitted selects the default environment when environment access is enabled. Empty disables environment access for turns that do not provide a turn override. Non-empty selects the first environment as the current turn environment.
   */
  environments?: TurnEnvironmentParams[] | null;
  ephemeral?: boolean | null;
  /** If true, opt into emitting raw Responses API items on the event stream. This is for internal use only (e.g. Codex Cloud). */
  experimentalRawEvents?: boolean;
  /** Persisted thread history contract to use for this new thread. */
  historyMode?: ThreadHistoryMode | null;
  /** Test-only experimental field used to validate experimental gating and schema filtering behavior in a stable way. */
  mockExperimentalField?: string | null;
  model?: string | null;
  modelProvider?: string | null;
  /** @deprecated Ignored. Use Ultra reasoning effort for proactive multi-agent behavior. */
  multiAgentMode?: MultiAgentMode | null;
  /** Named profile id for this thread. Cannot be combined with `sandbox`. */
  permissions?: string | null;
  /** @deprecated `friendly` and `pragmatic` no longer select a style. */
  personality?: Personality | null;
  /** Optional project identity for this new thread. Durable threads persist the assignment; ephemeral threads expose it only in live responses. */
  projectId?: string | null;
  /** Replace the thread's runtime workspace roots. Paths must be absolute. */
  runtimeWorkspaceRoots?: AbsolutePathBuf[] | null;
  sandbox?: SandboxMode | null;
  /** Capability roots selected for this thread by the hosting platform. */
  selectedCapabilityRoots?: SelectedCapabilityRoot[] | null;
  serviceName?: string | null;
  serviceTier?: string | null;
  sessionStartSource?: ThreadStartSource | null;
  /** Optional client-supplied analytics source classification for this thread. */
  threadSource?: ThreadSource | null;
}

export interface ThreadStartResponse {
  /** Named or implicit built-in profile that produced the active permissions, when known. */
  activePermissionProfile?: ActivePermissionProfile | null;
  approvalPolicy: AskForApproval;
  /** Reviewer currently used for approval requests on this thread. */
  approvalsReviewer: ApprovalsReviewer;
  cwd: AbsolutePathBuf;
  /** Saved list of disabled plugin IDs. Does not yet filter plugin capabilities. */
  disabledPluginIds?: string[];
  /** Environment-native paths to instruction source files currently loaded for this thread. */
  instructionSources?: LegacyAppPathString[];
  model: string;
  modelProvider: string;
  /** @deprecated Always `explicitRequestOnly`. Use `reasoningEffort` for Ultra behavior. */
  multiAgentMode?: MultiAgentMode;
  reasoningEffort?: ReasoningEffort | null;
  /** Thread-scoped runtime workspace roots used to materialize `:workspace_roots`. */
  runtimeWorkspaceRoots?: AbsolutePathBuf[];
  /** Legacy sandbox policy retained for compatibility. Experimental clients should prefer `activePermissionProfile` for profile provenance. */
  sandbox: SandboxPolicy;
  serviceTier?: string | null;
  thread: Thread;
}

export type ThreadStartSource = 'startup' | 'clear';

export interface ThreadStartedNotification {
  thread: Thread;
}

export type ThreadStatus =
  | {
    type: 'notLoaded';
  }
  | {
    type: 'idle';
  }
  | {
    type: 'systemError';
  }
  | {
    activeFlags: ThreadActiveFlag[];
    type: 'active';
  };

export interface ThreadStatusChangedNotification {
  status: ThreadStatus;
  threadId: string;
}

/** EXPERIMENTAL - one item or turn boundary in canonical rollout order. */
export type ThreadTimelineEntry =
  | {
    item: ThreadItem;
    position: number;
    turnId: string;
    type: 'item';
  }
  | {
    item: ThreadRealtimeItem;
    position: number;
    type: 'realtime';
  }
  | {
    position: number;
    started_at?: number | null;
    turn_id: string;
    type: 'turnStarted';
  }
  | {
    completed_at?: number | null;
    duration_ms?: number | null;
    error?: TurnError | null;
    position: number;
    started_at?: number | null;
    status: TurnStatus;
    turn_id: string;
    type: 'turnCompleted';
  };

/** EXPERIMENTAL - list ordinary and realtime thread history in rollout order. */
export interface ThreadTimelineListParams {
  cursor?: string | null;
  limit?: number | null;
  threadId: string;
}

/** EXPERIMENTAL - a bounded timeline page with its resolved opening voice state. */
export interface ThreadTimelineListResponse {
  activeRealtimeSessionAtPageStart?: string | null;
  data: ThreadTimelineEntry[];
  nextCursor?: string | null;
}

export interface ThreadTokenUsage {
  last: TokenUsageBreakdown;
  modelContextWindow?: number | null;
  total: TokenUsageBreakdown;
}

export interface ThreadTokenUsageUpdatedNotification {
  threadId: string;
  tokenUsage: ThreadTokenUsage;
  turnId: string;
}

export interface ThreadTurnsListParams {
  /** Opaque cursor to pass to the next call to continue after the last turn. */
  cursor?: string | null;
  /** How much item detail to include for each returned turn; defaults to summary. */
  itemsView?: TurnItemsView | null;
  /** Optional turn page size. */
  limit?: number | null;
  /** Optional turn pagination direction; defaults to descending. */
  sortDirection?: SortDirection | null;
  threadId: string;
}

export interface ThreadTurnsListResponse {
  /** Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page contains at least one turn. Use it with the opposite `sortDirection` to include the anchor turn again and catch updates to that turn. */
  backwardsCursor?: string | null;
  data: Turn[];
  /** Opaque cursor to pass to the next call to continue after the last turn. if None, there are no more turns to return. */
  nextCursor?: string | null;
}

export interface ThreadUnarchiveParams {
  threadId: string;
}

export interface ThreadUnarchiveResponse {
  thread: Thread;
}

export interface ThreadUnarchivedNotification {
  threadId: string;
}

export type ThreadUnreadPosition =
  | {
    type: 'threadStart';
  }
  | {
    turnId: string;
    type: 'turn';
  };

export interface ThreadUnsubscribeParams {
  threadId: string;
}

export interface ThreadUnsubscribeResponse {
  status: ThreadUnsubscribeStatus;
}

export type ThreadUnsubscribeStatus = 'notLoaded' | 'notSubscribed' | 'unsubscribed';

export interface ThreadUsage {
  estimatedUsageCreditsMicros: number;
  estimatedUsageUsdMicros?: number | null;
  groups: ThreadUsageBreakdownGroup[];
  /** Native dollar usage, independent of credit estimates. None means unknown, not zero. */
  nativeUsageUsdMicros?: number | null;
  threadId: string;
}

export interface ThreadUsageBreakdownGroup {
  cachedInputTokens?: number | null;
  estimatedUsageCreditsMicros: number;
  inputTokens?: number | null;
  model?: string | null;
  netNewInputTokens?: number | null;
  outputTokens?: number | null;
  reasoningEffort?: string | null;
  speed?: string | null;
  totalTokens?: number | null;
}

export interface TokenUsageBreakdown {
  cacheWriteInputTokens?: number;
  cachedInputTokens: number;
  inputTokens: number;
  outputTokens: number;
  reasoningOutputTokens: number;
  totalTokens: number;
}

/** Definition for a tool the client can call. */
export interface Tool {
  _meta?: unknown;
  annotations?: unknown;
  description?: string | null;
  icons?: unknown[] | null;
  inputSchema: unknown;
  name: string;
  outputSchema?: unknown;
  title?: string | null;
}

/** EXPERIMENTAL. Captures a user's answer to a request_user_input question. */
export interface ToolRequestUserInputAnswer {
  answers: string[];
}

/** EXPERIMENTAL. Defines a single selectable option for request_user_input. */
export interface ToolRequestUserInputOption {
  description: string;
  label: string;
}

/** EXPERIMENTAL. Params sent with a request_user_input event. */
export interface ToolRequestUserInputParams {
  /** @deprecated Use `isBlocking` to decide whether the request should block. */
  autoResolutionMs?: number | null;
  isBlocking: boolean;
  itemId: string;
  questions: ToolRequestUserInputQuestion[];
  threadId: string;
  turnId: string;
}

/** EXPERIMENTAL. Represents one request_user_input question and its required options. */
export interface ToolRequestUserInputQuestion {
  header: string;
  id: string;
  isOther?: boolean;
  isSecret?: boolean;
  options?: ToolRequestUserInputOption[] | null;
  question: string;
}

/** EXPERIMENTAL. Response payload mapping question ids to answers. */
export interface ToolRequestUserInputResponse {
  answers: { [key: string]: ToolRequestUserInputAnswer };
}

export interface ToolsV2 {
  web_search?: WebSearchToolConfig | null;
}

export type TrustedContacts = 'check' | 'skip';

export interface Turn {
  /** Unix timestamp (in seconds) when the turn completed. */
  completedAt?: number | null;
  /** Duration between turn start and completion in milliseconds, if known. */
  durationMs?: number | null;
  /** Error associated with a failed or interrupted turn. */
  error?: TurnError | null;
  /** Identifier for this turn. Codex-generated turn IDs are UUIDv7. */
  id: string;
  /** Thread items currently included in this turn payload. */
  items: ThreadItem[];
  /** Describes how much of `items` has been loaded for this turn. */
  itemsView?: TurnItemsView;
  /** ID of the first turn in the chain of work that led to this turn. Pass this as `rootTurnId` when starting work on behalf of this turn. May be null in older history or a `review/start` response. */
  rootTurnId?: string | null;
  /** Unix timestamp (in seconds) when the turn started. */
  startedAt?: number | null;
  status: TurnStatus;
}

export interface TurnCompletedNotification {
  threadId: string;
  turn: Turn;
}

/** Notification that the turn-level unified diff has changed. Contains the latest aggregated diff across all file changes in the turn. */
export interface TurnDiffUpdatedNotification {
  diff: string;
  threadId: string;
  turnId: string;
}

export interface TurnEnvironmentParams {
  cwd: LegacyAppPathString;
  environmentId: string;
  /** Environment-native runtime workspace roots. Omitted defaults to `cwd`. */
  runtimeWorkspaceRoots?: LegacyAppPathString[] | null;
}

export interface TurnError {
  additionalDetails?: string | null;
  codexErrorInfo?: CodexErrorInfo | null;
  message: string;
  /** Optional public explanation and continuation instruction for a misalignment block. */
  misalignment?: MisalignmentErrorDetails | null;
}

export interface TurnInterruptParams {
  threadId: string;
  turnId: string;
}

export type TurnInterruptResponse = { [key: string]: unknown };

export type TurnItemsView = 'notLoaded' | 'summary' | 'full';

export interface TurnModerationMetadataNotification {
  metadata: unknown;
  threadId: string;
  turnId: string;
}

export interface TurnPlanStep {
  status: TurnPlanStepStatus;
  step: string;
}

export type TurnPlanStepStatus = 'pending' | 'inProgress' | 'completed';

export interface TurnPlanUpdatedNotification {
  explanation?: string | null;
  plan: TurnPlanStep[];
  threadId: string;
  turnId: string;
}

/** Experimental settings changes for one running turn, not future turns. Unsupported fields are rejected rather than silently ignored. Any live task kind may accept publication. Child sessions and consumers of frozen initial settings are unchanged. */
export interface TurnSettingsUpdateParams {
  /** Changes the active turn's reviewer without changing future thread settings. Already captured steps and pending approvals retain their original reviewer. */
  approvalsReviewer?: ApprovalsReviewer | null;
  /** Omission or `null` leaves the effort unchanged. */
  effort?: ReasoningEffort | null;
  /** Replace the environments for subsequent steps of this turn, not future turns. Omitted/null preserves the selection; [] clears it. An already-started step is unchanged. */
  environments?: TurnEnvironmentParams[] | null;
  /** Omission or `null` leaves the model unchanged. */
  model?: string | null;
  /** `null` clears the requested tier; omission leaves it unchanged. */
  serviceTier?: string | null;
  /** Omission or `null` leaves the summary preference unchanged. */
  summary?: ReasoningSummary | null;
  threadId: string;
  turnId: string;
}

export interface TurnSettingsUpdateResponse {
  status: TurnSettingsUpdateStatus;
}

export type TurnSettingsUpdateStatus = 'applied' | 'targetUnavailable';

export interface TurnStartParams {
  /** Optional client-provided context fragments keyed by an opaque source identifier. */
  additionalContext?: { [key: string]: AdditionalContextEntry } | null;
  /** Override the approval policy for this turn and subsequent turns. */
  approvalPolicy?: AskForApproval | null;
  /** Override where approval requests are routed for review on this turn and subsequent turns. */
  approvalsReviewer?: ApprovalsReviewer | null;
  clientUserMessageId?: string | null;
  /**
   * EXPERIMENTAL - Set a pre-set collaboration mode. Takes precedence over model, reasoning_effort, and developer instructions if set.
   *
   * For `collaboration_mode.settings.developer_instructions`, `null` means "use the built-in instructions for the selected mode".
   */
  collaborationMode?: CollaborationMode | null;
  /** Override the working directory for this turn and subsequent turns. */
  cwd?: string | null;
  /** EXPERIMENTAL - Request an authorized cyber program for this turn. Omission preserves automatic behavior. This does not grant access. */
  cyberAccessProgram?: CyberAccessProgram | null;
  /** Replace this thread's disabled plugin IDs. Omitted/null preserves the list; [] clears it. */
  disabledPluginIds?: string[] | null;
  /** Override the reasoning effort for this turn and subsequent turns. */
  effort?: ReasoningEffort | null;
  /**
   * Optional environments for this turn and subsequent turns.
   *
   * Omitted uses the thread sticky environments. Empty disables environment access for this turn. Non-empty selects the first environment as the current turn environment for this turn.
   */
  environments?: TurnEnvironmentParams[] | null;
  input: UserInput[];
  /** Override the model for this turn and subsequent turns. */
  model?: string | null;
  /** @deprecated Ignored. Use `effort: "ultra"` for proactive multi-agent behavior. */
  multiAgentMode?: MultiAgentMode | null;
  /** Optional JSON Schema used to constrain the final assistant message for this turn. */
  outputSchema?: unknown;
  /**
   * ID of the turn that caused this new turn to start.
   *
   * Set this when starting work on behalf of another turn, such as delegated work in a different thread. Leave unset for work started directly by the user. Ignored when this request adds input to an active turn.
   */
  parentTurnId?: string | null;
  /** Select a named permissions profile id for this turn and subsequent turns. Cannot be combined with `sandboxPolicy`. */
  permissions?: string | null;
  /** @deprecated `friendly` and `pragmatic` no longer select a style. Changing this does not rewrite the thread's existing instructions. */
  personality?: Personality | null;
  /**
   * Optional metadata to enrich Codex's ResponsesAPI turn metadata. Replaces unprotected client-provided entries when supplied; an empty map clears them.
   *
   * Entries are flattened into the JSON string sent as `client_metadata["x-codex-turn-metadata"]` on ResponsesAPI HTTP and websocket requests.
   *
   * They are not sent as top-level ResponsesAPI `client_metadata` keys, and reserved keys such as `session_id`, `thread_id`, `turn_id`, and `window_id` cannot be overridden.
   */
  responsesapiClientMetadata?: { [key: string]: string } | null;
  /** Merge entries into the ResponsesAPI turn metadata without removing existing entries. Applied after `responsesapiClientMetadata` if both are provided; reserved keys remain protected. */
  responsesapiClientMetadataPatch?: { [key: string]: string } | null;
  /**
   * ID of the first turn in the chain of work that led to this new turn.
   *
   * When setting `parentTurnId`, set this to the parent turn's `rootTurnId` when known. This keeps descendant work attributed to the original turn. If omitted, the new turn becomes its own root. Ignored when this request adds input to an active turn.
   */
  rootTurnId?: string | null;
  /** Replace the thread's runtime workspace roots for this turn and subsequent turns. Paths must be absolute. */
  runtimeWorkspaceRoots?: AbsolutePathBuf[] | null;
  /** Override the sandbox policy for this turn and subsequent turns. */
  sandboxPolicy?: SandboxPolicy | null;
  /** Override the service tier for this turn and subsequent turns. */
  serviceTier?: string | null;
  /** Override the service tier only when this request starts a new turn. Use "default" for standard speed. Omitted or null inherits the thread's tier. Does not change the thread's tier or a turn being steered. */
  serviceTierForTurn?: string | null;
  /** Override the reasoning summary for this turn and subsequent turns. */
  summary?: ReasoningSummary | null;
  threadId: string;
  toolOutput?: TurnToolOutput | null;
  /** Optional source classification for the caller that starts this turn. Ignored when this request steers an already-active turn. */
  turnTrigger?: string | null;
}

export interface TurnStartResponse {
  turn: Turn;
}

export interface TurnStartedNotification {
  threadId: string;
  turn: Turn;
}

export type TurnStatus = 'completed' | 'interrupted' | 'failed' | 'inProgress';

export interface TurnSteerParams {
  /** Optional client-provided context fragments keyed by an opaque source identifier. */
  additionalContext?: { [key: string]: AdditionalContextEntry } | null;
  clientUserMessageId?: string | null;
  /** Required active turn id precondition. The request fails when it does not match the currently active turn. */
  expectedTurnId: string;
  input: UserInput[];
  /**
   * Optional metadata to enrich Codex's ResponsesAPI turn metadata. Replaces unprotected client-provided entries when supplied; an empty map clears them.
   *
   * Entries are flattened into the JSON string sent as `client_metadata["x-codex-turn-metadata"]` on ResponsesAPI HTTP and websocket requests.
   *
   * They are not sent as top-level ResponsesAPI `client_metadata` keys, and reserved keys such as `session_id`, `thread_id`, `turn_id`, and `window_id` cannot be overridden.
   */
  responsesapiClientMetadata?: { [key: string]: string } | null;
  /** Merge entries into the ResponsesAPI turn metadata without removing existing entries. Applied after `responsesapiClientMetadata` if both are provided; reserved keys remain protected. */
  responsesapiClientMetadataPatch?: { [key: string]: string } | null;
  threadId: string;
}

export interface TurnSteerResponse {
  turnId: string;
}

export interface TurnToolOutput {
  name: string;
  namespace?: string | null;
  output: FunctionCallOutputBody;
  /** Requests retention of this output in the thread's model history. */
  retain?: boolean;
}

export interface TurnsPage {
  backwardsCursor?: string | null;
  data: Turn[];
  nextCursor?: string | null;
}

export type UserInput =
  | {
    text: string;
    /** UI-defined spans within `text` used to render or persist special elements. */
    text_elements?: TextElement[];
    type: 'text';
  }
  | {
  detail?: ImageDetail | null;
  type: 'image';
  url: string;
}
  | {
  detail?: ImageDetail | null;
  fileId: string;
  type: 'image';
}
  | {
    detail?: ImageDetail | null;
    path: string;
    type: 'localImage';
  }
  | {
  type: 'audio';
  url: string;
}
  | {
  fileId: string;
  type: 'audio';
}
  | {
    path: string;
    type: 'localAudio';
  }
  | {
    name: string;
    path: string;
    type: 'skill';
  }
  | {
    name: string;
    path: string;
    type: 'mention';
  };

export type UserVerificationBiometricType = 'fingerprint';

/** Cancels a native verification RPC issued on this connection, not an elicitation. Use a fresh request ID for each operation and a distinct ID for this cancellation RPC. */
export interface UserVerificationCancelParams {
  requestId: RequestId;
}

/** Acknowledges the cancellation signal; native work may still be finishing. Unknown or finished requests are a no-op, and completed effects are not rolled back. */
export type UserVerificationCancelResponse = { [key: string]: unknown };

export type UserVerificationDeleteParams = { [key: string]: unknown };

export type UserVerificationDeleteResponse = { [key: string]: unknown };

export type UserVerificationEnrollParams = { [key: string]: unknown };

/** Public metadata for a created or reused local credential. The caller completes backend registration; this response does not establish server enrollment. Older app-servers omit the metadata fields; callers must check both before registration. */
export interface UserVerificationEnrollResponse {
  algorithm?: string | null;
  credentialId: string;
  /** Unpadded base64url of the SubjectPublicKeyInfo DER encoding. */
  publicKey?: string | null;
}

/** A signature over the exact decoded challenge. The verifier validates and consumes it. */
export interface UserVerificationProof {
  credentialId: string;
  /** Unpadded base64url DER ECDSA signature using P-256 and SHA-256. */
  signature: string;
}

export type UserVerificationStatusParams = { [key: string]: unknown };

/** Local readiness only; this neither prompts nor queries server registration. */
export interface UserVerificationStatusResponse {
  credentialId?: string | null;
  unavailableMessage?: string | null;
  unavailableReason?: UserVerificationUnavailableReason | null;
}

export type UserVerificationUnavailableReason = 'credentialMissing' | 'biometricsUnavailable' | 'providerUnavailable';

/** Local signing primitive, independent of any pending elicitation. */
export interface UserVerificationVerifyParams {
  /** Unpadded base64url encoding of 1–4096 challenge bytes. */
  challenge: string;
  /** Additional display context; at most 4096 UTF-8 bytes. */
  description: string;
  /** Display context already approved by the UI; 1–256 UTF-8 bytes. */
  title: string;
}

export interface UserVerificationVerifyResponse {
  /** Native-reported authentication method for this signature. Older servers omit it. This is approval context, not part of the signed proof. */
  biometricType?: UserVerificationBiometricType | null;
  proof: UserVerificationProof;
}

/** Controls output length/detail on GPT-5 models via the Responses API. Serialized with lowercase values to match the OpenAI API. */
export type Verbosity = 'low' | 'medium' | 'high';

export interface WarningNotification {
  /** Concise warning message for the user. */
  message: string;
  /** Optional thread target when the warning applies to a specific thread. */
  threadId?: string | null;
}

export type WebSearchAction =
  | {
    queries?: string[] | null;
    query?: string | null;
    type: 'search';
  }
  | {
    type: 'openPage';
    url?: string | null;
  }
  | {
    pattern?: string | null;
    type: 'findInPage';
    url?: string | null;
  }
  | {
    type: 'other';
  };

export type WebSearchContextSize = 'low' | 'medium' | 'high';

export interface WebSearchLocation {
  city?: string | null;
  country?: string | null;
  region?: string | null;
  timezone?: string | null;
}

export type WebSearchMode = 'disabled' | 'cached' | 'indexed' | 'live';

/** Provider preference selected by the resolved model catalog entry. */
export type WebSearchProvider = 'standalone' | 'search_mcp';

export interface WebSearchToolConfig {
  allowed_domains?: string[] | null;
  context_size?: WebSearchContextSize | null;
  location?: WebSearchLocation | null;
}

export type WindowsSandboxImplementation = 'elevated' | 'unelevated' | 'mxc';

export type WindowsSandboxReadiness = 'ready' | 'notConfigured' | 'updateRequired';

export interface WindowsSandboxReadinessResponse {
  status: WindowsSandboxReadiness;
}

export interface WindowsSandboxSetupCompletedNotification {
  error?: string | null;
  mode: WindowsSandboxSetupMode;
  success: boolean;
}

export type WindowsSandboxSetupMode = 'elevated' | 'unelevated';

export interface WindowsSandboxSetupStartParams {
  cwd?: AbsolutePathBuf | null;
  mode: WindowsSandboxSetupMode;
}

export interface WindowsSandboxSetupStartResponse {
  started: boolean;
}

export interface WindowsWorldWritableWarningNotification {
  extraCount: number;
  failedScan: boolean;
  samplePaths: string[];
}

export interface WorkspaceMessage {
  /** Unix timestamp (in seconds) when the message was archived. */
  archivedAt?: number | null;
  /** Unix timestamp (in seconds) when the message was created. */
  createdAt?: number | null;
  messageBody: string;
  messageId: string;
  messageType: WorkspaceMessageType;
}

export type WorkspaceMessageType = 'headline' | 'announcement' | 'unknown';

export interface WorkspaceRouting {
  accountRoutingOverride: AccountRoutingOverride;
  backendOrigin: string;
  chatgptAccountId: string;
}

export type WriteStatus = 'ok' | 'okOverridden';
