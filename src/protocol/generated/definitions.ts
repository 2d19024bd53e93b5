// GENERATED FILE: do not edit by hand.
// Source: `codex app-server generate-json-schema --experimental` of codex-cli 0.171.0.
// Regenerate with `npm run codegen`; test/unit/protocol/codegenDrift.test.ts fails when this file is stale.
// zod schemas of every definition, declared after their dependencies; z.lazy only inside cycles.

import { z } from 'zod';

import type * as T from './types.js';

/** Schema of {@link T.AbsolutePathBuf}. */
export const AbsolutePathBufSchema = z.string();

/** Schema of {@link T.PlanType}. */
export const PlanTypeSchema = z.enum([
  'free',
  'go',
  'plus',
  'pro',
  'prolite',
  'promax',
  'team',
  'self_serve_business_prolite',
  'self_serve_business_usage_based',
  'business',
  'ent26',
  'enterprise_cbp_automation',
  'enterprise_cbp_usage_based',
  'enterprise',
  'edu',
  'edu_plus',
  'edu_pro',
  'sci',
  'sci_plus',
  'unknown',
]);

/** Schema of {@link T.Account}. */
export const AccountSchema = z.discriminatedUnion('type', [
  z.looseObject({
    type: z.literal('apiKey'),
  }),
  z.looseObject({
    email: z.string().nullable(),
    planType: PlanTypeSchema,
    type: z.literal('chatgpt'),
    workspaceName: z.string().nullish(),
  }),
  z.looseObject({
    type: z.literal('amazonBedrock'),
    usesCodexManagedCredentials: z.boolean().optional(),
  }),
  z.looseObject({
    type: z.literal('gcp'),
  }),
]);

/** Schema of {@link T.DesktopOnboardingEntrypoint}. */
export const DesktopOnboardingEntrypointSchema = z.literal('life_sciences');

/** Schema of {@link T.AccountLoginCompletedNotification}. */
export const AccountLoginCompletedNotificationSchema = z.looseObject({
  error: z.string().nullish(),
  loginId: z.string().nullish(),
  onboardingEntrypoint: DesktopOnboardingEntrypointSchema.nullish(),
  success: z.boolean(),
});

/** Schema of {@link T.CreditsSnapshot}. */
export const CreditsSnapshotSchema = z.looseObject({
  balance: z.string().nullish(),
  hasCredits: z.boolean(),
  unlimited: z.boolean(),
});

/** Schema of {@link T.RateLimitReachedType}. */
export const RateLimitReachedTypeSchema = z.enum([
  'rate_limit_reached',
  'workspace_owner_credits_depleted',
  'workspace_member_credits_depleted',
  'workspace_owner_usage_limit_reached',
  'workspace_member_usage_limit_reached',
]);

/** Schema of {@link T.RateLimitWindow}. */
export const RateLimitWindowSchema = z.looseObject({
  resetsAt: z.number().nullish(),
  usedPercent: z.number(),
  windowDurationMins: z.number().nullish(),
});

/** Schema of {@link T.SpendControlLimitSnapshot}. */
export const SpendControlLimitSnapshotSchema = z.looseObject({
  limit: z.string(),
  remainingPercent: z.number(),
  resetsAt: z.number(),
  used: z.string(),
});

/** Schema of {@link T.RateLimitSnapshot}. */
export const RateLimitSnapshotSchema = z.looseObject({
  credits: CreditsSnapshotSchema.nullish(),
  individualLimit: SpendControlLimitSnapshotSchema.nullish(),
  limitId: z.string().nullish(),
  limitName: z.string().nullish(),
  normalModelSlug: z.string().nullish(),
  planType: PlanTypeSchema.nullish(),
  primary: RateLimitWindowSchema.nullish(),
  rateLimitReachedType: RateLimitReachedTypeSchema.nullish(),
  secondary: RateLimitWindowSchema.nullish(),
  spendControlReached: z.boolean().nullish(),
});

/** Schema of {@link T.AccountRateLimitsUpdatedNotification}. */
export const AccountRateLimitsUpdatedNotificationSchema = z.looseObject({
  rateLimits: RateLimitSnapshotSchema,
});

/** Schema of {@link T.AccountRoutingOverride}. */
export const AccountRoutingOverrideSchema = z.enum(['NO_CONSTRAINT', 'us', 'us_cr']);

/** Schema of {@link T.AccountSecuritySetupAction}. */
export const AccountSecuritySetupActionSchema = z.looseObject({
  label: z.string(),
  url: z.string(),
});

/** Schema of {@link T.AccountSecuritySetupNotice}. */
export const AccountSecuritySetupNoticeSchema = z.looseObject({
  accountId: z.string(),
  action: AccountSecuritySetupActionSchema,
  description: z.string(),
  title: z.string(),
  userId: z.string(),
});

/** Schema of {@link T.AccountSessionWorkspaceKind}. */
export const AccountSessionWorkspaceKindSchema = z.enum(['personal', 'workspace']);

/** Schema of {@link T.AccountSessionWorkspace}. */
export const AccountSessionWorkspaceSchema = z.looseObject({
  accountId: z.string(),
  imageUrl: z.string().nullish(),
  kind: AccountSessionWorkspaceKindSchema.nullish(),
  name: z.string().nullish(),
});

/** Schema of {@link T.AccountSession}. */
export const AccountSessionSchema = z.looseObject({
  displayName: z.string().nullish(),
  email: z.string().nullish(),
  imageUrl: z.string().nullish(),
  isActive: z.boolean(),
  lastUsedAt: z.number(),
  selectedWorkspaceAccountId: z.string().nullish(),
  sessionId: z.string(),
  userId: z.string().nullish(),
  workspaces: z.array(AccountSessionWorkspaceSchema),
});

/** Schema of {@link T.AccountSessionsListParams}. */
export const AccountSessionsListParamsSchema = z.looseObject({
  refreshWorkspaceMetadata: z.boolean().optional(),
});

/** Schema of {@link T.AccountSessionsResponse}. */
export const AccountSessionsResponseSchema = z.looseObject({
  activeSessionId: z.string().nullish(),
  sessions: z.array(AccountSessionSchema),
});

/** Schema of {@link T.AccountSessionsSwitchParams}. */
export const AccountSessionsSwitchParamsSchema = z.looseObject({
  accountId: z.string(),
  allowBrowserLogin: z.boolean().optional(),
  sessionId: z.string(),
});

/** Schema of {@link T.AccountSessionsSwitchResponse}. */
export const AccountSessionsSwitchResponseSchema = z.union([
  z.looseObject({
    activeSessionId: z.string().nullish(),
    sessions: z.array(AccountSessionSchema),
  }),
  z.looseObject({
    auth_url: z.string(),
    login_id: z.string(),
  }),
]);

/** Schema of {@link T.AccountTokenUsageDailyBucket}. */
export const AccountTokenUsageDailyBucketSchema = z.looseObject({
  startDate: z.string(),
  tokens: z.number(),
});

/** Schema of {@link T.AccountTokenUsageSummary}. */
export const AccountTokenUsageSummarySchema = z.looseObject({
  currentStreakDays: z.number().nullish(),
  lifetimeTokens: z.number().nullish(),
  longestRunningTurnSec: z.number().nullish(),
  longestStreakDays: z.number().nullish(),
  peakDailyTokens: z.number().nullish(),
});

/** Schema of {@link T.AccountUpdateReason}. */
export const AccountUpdateReasonSchema = z.enum(['workspaceRoutingReady', 'unknown']);

/** Schema of {@link T.AuthMode}. */
export const AuthModeSchema = z.enum([
  'apikey',
  'chatgpt',
  'chatgptAuthTokens',
  'headers',
  'agentIdentity',
  'personalAccessToken',
  'bedrockApiKey',
  'bedrockAccessKeys',
]);

/** Schema of {@link T.AccountUpdatedNotification}. */
export const AccountUpdatedNotificationSchema = z.looseObject({
  authMode: AuthModeSchema.nullish(),
  planType: PlanTypeSchema.nullish(),
  reason: AccountUpdateReasonSchema.nullish(),
});

/** Schema of {@link T.ActivePermissionProfile}. */
export const ActivePermissionProfileSchema = z.looseObject({
  extends: z.string().nullish(),
  id: z.string(),
});

/** Schema of {@link T.AddCreditsNudgeCreditType}. */
export const AddCreditsNudgeCreditTypeSchema = z.enum(['credits', 'usage_limit']);

/** Schema of {@link T.AddCreditsNudgeEmailStatus}. */
export const AddCreditsNudgeEmailStatusSchema = z.enum(['sent', 'cooldown_active']);

/** Schema of {@link T.AdditionalContextKind}. */
export const AdditionalContextKindSchema = z.enum(['untrusted', 'application']);

/** Schema of {@link T.AdditionalContextEntry}. */
export const AdditionalContextEntrySchema = z.looseObject({
  kind: AdditionalContextKindSchema,
  name: z.string().nullish(),
  value: z.string(),
});

/** Schema of {@link T.FileSystemAccessMode}. */
export const FileSystemAccessModeSchema = z.enum(['read', 'write', 'deny']);

/** Schema of {@link T.LegacyAppPathString}. */
export const LegacyAppPathStringSchema = z.string();

/** Schema of {@link T.FileSystemSpecialPath}. */
export const FileSystemSpecialPathSchema = z.discriminatedUnion('kind', [
  z.looseObject({
    kind: z.literal('root'),
  }),
  z.looseObject({
    kind: z.literal('minimal'),
  }),
  z.looseObject({
    kind: z.literal('project_roots'),
    subpath: LegacyAppPathStringSchema.nullish(),
  }),
  z.looseObject({
    kind: z.literal('tmpdir'),
  }),
  z.looseObject({
    kind: z.literal('slash_tmp'),
  }),
  z.looseObject({
    kind: z.literal('unknown'),
    path: z.string(),
    subpath: LegacyAppPathStringSchema.nullish(),
  }),
]);

/** Schema of {@link T.FileSystemPath}. */
export const FileSystemPathSchema = z.discriminatedUnion('type', [
  z.looseObject({
    path: LegacyAppPathStringSchema,
    type: z.literal('path'),
  }),
  z.looseObject({
    pattern: z.string(),
    type: z.literal('glob_pattern'),
  }),
  z.looseObject({
    type: z.literal('special'),
    value: FileSystemSpecialPathSchema,
  }),
]);

/** Schema of {@link T.FileSystemSandboxEntry}. */
export const FileSystemSandboxEntrySchema = z.looseObject({
  access: FileSystemAccessModeSchema,
  path: FileSystemPathSchema,
});

/** Schema of {@link T.AdditionalFileSystemPermissions}. */
export const AdditionalFileSystemPermissionsSchema = z.looseObject({
  entries: z.array(FileSystemSandboxEntrySchema).nullish(),
  globScanMaxDepth: z.number().nullish(),
  read: z.array(LegacyAppPathStringSchema).nullish(),
  write: z.array(LegacyAppPathStringSchema).nullish(),
});

/** Schema of {@link T.AdditionalNetworkPermissions}. */
export const AdditionalNetworkPermissionsSchema = z.looseObject({
  enabled: z.boolean().nullish(),
});

/** Schema of {@link T.AdditionalPermissionProfile}. */
export const AdditionalPermissionProfileSchema = z.looseObject({
  fileSystem: AdditionalFileSystemPermissionsSchema.nullish(),
  network: AdditionalNetworkPermissionsSchema.nullish(),
});

/** Schema of {@link T.AgentMessageDelivery}. */
export const AgentMessageDeliverySchema = z.literal('async');

/** Schema of {@link T.AgentMessageDeltaNotification}. */
export const AgentMessageDeltaNotificationSchema = z.looseObject({
  delta: z.string(),
  itemId: z.string(),
  threadId: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.HelplineSubject}. */
export const HelplineSubjectSchema = z.enum(['answer', 'prompt']);

/** Schema of {@link T.AnswerAnnotation}. */
export const AnswerAnnotationSchema = z.looseObject({
  kind: z.literal('wellbeingHelpline'),
  subject: HelplineSubjectSchema,
});

/** Schema of {@link T.AnswerReplacement}. */
export const AnswerReplacementSchema = z.looseObject({
  kind: z.literal('wellbeingPromptHelpline'),
});

/** Schema of {@link T.BlockReason}. */
export const BlockReasonSchema = z.discriminatedUnion('kind', [
  z.looseObject({
    kind: z.literal('protection'),
    protectionType: z.string(),
  }),
  z.looseObject({
    kind: z.literal('cyber'),
    trustedAccess: z.boolean().nullish(),
  }),
]);

/** Schema of {@link T.TrustedContacts}. */
export const TrustedContactsSchema = z.enum(['check', 'skip']);

/** Schema of {@link T.AgentMessageDisplay}. */
export const AgentMessageDisplaySchema = z.discriminatedUnion('mode', [
  z.looseObject({
    annotation: AnswerAnnotationSchema.nullish(),
    mode: z.literal('show'),
    trustedContacts: TrustedContactsSchema,
    version: z.number(),
  }),
  z.looseObject({
    mode: z.literal('hide'),
    replacement: AnswerReplacementSchema,
    version: z.number(),
  }),
  z.looseObject({
    mode: z.literal('block'),
    reason: BlockReasonSchema,
    version: z.number(),
  }),
]);

/** Schema of {@link T.AgentMessageInputContent}. */
export const AgentMessageInputContentSchema = z.discriminatedUnion('type', [
  z.looseObject({
    text: z.string(),
    type: z.literal('input_text'),
  }),
  z.looseObject({
    encrypted_content: z.string(),
    type: z.literal('encrypted_content'),
  }),
]);

/** Schema of {@link T.AgentMessageModeration}. */
export const AgentMessageModerationSchema = z.looseObject({
  display: AgentMessageDisplaySchema.nullish(),
  moderated: z.boolean(),
});

/** Schema of {@link T.AgentPath}. */
export const AgentPathSchema = z.string();

/** Schema of {@link T.AllowDenyRequirement}. */
export const AllowDenyRequirementSchema = z.enum(['allow', 'deny']);

/** Schema of {@link T.AnalyticsConfig}. */
export const AnalyticsConfigSchema = z.looseObject({
  enabled: z.boolean().nullish(),
});

/** Schema of {@link T.AppBranding}. */
export const AppBrandingSchema = z.looseObject({
  category: z.string().nullish(),
  developer: z.string().nullish(),
  isDiscoverableApp: z.boolean(),
  privacyPolicy: z.string().nullish(),
  termsOfService: z.string().nullish(),
  website: z.string().nullish(),
});

/** Schema of {@link T.AppReview}. */
export const AppReviewSchema = z.looseObject({
  status: z.string(),
});

/** Schema of {@link T.AppScreenshot}. */
export const AppScreenshotSchema = z.looseObject({
  fileId: z.string().nullish(),
  url: z.string().nullish(),
  userPrompt: z.string(),
});

/** Schema of {@link T.AppMetadata}. */
export const AppMetadataSchema = z.looseObject({
  categories: z.array(z.string()).nullish(),
  developer: z.string().nullish(),
  firstPartyRequiresInstall: z.boolean().nullish(),
  review: AppReviewSchema.nullish(),
  screenshots: z.array(AppScreenshotSchema).nullish(),
  seoDescription: z.string().nullish(),
  showInComposerWhenUnlinked: z.boolean().nullish(),
  subCategories: z.array(z.string()).nullish(),
  version: z.string().nullish(),
  versionId: z.string().nullish(),
  versionNotes: z.string().nullish(),
});

/** Schema of {@link T.AppInfo}. */
export const AppInfoSchema = z.looseObject({
  appMetadata: AppMetadataSchema.nullish(),
  branding: AppBrandingSchema.nullish(),
  description: z.string().nullish(),
  distributionChannel: z.string().nullish(),
  iconAssets: z.record(z.string(), z.string()).nullish(),
  iconDarkAssets: z.record(z.string(), z.string()).nullish(),
  id: z.string(),
  installUrl: z.string().nullish(),
  isAccessible: z.boolean().optional(),
  isEnabled: z.boolean().optional(),
  labels: z.record(z.string(), z.string()).nullish(),
  logoUrl: z.string().nullish(),
  logoUrlDark: z.string().nullish(),
  name: z.string(),
  pluginDisplayNames: z.array(z.string()).optional(),
});

/** Schema of {@link T.AppListUpdatedNotification}. */
export const AppListUpdatedNotificationSchema = z.looseObject({
  data: z.array(AppInfoSchema),
});

/** Schema of {@link T.AppSummary}. */
export const AppSummarySchema = z.looseObject({
  category: z.string().nullish(),
  description: z.string().nullish(),
  id: z.string(),
  installUrl: z.string().nullish(),
  name: z.string(),
});

/** Schema of {@link T.AppTemplateUnavailableReason}. */
export const AppTemplateUnavailableReasonSchema = z.enum(['NOT_CONFIGURED_FOR_WORKSPACE', 'NO_ACTIVE_WORKSPACE']);

/** Schema of {@link T.AppTemplateSummary}. */
export const AppTemplateSummarySchema = z.looseObject({
  canonicalConnectorId: z.string().nullish(),
  category: z.string().nullish(),
  description: z.string().nullish(),
  logoUrl: z.string().nullish(),
  logoUrlDark: z.string().nullish(),
  materializedAppIds: z.array(z.string()),
  name: z.string(),
  reason: AppTemplateUnavailableReasonSchema.nullish(),
  templateId: z.string(),
});

/** Schema of {@link T.AppToolApproval}. */
export const AppToolApprovalSchema = z.enum(['auto', 'prompt', 'writes', 'approve']);

/** Schema of {@link T.AppToolSummary}. */
export const AppToolSummarySchema = z.looseObject({
  description: z.string(),
  disabledReason: z.string().nullish(),
  isEnabled: z.boolean().optional(),
  isReadOnly: z.boolean().optional(),
  name: z.string(),
  title: z.string().nullish(),
});

/** Schema of {@link T.NetworkDomainPermission}. */
export const NetworkDomainPermissionSchema = z.enum(['allow', 'deny']);

/** Schema of {@link T.ApplicationNetworkRequirements}. */
export const ApplicationNetworkRequirementsSchema = z.looseObject({
  domains: z.record(z.string(), NetworkDomainPermissionSchema),
  enabled: z.boolean(),
});

/** Schema of {@link T.ApplicationStorageRequirements}. */
export const ApplicationStorageRequirementsSchema = z.looseObject({
  defaultProjectParent: LegacyAppPathStringSchema.nullish(),
  projectlessWorkspaceRoot: LegacyAppPathStringSchema.nullish(),
});

/** Schema of {@link T.ApplicationRequirements}. */
export const ApplicationRequirementsSchema = z.looseObject({
  network: ApplicationNetworkRequirementsSchema.nullish(),
  storage: ApplicationStorageRequirementsSchema.nullish(),
});

/** Schema of {@link T.FileChange}. */
export const FileChangeSchema = z.discriminatedUnion('type', [
  z.looseObject({
    content: z.string(),
    type: z.literal('add'),
  }),
  z.looseObject({
    content: z.string(),
    type: z.literal('delete'),
  }),
  z.looseObject({
    move_path: z.string().nullish(),
    type: z.literal('update'),
    unified_diff: z.string(),
  }),
]);

/** Schema of {@link T.ThreadId}. */
export const ThreadIdSchema = z.string();

/** Schema of {@link T.ApplyPatchApprovalParams}. */
export const ApplyPatchApprovalParamsSchema = z.looseObject({
  callId: z.string(),
  conversationId: ThreadIdSchema,
  fileChanges: z.record(z.string(), FileChangeSchema),
  grantRoot: z.string().nullish(),
  reason: z.string().nullish(),
});

/** Schema of {@link T.NetworkPolicyRuleAction}. */
export const NetworkPolicyRuleActionSchema = z.enum(['allow', 'deny']);

/** Schema of {@link T.NetworkPolicyAmendment}. */
export const NetworkPolicyAmendmentSchema = z.looseObject({
  action: NetworkPolicyRuleActionSchema,
  host: z.string(),
});

/** Schema of {@link T.ReviewDecision}. */
export const ReviewDecisionSchema = z.union([
  z.enum(['approved', 'approved_for_session', 'approved_mcp_policy_amendment', 'timed_out', 'abort']),
  z.looseObject({
    approved_execpolicy_amendment: z.looseObject({
      proposed_execpolicy_amendment: z.array(z.string()),
    }),
  }),
  z.looseObject({
    network_policy_amendment: z.looseObject({
      network_policy_amendment: NetworkPolicyAmendmentSchema,
    }),
  }),
  z.looseObject({
    denied: z.looseObject({
      rejection: z.string(),
    }),
  }),
]);

/** Schema of {@link T.ApplyPatchApprovalResponse}. */
export const ApplyPatchApprovalResponseSchema = z.looseObject({
  decision: ReviewDecisionSchema,
});

/** Schema of {@link T.ApprovalsReviewer}. */
export const ApprovalsReviewerSchema = z.enum(['user', 'auto_review', 'guardian_subagent']);

/** Schema of {@link T.AppsDefaultConfig}. */
export const AppsDefaultConfigSchema = z.looseObject({
  approvals_reviewer: ApprovalsReviewerSchema.nullish(),
  default_tools_approval_mode: AppToolApprovalSchema.nullish(),
  destructive_enabled: z.boolean().optional(),
  enabled: z.boolean().optional(),
  open_world_enabled: z.boolean().optional(),
});

/** Schema of {@link T.AppsConfig}. */
export const AppsConfigSchema = z.looseObject({
  _default: AppsDefaultConfigSchema.nullish(),
});

/** Schema of {@link T.AppsInstalledParams}. */
export const AppsInstalledParamsSchema = z.looseObject({
  forceRefresh: z.boolean().optional(),
  threadId: z.string().nullish(),
});

/** Schema of {@link T.InstalledApp}. */
export const InstalledAppSchema = z.looseObject({
  callable: z.boolean(),
  enabled: z.boolean(),
  id: z.string(),
  runtimeName: z.string().nullish(),
});

/** Schema of {@link T.AppsInstalledResponse}. */
export const AppsInstalledResponseSchema = z.looseObject({
  apps: z.array(InstalledAppSchema),
});

/** Schema of {@link T.AppsListParams}. */
export const AppsListParamsSchema = z.looseObject({
  cursor: z.string().nullish(),
  forceRefetch: z.boolean().optional(),
  limit: z.number().nullish(),
  threadId: z.string().nullish(),
});

/** Schema of {@link T.AppsListResponse}. */
export const AppsListResponseSchema = z.looseObject({
  data: z.array(AppInfoSchema),
  nextCursor: z.string().nullish(),
});

/** Schema of {@link T.AppsReadParams}. */
export const AppsReadParamsSchema = z.looseObject({
  appIds: z.array(z.string()),
  includeTools: z.boolean().optional(),
  threadId: z.string().nullish(),
});

/** Schema of {@link T.ConnectorMetadata}. */
export const ConnectorMetadataSchema = z.looseObject({
  description: z.string().nullish(),
  distributionChannel: z.string().nullish(),
  iconUrl: z.string().nullish(),
  iconUrlDark: z.string().nullish(),
  id: z.string(),
  installUrl: z.string().nullish(),
  name: z.string(),
  pluginDisplayNames: z.array(z.string()).optional(),
  toolSummaries: z.array(AppToolSummarySchema).nullish(),
});

/** Schema of {@link T.AppsReadResponse}. */
export const AppsReadResponseSchema = z.looseObject({
  apps: z.array(ConnectorMetadataSchema),
  missingAppIds: z.array(z.string()),
});

/** Schema of {@link T.AskForApproval}. */
export const AskForApprovalSchema = z.union([
  z.enum(['untrusted', 'on-request', 'never']),
  z.looseObject({
    granular: z.looseObject({
      mcp_elicitations: z.boolean(),
      request_permissions: z.boolean().optional(),
      rules: z.boolean(),
      sandbox_approval: z.boolean(),
      skill_approval: z.boolean().optional(),
    }),
  }),
]);

/** Schema of {@link T.AsyncUserInputQuestion}. */
export const AsyncUserInputQuestionSchema = z.looseObject({
  options: z.array(z.string()).nullish(),
  title: z.string(),
});

/** Schema of {@link T.AttestationGenerateParams}. */
export const AttestationGenerateParamsSchema = z.looseObject({});

/** Schema of {@link T.AttestationGenerateResponse}. */
export const AttestationGenerateResponseSchema = z.looseObject({
  token: z.string(),
});

/** Schema of {@link T.AuthRecoveryNotification}. */
export const AuthRecoveryNotificationSchema = z.looseObject({
  message: z.string(),
  provider: z.string(),
  threadId: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.AutoCompactTokenLimitScope}. */
export const AutoCompactTokenLimitScopeSchema = z.enum(['total', 'body_after_prefix']);

/** Schema of {@link T.AutoReviewDecisionSource}. */
export const AutoReviewDecisionSourceSchema = z.literal('agent');

/** Schema of {@link T.AutoReviewRequirements}. */
export const AutoReviewRequirementsSchema = z.looseObject({
  ignoreRules: z.array(z.string()).nullish(),
  requiredOnModels: z.array(z.string()).nullish(),
});

/** Schema of {@link T.AwsCredentialType}. */
export const AwsCredentialTypeSchema = z.enum(['accessKeys', 'bedrockApiKey']);

/** Schema of {@link T.BedrockAwsProfile}. */
export const BedrockAwsProfileSchema = z.looseObject({
  name: z.string(),
  region: z.string().nullish(),
});

/** Schema of {@link T.BedrockCheckGovCloudRequirementsParams}. */
export const BedrockCheckGovCloudRequirementsParamsSchema = z.looseObject({});

/** Schema of {@link T.BedrockCheckGovCloudRequirementsResponse}. */
export const BedrockCheckGovCloudRequirementsResponseSchema = z.looseObject({
  isGovCloud: z.boolean(),
  shouldWarn: z.boolean(),
});

/** Schema of {@link T.BedrockDiscoverParams}. */
export const BedrockDiscoverParamsSchema = z.looseObject({});

/** Schema of {@link T.BedrockEnvironmentCredential}. */
export const BedrockEnvironmentCredentialSchema = z.looseObject({
  region: z.string().nullish(),
  type: AwsCredentialTypeSchema,
});

/** Schema of {@link T.BedrockDiscoverResponse}. */
export const BedrockDiscoverResponseSchema = z.looseObject({
  environmentCredentials: z.array(BedrockEnvironmentCredentialSchema),
  profiles: z.array(BedrockAwsProfileSchema),
});

/** Schema of {@link T.BedrockProviderId}. */
export const BedrockProviderIdSchema = z.enum(['amazon-bedrock', 'amazon-bedrock-runtime']);

/** Schema of {@link T.BedrockSetupParams}. */
export const BedrockSetupParamsSchema = z.discriminatedUnion('type', [
  z.looseObject({
    profile: z.string(),
    region: z.string(),
    type: z.literal('profile'),
  }),
  z.looseObject({
    region: z.string(),
    type: z.literal('environment'),
  }),
]);

/** Schema of {@link T.BedrockSetupResponse}. */
export const BedrockSetupResponseSchema = z.looseObject({});

/** Schema of {@link T.BrowserUseAccessApprovalLifetime}. */
export const BrowserUseAccessApprovalLifetimeSchema = z.enum(['turn', 'thread']);

/** Schema of {@link T.BrowserUseOriginPolicyConfig}. */
export const BrowserUseOriginPolicyConfigSchema = z.looseObject({
  access: AllowDenyRequirementSchema.nullish(),
  downloads: AllowDenyRequirementSchema.nullish(),
  full_cdp_access: AllowDenyRequirementSchema.nullish(),
  uploads: AllowDenyRequirementSchema.nullish(),
});

/** Schema of {@link T.BrowserUseConfig}. */
export const BrowserUseConfigSchema = z.looseObject({
  allow_history_access: z.boolean().nullish(),
  default_origin_policy: BrowserUseOriginPolicyConfigSchema.nullish(),
  origins: z.record(z.string(), BrowserUseOriginPolicyConfigSchema).nullish(),
});

/** Schema of {@link T.RequestHeader}. */
export const RequestHeaderSchema = z.looseObject({
  name: z.string(),
  value: z.string(),
});

/** Schema of {@link T.BrowserUseExtensionRequirements}. */
export const BrowserUseExtensionRequirementsSchema = z.looseObject({
  requestHeaders: z.array(RequestHeaderSchema).nullish(),
});

/** Schema of {@link T.BrowserUseOriginPolicy}. */
export const BrowserUseOriginPolicySchema = z.looseObject({
  access: AllowDenyRequirementSchema.nullish(),
  accessApprovalLifetime: BrowserUseAccessApprovalLifetimeSchema.nullish(),
  autoReview: AllowDenyRequirementSchema.nullish(),
  downloads: AllowDenyRequirementSchema.nullish(),
  fullCdpAccess: AllowDenyRequirementSchema.nullish(),
  persistentApproval: z.boolean().nullish(),
  uploads: AllowDenyRequirementSchema.nullish(),
});

/** Schema of {@link T.BrowserUseRequirements}. */
export const BrowserUseRequirementsSchema = z.looseObject({
  allowGlobalPersistentApproval: z.boolean().nullish(),
  allowHistoryAccess: z.boolean().nullish(),
  allowWebmcp: z.boolean().nullish(),
  defaultOriginPolicy: BrowserUseOriginPolicySchema.nullish(),
  disableAutoReview: z.boolean().nullish(),
  extension: BrowserUseExtensionRequirementsSchema.nullish(),
  origins: z.record(z.string(), BrowserUseOriginPolicySchema).nullish(),
});

/** Schema of {@link T.ByteRange}. */
export const ByteRangeSchema = z.looseObject({
  end: z.number(),
  start: z.number(),
});

/** Schema of {@link T.CancelLoginAccountParams}. */
export const CancelLoginAccountParamsSchema = z.looseObject({
  loginId: z.string(),
});

/** Schema of {@link T.CancelLoginAccountStatus}. */
export const CancelLoginAccountStatusSchema = z.enum(['canceled', 'notFound']);

/** Schema of {@link T.CancelLoginAccountResponse}. */
export const CancelLoginAccountResponseSchema = z.looseObject({
  status: CancelLoginAccountStatusSchema,
});

/** Schema of {@link T.CapabilityRootLocation}. */
export const CapabilityRootLocationSchema = z.looseObject({
  environmentId: z.string(),
  path: z.string(),
  type: z.literal('environment'),
});

/** Schema of {@link T.ChatgptAuthTokensRefreshReason}. */
export const ChatgptAuthTokensRefreshReasonSchema = z.literal('unauthorized');

/** Schema of {@link T.ChatgptAuthTokensRefreshParams}. */
export const ChatgptAuthTokensRefreshParamsSchema = z.looseObject({
  previousAccountId: z.string().nullish(),
  reason: ChatgptAuthTokensRefreshReasonSchema,
});

/** Schema of {@link T.ChatgptAuthTokensRefreshResponse}. */
export const ChatgptAuthTokensRefreshResponseSchema = z.looseObject({
  accessToken: z.string(),
  chatgptAccountId: z.string(),
  chatgptPlanType: z.string().nullish(),
});

/** Schema of {@link T.CliAuthCredentialsStoreMode}. */
export const CliAuthCredentialsStoreModeSchema = z.enum(['file', 'keyring', 'auto', 'ephemeral']);

/** Schema of {@link T.ClientInfo}. */
export const ClientInfoSchema = z.looseObject({
  name: z.string(),
  title: z.string().nullish(),
  version: z.string(),
});

/** Schema of {@link T.NonSteerableTurnKind}. */
export const NonSteerableTurnKindSchema = z.enum(['review', 'compact']);

/** Schema of {@link T.CodexErrorInfo}. */
export const CodexErrorInfoSchema = z.union([
  z.enum([
    'contextWindowExceeded',
    'sessionBudgetExceeded',
    'usageLimitExceeded',
    'rateLimitExceeded',
    'flexUnavailable',
    'serverOverloaded',
    'modelNotFound',
    'policyCapacityUnavailable',
    'cyberPolicy',
    'bioPolicy',
    'misalignmentPolicyViolation',
    'tooManyDenials',
    'internalServerError',
    'unauthorized',
    'badRequest',
    'threadRollbackFailed',
    'sandboxError',
    'other',
    'inferenceHookDenied',
  ]),
  z.looseObject({
    httpConnectionFailed: z.looseObject({
      httpStatusCode: z.number().nullish(),
    }),
  }),
  z.looseObject({
    responseStreamConnectionFailed: z.looseObject({
      httpStatusCode: z.number().nullish(),
    }),
  }),
  z.looseObject({
    responseStreamDisconnected: z.looseObject({
      httpStatusCode: z.number().nullish(),
    }),
  }),
  z.looseObject({
    responseTooManyFailedAttempts: z.looseObject({
      httpStatusCode: z.number().nullish(),
    }),
  }),
  z.looseObject({
    activeTurnNotSteerable: z.looseObject({
      turnKind: NonSteerableTurnKindSchema,
    }),
  }),
  z.string(),
  z.looseObject({}),
]);

/** Schema of {@link T.CodexResponseHandoffMode}. */
export const CodexResponseHandoffModeSchema = z.enum(['thinking', 'commentary', 'bemTags']);

/** Schema of {@link T.CollabAgentStatus}. */
export const CollabAgentStatusSchema = z.enum(['pendingInit', 'running', 'interrupted', 'completed', 'errored', 'shutdown', 'notFound']);

/** Schema of {@link T.CollabAgentState}. */
export const CollabAgentStateSchema = z.looseObject({
  message: z.string().nullish(),
  status: CollabAgentStatusSchema,
});

/** Schema of {@link T.CollabAgentTool}. */
export const CollabAgentToolSchema = z.enum([
  'spawnAgent',
  'sendInput',
  'resumeAgent',
  'wait',
  'closeAgent',
  'sendMessage',
  'followupTask',
  'interruptAgent',
  'listAgents',
]);

/** Schema of {@link T.CollabAgentToolCallStatus}. */
export const CollabAgentToolCallStatusSchema = z.enum(['inProgress', 'completed', 'failed', 'interrupted']);

/** Schema of {@link T.ModeKind}. */
export const ModeKindSchema = z.enum(['plan', 'default']);

/** Schema of {@link T.ReasoningEffort}. */
export const ReasoningEffortSchema = z.string();

/** Schema of {@link T.Settings}. */
export const SettingsSchema = z.looseObject({
  developer_instructions: z.string().nullish(),
  model: z.string(),
  reasoning_effort: ReasoningEffortSchema.nullish(),
});

/** Schema of {@link T.CollaborationMode}. */
export const CollaborationModeSchema = z.looseObject({
  mode: ModeKindSchema,
  settings: SettingsSchema,
});

/** Schema of {@link T.CollaborationModeListParams}. */
export const CollaborationModeListParamsSchema = z.looseObject({});

/** Schema of {@link T.CollaborationModeMask}. */
export const CollaborationModeMaskSchema = z.looseObject({
  mode: ModeKindSchema.nullish(),
  model: z.string().nullish(),
  name: z.string(),
  reasoning_effort: ReasoningEffortSchema.nullish(),
});

/** Schema of {@link T.CollaborationModeListResponse}. */
export const CollaborationModeListResponseSchema = z.looseObject({
  data: z.array(CollaborationModeMaskSchema),
});

/** Schema of {@link T.CommandAction}. */
export const CommandActionSchema = z.discriminatedUnion('type', [
  z.looseObject({
    command: z.string(),
    name: z.string(),
    path: LegacyAppPathStringSchema,
    type: z.literal('read'),
  }),
  z.looseObject({
    command: z.string(),
    path: z.string().nullish(),
    type: z.literal('listFiles'),
  }),
  z.looseObject({
    command: z.string(),
    path: z.string().nullish(),
    query: z.string().nullish(),
    type: z.literal('search'),
  }),
  z.looseObject({
    command: z.string(),
    type: z.literal('unknown'),
  }),
]);

/** Schema of {@link T.CommandExecOutputStream}. */
export const CommandExecOutputStreamSchema = z.enum(['stdout', 'stderr']);

/** Schema of {@link T.CommandExecOutputDeltaNotification}. */
export const CommandExecOutputDeltaNotificationSchema = z.looseObject({
  capReached: z.boolean(),
  deltaBase64: z.string(),
  processId: z.string(),
  stream: CommandExecOutputStreamSchema,
});

/** Schema of {@link T.CommandExecTerminalSize}. */
export const CommandExecTerminalSizeSchema = z.looseObject({
  cols: z.number(),
  rows: z.number(),
});

/** Schema of {@link T.NetworkAccess}. */
export const NetworkAccessSchema = z.enum(['restricted', 'enabled']);

/** Schema of {@link T.SandboxPolicy}. */
export const SandboxPolicySchema = z.discriminatedUnion('type', [
  z.looseObject({
    type: z.literal('dangerFullAccess'),
  }),
  z.looseObject({
    networkAccess: z.boolean().optional(),
    type: z.literal('readOnly'),
  }),
  z.looseObject({
    networkAccess: NetworkAccessSchema.optional(),
    type: z.literal('externalSandbox'),
  }),
  z.looseObject({
    excludeSlashTmp: z.boolean().optional(),
    excludeTmpdirEnvVar: z.boolean().optional(),
    networkAccess: z.boolean().optional(),
    type: z.literal('workspaceWrite'),
    writableRoots: z.array(AbsolutePathBufSchema).optional(),
  }),
]);

/** Schema of {@link T.CommandExecParams}. */
export const CommandExecParamsSchema = z.looseObject({
  command: z.array(z.string()),
  cwd: z.string().nullish(),
  disableOutputCap: z.boolean().optional(),
  disableTimeout: z.boolean().optional(),
  env: z.record(z.string(), z.string().nullable()).nullish(),
  outputBytesCap: z.number().nullish(),
  permissionProfile: z.string().nullish(),
  processId: z.string().nullish(),
  sandboxPolicy: SandboxPolicySchema.nullish(),
  size: CommandExecTerminalSizeSchema.nullish(),
  streamStdin: z.boolean().optional(),
  streamStdoutStderr: z.boolean().optional(),
  timeoutMs: z.number().nullish(),
  tty: z.boolean().optional(),
});

/** Schema of {@link T.CommandExecResizeParams}. */
export const CommandExecResizeParamsSchema = z.looseObject({
  processId: z.string(),
  size: CommandExecTerminalSizeSchema,
});

/** Schema of {@link T.CommandExecResizeResponse}. */
export const CommandExecResizeResponseSchema = z.looseObject({});

/** Schema of {@link T.CommandExecResponse}. */
export const CommandExecResponseSchema = z.looseObject({
  exitCode: z.number(),
  stderr: z.string(),
  stdout: z.string(),
});

/** Schema of {@link T.CommandExecTerminateParams}. */
export const CommandExecTerminateParamsSchema = z.looseObject({
  processId: z.string(),
});

/** Schema of {@link T.CommandExecTerminateResponse}. */
export const CommandExecTerminateResponseSchema = z.looseObject({});

/** Schema of {@link T.CommandExecWriteParams}. */
export const CommandExecWriteParamsSchema = z.looseObject({
  closeStdin: z.boolean().optional(),
  deltaBase64: z.string().nullish(),
  processId: z.string(),
});

/** Schema of {@link T.CommandExecWriteResponse}. */
export const CommandExecWriteResponseSchema = z.looseObject({});

/** Schema of {@link T.CommandExecutionApprovalDecision}. */
export const CommandExecutionApprovalDecisionSchema = z.union([
  z.enum(['accept', 'acceptForSession', 'decline', 'cancel']),
  z.looseObject({
    acceptWithExecpolicyAmendment: z.looseObject({
      execpolicy_amendment: z.array(z.string()),
    }),
  }),
  z.looseObject({
    applyNetworkPolicyAmendment: z.looseObject({
      network_policy_amendment: NetworkPolicyAmendmentSchema,
    }),
  }),
]);

/** Schema of {@link T.CommandExecutionApprovalKind}. */
export const CommandExecutionApprovalKindSchema = z.enum(['command', 'writeStdin', 'humanCommand']);

/** Schema of {@link T.CommandExecutionOutputDeltaNotification}. */
export const CommandExecutionOutputDeltaNotificationSchema = z.looseObject({
  delta: z.string(),
  itemId: z.string(),
  threadId: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.NetworkApprovalProtocol}. */
export const NetworkApprovalProtocolSchema = z.enum(['http', 'https', 'socks5Tcp', 'socks5Udp']);

/** Schema of {@link T.NetworkApprovalContext}. */
export const NetworkApprovalContextSchema = z.looseObject({
  host: z.string(),
  protocol: NetworkApprovalProtocolSchema,
});

/** Schema of {@link T.CommandExecutionRequestApprovalParams}. */
export const CommandExecutionRequestApprovalParamsSchema = z.looseObject({
  additionalPermissions: AdditionalPermissionProfileSchema.nullish(),
  approvalId: z.string().nullish(),
  availableDecisions: z.array(CommandExecutionApprovalDecisionSchema).nullish(),
  command: z.string().nullish(),
  commandActions: z.array(CommandActionSchema).nullish(),
  cwd: LegacyAppPathStringSchema.nullish(),
  environmentId: z.string().nullish(),
  itemId: z.string(),
  kind: CommandExecutionApprovalKindSchema.optional(),
  networkApprovalContext: NetworkApprovalContextSchema.nullish(),
  proposedExecpolicyAmendment: z.array(z.string()).nullish(),
  proposedNetworkPolicyAmendments: z.array(NetworkPolicyAmendmentSchema).nullish(),
  reason: z.string().nullish(),
  startedAtMs: z.number(),
  threadId: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.CommandExecutionRequestApprovalResponse}. */
export const CommandExecutionRequestApprovalResponseSchema = z.looseObject({
  decision: CommandExecutionApprovalDecisionSchema,
});

/** Schema of {@link T.CommandExecutionSource}. */
export const CommandExecutionSourceSchema = z.enum(['agent', 'userShell', 'unifiedExecStartup', 'unifiedExecInteraction']);

/** Schema of {@link T.CommandExecutionStatus}. */
export const CommandExecutionStatusSchema = z.enum(['inProgress', 'completed', 'failed', 'declined']);

/** Schema of {@link T.CommandMigration}. */
export const CommandMigrationSchema = z.looseObject({
  name: z.string(),
});

/** Schema of {@link T.ComputerUseMacosConfig}. */
export const ComputerUseMacosConfigSchema = z.looseObject({
  bundle_ids: z.record(z.string(), AllowDenyRequirementSchema).nullish(),
});

/** Schema of {@link T.ComputerUseWindowsExeConfig}. */
export const ComputerUseWindowsExeConfigSchema = z.looseObject({
  access: AllowDenyRequirementSchema,
  binary_name: z.string().nullish(),
  product_name: z.string(),
  publisher_name: z.string(),
});

/** Schema of {@link T.ComputerUseWindowsConfig}. */
export const ComputerUseWindowsConfigSchema = z.looseObject({
  aumids: z.record(z.string(), AllowDenyRequirementSchema).nullish(),
  exes: z.array(ComputerUseWindowsExeConfigSchema).nullish(),
});

/** Schema of {@link T.ComputerUseConfig}. */
export const ComputerUseConfigSchema = z.looseObject({
  default_app_access: AllowDenyRequirementSchema.nullish(),
  macos: ComputerUseMacosConfigSchema.nullish(),
  windows: ComputerUseWindowsConfigSchema.nullish(),
});

/** Schema of {@link T.ComputerUseMacosRequirements}. */
export const ComputerUseMacosRequirementsSchema = z.looseObject({
  bundleIds: z.record(z.string(), AllowDenyRequirementSchema).nullish(),
});

/** Schema of {@link T.ComputerUseWindowsExeRequirement}. */
export const ComputerUseWindowsExeRequirementSchema = z.looseObject({
  access: AllowDenyRequirementSchema,
  binaryName: z.string().nullish(),
  productName: z.string(),
  publisherName: z.string(),
});

/** Schema of {@link T.ComputerUseWindowsRequirements}. */
export const ComputerUseWindowsRequirementsSchema = z.looseObject({
  aumids: z.record(z.string(), AllowDenyRequirementSchema).nullish(),
  exes: z.array(ComputerUseWindowsExeRequirementSchema).nullish(),
});

/** Schema of {@link T.ComputerUseRequirements}. */
export const ComputerUseRequirementsSchema = z.looseObject({
  allowLockedComputerUse: z.boolean().nullish(),
  allowPersistentApproval: z.boolean().nullish(),
  defaultAppAccess: AllowDenyRequirementSchema.nullish(),
  macos: ComputerUseMacosRequirementsSchema.nullish(),
  windows: ComputerUseWindowsRequirementsSchema.nullish(),
});

/** Schema of {@link T.ForcedChatgptWorkspaceIds}. */
export const ForcedChatgptWorkspaceIdsSchema = z.union([z.string(), z.array(z.string())]);

/** Schema of {@link T.ForcedLoginMethod}. */
export const ForcedLoginMethodSchema = z.enum(['chatgpt', 'api']);

/** Schema of {@link T.ReasoningSummary}. */
export const ReasoningSummarySchema = z.enum(['auto', 'concise', 'detailed', 'none']);

/** Schema of {@link T.SandboxMode}. */
export const SandboxModeSchema = z.enum(['read-only', 'workspace-write', 'danger-full-access']);

/** Schema of {@link T.SandboxWorkspaceWrite}. */
export const SandboxWorkspaceWriteSchema = z.looseObject({
  exclude_slash_tmp: z.boolean().optional(),
  exclude_tmpdir_env_var: z.boolean().optional(),
  network_access: z.boolean().optional(),
  writable_roots: z.array(z.string()).optional(),
});

/** Schema of {@link T.WebSearchContextSize}. */
export const WebSearchContextSizeSchema = z.enum(['low', 'medium', 'high']);

/** Schema of {@link T.WebSearchLocation}. */
export const WebSearchLocationSchema = z.looseObject({
  city: z.string().nullish(),
  country: z.string().nullish(),
  region: z.string().nullish(),
  timezone: z.string().nullish(),
});

/** Schema of {@link T.WebSearchToolConfig}. */
export const WebSearchToolConfigSchema = z.looseObject({
  allowed_domains: z.array(z.string()).nullish(),
  context_size: WebSearchContextSizeSchema.nullish(),
  location: WebSearchLocationSchema.nullish(),
});

/** Schema of {@link T.ToolsV2}. */
export const ToolsV2Schema = z.looseObject({
  web_search: WebSearchToolConfigSchema.nullish(),
});

/** Schema of {@link T.Verbosity}. */
export const VerbositySchema = z.enum(['low', 'medium', 'high']);

/** Schema of {@link T.WebSearchMode}. */
export const WebSearchModeSchema = z.enum(['disabled', 'cached', 'indexed', 'live']);

/** Schema of {@link T.WebSearchProvider}. */
export const WebSearchProviderSchema = z.enum(['standalone', 'search_mcp']);

/** Schema of {@link T.Config}. */
export const ConfigSchema = z.looseObject({
  analytics: AnalyticsConfigSchema.nullish(),
  approval_policy: AskForApprovalSchema.nullish(),
  approvals_reviewer: ApprovalsReviewerSchema.nullish(),
  apps: AppsConfigSchema.nullish(),
  browser_use: BrowserUseConfigSchema.nullish(),
  client_search_provider: WebSearchProviderSchema.nullish(),
  compact_prompt: z.string().nullish(),
  computer_use: ComputerUseConfigSchema.nullish(),
  desktop: z.looseObject({}).nullish(),
  developer_instructions: z.string().nullish(),
  forced_chatgpt_workspace_id: ForcedChatgptWorkspaceIdsSchema.nullish(),
  forced_login_method: ForcedLoginMethodSchema.nullish(),
  instructions: z.string().nullish(),
  model: z.string().nullish(),
  model_auto_compact_token_limit: z.number().nullish(),
  model_auto_compact_token_limit_scope: AutoCompactTokenLimitScopeSchema.nullish(),
  model_context_window: z.number().nullish(),
  model_provider: z.string().nullish(),
  model_reasoning_effort: ReasoningEffortSchema.nullish(),
  model_reasoning_summary: ReasoningSummarySchema.nullish(),
  model_verbosity: VerbositySchema.nullish(),
  review_model: z.string().nullish(),
  sandbox_mode: SandboxModeSchema.nullish(),
  sandbox_workspace_write: SandboxWorkspaceWriteSchema.nullish(),
  service_tier: z.string().nullish(),
  tools: ToolsV2Schema.nullish(),
  web_search: WebSearchModeSchema.nullish(),
});

/** Schema of {@link T.MergeStrategy}. */
export const MergeStrategySchema = z.enum(['replace', 'upsert']);

/** Schema of {@link T.ConfigEdit}. */
export const ConfigEditSchema = z.looseObject({
  keyPath: z.string(),
  mergeStrategy: MergeStrategySchema,
  value: z.unknown(),
});

/** Schema of {@link T.ConfigBatchWriteParams}. */
export const ConfigBatchWriteParamsSchema = z.looseObject({
  edits: z.array(ConfigEditSchema),
  expectedVersion: z.string().nullish(),
  filePath: z.string().nullish(),
  reloadUserConfig: z.boolean().optional(),
});

/** Schema of {@link T.ConfigLayerSource}. */
export const ConfigLayerSourceSchema = z.discriminatedUnion('type', [
  z.looseObject({
    file: AbsolutePathBufSchema,
    type: z.literal('packagedDefaults'),
  }),
  z.looseObject({
    domain: z.string(),
    key: z.string(),
    type: z.literal('mdm'),
  }),
  z.looseObject({
    file: AbsolutePathBufSchema,
    type: z.literal('system'),
  }),
  z.looseObject({
    id: z.string(),
    name: z.string(),
    type: z.literal('enterpriseManaged'),
  }),
  z.looseObject({
    file: AbsolutePathBufSchema,
    profile: z.string().nullish(),
    type: z.literal('user'),
  }),
  z.looseObject({
    dotCodexFolder: AbsolutePathBufSchema,
    type: z.literal('project'),
  }),
  z.looseObject({
    type: z.literal('sessionFlags'),
  }),
  z.looseObject({
    file: AbsolutePathBufSchema,
    type: z.literal('legacyManagedConfigTomlFromFile'),
  }),
  z.looseObject({
    type: z.literal('legacyManagedConfigTomlFromMdm'),
  }),
]);

/** Schema of {@link T.ConfigLayer}. */
export const ConfigLayerSchema = z.looseObject({
  config: z.unknown(),
  disabledReason: z.string().nullish(),
  name: ConfigLayerSourceSchema,
  version: z.string(),
});

/** Schema of {@link T.ConfigLayerMetadata}. */
export const ConfigLayerMetadataSchema = z.looseObject({
  name: ConfigLayerSourceSchema,
  version: z.string(),
});

/** Schema of {@link T.ConfigReadParams}. */
export const ConfigReadParamsSchema = z.looseObject({
  cwd: z.string().nullish(),
  includeLayers: z.boolean().optional(),
});

/** Schema of {@link T.ConfigReadResponse}. */
export const ConfigReadResponseSchema = z.looseObject({
  config: ConfigSchema,
  layers: z.array(ConfigLayerSchema).nullish(),
  origins: z.record(z.string(), ConfigLayerMetadataSchema),
});

/** Schema of {@link T.FeedbackRequirements}. */
export const FeedbackRequirementsSchema = z.looseObject({
  enabled: z.boolean().nullish(),
});

/** Schema of {@link T.InAppBrowserRequirements}. */
export const InAppBrowserRequirementsSchema = z.looseObject({
  allowExternalBrowserSettingsImport: z.boolean().nullish(),
});

/** Schema of {@link T.ConfiguredHookHandler}. */
export const ConfiguredHookHandlerSchema = z.discriminatedUnion('type', [
  z.looseObject({
    additionalContextLimit: z.number().nullish(),
    async: z.boolean(),
    command: z.string(),
    commandWindows: z.string().nullish(),
    statusMessage: z.string().nullish(),
    timeoutSec: z.number().nullish(),
    type: z.literal('command'),
  }),
  z.looseObject({
    input: z.looseObject({}),
    server: z.string(),
    statusMessage: z.string().nullish(),
    timeoutSec: z.number().nullish(),
    tool: z.string(),
    type: z.literal('mcp_tool'),
  }),
  z.looseObject({
    type: z.literal('prompt'),
  }),
  z.looseObject({
    type: z.literal('agent'),
  }),
]);

/** Schema of {@link T.ConfiguredHookMatcherGroup}. */
export const ConfiguredHookMatcherGroupSchema = z.looseObject({
  hooks: z.array(ConfiguredHookHandlerSchema),
  matcher: z.string().nullish(),
});

/** Schema of {@link T.ManagedHooksRequirements}. */
export const ManagedHooksRequirementsSchema = z.looseObject({
  Interrupt: z.array(ConfiguredHookMatcherGroupSchema).optional(),
  PermissionRequest: z.array(ConfiguredHookMatcherGroupSchema),
  PostCompact: z.array(ConfiguredHookMatcherGroupSchema),
  PostModelRequest: z.array(ConfiguredHookMatcherGroupSchema).optional(),
  PostToolUse: z.array(ConfiguredHookMatcherGroupSchema),
  PreCompact: z.array(ConfiguredHookMatcherGroupSchema),
  PreModelRequest: z.array(ConfiguredHookMatcherGroupSchema).optional(),
  PreToolUse: z.array(ConfiguredHookMatcherGroupSchema),
  SessionEnd: z.array(ConfiguredHookMatcherGroupSchema).optional(),
  SessionStart: z.array(ConfiguredHookMatcherGroupSchema),
  Stop: z.array(ConfiguredHookMatcherGroupSchema),
  SubagentStart: z.array(ConfiguredHookMatcherGroupSchema),
  SubagentStop: z.array(ConfiguredHookMatcherGroupSchema),
  UserPromptSubmit: z.array(ConfiguredHookMatcherGroupSchema),
  managedDir: z.string().nullish(),
  windowsManagedDir: z.string().nullish(),
});

/** Schema of {@link T.NewThreadModelDefaults}. */
export const NewThreadModelDefaultsSchema = z.looseObject({
  model: z.string().nullish(),
  modelReasoningEffort: ReasoningEffortSchema.nullish(),
  serviceTier: z.string().nullish(),
});

/** Schema of {@link T.ModelsRequirements}. */
export const ModelsRequirementsSchema = z.looseObject({
  newThread: NewThreadModelDefaultsSchema.nullish(),
});

/** Schema of {@link T.NetworkUnixSocketPermission}. */
export const NetworkUnixSocketPermissionSchema = z.enum(['allow', 'deny']);

/** Schema of {@link T.NetworkRequirements}. */
export const NetworkRequirementsSchema = z.looseObject({
  allowLocalBinding: z.boolean().nullish(),
  allowUnixSockets: z.array(z.string()).nullish(),
  allowUpstreamProxy: z.boolean().nullish(),
  allowedDomains: z.array(z.string()).nullish(),
  dangerouslyAllowAllUnixSockets: z.boolean().nullish(),
  dangerouslyAllowNonLoopbackProxy: z.boolean().nullish(),
  deniedDomains: z.array(z.string()).nullish(),
  domains: z.record(z.string(), NetworkDomainPermissionSchema).nullish(),
  enabled: z.boolean().nullish(),
  httpPort: z.number().nullish(),
  managedAllowedDomainsOnly: z.boolean().nullish(),
  reviewDomains: z.array(z.string()).nullish(),
  socksPort: z.number().nullish(),
  unixSockets: z.record(z.string(), NetworkUnixSocketPermissionSchema).nullish(),
});

/** Schema of {@link T.OtelHttpProtocol}. */
export const OtelHttpProtocolSchema = z.enum(['binary', 'json']);

/** Schema of {@link T.OtelTlsConfig}. */
export const OtelTlsConfigSchema = z.looseObject({
  'ca-certificate': z.string().nullish(),
  'client-certificate': z.string().nullish(),
  'client-private-key': z.string().nullish(),
});

/** Schema of {@link T.OtelExporter}. */
export const OtelExporterSchema = z.union([
  z.enum(['none', 'statsig']),
  z.looseObject({
    'otlp-http': z.looseObject({
      endpoint: z.string(),
      headers: z.record(z.string(), z.string()),
      protocol: OtelHttpProtocolSchema,
      tls: OtelTlsConfigSchema.nullish(),
    }),
  }),
  z.looseObject({
    'otlp-grpc': z.looseObject({
      endpoint: z.string(),
      headers: z.record(z.string(), z.string()),
      tls: OtelTlsConfigSchema.nullish(),
    }),
  }),
]);

/** Schema of {@link T.OtelToolResultLogConfig}. */
export const OtelToolResultLogConfigSchema = z.looseObject({
  max_bytes: z.number(),
});

/** Schema of {@link T.OtelRequirements}. */
export const OtelRequirementsSchema = z.looseObject({
  environment: z.string().nullish(),
  exporter: OtelExporterSchema.nullish(),
  headers_helper: z.string().nullish(),
  headers_helper_refresh_interval_ms: z.number().nullish(),
  log_agent_responses: z.boolean().nullish(),
  log_guardian_assessments: z.boolean().nullish(),
  log_sse_deltas: z.boolean().nullish(),
  log_user_prompt: z.boolean().nullish(),
  metrics_exporter: OtelExporterSchema.nullish(),
  span_attributes: z.record(z.string(), z.string()).nullish(),
  tool_result: OtelToolResultLogConfigSchema.nullish(),
  trace_exporter: OtelExporterSchema.nullish(),
  tracestate: z.record(z.string(), z.record(z.string(), z.string())).nullish(),
});

/** Schema of {@link T.ResidencyRequirement}. */
export const ResidencyRequirementSchema = z.literal('us');

/** Schema of {@link T.WindowsSandboxImplementation}. */
export const WindowsSandboxImplementationSchema = z.enum(['elevated', 'unelevated', 'mxc']);

/** Schema of {@link T.ConfigRequirements}. */
export const ConfigRequirementsSchema = z.looseObject({
  additionalDeveloperInstructions: z.string().nullish(),
  allowAppshots: z.boolean().nullish(),
  allowBrowserAndComputerUse: z.boolean().nullish(),
  allowLoginShell: z.boolean().nullish(),
  allowManagedHooksOnly: z.boolean().nullish(),
  allowRemoteControl: z.boolean().nullish(),
  allowedApprovalPolicies: z.array(AskForApprovalSchema).nullish(),
  allowedApprovalsReviewers: z.array(ApprovalsReviewerSchema).nullish(),
  allowedLoginMethods: z.array(ForcedLoginMethodSchema).nullish(),
  allowedPermissionProfiles: z.record(z.string(), z.boolean()).nullish(),
  allowedSandboxModes: z.array(SandboxModeSchema).nullish(),
  allowedWebSearchModes: z.array(WebSearchModeSchema).nullish(),
  allowedWindowsSandboxImplementations: z.array(WindowsSandboxImplementationSchema).nullish(),
  application: ApplicationRequirementsSchema.nullish(),
  autoReview: AutoReviewRequirementsSchema.nullish(),
  browserUse: BrowserUseRequirementsSchema.nullish(),
  chatgptBaseUrl: z.string().nullish(),
  checkForUpdateOnStartup: z.boolean().nullish(),
  cliAuthCredentialsStore: CliAuthCredentialsStoreModeSchema.nullish(),
  computerUse: ComputerUseRequirementsSchema.nullish(),
  defaultPermissions: z.string().nullish(),
  enforceResidency: ResidencyRequirementSchema.nullish(),
  featureRequirements: z.record(z.string(), z.boolean()).nullish(),
  feedback: FeedbackRequirementsSchema.nullish(),
  hooks: ManagedHooksRequirementsSchema.nullish(),
  inAppBrowser: InAppBrowserRequirementsSchema.nullish(),
  logDir: z.string().nullish(),
  modelCatalogJson: z.string().nullish(),
  modelProvider: z.string().nullish(),
  modelProviders: z.looseObject({}).nullish(),
  models: ModelsRequirementsSchema.nullish(),
  network: NetworkRequirementsSchema.nullish(),
  otel: OtelRequirementsSchema.nullish(),
  sqliteHome: z.string().nullish(),
});

/** Schema of {@link T.ConfigRequirementsReadResponse}. */
export const ConfigRequirementsReadResponseSchema = z.looseObject({
  requirements: ConfigRequirementsSchema.nullish(),
  supportsIndependentSpeedModes: z.boolean().nullish(),
});

/** Schema of {@link T.ConfigValueWriteParams}. */
export const ConfigValueWriteParamsSchema = z.looseObject({
  expectedVersion: z.string().nullish(),
  filePath: z.string().nullish(),
  keyPath: z.string(),
  mergeStrategy: MergeStrategySchema,
  value: z.unknown(),
});

/** Schema of {@link T.TextPosition}. */
export const TextPositionSchema = z.looseObject({
  column: z.number(),
  line: z.number(),
});

/** Schema of {@link T.TextRange}. */
export const TextRangeSchema = z.looseObject({
  end: TextPositionSchema,
  start: TextPositionSchema,
});

/** Schema of {@link T.ConfigWarningNotification}. */
export const ConfigWarningNotificationSchema = z.looseObject({
  details: z.string().nullish(),
  path: z.string().nullish(),
  range: TextRangeSchema.nullish(),
  summary: z.string(),
});

/** Schema of {@link T.OverriddenMetadata}. */
export const OverriddenMetadataSchema = z.looseObject({
  effectiveValue: z.unknown(),
  message: z.string(),
  overridingLayer: ConfigLayerMetadataSchema,
});

/** Schema of {@link T.WriteStatus}. */
export const WriteStatusSchema = z.enum(['ok', 'okOverridden']);

/** Schema of {@link T.ConfigWriteResponse}. */
export const ConfigWriteResponseSchema = z.looseObject({
  filePath: AbsolutePathBufSchema,
  overriddenMetadata: OverriddenMetadataSchema.nullish(),
  status: WriteStatusSchema,
  version: z.string(),
});

/** Schema of {@link T.ConfigurationReasoning}. */
export const ConfigurationReasoningSchema = z.looseObject({
  effort: ReasoningEffortSchema,
});

/** Schema of {@link T.ConsumeAccountRateLimitResetCreditOutcome}. */
export const ConsumeAccountRateLimitResetCreditOutcomeSchema = z.enum(['reset', 'nothingToReset', 'noCredit', 'alreadyRedeemed']);

/** Schema of {@link T.ConsumeAccountRateLimitResetCreditParams}. */
export const ConsumeAccountRateLimitResetCreditParamsSchema = z.looseObject({
  creditId: z.string().nullish(),
  idempotencyKey: z.string(),
});

/** Schema of {@link T.ConsumeAccountRateLimitResetCreditResponse}. */
export const ConsumeAccountRateLimitResetCreditResponseSchema = z.looseObject({
  outcome: ConsumeAccountRateLimitResetCreditOutcomeSchema,
});

/** Schema of {@link T.ImageDetail}. */
export const ImageDetailSchema = z.enum(['auto', 'low', 'high', 'original']);

/** Schema of {@link T.ContentItem}. */
export const ContentItemSchema = z.discriminatedUnion('type', [
  z.looseObject({
    text: z.string(),
    type: z.literal('input_text'),
  }),
  z.looseObject({ type: z.literal('input_image') }).pipe(z.union([
    z.looseObject({
      detail: ImageDetailSchema.nullish(),
      image_url: z.string(),
      type: z.literal('input_image'),
    }),
    z.looseObject({
      detail: ImageDetailSchema.nullish(),
      file_id: z.string(),
      type: z.literal('input_image'),
    }),
  ])),
  z.looseObject({ type: z.literal('input_audio') }).pipe(z.union([
    z.looseObject({
      audio_url: z.string(),
      type: z.literal('input_audio'),
    }),
    z.looseObject({
      file_id: z.string(),
      type: z.literal('input_audio'),
    }),
  ])),
  z.looseObject({
    annotations: z.array(z.unknown()).nullish(),
    logprobs: z.array(z.unknown()).nullish(),
    text: z.string(),
    type: z.literal('output_text'),
  }),
]);

/** Schema of {@link T.ContextCompactedNotification}. */
export const ContextCompactedNotificationSchema = z.looseObject({
  threadId: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.ConversationTextRole}. */
export const ConversationTextRoleSchema = z.enum(['user', 'developer', 'assistant']);

/** Schema of {@link T.CyberAccessProgram}. */
export const CyberAccessProgramSchema = z.enum(['standard', 'daybreakBlue', 'daybreakRed']);

/** Schema of {@link T.DeprecationNoticeNotification}. */
export const DeprecationNoticeNotificationSchema = z.looseObject({
  details: z.string().nullish(),
  summary: z.string(),
});

/** Schema of {@link T.DynamicToolCallOutputContentItem}. */
export const DynamicToolCallOutputContentItemSchema = z.discriminatedUnion('type', [
  z.looseObject({
    text: z.string(),
    type: z.literal('inputText'),
  }),
  z.looseObject({
    imageUrl: z.string(),
    type: z.literal('inputImage'),
  }),
  z.looseObject({
    audioUrl: z.string(),
    type: z.literal('inputAudio'),
  }),
]);

/** Schema of {@link T.DynamicToolCallParams}. */
export const DynamicToolCallParamsSchema = z.looseObject({
  arguments: z.unknown(),
  callId: z.string(),
  namespace: z.string().nullish(),
  threadId: z.string(),
  tool: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.DynamicToolCallResponse}. */
export const DynamicToolCallResponseSchema = z.looseObject({
  contentItems: z.array(DynamicToolCallOutputContentItemSchema),
  success: z.boolean(),
});

/** Schema of {@link T.DynamicToolCallStatus}. */
export const DynamicToolCallStatusSchema = z.enum(['inProgress', 'completed', 'failed']);

/** Schema of {@link T.DynamicToolNamespaceTool}. */
export const DynamicToolNamespaceToolSchema = z.looseObject({
  deferLoading: z.boolean().optional(),
  description: z.string(),
  inputSchema: z.unknown(),
  name: z.string(),
  type: z.literal('function'),
});

/** Schema of {@link T.DynamicToolSpec}. */
export const DynamicToolSpecSchema = z.discriminatedUnion('type', [
  z.looseObject({
    deferLoading: z.boolean().optional(),
    description: z.string(),
    inputSchema: z.unknown(),
    name: z.string(),
    type: z.literal('function'),
  }),
  z.looseObject({
    description: z.string(),
    name: z.string(),
    tools: z.array(DynamicToolNamespaceToolSchema),
    type: z.literal('namespace'),
  }),
]);

/** Schema of {@link T.EnvironmentSkillsParams}. */
export const EnvironmentSkillsParamsSchema = z.looseObject({
  required: z.array(z.string()).nullish(),
});

/** Schema of {@link T.EnvironmentAddParams}. */
export const EnvironmentAddParamsSchema = z.looseObject({
  authBearerToken: z.string().nullish(),
  connectTimeoutMs: z.number().nullish(),
  environmentId: z.string(),
  execServerUrl: z.string(),
  skills: EnvironmentSkillsParamsSchema.nullish(),
  websocketRequestId: z.string().nullish(),
});

/** Schema of {@link T.EnvironmentAddResponse}. */
export const EnvironmentAddResponseSchema = z.looseObject({});

/** Schema of {@link T.EnvironmentConnectionNotification}. */
export const EnvironmentConnectionNotificationSchema = z.looseObject({
  environmentId: z.string(),
  threadId: z.string(),
});

/** Schema of {@link T.EnvironmentInfoParams}. */
export const EnvironmentInfoParamsSchema = z.looseObject({
  environmentId: z.string(),
});

/** Schema of {@link T.EnvironmentShellInfo}. */
export const EnvironmentShellInfoSchema = z.looseObject({
  name: z.string(),
  path: z.string(),
});

/** Schema of {@link T.PathUri}. */
export const PathUriSchema = z.string();

/** Schema of {@link T.EnvironmentInfoResponse}. */
export const EnvironmentInfoResponseSchema = z.looseObject({
  cwd: PathUriSchema.nullish(),
  shell: EnvironmentShellInfoSchema,
});

/** Schema of {@link T.EnvironmentStatusKind}. */
export const EnvironmentStatusKindSchema = z.enum(['ready', 'pending', 'disconnected', 'unknown']);

/** Schema of {@link T.EnvironmentStatusParams}. */
export const EnvironmentStatusParamsSchema = z.looseObject({
  environmentId: z.string(),
});

/** Schema of {@link T.EnvironmentStatusResponse}. */
export const EnvironmentStatusResponseSchema = z.looseObject({
  error: z.string().nullish(),
  status: EnvironmentStatusKindSchema,
});

/** Schema of {@link T.MisalignmentSteer}. */
export const MisalignmentSteerSchema = z.looseObject({
  message: z.string(),
});

/** Schema of {@link T.MisalignmentErrorDetails}. */
export const MisalignmentErrorDetailsSchema = z.looseObject({
  detailedExplanation: z.string().nullish(),
  errorType: z.string().nullish(),
  reviewTarget: z.string().nullish(),
  steer: MisalignmentSteerSchema.nullish(),
});

/** Schema of {@link T.TurnError}. */
export const TurnErrorSchema = z.looseObject({
  additionalDetails: z.string().nullish(),
  codexErrorInfo: CodexErrorInfoSchema.nullish(),
  message: z.string(),
  misalignment: MisalignmentErrorDetailsSchema.nullish(),
});

/** Schema of {@link T.ErrorNotification}. */
export const ErrorNotificationSchema = z.looseObject({
  error: TurnErrorSchema,
  threadId: z.string(),
  turnId: z.string(),
  willRetry: z.boolean(),
});

/** Schema of {@link T.ParsedCommand}. */
export const ParsedCommandSchema = z.discriminatedUnion('type', [
  z.looseObject({
    cmd: z.string(),
    name: z.string(),
    path: z.string(),
    type: z.literal('read'),
  }),
  z.looseObject({
    cmd: z.string(),
    path: z.string().nullish(),
    type: z.literal('list_files'),
  }),
  z.looseObject({
    cmd: z.string(),
    path: z.string().nullish(),
    query: z.string().nullish(),
    type: z.literal('search'),
  }),
  z.looseObject({
    cmd: z.string(),
    type: z.literal('unknown'),
  }),
]);

/** Schema of {@link T.ExecCommandApprovalParams}. */
export const ExecCommandApprovalParamsSchema = z.looseObject({
  approvalId: z.string().nullish(),
  callId: z.string(),
  command: z.array(z.string()),
  conversationId: ThreadIdSchema,
  cwd: z.string(),
  parsedCmd: z.array(ParsedCommandSchema),
  reason: z.string().nullish(),
});

/** Schema of {@link T.ExecCommandApprovalResponse}. */
export const ExecCommandApprovalResponseSchema = z.looseObject({
  decision: ReviewDecisionSchema,
});

/** Schema of {@link T.ExperimentalFeatureStage}. */
export const ExperimentalFeatureStageSchema = z.enum(['beta', 'underDevelopment', 'stable', 'deprecated', 'removed']);

/** Schema of {@link T.ExperimentalFeature}. */
export const ExperimentalFeatureSchema = z.looseObject({
  announcement: z.string().nullish(),
  defaultEnabled: z.boolean(),
  description: z.string().nullish(),
  displayName: z.string().nullish(),
  enabled: z.boolean(),
  name: z.string(),
  stage: ExperimentalFeatureStageSchema,
});

/** Schema of {@link T.ExperimentalFeatureEnablementSetParams}. */
export const ExperimentalFeatureEnablementSetParamsSchema = z.looseObject({
  enablement: z.record(z.string(), z.boolean()),
});

/** Schema of {@link T.ExperimentalFeatureEnablementSetResponse}. */
export const ExperimentalFeatureEnablementSetResponseSchema = z.looseObject({
  enablement: z.record(z.string(), z.boolean()),
});

/** Schema of {@link T.ExperimentalFeatureListParams}. */
export const ExperimentalFeatureListParamsSchema = z.looseObject({
  cursor: z.string().nullish(),
  limit: z.number().nullish(),
  threadId: z.string().nullish(),
});

/** Schema of {@link T.ExperimentalFeatureListResponse}. */
export const ExperimentalFeatureListResponseSchema = z.looseObject({
  data: z.array(ExperimentalFeatureSchema),
  nextCursor: z.string().nullish(),
});

/** Schema of {@link T.ExternalAgentConfigDetectParams}. */
export const ExternalAgentConfigDetectParamsSchema = z.looseObject({
  cwds: z.array(z.string()).nullish(),
  includeHome: z.boolean().optional(),
  maxSessionAgeDays: z.number().nullish(),
  maxSessions: z.number().nullish(),
  migrationSource: z.string().nullish(),
  source: z.string().nullish(),
});

/** Schema of {@link T.ExternalAgentConfigMigrationItemType}. */
export const ExternalAgentConfigMigrationItemTypeSchema = z.enum([
  'AGENTS_MD',
  'CONFIG',
  'SKILLS',
  'PLUGINS',
  'MCP_SERVER_CONFIG',
  'SUBAGENTS',
  'HOOKS',
  'COMMANDS',
  'MEMORY',
  'SESSIONS',
]);

/** Schema of {@link T.HookMigration}. */
export const HookMigrationSchema = z.looseObject({
  name: z.string(),
});

/** Schema of {@link T.McpServerMigration}. */
export const McpServerMigrationSchema = z.looseObject({
  name: z.string(),
});

/** Schema of {@link T.PluginsMigration}. */
export const PluginsMigrationSchema = z.looseObject({
  marketplaceName: z.string(),
  pluginNames: z.array(z.string()),
});

/** Schema of {@link T.SessionMigration}. */
export const SessionMigrationSchema = z.looseObject({
  cwd: z.string(),
  path: z.string(),
  title: z.string().nullish(),
});

/** Schema of {@link T.SkillMigration}. */
export const SkillMigrationSchema = z.looseObject({
  name: z.string(),
});

/** Schema of {@link T.SubagentMigration}. */
export const SubagentMigrationSchema = z.looseObject({
  name: z.string(),
});

/** Schema of {@link T.MigrationDetails}. */
export const MigrationDetailsSchema = z.looseObject({
  commands: z.array(CommandMigrationSchema).optional(),
  hooks: z.array(HookMigrationSchema).optional(),
  mcpServers: z.array(McpServerMigrationSchema).optional(),
  memory: z.array(z.string()).optional(),
  plugins: z.array(PluginsMigrationSchema).optional(),
  sessions: z.array(SessionMigrationSchema).optional(),
  skills: z.array(SkillMigrationSchema).optional(),
  subagents: z.array(SubagentMigrationSchema).optional(),
});

/** Schema of {@link T.ExternalAgentConfigMigrationItem}. */
export const ExternalAgentConfigMigrationItemSchema = z.looseObject({
  cwd: z.string().nullish(),
  description: z.string(),
  details: MigrationDetailsSchema.nullish(),
  itemType: ExternalAgentConfigMigrationItemTypeSchema,
});

/** Schema of {@link T.ExternalAgentDetectedConnectorSource}. */
export const ExternalAgentDetectedConnectorSourceSchema = z.enum(['remoteMcpServersConfig', 'sessionToolUse']);

/** Schema of {@link T.ExternalAgentDetectedConnectorCandidate}. */
export const ExternalAgentDetectedConnectorCandidateSchema = z.looseObject({
  name: z.string(),
  sessionCount: z.number(),
  source: ExternalAgentDetectedConnectorSourceSchema,
});

/** Schema of {@link T.ExternalAgentConfigDetectResponse}. */
export const ExternalAgentConfigDetectResponseSchema = z.looseObject({
  connectors: z.array(ExternalAgentDetectedConnectorCandidateSchema).optional(),
  items: z.array(ExternalAgentConfigMigrationItemSchema),
});

/** Schema of {@link T.ExternalAgentConfigImportItemTypeFailure}. */
export const ExternalAgentConfigImportItemTypeFailureSchema = z.looseObject({
  cwd: z.string().nullish(),
  errorType: z.string().nullish(),
  failureStage: z.string(),
  itemType: ExternalAgentConfigMigrationItemTypeSchema,
  message: z.string(),
  source: z.string().nullish(),
  subErrorType: z.string().nullish(),
});

/** Schema of {@link T.ExternalAgentConfigImportItemTypeSuccess}. */
export const ExternalAgentConfigImportItemTypeSuccessSchema = z.looseObject({
  cwd: z.string().nullish(),
  itemType: ExternalAgentConfigMigrationItemTypeSchema,
  source: z.string().nullish(),
  target: z.string().nullish(),
  title: z.string().nullish(),
});

/** Schema of {@link T.ExternalAgentConfigImportTypeResult}. */
export const ExternalAgentConfigImportTypeResultSchema = z.looseObject({
  failures: z.array(ExternalAgentConfigImportItemTypeFailureSchema),
  itemType: ExternalAgentConfigMigrationItemTypeSchema,
  successes: z.array(ExternalAgentConfigImportItemTypeSuccessSchema),
});

/** Schema of {@link T.ExternalAgentConfigImportCompletedNotification}. */
export const ExternalAgentConfigImportCompletedNotificationSchema = z.looseObject({
  importId: z.string(),
  itemTypeResults: z.array(ExternalAgentConfigImportTypeResultSchema),
});

/** Schema of {@link T.ExternalAgentConfigImportHistory}. */
export const ExternalAgentConfigImportHistorySchema = z.looseObject({
  completedAtMs: z.number(),
  failures: z.array(ExternalAgentConfigImportItemTypeFailureSchema),
  importId: z.string(),
  providerId: z.string().nullish(),
  successes: z.array(ExternalAgentConfigImportItemTypeSuccessSchema),
});

/** Schema of {@link T.ExternalAgentImportedConnectorSource}. */
export const ExternalAgentImportedConnectorSourceSchema = z.literal('remoteMcpServersConfig');

/** Schema of {@link T.ExternalAgentImportedConnectorCandidate}. */
export const ExternalAgentImportedConnectorCandidateSchema = z.looseObject({
  name: z.string(),
  sessionCount: z.number(),
  source: ExternalAgentImportedConnectorSourceSchema,
});

/** Schema of {@link T.ExternalAgentConfigImportHistoriesReadResponse}. */
export const ExternalAgentConfigImportHistoriesReadResponseSchema = z.looseObject({
  connectors: z.array(ExternalAgentImportedConnectorCandidateSchema),
  data: z.array(ExternalAgentConfigImportHistorySchema),
});

/** Schema of {@link T.ExternalAgentConfigImportHistoryRecordSuccessParams}. */
export const ExternalAgentConfigImportHistoryRecordSuccessParamsSchema = z.looseObject({
  cwd: z.string().nullish(),
  itemType: ExternalAgentConfigMigrationItemTypeSchema,
  source: z.string().nullish(),
  target: z.string().nullish(),
  title: z.string().nullish(),
});

/** Schema of {@link T.ExternalAgentConfigImportHistoryRecordTypeResultParams}. */
export const ExternalAgentConfigImportHistoryRecordTypeResultParamsSchema = z.looseObject({
  failures: z.array(ExternalAgentConfigImportItemTypeFailureSchema),
  itemType: ExternalAgentConfigMigrationItemTypeSchema,
  successes: z.array(ExternalAgentConfigImportHistoryRecordSuccessParamsSchema),
});

/** Schema of {@link T.ExternalAgentConfigImportHistoryRecordParams}. */
export const ExternalAgentConfigImportHistoryRecordParamsSchema = z.looseObject({
  itemTypeResults: z.array(ExternalAgentConfigImportHistoryRecordTypeResultParamsSchema),
  providerId: z.string(),
});

/** Schema of {@link T.ExternalAgentConfigImportHistoryRecordResponse}. */
export const ExternalAgentConfigImportHistoryRecordResponseSchema = z.looseObject({
  importId: z.string(),
});

/** Schema of {@link T.ExternalAgentConfigImportParams}. */
export const ExternalAgentConfigImportParamsSchema = z.looseObject({
  migrationItems: z.array(ExternalAgentConfigMigrationItemSchema),
  migrationSource: z.string().nullish(),
  providerId: z.string().nullish(),
  source: z.string().nullish(),
});

/** Schema of {@link T.ExternalAgentConfigImportProgressNotification}. */
export const ExternalAgentConfigImportProgressNotificationSchema = z.looseObject({
  importId: z.string(),
  itemTypeResults: z.array(ExternalAgentConfigImportTypeResultSchema),
});

/** Schema of {@link T.ExternalAgentConfigImportResponse}. */
export const ExternalAgentConfigImportResponseSchema = z.looseObject({
  importId: z.string(),
});

/** Schema of {@link T.FeedbackSaveParams}. */
export const FeedbackSaveParamsSchema = z.looseObject({
  classification: z.string(),
  extraLogFiles: z.array(z.string()).nullish(),
  includeLogs: z.boolean().optional(),
  reason: z.string().nullish(),
  savePath: LegacyAppPathStringSchema,
  tags: z.record(z.string(), z.string()).nullish(),
  threadId: z.string().nullish(),
});

/** Schema of {@link T.FeedbackSaveResponse}. */
export const FeedbackSaveResponseSchema = z.looseObject({
  promptHash: z.string().nullish(),
  savedPath: LegacyAppPathStringSchema,
  threadId: z.string(),
});

/** Schema of {@link T.FeedbackUploadParams}. */
export const FeedbackUploadParamsSchema = z.looseObject({
  classification: z.string(),
  extraLogFiles: z.array(z.string()).nullish(),
  includeLogs: z.boolean().optional(),
  reason: z.string().nullish(),
  tags: z.record(z.string(), z.string()).nullish(),
  threadId: z.string().nullish(),
});

/** Schema of {@link T.FeedbackUploadResponse}. */
export const FeedbackUploadResponseSchema = z.looseObject({
  promptHash: z.string().nullish(),
  threadId: z.string(),
});

/** Schema of {@link T.FileChangeApprovalDecision}. */
export const FileChangeApprovalDecisionSchema = z.enum(['accept', 'acceptForSession', 'decline', 'cancel']);

/** Schema of {@link T.FileChangeOutputDeltaNotification}. */
export const FileChangeOutputDeltaNotificationSchema = z.looseObject({
  delta: z.string(),
  itemId: z.string(),
  threadId: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.PatchChangeKind}. */
export const PatchChangeKindSchema = z.discriminatedUnion('type', [
  z.looseObject({
    type: z.literal('add'),
  }),
  z.looseObject({
    type: z.literal('delete'),
  }),
  z.looseObject({
    move_path: z.string().nullish(),
    type: z.literal('update'),
  }),
]);

/** Schema of {@link T.FileUpdateChange}. */
export const FileUpdateChangeSchema = z.looseObject({
  diff: z.string(),
  kind: PatchChangeKindSchema,
  path: z.string(),
});

/** Schema of {@link T.FileChangePatchUpdatedNotification}. */
export const FileChangePatchUpdatedNotificationSchema = z.looseObject({
  changes: z.array(FileUpdateChangeSchema),
  itemId: z.string(),
  threadId: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.FileChangeRequestApprovalParams}. */
export const FileChangeRequestApprovalParamsSchema = z.looseObject({
  grantRoot: z.string().nullish(),
  itemId: z.string(),
  reason: z.string().nullish(),
  startedAtMs: z.number(),
  threadId: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.FileChangeRequestApprovalResponse}. */
export const FileChangeRequestApprovalResponseSchema = z.looseObject({
  decision: FileChangeApprovalDecisionSchema,
});

/** Schema of {@link T.FsChangedNotification}. */
export const FsChangedNotificationSchema = z.looseObject({
  changedPaths: z.array(AbsolutePathBufSchema),
  watchId: z.string(),
});

/** Schema of {@link T.FsCopyParams}. */
export const FsCopyParamsSchema = z.looseObject({
  destinationPath: AbsolutePathBufSchema,
  recursive: z.boolean().optional(),
  sourcePath: AbsolutePathBufSchema,
});

/** Schema of {@link T.FsCopyResponse}. */
export const FsCopyResponseSchema = z.looseObject({});

/** Schema of {@link T.FsCreateDirectoryParams}. */
export const FsCreateDirectoryParamsSchema = z.looseObject({
  path: AbsolutePathBufSchema,
  recursive: z.boolean().nullish(),
});

/** Schema of {@link T.FsCreateDirectoryResponse}. */
export const FsCreateDirectoryResponseSchema = z.looseObject({});

/** Schema of {@link T.FsGetMetadataParams}. */
export const FsGetMetadataParamsSchema = z.looseObject({
  path: AbsolutePathBufSchema,
});

/** Schema of {@link T.FsGetMetadataResponse}. */
export const FsGetMetadataResponseSchema = z.looseObject({
  createdAtMs: z.number(),
  isDirectory: z.boolean(),
  isFile: z.boolean(),
  isSymlink: z.boolean(),
  modifiedAtMs: z.number(),
});

/** Schema of {@link T.FsReadDirectoryEntry}. */
export const FsReadDirectoryEntrySchema = z.looseObject({
  fileName: z.string(),
  isDirectory: z.boolean(),
  isFile: z.boolean(),
});

/** Schema of {@link T.FsReadDirectoryParams}. */
export const FsReadDirectoryParamsSchema = z.looseObject({
  path: AbsolutePathBufSchema,
});

/** Schema of {@link T.FsReadDirectoryResponse}. */
export const FsReadDirectoryResponseSchema = z.looseObject({
  entries: z.array(FsReadDirectoryEntrySchema),
});

/** Schema of {@link T.FsReadFileParams}. */
export const FsReadFileParamsSchema = z.looseObject({
  path: AbsolutePathBufSchema,
});

/** Schema of {@link T.FsReadFileResponse}. */
export const FsReadFileResponseSchema = z.looseObject({
  dataBase64: z.string(),
});

/** Schema of {@link T.FsRemoveParams}. */
export const FsRemoveParamsSchema = z.looseObject({
  force: z.boolean().nullish(),
  path: AbsolutePathBufSchema,
  recursive: z.boolean().nullish(),
});

/** Schema of {@link T.FsRemoveResponse}. */
export const FsRemoveResponseSchema = z.looseObject({});

/** Schema of {@link T.FsUnwatchParams}. */
export const FsUnwatchParamsSchema = z.looseObject({
  watchId: z.string(),
});

/** Schema of {@link T.FsUnwatchResponse}. */
export const FsUnwatchResponseSchema = z.looseObject({});

/** Schema of {@link T.FsWatchParams}. */
export const FsWatchParamsSchema = z.looseObject({
  path: AbsolutePathBufSchema,
  watchId: z.string(),
});

/** Schema of {@link T.FsWatchResponse}. */
export const FsWatchResponseSchema = z.looseObject({
  path: AbsolutePathBufSchema,
});

/** Schema of {@link T.FsWriteFileParams}. */
export const FsWriteFileParamsSchema = z.looseObject({
  dataBase64: z.string(),
  path: AbsolutePathBufSchema,
});

/** Schema of {@link T.FsWriteFileResponse}. */
export const FsWriteFileResponseSchema = z.looseObject({});

/** Schema of {@link T.FunctionCallOutputContentItem}. */
export const FunctionCallOutputContentItemSchema = z.discriminatedUnion('type', [
  z.looseObject({
    text: z.string(),
    type: z.literal('input_text'),
  }),
  z.looseObject({ type: z.literal('input_image') }).pipe(z.union([
    z.looseObject({
      detail: ImageDetailSchema.nullish(),
      image_url: z.string(),
      type: z.literal('input_image'),
    }),
    z.looseObject({
      detail: ImageDetailSchema.nullish(),
      file_id: z.string(),
      type: z.literal('input_image'),
    }),
  ])),
  z.looseObject({ type: z.literal('input_audio') }).pipe(z.union([
    z.looseObject({
      audio_url: z.string(),
      type: z.literal('input_audio'),
    }),
    z.looseObject({
      file_id: z.string(),
      type: z.literal('input_audio'),
    }),
  ])),
  z.looseObject({
    encrypted_content: z.string(),
    type: z.literal('encrypted_content'),
  }),
]);

/** Schema of {@link T.FunctionCallOutputBody}. */
export const FunctionCallOutputBodySchema = z.union([z.string(), z.array(FunctionCallOutputContentItemSchema)]);

/** Schema of {@link T.FuzzyFileSearchMatchType}. */
export const FuzzyFileSearchMatchTypeSchema = z.enum(['file', 'directory']);

/** Schema of {@link T.FuzzyFileSearchParams}. */
export const FuzzyFileSearchParamsSchema = z.looseObject({
  cancellationToken: z.string().nullish(),
  query: z.string(),
  roots: z.array(z.string()),
});

/** Schema of {@link T.FuzzyFileSearchResult}. */
export const FuzzyFileSearchResultSchema = z.looseObject({
  file_name: z.string(),
  indices: z.array(z.number()).nullish(),
  match_type: FuzzyFileSearchMatchTypeSchema,
  path: z.string(),
  root: z.string(),
  score: z.number(),
});

/** Schema of {@link T.FuzzyFileSearchResponse}. */
export const FuzzyFileSearchResponseSchema = z.looseObject({
  files: z.array(FuzzyFileSearchResultSchema),
});

/** Schema of {@link T.FuzzyFileSearchSessionCompletedNotification}. */
export const FuzzyFileSearchSessionCompletedNotificationSchema = z.looseObject({
  sessionId: z.string(),
});

/** Schema of {@link T.FuzzyFileSearchSessionStartParams}. */
export const FuzzyFileSearchSessionStartParamsSchema = z.looseObject({
  roots: z.array(z.string()),
  sessionId: z.string(),
});

/** Schema of {@link T.FuzzyFileSearchSessionStartResponse}. */
export const FuzzyFileSearchSessionStartResponseSchema = z.looseObject({});

/** Schema of {@link T.FuzzyFileSearchSessionStopParams}. */
export const FuzzyFileSearchSessionStopParamsSchema = z.looseObject({
  sessionId: z.string(),
});

/** Schema of {@link T.FuzzyFileSearchSessionStopResponse}. */
export const FuzzyFileSearchSessionStopResponseSchema = z.looseObject({});

/** Schema of {@link T.FuzzyFileSearchSessionUpdateParams}. */
export const FuzzyFileSearchSessionUpdateParamsSchema = z.looseObject({
  query: z.string(),
  sessionId: z.string(),
});

/** Schema of {@link T.FuzzyFileSearchSessionUpdateResponse}. */
export const FuzzyFileSearchSessionUpdateResponseSchema = z.looseObject({});

/** Schema of {@link T.FuzzyFileSearchSessionUpdatedNotification}. */
export const FuzzyFileSearchSessionUpdatedNotificationSchema = z.looseObject({
  files: z.array(FuzzyFileSearchResultSchema),
  query: z.string(),
  sessionId: z.string(),
});

/** Schema of {@link T.GatewayAuth}. */
export const GatewayAuthSchema = z.discriminatedUnion('mode', [
  z.looseObject({
    mode: z.literal('none'),
  }),
  z.looseObject({
    envKey: z.string(),
    mode: z.literal('environmentVariable'),
  }),
  z.looseObject({
    envKey: z.string().nullish(),
    mode: z.literal('externallyConfigured'),
  }),
]);

/** Schema of {@link T.GatewayOAuthCancelResponse}. */
export const GatewayOAuthCancelResponseSchema = z.looseObject({});

/** Schema of {@link T.GatewayOAuthStatus}. */
export const GatewayOAuthStatusSchema = z.enum(['notReady', 'started', 'succeeded', 'failed']);

/** Schema of {@link T.GatewayOAuthChangedNotification}. */
export const GatewayOAuthChangedNotificationSchema = z.looseObject({
  authUrl: z.string().nullish(),
  error: z.string().nullish(),
  loginId: z.string().nullish(),
  providerId: z.string(),
  status: GatewayOAuthStatusSchema,
});

/** Schema of {@link T.GatewayOAuthLoginParams}. */
export const GatewayOAuthLoginParamsSchema = z.looseObject({
  deviceAuth: z.boolean().optional(),
  modelProvider: z.string().nullish(),
});

/** Schema of {@link T.GatewayOAuthPrompt}. */
export const GatewayOAuthPromptSchema = z.looseObject({
  loginId: z.string(),
  userCode: z.string(),
  verificationUrl: z.string(),
});

/** Schema of {@link T.GatewayOAuthLoginResponse}. */
export const GatewayOAuthLoginResponseSchema = z.looseObject({
  prompt: GatewayOAuthPromptSchema.nullish(),
});

/** Schema of {@link T.GatewayOAuthReadParams}. */
export const GatewayOAuthReadParamsSchema = z.looseObject({
  modelProvider: z.string().nullish(),
});

/** Schema of {@link T.GatewayOAuthReadResponse}. */
export const GatewayOAuthReadResponseSchema = z.looseObject({
  error: z.string().nullish(),
  providerId: z.string(),
  providerName: z.string(),
  required: z.boolean(),
  status: GatewayOAuthStatusSchema.nullish(),
  supportsDeviceAuth: z.boolean().optional(),
});

/** Schema of {@link T.GcpProviderId}. */
export const GcpProviderIdSchema = z.literal('gcp');

/** Schema of {@link T.GcpSetupParams}. */
export const GcpSetupParamsSchema = z.looseObject({
  credentialFile: z.string().nullish(),
  location: z.string().nullish(),
  projectId: z.string(),
});

/** Schema of {@link T.GcpSetupResponse}. */
export const GcpSetupResponseSchema = z.looseObject({});

/** Schema of {@link T.GetAccountParams}. */
export const GetAccountParamsSchema = z.looseObject({
  refreshToken: z.boolean().optional(),
});

/** Schema of {@link T.GetAccountRateLimitsParams}. */
export const GetAccountRateLimitsParamsSchema = z.looseObject({
  excludeResetCreditDetails: z.boolean().optional(),
  supportsLunaReserve: z.boolean().optional(),
});

/** Schema of {@link T.RateLimitResetCreditStatus}. */
export const RateLimitResetCreditStatusSchema = z.enum(['available', 'redeeming', 'redeemed', 'unknown']);

/** Schema of {@link T.RateLimitResetType}. */
export const RateLimitResetTypeSchema = z.enum(['codexRateLimits', 'unknown']);

/** Schema of {@link T.RateLimitResetCredit}. */
export const RateLimitResetCreditSchema = z.looseObject({
  description: z.string().nullish(),
  expiresAt: z.number().nullish(),
  grantedAt: z.number(),
  id: z.string(),
  resetType: RateLimitResetTypeSchema,
  status: RateLimitResetCreditStatusSchema,
  title: z.string().nullish(),
});

/** Schema of {@link T.RateLimitResetCreditsSummary}. */
export const RateLimitResetCreditsSummarySchema = z.looseObject({
  availableCount: z.number(),
  credits: z.array(RateLimitResetCreditSchema).nullish(),
});

/** Schema of {@link T.GetAccountRateLimitsResponse}. */
export const GetAccountRateLimitsResponseSchema = z.looseObject({
  accountId: z.string().nullish(),
  ordinaryUsageAllowed: z.boolean().nullish(),
  rateLimitResetCredits: RateLimitResetCreditsSummarySchema.nullish(),
  rateLimitUpsell: z.unknown().optional(),
  rateLimits: RateLimitSnapshotSchema,
  rateLimitsByLimitId: z.record(z.string(), RateLimitSnapshotSchema).nullish(),
});

/** Schema of {@link T.WorkspaceRouting}. */
export const WorkspaceRoutingSchema = z.looseObject({
  accountRoutingOverride: AccountRoutingOverrideSchema,
  backendOrigin: z.string(),
  chatgptAccountId: z.string(),
});

/** Schema of {@link T.GetAccountResponse}. */
export const GetAccountResponseSchema = z.looseObject({
  account: AccountSchema.nullish(),
  requiresOpenaiAuth: z.boolean(),
  userId: z.string().nullish(),
  workspaceRouting: WorkspaceRoutingSchema.nullish(),
});

/** Schema of {@link T.GetAccountSecuritySetupResponse}. */
export const GetAccountSecuritySetupResponseSchema = z.looseObject({
  notice: AccountSecuritySetupNoticeSchema.nullish(),
});

/** Schema of {@link T.GetAccountTokenUsageParams}. */
export const GetAccountTokenUsageParamsSchema = z.looseObject({
  threadId: z.string().nullish(),
});

/** Schema of {@link T.ThreadUsageBreakdownGroup}. */
export const ThreadUsageBreakdownGroupSchema = z.looseObject({
  cachedInputTokens: z.number().nullish(),
  estimatedUsageCreditsMicros: z.number(),
  inputTokens: z.number().nullish(),
  model: z.string().nullish(),
  netNewInputTokens: z.number().nullish(),
  outputTokens: z.number().nullish(),
  reasoningEffort: z.string().nullish(),
  speed: z.string().nullish(),
  totalTokens: z.number().nullish(),
});

/** Schema of {@link T.ThreadUsage}. */
export const ThreadUsageSchema = z.looseObject({
  estimatedUsageCreditsMicros: z.number(),
  estimatedUsageUsdMicros: z.number().nullish(),
  groups: z.array(ThreadUsageBreakdownGroupSchema),
  nativeUsageUsdMicros: z.number().nullish(),
  threadId: z.string(),
});

/** Schema of {@link T.GetAccountTokenUsageResponse}. */
export const GetAccountTokenUsageResponseSchema = z.looseObject({
  dailyUsageBuckets: z.array(AccountTokenUsageDailyBucketSchema).nullish(),
  summary: AccountTokenUsageSummarySchema,
  threadUsage: ThreadUsageSchema.nullish(),
});

/** Schema of {@link T.WorkspaceMessageType}. */
export const WorkspaceMessageTypeSchema = z.enum(['headline', 'announcement', 'unknown']);

/** Schema of {@link T.WorkspaceMessage}. */
export const WorkspaceMessageSchema = z.looseObject({
  archivedAt: z.number().nullish(),
  createdAt: z.number().nullish(),
  messageBody: z.string(),
  messageId: z.string(),
  messageType: WorkspaceMessageTypeSchema,
});

/** Schema of {@link T.GetWorkspaceMessagesResponse}. */
export const GetWorkspaceMessagesResponseSchema = z.looseObject({
  featureEnabled: z.boolean(),
  messages: z.array(WorkspaceMessageSchema),
});

/** Schema of {@link T.GitInfo}. */
export const GitInfoSchema = z.looseObject({
  branch: z.string().nullish(),
  originUrl: z.string().nullish(),
  sha: z.string().nullish(),
});

/** Schema of {@link T.GrantedPermissionProfile}. */
export const GrantedPermissionProfileSchema = z.looseObject({
  fileSystem: AdditionalFileSystemPermissionsSchema.nullish(),
  network: AdditionalNetworkPermissionsSchema.nullish(),
});

/** Schema of {@link T.GuardianApprovalReviewStatus}. */
export const GuardianApprovalReviewStatusSchema = z.enum(['inProgress', 'approved', 'denied', 'timedOut', 'aborted']);

/** Schema of {@link T.GuardianRiskLevel}. */
export const GuardianRiskLevelSchema = z.enum(['low', 'medium', 'high', 'critical']);

/** Schema of {@link T.GuardianUserAuthorization}. */
export const GuardianUserAuthorizationSchema = z.enum(['unknown', 'low', 'medium', 'high']);

/** Schema of {@link T.GuardianApprovalReview}. */
export const GuardianApprovalReviewSchema = z.looseObject({
  rationale: z.string().nullish(),
  riskLevel: GuardianRiskLevelSchema.nullish(),
  status: GuardianApprovalReviewStatusSchema,
  userAuthorization: GuardianUserAuthorizationSchema.nullish(),
});

/** Schema of {@link T.GuardianCommandSource}. */
export const GuardianCommandSourceSchema = z.enum(['shell', 'unifiedExec']);

/** Schema of {@link T.RequestPermissionProfile}. */
export const RequestPermissionProfileSchema = z.looseObject({
  fileSystem: AdditionalFileSystemPermissionsSchema.nullish(),
  network: AdditionalNetworkPermissionsSchema.nullish(),
});

/** Schema of {@link T.GuardianApprovalReviewAction}. */
export const GuardianApprovalReviewActionSchema = z.discriminatedUnion('type', [
  z.looseObject({
    command: z.string(),
    cwd: LegacyAppPathStringSchema,
    source: GuardianCommandSourceSchema,
    type: z.literal('command'),
  }),
  z.looseObject({
    argv: z.array(z.string()),
    cwd: AbsolutePathBufSchema,
    program: z.string(),
    source: GuardianCommandSourceSchema,
    type: z.literal('execve'),
  }),
  z.looseObject({
    approvalId: z.string(),
    cwd: LegacyAppPathStringSchema,
    processId: z.string(),
    stdin: z.string(),
    type: z.literal('writeStdin'),
  }),
  z.looseObject({
    cwd: LegacyAppPathStringSchema,
    files: z.array(LegacyAppPathStringSchema),
    type: z.literal('applyPatch'),
  }),
  z.looseObject({
    host: z.string(),
    port: z.number(),
    protocol: NetworkApprovalProtocolSchema,
    target: z.string(),
    type: z.literal('networkAccess'),
  }),
  z.looseObject({
    connectorId: z.string().nullish(),
    connectorName: z.string().nullish(),
    server: z.string(),
    toolName: z.string(),
    toolTitle: z.string().nullish(),
    type: z.literal('mcpToolCall'),
  }),
  z.looseObject({
    permissions: RequestPermissionProfileSchema,
    reason: z.string().nullish(),
    type: z.literal('requestPermissions'),
  }),
]);

/** Schema of {@link T.GuardianAssessmentOutcome}. */
export const GuardianAssessmentOutcomeSchema = z.enum(['allow', 'deny']);

/** Schema of {@link T.GuardianWarningNotification}. */
export const GuardianWarningNotificationSchema = z.looseObject({
  message: z.string(),
  threadId: z.string(),
});

/** Schema of {@link T.HookEventName}. */
export const HookEventNameSchema = z.enum([
  'preModelRequest',
  'postModelRequest',
  'preToolUse',
  'permissionRequest',
  'postToolUse',
  'preCompact',
  'postCompact',
  'sessionStart',
  'sessionEnd',
  'userPromptSubmit',
  'subagentStart',
  'subagentStop',
  'stop',
  'interrupt',
]);

/** Schema of {@link T.HookExecutionMode}. */
export const HookExecutionModeSchema = z.enum(['sync', 'async']);

/** Schema of {@link T.HookHandlerType}. */
export const HookHandlerTypeSchema = z.enum(['command', 'mcpTool', 'prompt', 'agent']);

/** Schema of {@link T.HookOutputEntryKind}. */
export const HookOutputEntryKindSchema = z.enum(['warning', 'stop', 'feedback', 'context', 'error']);

/** Schema of {@link T.HookOutputEntry}. */
export const HookOutputEntrySchema = z.looseObject({
  kind: HookOutputEntryKindSchema,
  text: z.string(),
});

/** Schema of {@link T.HookRunStatus}. */
export const HookRunStatusSchema = z.enum(['running', 'completed', 'failed', 'blocked', 'stopped']);

/** Schema of {@link T.HookScope}. */
export const HookScopeSchema = z.enum(['thread', 'turn']);

/** Schema of {@link T.HookSource}. */
export const HookSourceSchema = z.enum([
  'system',
  'user',
  'project',
  'mdm',
  'sessionFlags',
  'plugin',
  'cloudRequirements',
  'cloudManagedConfig',
  'legacyManagedConfigFile',
  'legacyManagedConfigMdm',
  'unknown',
]);

/** Schema of {@link T.HookRunSummary}. */
export const HookRunSummarySchema = z.looseObject({
  completedAt: z.number().nullish(),
  displayOrder: z.number(),
  durationMs: z.number().nullish(),
  entries: z.array(HookOutputEntrySchema),
  eventName: HookEventNameSchema,
  executionMode: HookExecutionModeSchema,
  handlerType: HookHandlerTypeSchema,
  id: z.string(),
  scope: HookScopeSchema,
  source: HookSourceSchema.optional(),
  sourcePath: LegacyAppPathStringSchema,
  startedAt: z.number(),
  status: HookRunStatusSchema,
  statusMessage: z.string().nullish(),
});

/** Schema of {@link T.HookCompletedNotification}. */
export const HookCompletedNotificationSchema = z.looseObject({
  run: HookRunSummarySchema,
  threadId: z.string(),
  turnId: z.string().nullish(),
});

/** Schema of {@link T.HookErrorInfo}. */
export const HookErrorInfoSchema = z.looseObject({
  message: z.string(),
  path: z.string(),
});

/** Schema of {@link T.HookTrustStatus}. */
export const HookTrustStatusSchema = z.enum(['managed', 'untrusted', 'trusted', 'modified']);

/** Schema of {@link T.HookMetadata}. */
export const HookMetadataSchema = z.discriminatedUnion('handlerType', [
  z.looseObject({
    additionalContextLimit: z.number().nullish(),
    async: z.boolean().optional(),
    command: z.string(),
    currentHash: z.string(),
    displayOrder: z.number(),
    enabled: z.boolean(),
    environmentId: z.string().nullish(),
    eventName: HookEventNameSchema,
    handlerType: z.literal('command'),
    isManaged: z.boolean(),
    key: z.string(),
    matcher: z.string().nullish(),
    pluginId: z.string().nullish(),
    source: HookSourceSchema,
    sourcePath: AbsolutePathBufSchema,
    statusMessage: z.string().nullish(),
    timeoutSec: z.number(),
    trustStatus: HookTrustStatusSchema,
  }),
  z.looseObject({
    additionalContextLimit: z.number().nullish(),
    currentHash: z.string(),
    displayOrder: z.number(),
    enabled: z.boolean(),
    environmentId: z.string().nullish(),
    eventName: HookEventNameSchema,
    handlerType: z.literal('mcpTool'),
    isManaged: z.boolean(),
    key: z.string(),
    matcher: z.string().nullish(),
    pluginId: z.string().nullish(),
    server: z.string(),
    source: HookSourceSchema,
    sourcePath: AbsolutePathBufSchema,
    statusMessage: z.string().nullish(),
    timeoutSec: z.number(),
    tool: z.string(),
    trustStatus: HookTrustStatusSchema,
  }),
  z.looseObject({
    additionalContextLimit: z.number().nullish(),
    currentHash: z.string(),
    displayOrder: z.number(),
    enabled: z.boolean(),
    environmentId: z.string().nullish(),
    eventName: HookEventNameSchema,
    handlerType: z.literal('prompt'),
    isManaged: z.boolean(),
    key: z.string(),
    matcher: z.string().nullish(),
    pluginId: z.string().nullish(),
    source: HookSourceSchema,
    sourcePath: AbsolutePathBufSchema,
    statusMessage: z.string().nullish(),
    timeoutSec: z.number(),
    trustStatus: HookTrustStatusSchema,
  }),
  z.looseObject({
    additionalContextLimit: z.number().nullish(),
    currentHash: z.string(),
    displayOrder: z.number(),
    enabled: z.boolean(),
    environmentId: z.string().nullish(),
    eventName: HookEventNameSchema,
    handlerType: z.literal('agent'),
    isManaged: z.boolean(),
    key: z.string(),
    matcher: z.string().nullish(),
    pluginId: z.string().nullish(),
    source: HookSourceSchema,
    sourcePath: AbsolutePathBufSchema,
    statusMessage: z.string().nullish(),
    timeoutSec: z.number(),
    trustStatus: HookTrustStatusSchema,
  }),
]);

/** Schema of {@link T.HookPromptFragment}. */
export const HookPromptFragmentSchema = z.looseObject({
  hookRunId: z.string(),
  text: z.string(),
});

/** Schema of {@link T.HookStartedNotification}. */
export const HookStartedNotificationSchema = z.looseObject({
  run: HookRunSummarySchema,
  threadId: z.string(),
  turnId: z.string().nullish(),
});

/** Schema of {@link T.HooksListEntry}. */
export const HooksListEntrySchema = z.looseObject({
  cwd: z.string(),
  errors: z.array(HookErrorInfoSchema),
  hooks: z.array(HookMetadataSchema),
  warnings: z.array(z.string()),
});

/** Schema of {@link T.HooksListParams}. */
export const HooksListParamsSchema = z.looseObject({
  cwds: z.array(z.string()).optional(),
  threadId: z.string().nullish(),
});

/** Schema of {@link T.HooksListResponse}. */
export const HooksListResponseSchema = z.looseObject({
  data: z.array(HooksListEntrySchema),
});

/** Schema of {@link T.ImageGenerationFailure}. */
export const ImageGenerationFailureSchema = z.looseObject({
  limitId: z.string(),
  resetsAt: z.number().nullish(),
  type: z.literal('usageLimitExceeded'),
});

/** Schema of {@link T.ImageGenerationInputImage}. */
export const ImageGenerationInputImageSchema = z.looseObject({
  path: AbsolutePathBufSchema,
  sha256: z.string(),
});

/** Schema of {@link T.InitializeCapabilities}. */
export const InitializeCapabilitiesSchema = z.looseObject({
  experimentalApi: z.boolean().optional(),
  explicitGatewayOauth: z.boolean().optional(),
  extensions: z.looseObject({}).nullish(),
  mcpServerOpenaiFormElicitation: z.boolean().optional(),
  optOutNotificationMethods: z.array(z.string()).nullish(),
  requestAttestation: z.boolean().optional(),
  requiredHumanApproval: z.boolean().optional(),
});

/** Schema of {@link T.InitializeParams}. */
export const InitializeParamsSchema = z.looseObject({
  capabilities: InitializeCapabilitiesSchema.nullish(),
  clientInfo: ClientInfoSchema,
});

/** Schema of {@link T.InitializeResponse}. */
export const InitializeResponseSchema = z.looseObject({
  codexHome: AbsolutePathBufSchema,
  platformFamily: z.string(),
  platformOs: z.string(),
  userAgent: z.string(),
});

/** Schema of {@link T.InputModality}. */
export const InputModalitySchema = z.enum(['text', 'image', 'audio']);

/** Schema of {@link T.InternalChatMessageMetadataPassthrough}. */
export const InternalChatMessageMetadataPassthroughSchema = z.looseObject({
  turn_id: z.string().nullish(),
});

/** Schema of {@link T.McpAppDisplayMode}. */
export const McpAppDisplayModeSchema = z.enum(['inline', 'fullscreen']);

/** Schema of {@link T.McpAppUi}. */
export const McpAppUiSchema = z.looseObject({
  preferredModelDisplayMode: McpAppDisplayModeSchema,
  resourceUri: z.string(),
});

/** Schema of {@link T.McpToolCallAppContext}. */
export const McpToolCallAppContextSchema = z.looseObject({
  actionName: z.string().nullish(),
  appName: z.string().nullish(),
  connectorId: z.string(),
  linkId: z.string().nullish(),
  resourceUri: z.string().nullish(),
});

/** Schema of {@link T.McpToolCallError}. */
export const McpToolCallErrorSchema = z.looseObject({
  message: z.string(),
});

/** Schema of {@link T.McpToolCallResult}. */
export const McpToolCallResultSchema = z.looseObject({
  _meta: z.unknown().optional(),
  content: z.array(z.unknown()),
  structuredContent: z.unknown().optional(),
});

/** Schema of {@link T.McpToolCallStatus}. */
export const McpToolCallStatusSchema = z.enum(['inProgress', 'completed', 'failed']);

/** Schema of {@link T.MemoryCitationEntry}. */
export const MemoryCitationEntrySchema = z.looseObject({
  lineEnd: z.number(),
  lineStart: z.number(),
  note: z.string(),
  path: z.string(),
});

/** Schema of {@link T.MemoryCitation}. */
export const MemoryCitationSchema = z.looseObject({
  entries: z.array(MemoryCitationEntrySchema),
  threadIds: z.array(z.string()),
});

/** Schema of {@link T.MessagePhase}. */
export const MessagePhaseSchema = z.enum(['commentary', 'partial_answer', 'final_answer']);

/** Schema of {@link T.PatchApplyStatus}. */
export const PatchApplyStatusSchema = z.enum(['inProgress', 'completed', 'failed', 'declined']);

/** Schema of {@link T.SubAgentActivityKind}. */
export const SubAgentActivityKindSchema = z.enum(['started', 'interacted', 'interrupted', 'completed']);

/** Schema of {@link T.TextElement}. */
export const TextElementSchema = z.looseObject({
  byteRange: ByteRangeSchema,
  placeholder: z.string().nullish(),
});

/** Schema of {@link T.UserInput}. */
export const UserInputSchema = z.discriminatedUnion('type', [
  z.looseObject({
    text: z.string(),
    text_elements: z.array(TextElementSchema).optional(),
    type: z.literal('text'),
  }),
  z.looseObject({ type: z.literal('image') }).pipe(z.union([
    z.looseObject({
      detail: ImageDetailSchema.nullish(),
      type: z.literal('image'),
      url: z.string(),
    }),
    z.looseObject({
      detail: ImageDetailSchema.nullish(),
      fileId: z.string(),
      type: z.literal('image'),
    }),
  ])),
  z.looseObject({
    detail: ImageDetailSchema.nullish(),
    path: z.string(),
    type: z.literal('localImage'),
  }),
  z.looseObject({ type: z.literal('audio') }).pipe(z.union([
    z.looseObject({
      type: z.literal('audio'),
      url: z.string(),
    }),
    z.looseObject({
      fileId: z.string(),
      type: z.literal('audio'),
    }),
  ])),
  z.looseObject({
    path: z.string(),
    type: z.literal('localAudio'),
  }),
  z.looseObject({
    name: z.string(),
    path: z.string(),
    type: z.literal('skill'),
  }),
  z.looseObject({
    name: z.string(),
    path: z.string(),
    type: z.literal('mention'),
  }),
]);

/** Schema of {@link T.WebSearchAction}. */
export const WebSearchActionSchema = z.discriminatedUnion('type', [
  z.looseObject({
    queries: z.array(z.string()).nullish(),
    query: z.string().nullish(),
    type: z.literal('search'),
  }),
  z.looseObject({
    type: z.literal('openPage'),
    url: z.string().nullish(),
  }),
  z.looseObject({
    pattern: z.string().nullish(),
    type: z.literal('findInPage'),
    url: z.string().nullish(),
  }),
  z.looseObject({
    type: z.literal('other'),
  }),
]);

/** Schema of {@link T.ThreadItem}. */
export const ThreadItemSchema = z.discriminatedUnion('type', [
  z.looseObject({
    clientId: z.string().nullish(),
    completedAtMs: z.number().nullish(),
    content: z.array(UserInputSchema),
    id: z.string(),
    startedAtMs: z.number().nullish(),
    type: z.literal('userMessage'),
  }),
  z.looseObject({
    completedAtMs: z.number().nullish(),
    fragments: z.array(HookPromptFragmentSchema),
    id: z.string(),
    startedAtMs: z.number().nullish(),
    type: z.literal('hookPrompt'),
  }),
  z.looseObject({
    completedAtMs: z.number().nullish(),
    delivery: AgentMessageDeliverySchema.nullish(),
    id: z.string(),
    memoryCitation: MemoryCitationSchema.nullish(),
    moderation: AgentMessageModerationSchema.nullish(),
    phase: MessagePhaseSchema.nullish(),
    questions: z.array(AsyncUserInputQuestionSchema).nullish(),
    startedAtMs: z.number().nullish(),
    text: z.string(),
    type: z.literal('agentMessage'),
  }),
  z.looseObject({
    completedAtMs: z.number().nullish(),
    id: z.string(),
    name: z.string(),
    namespace: z.string().nullish(),
    output: FunctionCallOutputBodySchema,
    startedAtMs: z.number().nullish(),
    type: z.literal('functionCallOutput'),
  }),
  z.looseObject({
    completedAtMs: z.number().nullish(),
    id: z.string(),
    startedAtMs: z.number().nullish(),
    text: z.string(),
    type: z.literal('plan'),
  }),
  z.looseObject({
    completedAtMs: z.number().nullish(),
    content: z.array(z.string()).optional(),
    id: z.string(),
    startedAtMs: z.number().nullish(),
    summary: z.array(z.string()).optional(),
    type: z.literal('reasoning'),
  }),
  z.looseObject({
    aggregatedOutput: z.string().nullish(),
    command: z.string(),
    commandActions: z.array(CommandActionSchema),
    completedAtMs: z.number().nullish(),
    cwd: LegacyAppPathStringSchema,
    durationMs: z.number().nullish(),
    exitCode: z.number().nullish(),
    id: z.string(),
    pluginId: z.string().nullish(),
    processId: z.string().nullish(),
    scriptPath: z.string().nullish(),
    source: CommandExecutionSourceSchema.optional(),
    startedAtMs: z.number().nullish(),
    status: CommandExecutionStatusSchema,
    type: z.literal('commandExecution'),
  }),
  z.looseObject({
    changes: z.array(FileUpdateChangeSchema),
    completedAtMs: z.number().nullish(),
    id: z.string(),
    startedAtMs: z.number().nullish(),
    status: PatchApplyStatusSchema,
    type: z.literal('fileChange'),
  }),
  z.looseObject({
    appContext: McpToolCallAppContextSchema.nullish(),
    arguments: z.unknown(),
    completedAtMs: z.number().nullish(),
    durationMs: z.number().nullish(),
    environmentId: z.string().nullish(),
    error: McpToolCallErrorSchema.nullish(),
    id: z.string(),
    mcpAppResourceUri: z.string().nullish(),
    mcpAppUi: McpAppUiSchema.nullish(),
    pluginId: z.string().nullish(),
    readOnlyHint: z.boolean().nullish(),
    result: McpToolCallResultSchema.nullish(),
    server: z.string(),
    startedAtMs: z.number().nullish(),
    status: McpToolCallStatusSchema,
    tool: z.string(),
    type: z.literal('mcpToolCall'),
  }),
  z.looseObject({
    arguments: z.unknown(),
    completedAtMs: z.number().nullish(),
    contentItems: z.array(DynamicToolCallOutputContentItemSchema).nullish(),
    durationMs: z.number().nullish(),
    id: z.string(),
    namespace: z.string().nullish(),
    startedAtMs: z.number().nullish(),
    status: DynamicToolCallStatusSchema,
    success: z.boolean().nullish(),
    tool: z.string(),
    type: z.literal('dynamicToolCall'),
  }),
  z.looseObject({
    agentsStates: z.record(z.string(), CollabAgentStateSchema),
    completedAtMs: z.number().nullish(),
    id: z.string(),
    model: z.string().nullish(),
    prompt: z.string().nullish(),
    reasoningEffort: ReasoningEffortSchema.nullish(),
    receiverThreadIds: z.array(z.string()),
    senderThreadId: z.string(),
    startedAtMs: z.number().nullish(),
    status: CollabAgentToolCallStatusSchema,
    tool: CollabAgentToolSchema,
    type: z.literal('collabAgentToolCall'),
  }),
  z.looseObject({
    agentPath: z.string(),
    agentThreadId: z.string(),
    completedAtMs: z.number().nullish(),
    id: z.string(),
    kind: SubAgentActivityKindSchema,
    model: z.string().nullish(),
    reasoningEffort: ReasoningEffortSchema.nullish(),
    startedAtMs: z.number().nullish(),
    type: z.literal('subAgentActivity'),
  }),
  z.looseObject({
    action: WebSearchActionSchema.nullish(),
    completedAtMs: z.number().nullish(),
    id: z.string(),
    query: z.string(),
    results: z.array(z.unknown()).nullish(),
    startedAtMs: z.number().nullish(),
    type: z.literal('webSearch'),
  }),
  z.looseObject({
    completedAtMs: z.number().nullish(),
    id: z.string(),
    path: LegacyAppPathStringSchema,
    startedAtMs: z.number().nullish(),
    type: z.literal('imageView'),
  }),
  z.looseObject({
    completedAtMs: z.number().nullish(),
    durationMs: z.number(),
    id: z.string(),
    startedAtMs: z.number().nullish(),
    type: z.literal('sleep'),
  }),
  z.looseObject({ type: z.literal('imageGeneration') }).pipe(z.union([
    z.looseObject({
      completedAtMs: z.number().nullish(),
      failure: ImageGenerationFailureSchema.nullish(),
      fileId: z.string(),
      generationId: z.string().nullish(),
      id: z.string(),
      inputImages: z.array(ImageGenerationInputImageSchema).optional(),
      revisedPrompt: z.string().nullish(),
      savedPath: AbsolutePathBufSchema.nullish(),
      startedAtMs: z.number().nullish(),
      status: z.string(),
      transparentBackground: z.boolean().nullish(),
      type: z.literal('imageGeneration'),
    }),
    z.looseObject({
      completedAtMs: z.number().nullish(),
      failure: ImageGenerationFailureSchema.nullish(),
      generationId: z.string().nullish(),
      id: z.string(),
      inputImages: z.array(ImageGenerationInputImageSchema).optional(),
      result: z.string(),
      revisedPrompt: z.string().nullish(),
      savedPath: AbsolutePathBufSchema.nullish(),
      startedAtMs: z.number().nullish(),
      status: z.string(),
      transparentBackground: z.boolean().nullish(),
      type: z.literal('imageGeneration'),
    }),
  ])),
  z.looseObject({
    completedAtMs: z.number().nullish(),
    id: z.string(),
    review: z.string(),
    startedAtMs: z.number().nullish(),
    type: z.literal('enteredReviewMode'),
  }),
  z.looseObject({
    completedAtMs: z.number().nullish(),
    id: z.string(),
    review: z.string(),
    startedAtMs: z.number().nullish(),
    type: z.literal('exitedReviewMode'),
  }),
  z.looseObject({
    completedAtMs: z.number().nullish(),
    id: z.string(),
    startedAtMs: z.number().nullish(),
    type: z.literal('contextCompaction'),
  }),
]);

/** Schema of {@link T.ItemCompletedNotification}. */
export const ItemCompletedNotificationSchema = z.looseObject({
  completedAtMs: z.number(),
  contentTokenCount: z.number().nullish(),
  item: ThreadItemSchema,
  threadId: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.ItemGuardianApprovalReviewCompletedNotification}. */
export const ItemGuardianApprovalReviewCompletedNotificationSchema = z.looseObject({
  action: GuardianApprovalReviewActionSchema,
  completedAtMs: z.number(),
  decisionSource: AutoReviewDecisionSourceSchema,
  review: GuardianApprovalReviewSchema,
  reviewId: z.string(),
  startedAtMs: z.number(),
  targetItemId: z.string().nullish(),
  threadId: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.ItemGuardianApprovalReviewStartedNotification}. */
export const ItemGuardianApprovalReviewStartedNotificationSchema = z.looseObject({
  action: GuardianApprovalReviewActionSchema,
  review: GuardianApprovalReviewSchema,
  reviewId: z.string(),
  startedAtMs: z.number(),
  targetItemId: z.string().nullish(),
  threadId: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.ItemStartedNotification}. */
export const ItemStartedNotificationSchema = z.looseObject({
  item: ThreadItemSchema,
  startedAtMs: z.number(),
  threadId: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.McpServerStatusDetail}. */
export const McpServerStatusDetailSchema = z.enum(['full', 'toolsAndAuthOnly']);

/** Schema of {@link T.ListMcpServerStatusParams}. */
export const ListMcpServerStatusParamsSchema = z.looseObject({
  cursor: z.string().nullish(),
  detail: McpServerStatusDetailSchema.nullish(),
  environmentId: z.string().nullish(),
  limit: z.number().nullish(),
  serverName: z.string().nullish(),
  threadId: z.string().nullish(),
});

/** Schema of {@link T.McpAuthStatus}. */
export const McpAuthStatusSchema = z.enum(['unknown', 'unsupported', 'notLoggedIn', 'bearerToken', 'oAuth']);

/** Schema of {@link T.McpServerConnectionStatus}. */
export const McpServerConnectionStatusSchema = z.enum(['notStarted', 'starting', 'connected', 'authenticationRequired', 'failed', 'cancelled', 'disabled']);

/** Schema of {@link T.McpServerInfo}. */
export const McpServerInfoSchema = z.looseObject({
  description: z.string().nullish(),
  icons: z.array(z.unknown()).nullish(),
  name: z.string(),
  title: z.string().nullish(),
  version: z.string(),
  websiteUrl: z.string().nullish(),
});

/** Schema of {@link T.Resource}. */
export const ResourceSchema = z.looseObject({
  _meta: z.unknown().optional(),
  annotations: z.unknown().optional(),
  description: z.string().nullish(),
  icons: z.array(z.unknown()).nullish(),
  mimeType: z.string().nullish(),
  name: z.string(),
  size: z.number().nullish(),
  title: z.string().nullish(),
  uri: z.string(),
});

/** Schema of {@link T.ResourceTemplate}. */
export const ResourceTemplateSchema = z.looseObject({
  annotations: z.unknown().optional(),
  description: z.string().nullish(),
  mimeType: z.string().nullish(),
  name: z.string(),
  title: z.string().nullish(),
  uriTemplate: z.string(),
});

/** Schema of {@link T.Tool}. */
export const ToolSchema = z.looseObject({
  _meta: z.unknown().optional(),
  annotations: z.unknown().optional(),
  description: z.string().nullish(),
  icons: z.array(z.unknown()).nullish(),
  inputSchema: z.unknown(),
  name: z.string(),
  outputSchema: z.unknown().optional(),
  title: z.string().nullish(),
});

/** Schema of {@link T.McpServerStatus}. */
export const McpServerStatusSchema = z.looseObject({
  authStatus: McpAuthStatusSchema,
  environmentId: z.string().nullish(),
  httpOrigin: z.string().nullish(),
  name: z.string(),
  pluginId: z.string().nullish(),
  resourceTemplates: z.array(ResourceTemplateSchema),
  resources: z.array(ResourceSchema),
  runtimeStatus: McpServerConnectionStatusSchema.nullish(),
  serverCapabilities: z.unknown().optional(),
  serverInfo: McpServerInfoSchema.nullish(),
  toolListMeta: z.unknown().optional(),
  tools: z.record(z.string(), ToolSchema),
  toolsError: z.string().nullish(),
});

/** Schema of {@link T.ListMcpServerStatusResponse}. */
export const ListMcpServerStatusResponseSchema = z.looseObject({
  data: z.array(McpServerStatusSchema),
  nextCursor: z.string().nullish(),
});

/** Schema of {@link T.LocalShellAction}. */
export const LocalShellActionSchema = z.looseObject({
  command: z.array(z.string()),
  env: z.record(z.string(), z.string()).nullish(),
  timeout_ms: z.number().nullish(),
  type: z.literal('exec'),
  user: z.string().nullish(),
  working_directory: z.string().nullish(),
});

/** Schema of {@link T.LocalShellStatus}. */
export const LocalShellStatusSchema = z.enum(['completed', 'in_progress', 'incomplete']);

/** Schema of {@link T.LoginAppBrand}. */
export const LoginAppBrandSchema = z.enum(['codex', 'chatgpt']);

/** Schema of {@link T.LoginAccountParams}. */
export const LoginAccountParamsSchema = z.discriminatedUnion('type', [
  z.looseObject({
    apiKey: z.string(),
    type: z.literal('apiKey'),
  }),
  z.looseObject({
    appBrand: LoginAppBrandSchema.nullish(),
    codexStreamlinedLogin: z.boolean().optional(),
    type: z.literal('chatgpt'),
    useHostedLoginSuccessPage: z.boolean().optional(),
  }),
  z.looseObject({
    type: z.literal('chatgptDeviceCode'),
  }),
  z.looseObject({
    accessToken: z.string(),
    chatgptAccountId: z.string(),
    chatgptPlanType: z.string().nullish(),
    type: z.literal('chatgptAuthTokens'),
  }),
  z.looseObject({
    apiKey: z.string(),
    region: z.string(),
    type: z.literal('amazonBedrock'),
  }),
  z.looseObject({
    accessKeyId: z.string(),
    region: z.string(),
    secretAccessKey: z.string(),
    sessionToken: z.string().nullish(),
    type: z.literal('amazonBedrockAccessKeys'),
  }),
]);

/** Schema of {@link T.LoginAccountResponse}. */
export const LoginAccountResponseSchema = z.discriminatedUnion('type', [
  z.looseObject({
    type: z.literal('apiKey'),
  }),
  z.looseObject({
    authUrl: z.string(),
    loginId: z.string(),
    type: z.literal('chatgpt'),
  }),
  z.looseObject({
    loginId: z.string(),
    type: z.literal('chatgptDeviceCode'),
    userCode: z.string(),
    verificationUrl: z.string(),
  }),
  z.looseObject({
    type: z.literal('chatgptAuthTokens'),
  }),
  z.looseObject({
    type: z.literal('amazonBedrock'),
  }),
]);

/** Schema of {@link T.LogoutAccountResponse}. */
export const LogoutAccountResponseSchema = z.looseObject({});

/** Schema of {@link T.MarketplaceAddParams}. */
export const MarketplaceAddParamsSchema = z.looseObject({
  refName: z.string().nullish(),
  source: z.string(),
  sparsePaths: z.array(z.string()).nullish(),
});

/** Schema of {@link T.MarketplaceAddResponse}. */
export const MarketplaceAddResponseSchema = z.looseObject({
  alreadyAdded: z.boolean(),
  installedRoot: AbsolutePathBufSchema,
  marketplaceName: z.string(),
});

/** Schema of {@link T.MarketplaceInterface}. */
export const MarketplaceInterfaceSchema = z.looseObject({
  displayName: z.string().nullish(),
});

/** Schema of {@link T.MarketplaceLoadErrorInfo}. */
export const MarketplaceLoadErrorInfoSchema = z.looseObject({
  marketplacePath: AbsolutePathBufSchema,
  message: z.string(),
});

/** Schema of {@link T.MarketplaceRemoveParams}. */
export const MarketplaceRemoveParamsSchema = z.looseObject({
  marketplaceName: z.string(),
});

/** Schema of {@link T.MarketplaceRemoveResponse}. */
export const MarketplaceRemoveResponseSchema = z.looseObject({
  installedRoot: AbsolutePathBufSchema.nullish(),
  marketplaceName: z.string(),
});

/** Schema of {@link T.MarketplaceUpgradeErrorInfo}. */
export const MarketplaceUpgradeErrorInfoSchema = z.looseObject({
  marketplaceName: z.string(),
  message: z.string(),
});

/** Schema of {@link T.MarketplaceUpgradeParams}. */
export const MarketplaceUpgradeParamsSchema = z.looseObject({
  marketplaceName: z.string().nullish(),
});

/** Schema of {@link T.MarketplaceUpgradeResponse}. */
export const MarketplaceUpgradeResponseSchema = z.looseObject({
  errors: z.array(MarketplaceUpgradeErrorInfoSchema),
  selectedMarketplaces: z.array(z.string()),
  upgradedRoots: z.array(AbsolutePathBufSchema),
});

/** Schema of {@link T.McpElicitationArrayType}. */
export const McpElicitationArrayTypeSchema = z.literal('array');

/** Schema of {@link T.McpElicitationBooleanType}. */
export const McpElicitationBooleanTypeSchema = z.literal('boolean');

/** Schema of {@link T.McpElicitationBooleanSchema}. */
export const McpElicitationBooleanSchemaSchema = z.looseObject({
  default: z.boolean().nullish(),
  description: z.string().nullish(),
  title: z.string().nullish(),
  type: McpElicitationBooleanTypeSchema,
});

/** Schema of {@link T.McpElicitationConstOption}. */
export const McpElicitationConstOptionSchema = z.looseObject({
  const: z.string(),
  title: z.string(),
});

/** Schema of {@link T.McpElicitationStringType}. */
export const McpElicitationStringTypeSchema = z.literal('string');

/** Schema of {@link T.McpElicitationLegacyTitledEnumSchema}. */
export const McpElicitationLegacyTitledEnumSchemaSchema = z.looseObject({
  default: z.string().nullish(),
  description: z.string().nullish(),
  enum: z.array(z.string()),
  enumNames: z.array(z.string()).nullish(),
  title: z.string().nullish(),
  type: McpElicitationStringTypeSchema,
});

/** Schema of {@link T.McpElicitationTitledEnumItems}. */
export const McpElicitationTitledEnumItemsSchema = z.looseObject({
  anyOf: z.array(McpElicitationConstOptionSchema),
});

/** Schema of {@link T.McpElicitationTitledMultiSelectEnumSchema}. */
export const McpElicitationTitledMultiSelectEnumSchemaSchema = z.looseObject({
  default: z.array(z.string()).nullish(),
  description: z.string().nullish(),
  items: McpElicitationTitledEnumItemsSchema,
  maxItems: z.number().nullish(),
  minItems: z.number().nullish(),
  title: z.string().nullish(),
  type: McpElicitationArrayTypeSchema,
});

/** Schema of {@link T.McpElicitationUntitledEnumItems}. */
export const McpElicitationUntitledEnumItemsSchema = z.looseObject({
  enum: z.array(z.string()),
  type: McpElicitationStringTypeSchema,
});

/** Schema of {@link T.McpElicitationUntitledMultiSelectEnumSchema}. */
export const McpElicitationUntitledMultiSelectEnumSchemaSchema = z.looseObject({
  default: z.array(z.string()).nullish(),
  description: z.string().nullish(),
  items: McpElicitationUntitledEnumItemsSchema,
  maxItems: z.number().nullish(),
  minItems: z.number().nullish(),
  title: z.string().nullish(),
  type: McpElicitationArrayTypeSchema,
});

/** Schema of {@link T.McpElicitationMultiSelectEnumSchema}. */
export const McpElicitationMultiSelectEnumSchemaSchema = z.union([McpElicitationUntitledMultiSelectEnumSchemaSchema, McpElicitationTitledMultiSelectEnumSchemaSchema]);

/** Schema of {@link T.McpElicitationTitledSingleSelectEnumSchema}. */
export const McpElicitationTitledSingleSelectEnumSchemaSchema = z.looseObject({
  default: z.string().nullish(),
  description: z.string().nullish(),
  oneOf: z.array(McpElicitationConstOptionSchema),
  title: z.string().nullish(),
  type: McpElicitationStringTypeSchema,
});

/** Schema of {@link T.McpElicitationUntitledSingleSelectEnumSchema}. */
export const McpElicitationUntitledSingleSelectEnumSchemaSchema = z.looseObject({
  default: z.string().nullish(),
  description: z.string().nullish(),
  enum: z.array(z.string()),
  title: z.string().nullish(),
  type: McpElicitationStringTypeSchema,
});

/** Schema of {@link T.McpElicitationSingleSelectEnumSchema}. */
export const McpElicitationSingleSelectEnumSchemaSchema = z.union([
  McpElicitationUntitledSingleSelectEnumSchemaSchema,
  McpElicitationTitledSingleSelectEnumSchemaSchema,
]);

/** Schema of {@link T.McpElicitationEnumSchema}. */
export const McpElicitationEnumSchemaSchema = z.union([
  McpElicitationSingleSelectEnumSchemaSchema,
  McpElicitationMultiSelectEnumSchemaSchema,
  McpElicitationLegacyTitledEnumSchemaSchema,
]);

/** Schema of {@link T.McpElicitationNumberType}. */
export const McpElicitationNumberTypeSchema = z.enum(['number', 'integer']);

/** Schema of {@link T.McpElicitationNumberSchema}. */
export const McpElicitationNumberSchemaSchema = z.looseObject({
  default: z.number().nullish(),
  description: z.string().nullish(),
  maximum: z.number().nullish(),
  minimum: z.number().nullish(),
  title: z.string().nullish(),
  type: McpElicitationNumberTypeSchema,
});

/** Schema of {@link T.McpElicitationObjectType}. */
export const McpElicitationObjectTypeSchema = z.literal('object');

/** Schema of {@link T.McpElicitationStringFormat}. */
export const McpElicitationStringFormatSchema = z.enum(['email', 'uri', 'date', 'date-time']);

/** Schema of {@link T.McpElicitationStringSchema}. */
export const McpElicitationStringSchemaSchema = z.looseObject({
  default: z.string().nullish(),
  description: z.string().nullish(),
  format: McpElicitationStringFormatSchema.nullish(),
  maxLength: z.number().nullish(),
  minLength: z.number().nullish(),
  title: z.string().nullish(),
  type: McpElicitationStringTypeSchema,
});

/** Schema of {@link T.McpElicitationPrimitiveSchema}. */
export const McpElicitationPrimitiveSchemaSchema = z.union([
  McpElicitationEnumSchemaSchema,
  McpElicitationStringSchemaSchema,
  McpElicitationNumberSchemaSchema,
  McpElicitationBooleanSchemaSchema,
]);

/** Schema of {@link T.McpElicitationSchema}. */
export const McpElicitationSchemaSchema = z.looseObject({
  $schema: z.string().nullish(),
  properties: z.record(z.string(), McpElicitationPrimitiveSchemaSchema),
  required: z.array(z.string()).nullish(),
  type: McpElicitationObjectTypeSchema,
});

/** Schema of {@link T.McpResourceReadTarget}. */
export const McpResourceReadTargetSchema = z.looseObject({
  connectorId: z.string(),
  linkId: z.string().nullable(),
});

/** Schema of {@link T.McpResourceReadParams}. */
export const McpResourceReadParamsSchema = z.looseObject({
  _meta: z.looseObject({}).nullish(),
  connectorId: z.string().nullish(),
  environmentId: z.string().nullish(),
  originCallId: z.string().nullish(),
  server: z.string(),
  target: McpResourceReadTargetSchema.nullish(),
  threadId: z.string().nullish(),
  uri: z.string(),
});

/** Schema of {@link T.ResourceContent}. */
export const ResourceContentSchema = z.union([
  z.looseObject({
    _meta: z.unknown().optional(),
    mimeType: z.string().nullish(),
    text: z.string(),
    uri: z.string(),
  }),
  z.looseObject({
    _meta: z.unknown().optional(),
    blob: z.string(),
    mimeType: z.string().nullish(),
    uri: z.string(),
  }),
]);

/** Schema of {@link T.McpResourceReadResponse}. */
export const McpResourceReadResponseSchema = z.looseObject({
  contents: z.array(ResourceContentSchema),
  originCallId: z.string().nullish(),
});

/** Schema of {@link T.McpServerElicitationAction}. */
export const McpServerElicitationActionSchema = z.enum(['accept', 'decline', 'cancel']);

/** Schema of {@link T.McpServerElicitationRequestParams}. */
export const McpServerElicitationRequestParamsSchema = z.discriminatedUnion('mode', [
  z.looseObject({
    _meta: z.unknown().optional(),
    challenge: z.string(),
    description: z.string(),
    environmentId: z.string().nullish(),
    mode: z.literal('openai/userVerification'),
    serverName: z.string(),
    threadId: z.string(),
    title: z.string(),
    turnId: z.string().nullish(),
  }),
  z.looseObject({
    _meta: z.unknown().optional(),
    environmentId: z.string().nullish(),
    message: z.string(),
    mode: z.literal('form'),
    requestedSchema: McpElicitationSchemaSchema,
    serverName: z.string(),
    threadId: z.string(),
    turnId: z.string().nullish(),
  }),
  z.looseObject({
    _meta: z.unknown().optional(),
    environmentId: z.string().nullish(),
    message: z.string(),
    mode: z.literal('openai/form'),
    requestedSchema: z.unknown(),
    serverName: z.string(),
    threadId: z.string(),
    turnId: z.string().nullish(),
  }),
  z.looseObject({
    _meta: z.unknown().optional(),
    environmentId: z.string().nullish(),
    message: z.string(),
    mode: z.literal('openaiForm'),
    requestedSchema: z.unknown(),
    serverName: z.string(),
    threadId: z.string(),
    turnId: z.string().nullish(),
  }),
  z.looseObject({
    _meta: z.unknown().optional(),
    elicitationId: z.string(),
    environmentId: z.string().nullish(),
    message: z.string(),
    mode: z.literal('url'),
    serverName: z.string(),
    threadId: z.string(),
    turnId: z.string().nullish(),
    url: z.string(),
  }),
]);

/** Schema of {@link T.McpServerElicitationRequestResponse}. */
export const McpServerElicitationRequestResponseSchema = z.looseObject({
  _meta: z.unknown().optional(),
  action: McpServerElicitationActionSchema,
  content: z.unknown().optional(),
});

/** Schema of {@link T.McpServerEventNotification}. */
export const McpServerEventNotificationSchema = z.looseObject({
  method: z.string(),
  params: z.unknown(),
});

/** Schema of {@link T.McpServerEventStreamNotification}. */
export const McpServerEventStreamNotificationSchema = z.looseObject({
  notification: McpServerEventNotificationSchema,
  subscriptionId: z.string(),
});

/** Schema of {@link T.McpServerEventStreamStartParams}. */
export const McpServerEventStreamStartParamsSchema = z.looseObject({
  _meta: z.unknown().optional(),
  arguments: z.unknown(),
  name: z.string(),
  server: z.string(),
  subscriptionId: z.string(),
  threadId: z.string(),
});

/** Schema of {@link T.McpServerEventStreamStartResponse}. */
export const McpServerEventStreamStartResponseSchema = z.looseObject({});

/** Schema of {@link T.McpServerEventStreamStopParams}. */
export const McpServerEventStreamStopParamsSchema = z.looseObject({
  subscriptionId: z.string(),
});

/** Schema of {@link T.McpServerEventStreamStopResponse}. */
export const McpServerEventStreamStopResponseSchema = z.looseObject({});

/** Schema of {@link T.McpServerOauthClientRegistration}. */
export const McpServerOauthClientRegistrationSchema = z.enum(['auto', 'cimd', 'dcr']);

/** Schema of {@link T.McpServerOauthLoginCompletedNotification}. */
export const McpServerOauthLoginCompletedNotificationSchema = z.looseObject({
  error: z.string().nullish(),
  loginId: z.string().nullish(),
  name: z.string(),
  success: z.boolean(),
  threadId: z.string().nullish(),
});

/** Schema of {@link T.McpServerOauthLoginParams}. */
export const McpServerOauthLoginParamsSchema = z.looseObject({
  clientRegistration: McpServerOauthClientRegistrationSchema.nullish(),
  environmentId: z.string().nullish(),
  name: z.string(),
  scopes: z.array(z.string()).nullish(),
  threadId: z.string().nullish(),
  timeoutSecs: z.number().nullish(),
});

/** Schema of {@link T.McpServerOauthLoginResponse}. */
export const McpServerOauthLoginResponseSchema = z.looseObject({
  authorizationUrl: z.string(),
  loginId: z.string().nullish(),
});

/** Schema of {@link T.McpServerRefreshResponse}. */
export const McpServerRefreshResponseSchema = z.looseObject({});

/** Schema of {@link T.McpServerStartupFailureReason}. */
export const McpServerStartupFailureReasonSchema = z.literal('reauthenticationRequired');

/** Schema of {@link T.McpServerStartupState}. */
export const McpServerStartupStateSchema = z.enum(['starting', 'ready', 'failed', 'cancelled']);

/** Schema of {@link T.McpServerStatusUpdatedNotification}. */
export const McpServerStatusUpdatedNotificationSchema = z.looseObject({
  environmentId: z.string().nullish(),
  error: z.string().nullish(),
  failureReason: McpServerStartupFailureReasonSchema.nullish(),
  name: z.string(),
  status: McpServerStartupStateSchema,
  threadId: z.string().nullish(),
});

/** Schema of {@link T.McpServerToolCallParams}. */
export const McpServerToolCallParamsSchema = z.looseObject({
  _meta: z.unknown().optional(),
  arguments: z.unknown().optional(),
  environmentId: z.string().nullish(),
  server: z.string(),
  threadId: z.string(),
  tool: z.string(),
});

/** Schema of {@link T.McpServerToolCallResponse}. */
export const McpServerToolCallResponseSchema = z.looseObject({
  _meta: z.unknown().optional(),
  content: z.array(z.unknown()),
  isError: z.boolean().nullish(),
  structuredContent: z.unknown().optional(),
});

/** Schema of {@link T.McpToolCallProgressNotification}. */
export const McpToolCallProgressNotificationSchema = z.looseObject({
  itemId: z.string(),
  message: z.string(),
  threadId: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.MemoryResetResponse}. */
export const MemoryResetResponseSchema = z.looseObject({});

/** Schema of {@link T.MemoryStatusParams}. */
export const MemoryStatusParamsSchema = z.looseObject({
  minConsolidatedThreads: z.number().nullish(),
});

/** Schema of {@link T.MemoryStatusResponse}. */
export const MemoryStatusResponseSchema = z.looseObject({
  v2ConsolidatedThreads: z.number(),
  v2Ready: z.boolean(),
});

/** Schema of {@link T.MockExperimentalMethodParams}. */
export const MockExperimentalMethodParamsSchema = z.looseObject({
  value: z.string().nullish(),
});

/** Schema of {@link T.MockExperimentalMethodResponse}. */
export const MockExperimentalMethodResponseSchema = z.looseObject({
  echoed: z.string().nullish(),
});

/** Schema of {@link T.ModelAccessPrograms}. */
export const ModelAccessProgramsSchema = z.looseObject({
  cyber: z.array(CyberAccessProgramSchema),
});

/** Schema of {@link T.ModelAvailabilityNux}. */
export const ModelAvailabilityNuxSchema = z.looseObject({
  message: z.string(),
});

/** Schema of {@link T.ModelServiceTier}. */
export const ModelServiceTierSchema = z.looseObject({
  description: z.string(),
  id: z.string(),
  name: z.string(),
});

/** Schema of {@link T.ModelUpgradeInfo}. */
export const ModelUpgradeInfoSchema = z.looseObject({
  migrationMarkdown: z.string().nullish(),
  model: z.string(),
  modelLink: z.string().nullish(),
  retirementAt: z.number().nullish(),
  upgradeCopy: z.string().nullish(),
});

/** Schema of {@link T.MultiAgentVersion}. */
export const MultiAgentVersionSchema = z.enum(['disabled', 'v1', 'v2']);

/** Schema of {@link T.ReasoningEffortOption}. */
export const ReasoningEffortOptionSchema = z.looseObject({
  description: z.string(),
  reasoningEffort: ReasoningEffortSchema,
});

/** Schema of {@link T.Model}. */
export const ModelSchema = z.looseObject({
  additionalSpeedTiers: z.array(z.string()).optional(),
  availabilityNux: ModelAvailabilityNuxSchema.nullish(),
  availableAccessPrograms: ModelAccessProgramsSchema.nullish(),
  defaultReasoningEffort: ReasoningEffortSchema,
  defaultServiceTier: z.string().nullish(),
  description: z.string(),
  displayName: z.string(),
  hidden: z.boolean(),
  id: z.string(),
  inputModalities: z.array(InputModalitySchema).optional(),
  isDefault: z.boolean(),
  model: z.string(),
  modelSpecialty: z.string().nullish(),
  multiAgentVersion: MultiAgentVersionSchema.nullish(),
  serviceTiers: z.array(ModelServiceTierSchema).optional(),
  supportedReasoningEfforts: z.array(ReasoningEffortOptionSchema),
  supportsPersonality: z.boolean().optional(),
  upgrade: z.string().nullish(),
  upgradeInfo: ModelUpgradeInfoSchema.nullish(),
});

/** Schema of {@link T.ModelListParams}. */
export const ModelListParamsSchema = z.looseObject({
  cursor: z.string().nullish(),
  includeHidden: z.boolean().nullish(),
  limit: z.number().nullish(),
  modelProvider: z.string().nullish(),
});

/** Schema of {@link T.ModelListResponse}. */
export const ModelListResponseSchema = z.looseObject({
  data: z.array(ModelSchema),
  nextCursor: z.string().nullish(),
});

/** Schema of {@link T.ModelProviderCapabilitiesReadParams}. */
export const ModelProviderCapabilitiesReadParamsSchema = z.looseObject({});

/** Schema of {@link T.ModelProviderCapabilitiesReadResponse}. */
export const ModelProviderCapabilitiesReadResponseSchema = z.looseObject({
  imageGeneration: z.boolean(),
  webSearch: z.boolean(),
});

/** Schema of {@link T.ProviderSettingsPatch}. */
export const ProviderSettingsPatchSchema = z.discriminatedUnion('type', [
  z.looseObject({
    baseUrl: z.string().nullish(),
    envKey: z.string().nullish(),
    name: z.string().optional(),
    providerId: z.string().nullish(),
    type: z.literal('customGateway'),
  }),
  z.looseObject({
    profile: z.string().nullish(),
    providerId: BedrockProviderIdSchema,
    region: z.string().nullish(),
    type: z.literal('bedrock'),
  }),
  z.looseObject({
    credentialFile: z.string().nullish(),
    location: z.string().nullish(),
    projectId: z.string().nullish(),
    providerId: GcpProviderIdSchema,
    type: z.literal('gcp'),
  }),
]);

/** Schema of {@link T.ModelProviderConfigWriteParams}. */
export const ModelProviderConfigWriteParamsSchema = z.looseObject({
  settings: ProviderSettingsPatchSchema,
});

/** Schema of {@link T.ProviderSettings}. */
export const ProviderSettingsSchema = z.discriminatedUnion('type', [
  z.looseObject({
    type: z.literal('openai'),
  }),
  z.looseObject({
    auth: GatewayAuthSchema,
    type: z.literal('customGateway'),
  }),
  z.looseObject({
    profile: z.string().nullish(),
    region: z.string().nullish(),
    type: z.literal('bedrock'),
  }),
  z.looseObject({
    credentialFile: z.string().nullish(),
    location: z.string().nullish(),
    projectId: z.string().nullish(),
    type: z.literal('gcp'),
  }),
]);

/** Schema of {@link T.ModelProviderSummary}. */
export const ModelProviderSummarySchema = z.looseObject({
  baseUrl: z.string().nullish(),
  canEdit: z.boolean(),
  id: z.string(),
  name: z.string(),
  settings: ProviderSettingsSchema,
});

/** Schema of {@link T.ModelProviderConfigWriteResponse}. */
export const ModelProviderConfigWriteResponseSchema = z.looseObject({
  provider: ModelProviderSummarySchema,
});

/** Schema of {@link T.ModelProviderDefaultSetParams}. */
export const ModelProviderDefaultSetParamsSchema = z.looseObject({
  providerId: z.string(),
});

/** Schema of {@link T.ModelProviderListParams}. */
export const ModelProviderListParamsSchema = z.looseObject({});

/** Schema of {@link T.ModelProviderListResponse}. */
export const ModelProviderListResponseSchema = z.looseObject({
  canChangeDefault: z.boolean(),
  data: z.array(ModelProviderSummarySchema),
  defaultProviderId: z.string(),
});

/** Schema of {@link T.ModelRerouteReason}. */
export const ModelRerouteReasonSchema = z.literal('highRiskCyberActivity');

/** Schema of {@link T.ModelReroutedNotification}. */
export const ModelReroutedNotificationSchema = z.looseObject({
  fromModel: z.string(),
  reason: ModelRerouteReasonSchema,
  threadId: z.string(),
  toModel: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.ModelSafetyBufferingUpdatedNotification}. */
export const ModelSafetyBufferingUpdatedNotificationSchema = z.looseObject({
  fasterModel: z.string().nullish(),
  model: z.string(),
  reasons: z.array(z.string()),
  showBufferingUi: z.boolean(),
  threadId: z.string(),
  turnId: z.string(),
  useCases: z.array(z.string()),
});

/** Schema of {@link T.ModelVerification}. */
export const ModelVerificationSchema = z.literal('trustedAccessForCyber');

/** Schema of {@link T.ModelVerificationNotification}. */
export const ModelVerificationNotificationSchema = z.looseObject({
  threadId: z.string(),
  turnId: z.string(),
  verifications: z.array(ModelVerificationSchema),
});

/** Schema of {@link T.MultiAgentMode}. */
export const MultiAgentModeSchema = z.union([
  z.enum(['explicitRequestOnly', 'proactive']),
  z.looseObject({
    custom: z.string(),
  }),
]);

/** Schema of {@link T.PermissionGrantScope}. */
export const PermissionGrantScopeSchema = z.enum(['turn', 'session']);

/** Schema of {@link T.PermissionProfileListParams}. */
export const PermissionProfileListParamsSchema = z.looseObject({
  cursor: z.string().nullish(),
  cwd: z.string().nullish(),
  limit: z.number().nullish(),
});

/** Schema of {@link T.PermissionProfileSummary}. */
export const PermissionProfileSummarySchema = z.looseObject({
  allowed: z.boolean(),
  description: z.string().nullish(),
  id: z.string(),
});

/** Schema of {@link T.PermissionProfileListResponse}. */
export const PermissionProfileListResponseSchema = z.looseObject({
  data: z.array(PermissionProfileSummarySchema),
  nextCursor: z.string().nullish(),
});

/** Schema of {@link T.PermissionsRequestApprovalParams}. */
export const PermissionsRequestApprovalParamsSchema = z.looseObject({
  cwd: LegacyAppPathStringSchema,
  environmentId: z.string().nullish(),
  itemId: z.string(),
  permissions: RequestPermissionProfileSchema,
  reason: z.string().nullish(),
  startedAtMs: z.number(),
  threadId: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.PermissionsRequestApprovalResponse}. */
export const PermissionsRequestApprovalResponseSchema = z.looseObject({
  permissions: GrantedPermissionProfileSchema,
  scope: PermissionGrantScopeSchema.optional(),
  strictAutoReview: z.boolean().nullish(),
});

/** Schema of {@link T.Personality}. */
export const PersonalitySchema = z.enum(['none', 'friendly', 'pragmatic']);

/** Schema of {@link T.PlanDeltaNotification}. */
export const PlanDeltaNotificationSchema = z.looseObject({
  delta: z.string(),
  itemId: z.string(),
  threadId: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.PluginAuthPolicy}. */
export const PluginAuthPolicySchema = z.enum(['ON_INSTALL', 'ON_USE']);

/** Schema of {@link T.PluginAvailability}. */
export const PluginAvailabilitySchema = z.enum(['DISABLED_BY_ADMIN', 'AVAILABLE']);

/** Schema of {@link T.PluginHookSummary}. */
export const PluginHookSummarySchema = z.looseObject({
  eventName: HookEventNameSchema,
  key: z.string(),
});

/** Schema of {@link T.PluginDisabledReason}. */
export const PluginDisabledReasonSchema = z.enum(['disabled_by_admin', 'plan_not_eligible', 'required_app_unavailable', 'unknown']);

/** Schema of {@link T.PluginInstallPolicy}. */
export const PluginInstallPolicySchema = z.enum(['NOT_AVAILABLE', 'AVAILABLE', 'INSTALLED_BY_DEFAULT']);

/** Schema of {@link T.PluginInstallPolicySource}. */
export const PluginInstallPolicySourceSchema = z.enum(['WORKSPACE_SETTING', 'IMPLICIT_CANONICAL_APP']);

/** Schema of {@link T.PluginInterface}. */
export const PluginInterfaceSchema = z.looseObject({
  brandColor: z.string().nullish(),
  capabilities: z.array(z.string()),
  category: z.string().nullish(),
  composerIcon: AbsolutePathBufSchema.nullish(),
  composerIconUrl: z.string().nullish(),
  defaultPrompt: z.array(z.string()).nullish(),
  developerName: z.string().nullish(),
  displayName: z.string().nullish(),
  logo: AbsolutePathBufSchema.nullish(),
  logoDark: AbsolutePathBufSchema.nullish(),
  logoUrl: z.string().nullish(),
  logoUrlDark: z.string().nullish(),
  longDescription: z.string().nullish(),
  privacyPolicyUrl: z.string().nullish(),
  screenshotUrls: z.array(z.string()),
  screenshots: z.array(AbsolutePathBufSchema),
  shortDescription: z.string().nullish(),
  termsOfServiceUrl: z.string().nullish(),
  websiteUrl: z.string().nullish(),
});

/** Schema of {@link T.PluginShareDiscoverability}. */
export const PluginShareDiscoverabilitySchema = z.enum(['LISTED', 'UNLISTED', 'PRIVATE']);

/** Schema of {@link T.PluginSharePrincipalRole}. */
export const PluginSharePrincipalRoleSchema = z.enum(['reader', 'editor', 'owner']);

/** Schema of {@link T.PluginSharePrincipalType}. */
export const PluginSharePrincipalTypeSchema = z.enum(['user', 'group', 'workspace']);

/** Schema of {@link T.PluginSharePrincipal}. */
export const PluginSharePrincipalSchema = z.looseObject({
  name: z.string(),
  principalId: z.string(),
  principalType: PluginSharePrincipalTypeSchema,
  role: PluginSharePrincipalRoleSchema,
});

/** Schema of {@link T.PluginShareContext}. */
export const PluginShareContextSchema = z.looseObject({
  canPublishToWorkspace: z.boolean().nullish(),
  creatorAccountUserId: z.string().nullish(),
  creatorName: z.string().nullish(),
  discoverability: PluginShareDiscoverabilitySchema.nullish(),
  remotePluginId: z.string(),
  remoteVersion: z.string().nullish(),
  sharePrincipals: z.array(PluginSharePrincipalSchema).nullish(),
  shareUrl: z.string().nullish(),
});

/** Schema of {@link T.PluginSource}. */
export const PluginSourceSchema = z.discriminatedUnion('type', [
  z.looseObject({
    path: AbsolutePathBufSchema,
    type: z.literal('local'),
  }),
  z.looseObject({
    path: z.string().nullish(),
    refName: z.string().nullish(),
    sha: z.string().nullish(),
    type: z.literal('git'),
    url: z.string(),
  }),
  z.looseObject({
    package: z.string(),
    registry: z.string().nullish(),
    type: z.literal('npm'),
    version: z.string().nullish(),
  }),
  z.looseObject({
    type: z.literal('remote'),
  }),
]);

/** Schema of {@link T.PluginSummary}. */
export const PluginSummarySchema = z.looseObject({
  authPolicy: PluginAuthPolicySchema,
  availability: PluginAvailabilitySchema.optional(),
  disabledReason: PluginDisabledReasonSchema.nullish(),
  eligiblePlanTypes: z.array(z.string()).nullish(),
  enabled: z.boolean(),
  id: z.string(),
  installPolicy: PluginInstallPolicySchema,
  installPolicySource: PluginInstallPolicySourceSchema.nullish(),
  installed: z.boolean(),
  installedAt: z.number().nullish(),
  interface: PluginInterfaceSchema.nullish(),
  keywords: z.array(z.string()).optional(),
  localVersion: z.string().nullish(),
  mustShowInstallationInterstitial: z.boolean().nullish(),
  name: z.string(),
  remotePluginId: z.string().nullish(),
  shareContext: PluginShareContextSchema.nullish(),
  source: PluginSourceSchema,
  version: z.string().nullish(),
});

/** Schema of {@link T.ScheduledTaskWeekday}. */
export const ScheduledTaskWeekdaySchema = z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);

/** Schema of {@link T.ScheduledTaskSchedule}. */
export const ScheduledTaskScheduleSchema = z.discriminatedUnion('type', [
  z.looseObject({
    days: z.array(ScheduledTaskWeekdaySchema).nullish(),
    intervalHours: z.number(),
    type: z.literal('hourly'),
  }),
  z.looseObject({
    time: z.string(),
    type: z.literal('daily'),
  }),
  z.looseObject({
    time: z.string(),
    type: z.literal('weekdays'),
  }),
  z.looseObject({
    days: z.array(ScheduledTaskWeekdaySchema),
    time: z.string(),
    type: z.literal('weekly'),
  }),
]);

/** Schema of {@link T.ScheduledTaskSummary}. */
export const ScheduledTaskSummarySchema = z.looseObject({
  key: z.string(),
  name: z.string(),
  prompt: z.string(),
  schedule: ScheduledTaskScheduleSchema,
});

/** Schema of {@link T.SkillInterface}. */
export const SkillInterfaceSchema = z.looseObject({
  brandColor: z.string().nullish(),
  defaultPrompt: z.string().nullish(),
  displayName: z.string().nullish(),
  iconLarge: AbsolutePathBufSchema.nullish(),
  iconLargeUrl: z.string().nullish(),
  iconSmall: AbsolutePathBufSchema.nullish(),
  iconSmallUrl: z.string().nullish(),
  shortDescription: z.string().nullish(),
});

/** Schema of {@link T.SkillSummary}. */
export const SkillSummarySchema = z.looseObject({
  description: z.string(),
  enabled: z.boolean(),
  interface: SkillInterfaceSchema.nullish(),
  name: z.string(),
  path: LegacyAppPathStringSchema.nullish(),
  shortDescription: z.string().nullish(),
});

/** Schema of {@link T.PluginDetail}. */
export const PluginDetailSchema = z.looseObject({
  appTemplates: z.array(AppTemplateSummarySchema),
  apps: z.array(AppSummarySchema),
  description: z.string().nullish(),
  hooks: z.array(PluginHookSummarySchema),
  marketplaceName: z.string(),
  marketplacePath: AbsolutePathBufSchema.nullish(),
  mcpServers: z.array(z.string()),
  onboardingSkill: SkillSummarySchema.nullish(),
  scheduledTasks: z.array(ScheduledTaskSummarySchema).nullish(),
  shareUrl: z.string().nullish(),
  skills: z.array(SkillSummarySchema),
  summary: PluginSummarySchema,
});

/** Schema of {@link T.PluginInstallParams}. */
export const PluginInstallParamsSchema = z.looseObject({
  installAttemptId: z.string().nullish(),
  marketplacePath: AbsolutePathBufSchema.nullish(),
  pluginName: z.string(),
  remoteMarketplaceName: z.string().nullish(),
});

/** Schema of {@link T.PluginInstallResponse}. */
export const PluginInstallResponseSchema = z.looseObject({
  appsNeedingAuth: z.array(AppSummarySchema),
  authPolicy: PluginAuthPolicySchema,
});

/** Schema of {@link T.PluginInstalledParams}. */
export const PluginInstalledParamsSchema = z.looseObject({
  cwds: z.array(AbsolutePathBufSchema).nullish(),
  installSuggestionPluginNames: z.array(z.string()).nullish(),
});

/** Schema of {@link T.PluginMarketplaceEntry}. */
export const PluginMarketplaceEntrySchema = z.looseObject({
  interface: MarketplaceInterfaceSchema.nullish(),
  name: z.string(),
  path: AbsolutePathBufSchema.nullish(),
  plugins: z.array(PluginSummarySchema),
});

/** Schema of {@link T.PluginInstalledResponse}. */
export const PluginInstalledResponseSchema = z.looseObject({
  marketplaceLoadErrors: z.array(MarketplaceLoadErrorInfoSchema).optional(),
  marketplaces: z.array(PluginMarketplaceEntrySchema),
});

/** Schema of {@link T.PluginListMarketplaceKind}. */
export const PluginListMarketplaceKindSchema = z.enum(['local', 'vertical', 'workspace-directory', 'shared-with-me', 'created-by-me-remote']);

/** Schema of {@link T.PluginListParams}. */
export const PluginListParamsSchema = z.looseObject({
  cwds: z.array(AbsolutePathBufSchema).nullish(),
  forceRefetch: z.boolean().optional(),
  marketplaceKinds: z.array(PluginListMarketplaceKindSchema).nullish(),
});

/** Schema of {@link T.PluginListResponse}. */
export const PluginListResponseSchema = z.looseObject({
  featuredPluginIds: z.array(z.string()).optional(),
  marketplaceLoadErrors: z.array(MarketplaceLoadErrorInfoSchema).optional(),
  marketplaces: z.array(PluginMarketplaceEntrySchema),
});

/** Schema of {@link T.PluginReadParams}. */
export const PluginReadParamsSchema = z.looseObject({
  marketplacePath: AbsolutePathBufSchema.nullish(),
  pluginName: z.string(),
  remoteMarketplaceName: z.string().nullish(),
});

/** Schema of {@link T.PluginReadResponse}. */
export const PluginReadResponseSchema = z.looseObject({
  plugin: PluginDetailSchema,
});

/** Schema of {@link T.PluginReconcileChangedPlugin}. */
export const PluginReconcileChangedPluginSchema = z.looseObject({
  hasApps: z.boolean(),
  hasHooks: z.boolean(),
  hasMcps: z.boolean(),
  hasSkills: z.boolean(),
  id: z.string(),
});

/** Schema of {@link T.PluginReconcileParams}. */
export const PluginReconcileParamsSchema = z.looseObject({
  reason: z.string().nullish(),
});

/** Schema of {@link T.PluginReconcileResponse}. */
export const PluginReconcileResponseSchema = z.looseObject({
  changedPlugins: z.array(PluginReconcileChangedPluginSchema),
  failedMaterializationRemotePluginIds: z.array(z.string()),
  failedRemotePluginIds: z.array(z.string()),
});

/** Schema of {@link T.PluginSearchScope}. */
export const PluginSearchScopeSchema = z.enum(['global', 'workspace', 'personal']);

/** Schema of {@link T.PluginSearchParams}. */
export const PluginSearchParamsSchema = z.looseObject({
  cursor: z.string().nullish(),
  cwds: z.array(AbsolutePathBufSchema).nullish(),
  limit: z.number().nullish(),
  scope: PluginSearchScopeSchema.nullish(),
  searchTerm: z.string(),
});

/** Schema of {@link T.PluginSearchResult}. */
export const PluginSearchResultSchema = z.looseObject({
  marketplaceName: z.string(),
  marketplacePath: AbsolutePathBufSchema.nullish(),
  plugin: PluginSummarySchema,
});

/** Schema of {@link T.PluginSearchResponse}. */
export const PluginSearchResponseSchema = z.looseObject({
  data: z.array(PluginSearchResultSchema),
  nextCursor: z.string().nullish(),
});

/** Schema of {@link T.PluginShareCheckoutParams}. */
export const PluginShareCheckoutParamsSchema = z.looseObject({
  remotePluginId: z.string(),
});

/** Schema of {@link T.PluginShareCheckoutResponse}. */
export const PluginShareCheckoutResponseSchema = z.looseObject({
  marketplaceName: z.string(),
  marketplacePath: AbsolutePathBufSchema,
  pluginId: z.string(),
  pluginName: z.string(),
  pluginPath: AbsolutePathBufSchema,
  remotePluginId: z.string(),
  remoteVersion: z.string().nullish(),
});

/** Schema of {@link T.PluginShareDeleteParams}. */
export const PluginShareDeleteParamsSchema = z.looseObject({
  remotePluginId: z.string(),
});

/** Schema of {@link T.PluginShareDeleteResponse}. */
export const PluginShareDeleteResponseSchema = z.looseObject({});

/** Schema of {@link T.PluginShareListItem}. */
export const PluginShareListItemSchema = z.looseObject({
  localPluginPath: AbsolutePathBufSchema.nullish(),
  plugin: PluginSummarySchema,
});

/** Schema of {@link T.PluginShareListParams}. */
export const PluginShareListParamsSchema = z.looseObject({});

/** Schema of {@link T.PluginShareListResponse}. */
export const PluginShareListResponseSchema = z.looseObject({
  data: z.array(PluginShareListItemSchema),
});

/** Schema of {@link T.PluginShareTargetRole}. */
export const PluginShareTargetRoleSchema = z.enum(['reader', 'editor']);

/** Schema of {@link T.PluginShareTarget}. */
export const PluginShareTargetSchema = z.looseObject({
  principalId: z.string(),
  principalType: PluginSharePrincipalTypeSchema,
  role: PluginShareTargetRoleSchema,
});

/** Schema of {@link T.PluginShareSaveParams}. */
export const PluginShareSaveParamsSchema = z.looseObject({
  discoverability: PluginShareDiscoverabilitySchema.nullish(),
  pluginPath: AbsolutePathBufSchema,
  remotePluginId: z.string().nullish(),
  shareTargets: z.array(PluginShareTargetSchema).nullish(),
});

/** Schema of {@link T.PluginShareSaveResponse}. */
export const PluginShareSaveResponseSchema = z.looseObject({
  canPublishToWorkspace: z.boolean().nullish(),
  remotePluginId: z.string(),
  shareUrl: z.string(),
});

/** Schema of {@link T.PluginShareUpdateDiscoverability}. */
export const PluginShareUpdateDiscoverabilitySchema = z.enum(['UNLISTED', 'PRIVATE', 'LISTED']);

/** Schema of {@link T.PluginShareUpdateTargetsParams}. */
export const PluginShareUpdateTargetsParamsSchema = z.looseObject({
  discoverability: PluginShareUpdateDiscoverabilitySchema,
  remotePluginId: z.string(),
  shareTargets: z.array(PluginShareTargetSchema),
});

/** Schema of {@link T.PluginShareUpdateTargetsResponse}. */
export const PluginShareUpdateTargetsResponseSchema = z.looseObject({
  discoverability: PluginShareDiscoverabilitySchema,
  principals: z.array(PluginSharePrincipalSchema),
});

/** Schema of {@link T.PluginSkillReadParams}. */
export const PluginSkillReadParamsSchema = z.looseObject({
  remoteMarketplaceName: z.string(),
  remotePluginId: z.string(),
  skillName: z.string(),
});

/** Schema of {@link T.PluginSkillReadResponse}. */
export const PluginSkillReadResponseSchema = z.looseObject({
  contents: z.string().nullish(),
});

/** Schema of {@link T.PluginUninstallParams}. */
export const PluginUninstallParamsSchema = z.looseObject({
  pluginId: z.string(),
});

/** Schema of {@link T.PluginUninstallResponse}. */
export const PluginUninstallResponseSchema = z.looseObject({});

/** Schema of {@link T.ProcessExitedNotification}. */
export const ProcessExitedNotificationSchema = z.looseObject({
  exitCode: z.number(),
  outputDrainTimedOut: z.boolean().nullish(),
  processHandle: z.string(),
  stderr: z.string(),
  stderrCapReached: z.boolean(),
  stdout: z.string(),
  stdoutCapReached: z.boolean(),
});

/** Schema of {@link T.ProcessKillParams}. */
export const ProcessKillParamsSchema = z.looseObject({
  processHandle: z.string(),
});

/** Schema of {@link T.ProcessKillResponse}. */
export const ProcessKillResponseSchema = z.looseObject({});

/** Schema of {@link T.ProcessOutputStream}. */
export const ProcessOutputStreamSchema = z.enum(['stdout', 'stderr']);

/** Schema of {@link T.ProcessOutputDeltaNotification}. */
export const ProcessOutputDeltaNotificationSchema = z.looseObject({
  capReached: z.boolean(),
  deltaBase64: z.string(),
  processHandle: z.string(),
  stream: ProcessOutputStreamSchema,
});

/** Schema of {@link T.ProcessTerminalSize}. */
export const ProcessTerminalSizeSchema = z.looseObject({
  cols: z.number(),
  rows: z.number(),
});

/** Schema of {@link T.ProcessResizePtyParams}. */
export const ProcessResizePtyParamsSchema = z.looseObject({
  processHandle: z.string(),
  size: ProcessTerminalSizeSchema,
});

/** Schema of {@link T.ProcessResizePtyResponse}. */
export const ProcessResizePtyResponseSchema = z.looseObject({});

/** Schema of {@link T.ProcessSpawnParams}. */
export const ProcessSpawnParamsSchema = z.looseObject({
  command: z.array(z.string()),
  cwd: AbsolutePathBufSchema,
  env: z.record(z.string(), z.string().nullable()).nullish(),
  outputBytesCap: z.number().nullish(),
  processHandle: z.string(),
  size: ProcessTerminalSizeSchema.nullish(),
  streamStdin: z.boolean().optional(),
  streamStdoutStderr: z.boolean().optional(),
  timeoutMs: z.number().nullish(),
  tty: z.boolean().optional(),
});

/** Schema of {@link T.ProcessSpawnResponse}. */
export const ProcessSpawnResponseSchema = z.looseObject({});

/** Schema of {@link T.ProcessWriteStdinParams}. */
export const ProcessWriteStdinParamsSchema = z.looseObject({
  closeStdin: z.boolean().optional(),
  deltaBase64: z.string().nullish(),
  processHandle: z.string(),
});

/** Schema of {@link T.ProcessWriteStdinResponse}. */
export const ProcessWriteStdinResponseSchema = z.looseObject({});

/** Schema of {@link T.ProjectRoot}. */
export const ProjectRootSchema = z.looseObject({
  path: AbsolutePathBufSchema,
});

/** Schema of {@link T.Project}. */
export const ProjectSchema = z.looseObject({
  createdAt: z.number(),
  id: z.string(),
  metadata: z.record(z.string(), z.string()),
  name: z.string(),
  recencyAt: z.number().nullish(),
  roots: z.array(ProjectRootSchema),
  updatedAt: z.number(),
});

/** Schema of {@link T.ProjectChangeType}. */
export const ProjectChangeTypeSchema = z.enum(['created', 'updated', 'deleted']);

/** Schema of {@link T.ProjectChangedNotification}. */
export const ProjectChangedNotificationSchema = z.looseObject({
  changeType: ProjectChangeTypeSchema,
  projectId: z.string(),
});

/** Schema of {@link T.ProjectCreateParams}. */
export const ProjectCreateParamsSchema = z.looseObject({
  idempotencyKey: z.string(),
  metadata: z.record(z.string(), z.string()).nullish(),
  name: z.string(),
  roots: z.array(ProjectRootSchema),
});

/** Schema of {@link T.ProjectCreateResponse}. */
export const ProjectCreateResponseSchema = z.looseObject({
  project: ProjectSchema,
});

/** Schema of {@link T.ProjectDeleteParams}. */
export const ProjectDeleteParamsSchema = z.looseObject({
  projectId: z.string(),
});

/** Schema of {@link T.ProjectDeleteResponse}. */
export const ProjectDeleteResponseSchema = z.looseObject({});

/** Schema of {@link T.ProjectImportParams}. */
export const ProjectImportParamsSchema = z.looseObject({
  idempotencyKey: z.string(),
  metadata: z.record(z.string(), z.string()).nullish(),
  name: z.string(),
  roots: z.array(ProjectRootSchema),
  threads: z.array(z.string()).nullish(),
});

/** Schema of {@link T.ProjectImportResponse}. */
export const ProjectImportResponseSchema = z.looseObject({
  project: ProjectSchema,
});

/** Schema of {@link T.ProjectSortKey}. */
export const ProjectSortKeySchema = z.enum(['position', 'recencyAt']);

/** Schema of {@link T.SortDirection}. */
export const SortDirectionSchema = z.enum(['asc', 'desc']);

/** Schema of {@link T.ProjectListParams}. */
export const ProjectListParamsSchema = z.looseObject({
  cursor: z.string().nullish(),
  limit: z.number().nullish(),
  sortDirection: SortDirectionSchema.nullish(),
  sortKey: ProjectSortKeySchema.nullish(),
});

/** Schema of {@link T.ProjectListResponse}. */
export const ProjectListResponseSchema = z.looseObject({
  data: z.array(ProjectSchema),
  nextCursor: z.string().nullish(),
});

/** Schema of {@link T.ProjectMoveParams}. */
export const ProjectMoveParamsSchema = z.looseObject({
  beforeProjectId: z.string().nullish(),
  projectId: z.string(),
});

/** Schema of {@link T.ProjectMoveResponse}. */
export const ProjectMoveResponseSchema = z.looseObject({});

/** Schema of {@link T.ProjectReadParams}. */
export const ProjectReadParamsSchema = z.looseObject({
  projectId: z.string(),
});

/** Schema of {@link T.ProjectReadResponse}. */
export const ProjectReadResponseSchema = z.looseObject({
  project: ProjectSchema,
});

/** Schema of {@link T.ProjectUpdateParams}. */
export const ProjectUpdateParamsSchema = z.looseObject({
  metadata: z.record(z.string(), z.string()).nullish(),
  name: z.string().nullish(),
  projectId: z.string(),
  roots: z.array(ProjectRootSchema).nullish(),
});

/** Schema of {@link T.ProjectUpdateResponse}. */
export const ProjectUpdateResponseSchema = z.looseObject({
  project: ProjectSchema,
});

/** Schema of {@link T.QueuedSubmission}. */
export const QueuedSubmissionSchema = z.looseObject({
  clientUserMessageId: z.string(),
  id: z.string(),
  input: z.array(UserInputSchema),
  responsesapiClientMetadata: z.record(z.string(), z.string()).nullish(),
});

/** Schema of {@link T.RealtimeConversationVersion}. */
export const RealtimeConversationVersionSchema = z.enum(['v1', 'v2', 'v3']);

/** Schema of {@link T.RealtimeOutputModality}. */
export const RealtimeOutputModalitySchema = z.enum(['text', 'audio']);

/** Schema of {@link T.RealtimeVoice}. */
export const RealtimeVoiceSchema = z.enum([
  'alloy',
  'arbor',
  'ash',
  'aube',
  'ballad',
  'breeze',
  'bubbie',
  'cedar',
  'coral',
  'cove',
  'echo',
  'ember',
  'haetsal',
  'hanul',
  'himari',
  'juniper',
  'leher',
  'maple',
  'marin',
  'miko',
  'neer',
  'porto',
  'rindo',
  'rio',
  'rivage',
  'sage',
  'selva',
  'shimmer',
  'sol',
  'sonna',
  'spruce',
  'tinta',
  'vale',
  'verse',
  'viola',
]);

/** Schema of {@link T.RealtimeVoicesList}. */
export const RealtimeVoicesListSchema = z.looseObject({
  defaultV1: RealtimeVoiceSchema,
  defaultV2: RealtimeVoiceSchema,
  v1: z.array(RealtimeVoiceSchema),
  v2: z.array(RealtimeVoiceSchema),
  v3: z.array(RealtimeVoiceSchema).optional(),
});

/** Schema of {@link T.ReasoningItemContent}. */
export const ReasoningItemContentSchema = z.discriminatedUnion('type', [
  z.looseObject({
    text: z.string(),
    type: z.literal('reasoning_text'),
  }),
  z.looseObject({
    text: z.string(),
    type: z.literal('text'),
  }),
]);

/** Schema of {@link T.ReasoningItemReasoningSummary}. */
export const ReasoningItemReasoningSummarySchema = z.looseObject({
  text: z.string(),
  type: z.literal('summary_text'),
});

/** Schema of {@link T.ReasoningSummaryPartAddedNotification}. */
export const ReasoningSummaryPartAddedNotificationSchema = z.looseObject({
  itemId: z.string(),
  summaryIndex: z.number(),
  threadId: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.ReasoningSummaryTextDeltaNotification}. */
export const ReasoningSummaryTextDeltaNotificationSchema = z.looseObject({
  delta: z.string(),
  itemId: z.string(),
  summaryIndex: z.number(),
  threadId: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.ReasoningTextDeltaNotification}. */
export const ReasoningTextDeltaNotificationSchema = z.looseObject({
  contentIndex: z.number(),
  delta: z.string(),
  itemId: z.string(),
  threadId: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.RemoteControlClient}. */
export const RemoteControlClientSchema = z.looseObject({
  appVersion: z.string().nullish(),
  clientId: z.string(),
  deviceModel: z.string().nullish(),
  deviceType: z.string().nullish(),
  displayName: z.string().nullish(),
  lastSeenAt: z.number().nullish(),
  osVersion: z.string().nullish(),
  platform: z.string().nullish(),
});

/** Schema of {@link T.RemoteControlClientsListOrder}. */
export const RemoteControlClientsListOrderSchema = z.enum(['asc', 'desc']);

/** Schema of {@link T.RemoteControlClientsListParams}. */
export const RemoteControlClientsListParamsSchema = z.looseObject({
  cursor: z.string().nullish(),
  environmentId: z.string(),
  limit: z.number().nullish(),
  order: RemoteControlClientsListOrderSchema.nullish(),
});

/** Schema of {@link T.RemoteControlClientsListResponse}. */
export const RemoteControlClientsListResponseSchema = z.looseObject({
  data: z.array(RemoteControlClientSchema),
  nextCursor: z.string().nullish(),
});

/** Schema of {@link T.RemoteControlClientsRevokeParams}. */
export const RemoteControlClientsRevokeParamsSchema = z.looseObject({
  clientId: z.string(),
  environmentId: z.string(),
});

/** Schema of {@link T.RemoteControlClientsRevokeResponse}. */
export const RemoteControlClientsRevokeResponseSchema = z.looseObject({});

/** Schema of {@link T.RemoteControlConnectionStatus}. */
export const RemoteControlConnectionStatusSchema = z.enum(['disabled', 'connecting', 'connected', 'errored']);

/** Schema of {@link T.RemoteControlDisableParams}. */
export const RemoteControlDisableParamsSchema = z.looseObject({
  ephemeral: z.boolean().optional(),
});

/** Schema of {@link T.RemoteControlDisableResponse}. */
export const RemoteControlDisableResponseSchema = z.looseObject({
  environmentId: z.string().nullish(),
  installationId: z.string(),
  serverName: z.string(),
  status: RemoteControlConnectionStatusSchema,
});

/** Schema of {@link T.RemoteControlEnableParams}. */
export const RemoteControlEnableParamsSchema = z.looseObject({
  ephemeral: z.boolean().optional(),
});

/** Schema of {@link T.RemoteControlEnableResponse}. */
export const RemoteControlEnableResponseSchema = z.looseObject({
  environmentId: z.string().nullish(),
  installationId: z.string(),
  serverName: z.string(),
  status: RemoteControlConnectionStatusSchema,
});

/** Schema of {@link T.RemoteControlPairingStartParams}. */
export const RemoteControlPairingStartParamsSchema = z.looseObject({
  manualCode: z.boolean().optional(),
});

/** Schema of {@link T.RemoteControlPairingStartResponse}. */
export const RemoteControlPairingStartResponseSchema = z.looseObject({
  environmentId: z.string(),
  expiresAt: z.number(),
  manualPairingCode: z.string().nullish(),
  pairingCode: z.string(),
});

/** Schema of {@link T.RemoteControlPairingStatusParams}. */
export const RemoteControlPairingStatusParamsSchema = z.looseObject({
  manualPairingCode: z.string().nullish(),
  pairingCode: z.string().nullish(),
});

/** Schema of {@link T.RemoteControlPairingStatusResponse}. */
export const RemoteControlPairingStatusResponseSchema = z.looseObject({
  claimed: z.boolean(),
});

/** Schema of {@link T.RemoteControlStatusChangedNotification}. */
export const RemoteControlStatusChangedNotificationSchema = z.looseObject({
  environmentId: z.string().nullish(),
  installationId: z.string(),
  serverName: z.string(),
  status: RemoteControlConnectionStatusSchema,
});

/** Schema of {@link T.RemoteControlStatusReadResponse}. */
export const RemoteControlStatusReadResponseSchema = z.looseObject({
  environmentId: z.string().nullish(),
  installationId: z.string(),
  serverName: z.string(),
  status: RemoteControlConnectionStatusSchema,
});

/** Schema of {@link T.RequestId}. */
export const RequestIdSchema = z.union([z.string(), z.number()]);

/** Schema of {@link T.ResponsesApiWebSearchAction}. */
export const ResponsesApiWebSearchActionSchema = z.discriminatedUnion('type', [
  z.looseObject({
    queries: z.array(z.string()).nullish(),
    query: z.string().nullish(),
    type: z.literal('search'),
  }),
  z.looseObject({
    type: z.literal('open_page'),
    url: z.string().nullish(),
  }),
  z.looseObject({
    pattern: z.string().nullish(),
    type: z.literal('find_in_page'),
    url: z.string().nullish(),
  }),
  z.looseObject({
    type: z.literal('other'),
  }),
]);

/** Schema of {@link T.ResponseItem}. */
export const ResponseItemSchema = z.discriminatedUnion('type', [
  z.looseObject({
    id: z.string().nullish(),
    role: z.string(),
    tools: z.array(z.unknown()),
    type: z.literal('additional_tools'),
  }),
  z.looseObject({
    content: z.array(ContentItemSchema),
    encrypted_content: z.string().nullish(),
    id: z.string().nullish(),
    internal_chat_message_metadata_passthrough: InternalChatMessageMetadataPassthroughSchema.nullish(),
    phase: MessagePhaseSchema.nullish(),
    role: z.string(),
    status: z.string().nullish(),
    type: z.literal('message'),
  }),
  z.looseObject({
    author: z.string(),
    content: z.array(AgentMessageInputContentSchema),
    id: z.string().nullish(),
    internal_chat_message_metadata_passthrough: InternalChatMessageMetadataPassthroughSchema.nullish(),
    recipient: z.string(),
    type: z.literal('agent_message'),
  }),
  z.looseObject({
    content: z.array(ReasoningItemContentSchema).nullish(),
    encrypted_content: z.string().nullish(),
    id: z.string().nullish(),
    internal_chat_message_metadata_passthrough: InternalChatMessageMetadataPassthroughSchema.nullish(),
    summary: z.array(ReasoningItemReasoningSummarySchema),
    type: z.literal('reasoning'),
  }),
  z.looseObject({
    action: LocalShellActionSchema,
    call_id: z.string().nullish(),
    encrypted_content: z.string().nullish(),
    id: z.string().nullish(),
    internal_chat_message_metadata_passthrough: InternalChatMessageMetadataPassthroughSchema.nullish(),
    status: LocalShellStatusSchema,
    type: z.literal('local_shell_call'),
  }),
  z.looseObject({
    arguments: z.string(),
    call_id: z.string(),
    encrypted_content: z.string().nullish(),
    encrypted_function_args: z.array(z.string()).nullish(),
    id: z.string().nullish(),
    internal_chat_message_metadata_passthrough: InternalChatMessageMetadataPassthroughSchema.nullish(),
    name: z.string(),
    namespace: z.string().nullish(),
    status: z.string().nullish(),
    type: z.literal('function_call'),
  }),
  z.looseObject({
    arguments: z.unknown(),
    call_id: z.string().nullish(),
    encrypted_content: z.string().nullish(),
    execution: z.string(),
    id: z.string().nullish(),
    internal_chat_message_metadata_passthrough: InternalChatMessageMetadataPassthroughSchema.nullish(),
    status: z.string().nullish(),
    type: z.literal('tool_search_call'),
  }),
  z.looseObject({
    call_id: z.string().nullish(),
    id: z.string().nullish(),
    internal_chat_message_metadata_passthrough: InternalChatMessageMetadataPassthroughSchema.nullish(),
    name: z.string().nullish(),
    namespace: z.string().nullish(),
    output: FunctionCallOutputBodySchema,
    type: z.literal('function_call_output'),
  }),
  z.looseObject({
    call_id: z.string(),
    encrypted_content: z.string().nullish(),
    id: z.string().nullish(),
    input: z.string(),
    internal_chat_message_metadata_passthrough: InternalChatMessageMetadataPassthroughSchema.nullish(),
    name: z.string(),
    namespace: z.string().nullish(),
    status: z.string().nullish(),
    type: z.literal('custom_tool_call'),
  }),
  z.looseObject({
    call_id: z.string(),
    id: z.string().nullish(),
    internal_chat_message_metadata_passthrough: InternalChatMessageMetadataPassthroughSchema.nullish(),
    name: z.string().nullish(),
    output: FunctionCallOutputBodySchema,
    type: z.literal('custom_tool_call_output'),
  }),
  z.looseObject({
    call_id: z.string().nullish(),
    execution: z.string(),
    id: z.string().nullish(),
    internal_chat_message_metadata_passthrough: InternalChatMessageMetadataPassthroughSchema.nullish(),
    status: z.string(),
    tools: z.array(z.unknown()),
    type: z.literal('tool_search_output'),
  }),
  z.looseObject({
    action: ResponsesApiWebSearchActionSchema.nullish(),
    encrypted_content: z.string().nullish(),
    id: z.string().nullish(),
    internal_chat_message_metadata_passthrough: InternalChatMessageMetadataPassthroughSchema.nullish(),
    status: z.string().nullish(),
    type: z.literal('web_search_call'),
  }),
  z.looseObject({
    encrypted_content: z.string().nullish(),
    id: z.string().nullish(),
    internal_chat_message_metadata_passthrough: InternalChatMessageMetadataPassthroughSchema.nullish(),
    result: z.string(),
    revised_prompt: z.string().nullish(),
    status: z.string(),
    type: z.literal('image_generation_call'),
  }),
  z.looseObject({
    encrypted_content: z.string(),
    id: z.string().nullish(),
    internal_chat_message_metadata_passthrough: InternalChatMessageMetadataPassthroughSchema.nullish(),
    type: z.literal('compaction'),
  }),
  z.looseObject({
    reasoning: ConfigurationReasoningSchema,
    type: z.literal('configuration_update'),
  }),
  z.looseObject({
    type: z.literal('compaction_trigger'),
  }),
  z.looseObject({
    encrypted_content: z.string().nullish(),
    id: z.string().nullish(),
    internal_chat_message_metadata_passthrough: InternalChatMessageMetadataPassthroughSchema.nullish(),
    type: z.literal('context_compaction'),
  }),
  z.looseObject({
    type: z.literal('other'),
  }),
]);

/** Schema of {@link T.ReviewDelivery}. */
export const ReviewDeliverySchema = z.literal('inline');

/** Schema of {@link T.ReviewTarget}. */
export const ReviewTargetSchema = z.discriminatedUnion('type', [
  z.looseObject({
    type: z.literal('uncommittedChanges'),
  }),
  z.looseObject({
    branch: z.string(),
    type: z.literal('baseBranch'),
  }),
  z.looseObject({
    sha: z.string(),
    title: z.string().nullish(),
    type: z.literal('commit'),
  }),
  z.looseObject({
    instructions: z.string(),
    type: z.literal('custom'),
  }),
]);

/** Schema of {@link T.ReviewStartParams}. */
export const ReviewStartParamsSchema = z.looseObject({
  delivery: ReviewDeliverySchema.nullish(),
  target: ReviewTargetSchema,
  threadId: z.string(),
});

/** Schema of {@link T.TurnItemsView}. */
export const TurnItemsViewSchema = z.enum(['notLoaded', 'summary', 'full']);

/** Schema of {@link T.TurnStatus}. */
export const TurnStatusSchema = z.enum(['completed', 'interrupted', 'failed', 'inProgress']);

/** Schema of {@link T.Turn}. */
export const TurnSchema = z.looseObject({
  completedAt: z.number().nullish(),
  durationMs: z.number().nullish(),
  error: TurnErrorSchema.nullish(),
  id: z.string(),
  items: z.array(ThreadItemSchema),
  itemsView: TurnItemsViewSchema.optional(),
  rootTurnId: z.string().nullish(),
  startedAt: z.number().nullish(),
  status: TurnStatusSchema,
});

/** Schema of {@link T.ReviewStartResponse}. */
export const ReviewStartResponseSchema = z.looseObject({
  reviewThreadId: z.string(),
  turn: TurnSchema,
});

/** Schema of {@link T.RolloutCompressResponse}. */
export const RolloutCompressResponseSchema = z.looseObject({});

/** Schema of {@link T.SelectedCapabilityRoot}. */
export const SelectedCapabilityRootSchema = z.looseObject({
  id: z.string(),
  location: CapabilityRootLocationSchema,
});

/** Schema of {@link T.SendAddCreditsNudgeEmailParams}. */
export const SendAddCreditsNudgeEmailParamsSchema = z.looseObject({
  creditType: AddCreditsNudgeCreditTypeSchema,
});

/** Schema of {@link T.SendAddCreditsNudgeEmailResponse}. */
export const SendAddCreditsNudgeEmailResponseSchema = z.looseObject({
  status: AddCreditsNudgeEmailStatusSchema,
});

/** Schema of {@link T.ServerDiagnosticsGauge}. */
export const ServerDiagnosticsGaugeSchema = z.looseObject({
  name: z.string(),
  value: z.number(),
});

/** Schema of {@link T.ServerDiagnosticsParams}. */
export const ServerDiagnosticsParamsSchema = z.looseObject({});

/** Schema of {@link T.ServerDiagnosticsProcess}. */
export const ServerDiagnosticsProcessSchema = z.looseObject({
  id: z.number(),
  physicalFootprintBytes: z.number().nullish(),
  residentMemoryBytes: z.number().nullish(),
});

/** Schema of {@link T.ServerDiagnosticsResponse}. */
export const ServerDiagnosticsResponseSchema = z.looseObject({
  gauges: z.array(ServerDiagnosticsGaugeSchema),
  process: ServerDiagnosticsProcessSchema,
});

/** Schema of {@link T.ServerRequestResolvedNotification}. */
export const ServerRequestResolvedNotificationSchema = z.looseObject({
  requestId: RequestIdSchema,
  threadId: z.string(),
});

/** Schema of {@link T.SubAgentSource}. */
export const SubAgentSourceSchema = z.union([
  z.enum(['review', 'compact', 'memory_consolidation']),
  z.looseObject({
    thread_spawn: z.looseObject({
      agent_nickname: z.string().nullish(),
      agent_path: AgentPathSchema.nullish(),
      agent_role: z.string().nullish(),
      depth: z.number(),
      parent_thread_id: ThreadIdSchema,
    }),
  }),
  z.looseObject({
    other: z.string(),
  }),
]);

/** Schema of {@link T.SessionSource}. */
export const SessionSourceSchema = z.union([
  z.enum(['cli', 'vscode', 'exec', 'appServer', 'unknown']),
  z.looseObject({
    custom: z.string(),
  }),
  z.looseObject({
    subAgent: SubAgentSourceSchema,
  }),
]);

/** Schema of {@link T.SkillToolDependency}. */
export const SkillToolDependencySchema = z.looseObject({
  command: z.string().nullish(),
  description: z.string().nullish(),
  transport: z.string().nullish(),
  type: z.string(),
  url: z.string().nullish(),
  value: z.string(),
});

/** Schema of {@link T.SkillDependencies}. */
export const SkillDependenciesSchema = z.looseObject({
  tools: z.array(SkillToolDependencySchema),
});

/** Schema of {@link T.SkillErrorInfo}. */
export const SkillErrorInfoSchema = z.looseObject({
  message: z.string(),
  path: z.string(),
});

/** Schema of {@link T.SkillScope}. */
export const SkillScopeSchema = z.enum(['user', 'repo', 'system', 'admin']);

/** Schema of {@link T.SkillMetadata}. */
export const SkillMetadataSchema = z.looseObject({
  dependencies: SkillDependenciesSchema.nullish(),
  description: z.string(),
  enabled: z.boolean(),
  interface: SkillInterfaceSchema.nullish(),
  name: z.string(),
  path: LegacyAppPathStringSchema,
  pluginId: z.string().nullish(),
  scope: SkillScopeSchema,
  shortDescription: z.string().nullish(),
});

/** Schema of {@link T.SkillsChangedNotification}. */
export const SkillsChangedNotificationSchema = z.looseObject({});

/** Schema of {@link T.SkillsConfigWriteParams}. */
export const SkillsConfigWriteParamsSchema = z.looseObject({
  enabled: z.boolean(),
  name: z.string().nullish(),
  path: AbsolutePathBufSchema.nullish(),
});

/** Schema of {@link T.SkillsConfigWriteResponse}. */
export const SkillsConfigWriteResponseSchema = z.looseObject({
  effectiveEnabled: z.boolean(),
});

/** Schema of {@link T.SkillsExtraRootsSetParams}. */
export const SkillsExtraRootsSetParamsSchema = z.looseObject({
  extraRoots: z.array(AbsolutePathBufSchema),
});

/** Schema of {@link T.SkillsExtraRootsSetResponse}. */
export const SkillsExtraRootsSetResponseSchema = z.looseObject({});

/** Schema of {@link T.SkillsListEntry}. */
export const SkillsListEntrySchema = z.looseObject({
  cwd: z.string(),
  errors: z.array(SkillErrorInfoSchema),
  skills: z.array(SkillMetadataSchema),
});

/** Schema of {@link T.SkillsListParams}. */
export const SkillsListParamsSchema = z.looseObject({
  cwds: z.array(z.string()).optional(),
  forceReload: z.boolean().optional(),
});

/** Schema of {@link T.SkillsListResponse}. */
export const SkillsListResponseSchema = z.looseObject({
  data: z.array(SkillsListEntrySchema),
});

/** Schema of {@link T.StrictReviewRequiredNotification}. */
export const StrictReviewRequiredNotificationSchema = z.looseObject({
  startedAtMs: z.number(),
  threadId: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.TerminalInteractionNotification}. */
export const TerminalInteractionNotificationSchema = z.looseObject({
  itemId: z.string(),
  processId: z.string(),
  stdin: z.string(),
  threadId: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.ThreadEnvironment}. */
export const ThreadEnvironmentSchema = z.looseObject({
  cwd: LegacyAppPathStringSchema,
  environmentId: z.string(),
  runtimeWorkspaceRoots: z.array(LegacyAppPathStringSchema),
});

/** Schema of {@link T.ThreadExtra}. */
export const ThreadExtraSchema = z.looseObject({});

/** Schema of {@link T.ThreadHistoryMode}. */
export const ThreadHistoryModeSchema = z.enum(['legacy', 'paginated']);

/** Schema of {@link T.ThreadSectionAppearance}. */
export const ThreadSectionAppearanceSchema = z.looseObject({
  color: z.string().nullish(),
  icon: z.string().nullish(),
});

/** Schema of {@link T.ThreadSection}. */
export const ThreadSectionSchema = z.looseObject({
  appearance: ThreadSectionAppearanceSchema.nullish(),
  id: z.string(),
  name: z.string(),
});

/** Schema of {@link T.ThreadSource}. */
export const ThreadSourceSchema = z.string();

/** Schema of {@link T.ThreadActiveFlag}. */
export const ThreadActiveFlagSchema = z.enum(['waitingOnApproval', 'waitingOnUserInput']);

/** Schema of {@link T.ThreadStatus}. */
export const ThreadStatusSchema = z.discriminatedUnion('type', [
  z.looseObject({
    type: z.literal('notLoaded'),
  }),
  z.looseObject({
    type: z.literal('idle'),
  }),
  z.looseObject({
    type: z.literal('systemError'),
  }),
  z.looseObject({
    activeFlags: z.array(ThreadActiveFlagSchema),
    type: z.literal('active'),
  }),
]);

/** Schema of {@link T.Thread}. */
export const ThreadSchema = z.looseObject({
  agentNickname: z.string().nullish(),
  agentRole: z.string().nullish(),
  attachedToThreadId: z.string().nullish(),
  canAcceptDirectInput: z.boolean().nullish(),
  cliVersion: z.string(),
  createdAt: z.number(),
  cwd: AbsolutePathBufSchema,
  daybreakEnabled: z.boolean().nullish(),
  environments: z.array(ThreadEnvironmentSchema).nullish(),
  ephemeral: z.boolean(),
  extra: ThreadExtraSchema.nullish(),
  forkedFromId: z.string().nullish(),
  gitInfo: GitInfoSchema.nullish(),
  historyMode: ThreadHistoryModeSchema.optional(),
  id: z.string(),
  model: z.string().nullish(),
  modelProvider: z.string(),
  name: z.string().nullish(),
  originator: z.string().nullish(),
  parentThreadId: z.string().nullish(),
  path: z.string().nullish(),
  preview: z.string(),
  projectId: z.string().nullable(),
  reasoningEffort: ReasoningEffortSchema.nullish(),
  recencyAt: z.number().nullish(),
  section: ThreadSectionSchema.nullish(),
  sectionEnteredAt: z.number().nullish(),
  sessionId: z.string(),
  source: SessionSourceSchema,
  status: ThreadStatusSchema,
  threadSource: ThreadSourceSchema.nullish(),
  turns: z.array(TurnSchema),
  updatedAt: z.number(),
});

/** Schema of {@link T.ThreadApproveGuardianDeniedActionParams}. */
export const ThreadApproveGuardianDeniedActionParamsSchema = z.looseObject({
  event: z.unknown(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadApproveGuardianDeniedActionResponse}. */
export const ThreadApproveGuardianDeniedActionResponseSchema = z.looseObject({});

/** Schema of {@link T.ThreadArchiveParams}. */
export const ThreadArchiveParamsSchema = z.looseObject({
  threadId: z.string(),
});

/** Schema of {@link T.ThreadArchiveResponse}. */
export const ThreadArchiveResponseSchema = z.looseObject({});

/** Schema of {@link T.ThreadArchivedNotification}. */
export const ThreadArchivedNotificationSchema = z.looseObject({
  threadId: z.string(),
});

/** Schema of {@link T.ThreadAttachment}. */
export const ThreadAttachmentSchema = z.looseObject({
  attachmentType: z.string(),
  createdAt: z.number(),
  id: z.string(),
  identityKey: z.string(),
  payload: z.unknown(),
});

/** Schema of {@link T.ThreadAttachmentAddOutcome}. */
export const ThreadAttachmentAddOutcomeSchema = z.enum(['created', 'existing']);

/** Schema of {@link T.ThreadAttachmentAddParams}. */
export const ThreadAttachmentAddParamsSchema = z.looseObject({
  attachmentType: z.string(),
  identityKey: z.string(),
  payload: z.unknown(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadAttachmentAddResponse}. */
export const ThreadAttachmentAddResponseSchema = z.looseObject({
  attachment: ThreadAttachmentSchema,
  outcome: ThreadAttachmentAddOutcomeSchema,
});

/** Schema of {@link T.ThreadAttachmentListParams}. */
export const ThreadAttachmentListParamsSchema = z.looseObject({
  cursor: z.string().nullish(),
  limit: z.number().nullish(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadAttachmentListResponse}. */
export const ThreadAttachmentListResponseSchema = z.looseObject({
  data: z.array(ThreadAttachmentSchema),
  nextCursor: z.string().nullish(),
});

/** Schema of {@link T.ThreadAttachmentOperation}. */
export const ThreadAttachmentOperationSchema = z.enum(['created', 'deleted']);

/** Schema of {@link T.ThreadAttachmentOwner}. */
export const ThreadAttachmentOwnerSchema = z.looseObject({
  archived: z.boolean(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadAttachmentOwnerListParams}. */
export const ThreadAttachmentOwnerListParamsSchema = z.looseObject({
  archived: z.boolean().nullish(),
  attachmentType: z.string(),
  cursor: z.string().nullish(),
  identityKey: z.string(),
  limit: z.number().nullish(),
});

/** Schema of {@link T.ThreadAttachmentOwnerListResponse}. */
export const ThreadAttachmentOwnerListResponseSchema = z.looseObject({
  data: z.array(ThreadAttachmentOwnerSchema),
  nextCursor: z.string().nullish(),
});

/** Schema of {@link T.ThreadAttachmentRemoveParams}. */
export const ThreadAttachmentRemoveParamsSchema = z.looseObject({
  attachmentType: z.string(),
  identityKey: z.string(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadAttachmentRemoveResponse}. */
export const ThreadAttachmentRemoveResponseSchema = z.looseObject({});

/** Schema of {@link T.ThreadAttachmentUpdatedNotification}. */
export const ThreadAttachmentUpdatedNotificationSchema = z.looseObject({
  attachmentId: z.string(),
  attachmentType: z.string(),
  identityKey: z.string(),
  operation: ThreadAttachmentOperationSchema,
  threadId: z.string(),
});

/** Schema of {@link T.ThreadBackgroundTerminal}. */
export const ThreadBackgroundTerminalSchema = z.looseObject({
  command: z.string(),
  cpuPercent: z.number().nullish(),
  cwd: LegacyAppPathStringSchema,
  itemId: z.string(),
  osPid: z.number().nullish(),
  processId: z.string(),
  rssKb: z.number().nullish(),
});

/** Schema of {@link T.ThreadBackgroundTerminalsCleanParams}. */
export const ThreadBackgroundTerminalsCleanParamsSchema = z.looseObject({
  threadId: z.string(),
});

/** Schema of {@link T.ThreadBackgroundTerminalsCleanResponse}. */
export const ThreadBackgroundTerminalsCleanResponseSchema = z.looseObject({});

/** Schema of {@link T.ThreadBackgroundTerminalsListParams}. */
export const ThreadBackgroundTerminalsListParamsSchema = z.looseObject({
  cursor: z.string().nullish(),
  limit: z.number().nullish(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadBackgroundTerminalsListResponse}. */
export const ThreadBackgroundTerminalsListResponseSchema = z.looseObject({
  data: z.array(ThreadBackgroundTerminalSchema),
  nextCursor: z.string().nullish(),
});

/** Schema of {@link T.ThreadBackgroundTerminalsTerminateParams}. */
export const ThreadBackgroundTerminalsTerminateParamsSchema = z.looseObject({
  processId: z.string(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadBackgroundTerminalsTerminateResponse}. */
export const ThreadBackgroundTerminalsTerminateResponseSchema = z.looseObject({
  terminated: z.boolean(),
});

/** Schema of {@link T.ThreadClosedNotification}. */
export const ThreadClosedNotificationSchema = z.looseObject({
  threadId: z.string(),
});

/** Schema of {@link T.ThreadCompactStartParams}. */
export const ThreadCompactStartParamsSchema = z.looseObject({
  threadId: z.string(),
});

/** Schema of {@link T.ThreadCompactStartResponse}. */
export const ThreadCompactStartResponseSchema = z.looseObject({});

/** Schema of {@link T.ThreadDecrementElicitationParams}. */
export const ThreadDecrementElicitationParamsSchema = z.looseObject({
  threadId: z.string(),
});

/** Schema of {@link T.ThreadDecrementElicitationResponse}. */
export const ThreadDecrementElicitationResponseSchema = z.looseObject({
  count: z.number(),
  paused: z.boolean(),
});

/** Schema of {@link T.ThreadDeleteParams}. */
export const ThreadDeleteParamsSchema = z.looseObject({
  threadId: z.string(),
});

/** Schema of {@link T.ThreadDeleteResponse}. */
export const ThreadDeleteResponseSchema = z.looseObject({});

/** Schema of {@link T.ThreadDeletedNotification}. */
export const ThreadDeletedNotificationSchema = z.looseObject({
  threadId: z.string(),
});

/** Schema of {@link T.ThreadForkParams}. */
export const ThreadForkParamsSchema = z.looseObject({
  approvalPolicy: AskForApprovalSchema.nullish(),
  approvalsReviewer: ApprovalsReviewerSchema.nullish(),
  attachToSource: z.boolean().optional(),
  baseInstructions: z.string().nullish(),
  beforeTurnId: z.string().nullish(),
  config: z.looseObject({}).nullish(),
  cwd: z.string().nullish(),
  deferGoalContinuation: z.boolean().optional(),
  developerInstructions: z.string().nullish(),
  ephemeral: z.boolean().optional(),
  excludeTurns: z.boolean().optional(),
  experimentalDisablePredictionMcp: z.boolean().optional(),
  experimentalPredictionMode: z.boolean().optional(),
  lastTurnId: z.string().nullish(),
  model: z.string().nullish(),
  modelProvider: z.string().nullish(),
  path: z.string().nullish(),
  permissions: z.string().nullish(),
  runtimeWorkspaceRoots: z.array(AbsolutePathBufSchema).nullish(),
  sandbox: SandboxModeSchema.nullish(),
  serviceTier: z.string().nullish(),
  threadId: z.string(),
  threadSource: ThreadSourceSchema.nullish(),
});

/** Schema of {@link T.ThreadForkResponse}. */
export const ThreadForkResponseSchema = z.looseObject({
  activePermissionProfile: ActivePermissionProfileSchema.nullish(),
  approvalPolicy: AskForApprovalSchema,
  approvalsReviewer: ApprovalsReviewerSchema,
  cwd: AbsolutePathBufSchema,
  disabledPluginIds: z.array(z.string()).optional(),
  instructionSources: z.array(LegacyAppPathStringSchema).optional(),
  model: z.string(),
  modelProvider: z.string(),
  multiAgentMode: MultiAgentModeSchema.optional(),
  reasoningEffort: ReasoningEffortSchema.nullish(),
  runtimeWorkspaceRoots: z.array(AbsolutePathBufSchema).optional(),
  sandbox: SandboxPolicySchema,
  serviceTier: z.string().nullish(),
  thread: ThreadSchema,
});

/** Schema of {@link T.ThreadGoalStatus}. */
export const ThreadGoalStatusSchema = z.enum(['active', 'paused', 'blocked', 'usageLimited', 'budgetLimited', 'complete']);

/** Schema of {@link T.ThreadGoal}. */
export const ThreadGoalSchema = z.looseObject({
  createdAt: z.number(),
  objective: z.string(),
  status: ThreadGoalStatusSchema,
  threadId: z.string(),
  timeUsedSeconds: z.number(),
  tokenBudget: z.number().nullish(),
  tokensUsed: z.number(),
  updatedAt: z.number(),
});

/** Schema of {@link T.ThreadGoalMutationOrigin}. */
export const ThreadGoalMutationOriginSchema = z.enum(['user', 'automatic']);

/** Schema of {@link T.ThreadGoalClearParams}. */
export const ThreadGoalClearParamsSchema = z.looseObject({
  origin: ThreadGoalMutationOriginSchema.nullish(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadGoalClearResponse}. */
export const ThreadGoalClearResponseSchema = z.looseObject({
  cleared: z.boolean(),
});

/** Schema of {@link T.ThreadGoalClearedNotification}. */
export const ThreadGoalClearedNotificationSchema = z.looseObject({
  threadId: z.string(),
});

/** Schema of {@link T.ThreadGoalGetParams}. */
export const ThreadGoalGetParamsSchema = z.looseObject({
  threadId: z.string(),
});

/** Schema of {@link T.ThreadGoalGetResponse}. */
export const ThreadGoalGetResponseSchema = z.looseObject({
  goal: ThreadGoalSchema.nullish(),
});

/** Schema of {@link T.ThreadGoalSetParams}. */
export const ThreadGoalSetParamsSchema = z.looseObject({
  objective: z.string().nullish(),
  origin: ThreadGoalMutationOriginSchema.nullish(),
  status: ThreadGoalStatusSchema.nullish(),
  threadId: z.string(),
  tokenBudget: z.number().nullish(),
});

/** Schema of {@link T.ThreadGoalSetResponse}. */
export const ThreadGoalSetResponseSchema = z.looseObject({
  goal: ThreadGoalSchema,
});

/** Schema of {@link T.ThreadGoalUpdatedNotification}. */
export const ThreadGoalUpdatedNotificationSchema = z.looseObject({
  goal: ThreadGoalSchema,
  threadId: z.string(),
  turnId: z.string().nullish(),
});

/** Schema of {@link T.ThreadGuardianAssessment}. */
export const ThreadGuardianAssessmentSchema = z.looseObject({
  outcome: GuardianAssessmentOutcomeSchema,
  rationale: z.string(),
  riskLevel: GuardianRiskLevelSchema,
  userAuthorization: GuardianUserAuthorizationSchema,
});

/** Schema of {@link T.ThreadGuardianReviewParams}. */
export const ThreadGuardianReviewParamsSchema = z.looseObject({
  threadId: z.string(),
});

/** Schema of {@link T.ThreadGuardianReviewResponse}. */
export const ThreadGuardianReviewResponseSchema = z.looseObject({
  assessment: ThreadGuardianAssessmentSchema.nullish(),
  callId: z.string(),
});

/** Schema of {@link T.ThreadIncrementElicitationParams}. */
export const ThreadIncrementElicitationParamsSchema = z.looseObject({
  threadId: z.string(),
});

/** Schema of {@link T.ThreadIncrementElicitationResponse}. */
export const ThreadIncrementElicitationResponseSchema = z.looseObject({
  count: z.number(),
  paused: z.boolean(),
});

/** Schema of {@link T.ThreadInjectItemsParams}. */
export const ThreadInjectItemsParamsSchema = z.looseObject({
  items: z.array(z.unknown()),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadInjectItemsResponse}. */
export const ThreadInjectItemsResponseSchema = z.looseObject({});

/** Schema of {@link T.ThreadItemEntry}. */
export const ThreadItemEntrySchema = z.looseObject({
  completedAtMs: z.number().nullish(),
  item: ThreadItemSchema,
  outputDeferred: z.boolean().optional(),
  startedAtMs: z.number().nullish(),
  turnId: z.string(),
});

/** Schema of {@link T.ThreadItemOutputDeferral}. */
export const ThreadItemOutputDeferralSchema = z.looseObject({
  commandExecution: z.boolean().optional(),
  mcpToolCall: z.boolean().optional(),
});

/** Schema of {@link T.ThreadItemsListAnchor}. */
export const ThreadItemsListAnchorSchema = z.looseObject({
  itemId: z.string(),
  type: z.literal('item'),
});

/** Schema of {@link T.ThreadItemsListCursor}. */
export const ThreadItemsListCursorSchema = z.union([z.string(), ThreadItemsListAnchorSchema]);

/** Schema of {@link T.ThreadItemsListParams}. */
export const ThreadItemsListParamsSchema = z.looseObject({
  cursor: ThreadItemsListCursorSchema.nullish(),
  deferOutput: ThreadItemOutputDeferralSchema.nullish(),
  limit: z.number().nullish(),
  sortDirection: SortDirectionSchema.nullish(),
  threadId: z.string(),
  turnId: z.string().nullish(),
});

/** Schema of {@link T.ThreadItemsListResponse}. */
export const ThreadItemsListResponseSchema = z.looseObject({
  backwardsCursor: z.string().nullish(),
  data: z.array(ThreadItemEntrySchema),
  nextCursor: z.string().nullish(),
});

/** Schema of {@link T.ThreadItemsReadParams}. */
export const ThreadItemsReadParamsSchema = z.looseObject({
  itemIds: z.array(z.string()),
  threadId: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.ThreadItemsReadResponse}. */
export const ThreadItemsReadResponseSchema = z.looseObject({
  data: z.array(ThreadItemEntrySchema),
});

/** Schema of {@link T.ThreadListCwdFilter}. */
export const ThreadListCwdFilterSchema = z.union([z.string(), z.array(z.string())]);

/** Schema of {@link T.ThreadSortKey}. */
export const ThreadSortKeySchema = z.enum(['created_at', 'updated_at', 'recency_at', 'section_position']);

/** Schema of {@link T.ThreadSourceKind}. */
export const ThreadSourceKindSchema = z.enum([
  'cli',
  'vscode',
  'exec',
  'appServer',
  'subAgent',
  'subAgentReview',
  'subAgentCompact',
  'subAgentThreadSpawn',
  'subAgentOther',
  'unknown',
]);

/** Schema of {@link T.ThreadListParams}. */
export const ThreadListParamsSchema = z.looseObject({
  ancestorThreadId: z.string().nullish(),
  archived: z.boolean().nullish(),
  attachedToThreadId: z.string().nullish(),
  currentAccountOnly: z.boolean().optional(),
  cursor: z.string().nullish(),
  cwd: ThreadListCwdFilterSchema.nullish(),
  excludedThreadIds: z.array(z.string()).nullish(),
  includeAttachedThreads: z.boolean().optional(),
  includedThreadIds: z.array(z.string()).nullish(),
  limit: z.number().nullish(),
  modelProviders: z.array(z.string()).nullish(),
  originators: z.array(z.string()).nullish(),
  parentThreadId: z.string().nullish(),
  projectId: z.string().nullish(),
  searchTerm: z.string().nullish(),
  sectionId: z.string().nullish(),
  sortDirection: SortDirectionSchema.nullish(),
  sortKey: ThreadSortKeySchema.nullish(),
  sourceKinds: z.array(ThreadSourceKindSchema).nullish(),
  useStateDbOnly: z.boolean().optional(),
});

/** Schema of {@link T.ThreadUnreadPosition}. */
export const ThreadUnreadPositionSchema = z.discriminatedUnion('type', [
  z.looseObject({
    type: z.literal('threadStart'),
  }),
  z.looseObject({
    turnId: z.string(),
    type: z.literal('turn'),
  }),
]);

/** Schema of {@link T.ThreadReadState}. */
export const ThreadReadStateSchema = z.looseObject({
  firstUnread: ThreadUnreadPositionSchema.nullish(),
  revision: z.string(),
});

/** Schema of {@link T.ThreadListResponse}. */
export const ThreadListResponseSchema = z.looseObject({
  backwardsCursor: z.string().nullish(),
  data: z.array(ThreadSchema),
  nextCursor: z.string().nullish(),
  readStates: z.record(z.string(), ThreadReadStateSchema).nullish(),
});

/** Schema of {@link T.ThreadLoadedListParams}. */
export const ThreadLoadedListParamsSchema = z.looseObject({
  cursor: z.string().nullish(),
  limit: z.number().nullish(),
});

/** Schema of {@link T.ThreadLoadedListResponse}. */
export const ThreadLoadedListResponseSchema = z.looseObject({
  data: z.array(z.string()),
  nextCursor: z.string().nullish(),
});

/** Schema of {@link T.ThreadMemoryMode}. */
export const ThreadMemoryModeSchema = z.enum(['enabled', 'disabled']);

/** Schema of {@link T.ThreadMemoryModeSetParams}. */
export const ThreadMemoryModeSetParamsSchema = z.looseObject({
  mode: ThreadMemoryModeSchema,
  threadId: z.string(),
});

/** Schema of {@link T.ThreadMemoryModeSetResponse}. */
export const ThreadMemoryModeSetResponseSchema = z.looseObject({});

/** Schema of {@link T.ThreadMemoryReadParams}. */
export const ThreadMemoryReadParamsSchema = z.looseObject({
  threadId: z.string(),
});

/** Schema of {@link T.ThreadMemoryReadResponse}. */
export const ThreadMemoryReadResponseSchema = z.looseObject({
  summary: z.string().nullish(),
});

/** Schema of {@link T.ThreadMetadataGitInfoUpdateParams}. */
export const ThreadMetadataGitInfoUpdateParamsSchema = z.looseObject({
  branch: z.string().nullish(),
  originUrl: z.string().nullish(),
  sha: z.string().nullish(),
});

/** Schema of {@link T.ThreadMetadataUpdateParams}. */
export const ThreadMetadataUpdateParamsSchema = z.looseObject({
  daybreakEnabled: z.boolean().nullish(),
  gitInfo: ThreadMetadataGitInfoUpdateParamsSchema.nullish(),
  projectId: z.string().nullish(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadMetadataUpdateResponse}. */
export const ThreadMetadataUpdateResponseSchema = z.looseObject({
  thread: ThreadSchema,
});

/** Schema of {@link T.ThreadNameUpdatedNotification}. */
export const ThreadNameUpdatedNotificationSchema = z.looseObject({
  threadId: z.string(),
  threadName: z.string().nullish(),
});

/** Schema of {@link T.ThreadPredictionRequestParams}. */
export const ThreadPredictionRequestParamsSchema = z.looseObject({
  sourceTurnId: z.string(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadPredictionRequestResponse}. */
export const ThreadPredictionRequestResponseSchema = z.looseObject({});

/** Schema of {@link T.ThreadPredictionResult}. */
export const ThreadPredictionResultSchema = z.discriminatedUnion('type', [
  z.looseObject({
    text: z.string().nullish(),
    type: z.literal('completed'),
  }),
  z.looseObject({
    type: z.literal('failed'),
  }),
]);

/** Schema of {@link T.ThreadPredictionUpdatedNotification}. */
export const ThreadPredictionUpdatedNotificationSchema = z.looseObject({
  result: ThreadPredictionResultSchema,
  sourceTurnId: z.string(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadPrepareApprovedPlanParams}. */
export const ThreadPrepareApprovedPlanParamsSchema = z.looseObject({
  attachmentPath: z.string().nullish(),
  markdown: z.string(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadPrepareApprovedPlanResponse}. */
export const ThreadPrepareApprovedPlanResponseSchema = z.looseObject({
  prompt: z.string(),
});

/** Schema of {@link T.ThreadProjectUpdatedNotification}. */
export const ThreadProjectUpdatedNotificationSchema = z.looseObject({
  projectId: z.string().nullable(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadQueueAddParams}. */
export const ThreadQueueAddParamsSchema = z.looseObject({
  clientUserMessageId: z.string(),
  input: z.array(UserInputSchema),
  responsesapiClientMetadata: z.record(z.string(), z.string()).nullish(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadQueueAddResponse}. */
export const ThreadQueueAddResponseSchema = z.looseObject({
  queuedSubmission: QueuedSubmissionSchema,
});

/** Schema of {@link T.ThreadQueueChangedNotification}. */
export const ThreadQueueChangedNotificationSchema = z.looseObject({
  threadId: z.string(),
});

/** Schema of {@link T.ThreadQueueDeleteParams}. */
export const ThreadQueueDeleteParamsSchema = z.looseObject({
  queuedSubmissionId: z.string(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadQueueDeleteResponse}. */
export const ThreadQueueDeleteResponseSchema = z.looseObject({
  deleted: z.boolean(),
});

/** Schema of {@link T.ThreadQueueListParams}. */
export const ThreadQueueListParamsSchema = z.looseObject({
  cursor: z.string().nullish(),
  limit: z.number().nullish(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadQueueListResponse}. */
export const ThreadQueueListResponseSchema = z.looseObject({
  data: z.array(QueuedSubmissionSchema),
  nextCursor: z.string().nullish(),
});

/** Schema of {@link T.ThreadQueueReorderParams}. */
export const ThreadQueueReorderParamsSchema = z.looseObject({
  queuedSubmissionIds: z.array(z.string()),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadQueueReorderResponse}. */
export const ThreadQueueReorderResponseSchema = z.looseObject({});

/** Schema of {@link T.ThreadQueueStartParams}. */
export const ThreadQueueStartParamsSchema = z.looseObject({
  queuedSubmissionId: z.string().nullish(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadQueueStartResponse}. */
export const ThreadQueueStartResponseSchema = z.looseObject({
  turn: TurnSchema,
});

/** Schema of {@link T.ThreadQueueUpdateParams}. */
export const ThreadQueueUpdateParamsSchema = z.looseObject({
  input: z.array(UserInputSchema),
  queuedSubmissionId: z.string(),
  responsesapiClientMetadata: z.record(z.string(), z.string()).nullish(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadQueueUpdateResponse}. */
export const ThreadQueueUpdateResponseSchema = z.looseObject({
  queuedSubmission: QueuedSubmissionSchema,
});

/** Schema of {@link T.ThreadReadParams}. */
export const ThreadReadParamsSchema = z.looseObject({
  includeTurns: z.boolean().optional(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadReadResponse}. */
export const ThreadReadResponseSchema = z.looseObject({
  readState: ThreadReadStateSchema.nullish(),
  thread: ThreadSchema,
});

/** Schema of {@link T.ThreadReadStateChangedNotification}. */
export const ThreadReadStateChangedNotificationSchema = z.looseObject({
  readState: ThreadReadStateSchema,
  threadId: z.string(),
});

/** Schema of {@link T.ThreadReadStateOperation}. */
export const ThreadReadStateOperationSchema = z.discriminatedUnion('type', [
  z.looseObject({
    type: z.literal('read'),
  }),
  z.looseObject({
    type: z.literal('unread'),
  }),
]);

/** Schema of {@link T.ThreadReadStateUpdateParams}. */
export const ThreadReadStateUpdateParamsSchema = z.looseObject({
  expectedRevision: z.string(),
  operation: ThreadReadStateOperationSchema,
  threadId: z.string(),
});

/** Schema of {@link T.ThreadReadStateUpdateResponse}. */
export const ThreadReadStateUpdateResponseSchema = z.looseObject({
  readState: ThreadReadStateSchema,
});

/** Schema of {@link T.ThreadRealtimeAudioChunk}. */
export const ThreadRealtimeAudioChunkSchema = z.looseObject({
  data: z.string(),
  itemId: z.string().nullish(),
  numChannels: z.number(),
  sampleRate: z.number(),
  samplesPerChannel: z.number().nullish(),
});

/** Schema of {@link T.ThreadRealtimeAppendAudioParams}. */
export const ThreadRealtimeAppendAudioParamsSchema = z.looseObject({
  audio: ThreadRealtimeAudioChunkSchema,
  threadId: z.string(),
});

/** Schema of {@link T.ThreadRealtimeAppendAudioResponse}. */
export const ThreadRealtimeAppendAudioResponseSchema = z.looseObject({});

/** Schema of {@link T.ThreadRealtimeAppendSpeechParams}. */
export const ThreadRealtimeAppendSpeechParamsSchema = z.looseObject({
  text: z.string(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadRealtimeAppendSpeechResponse}. */
export const ThreadRealtimeAppendSpeechResponseSchema = z.looseObject({});

/** Schema of {@link T.ThreadRealtimeAppendTextParams}. */
export const ThreadRealtimeAppendTextParamsSchema = z.looseObject({
  role: ConversationTextRoleSchema.optional(),
  text: z.string(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadRealtimeAppendTextResponse}. */
export const ThreadRealtimeAppendTextResponseSchema = z.looseObject({});

/** Schema of {@link T.ThreadRealtimeBemItemPresentation}. */
export const ThreadRealtimeBemItemPresentationSchema = z.discriminatedUnion('type', [
  z.looseObject({
    type: z.literal('wholeItem'),
  }),
  z.looseObject({
    type: z.literal('inlineMarkdown'),
  }),
  z.looseObject({
    index: z.number(),
    type: z.literal('inlineVisualization'),
  }),
]);

/** Schema of {@link T.ThreadRealtimeClosedNotification}. */
export const ThreadRealtimeClosedNotificationSchema = z.looseObject({
  reason: z.string().nullish(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadRealtimeCoverage}. */
export const ThreadRealtimeCoverageSchema = z.enum(['unsupported', 'pending', 'ready']);

/** Schema of {@link T.ThreadRealtimeTranscriptRole}. */
export const ThreadRealtimeTranscriptRoleSchema = z.enum(['user', 'assistant']);

/** Schema of {@link T.ThreadRealtimeVoiceTranscript}. */
export const ThreadRealtimeVoiceTranscriptSchema = z.looseObject({
  role: ThreadRealtimeTranscriptRoleSchema,
  text: z.string(),
});

/** Schema of {@link T.ThreadRealtimeFrameChannels}. */
export const ThreadRealtimeFrameChannelsSchema = z.looseObject({
  voice_transcript: ThreadRealtimeVoiceTranscriptSchema,
});

/** Schema of {@link T.ThreadRealtimeHandoffMode}. */
export const ThreadRealtimeHandoffModeSchema = z.enum(['start', 'steer']);

/** Schema of {@link T.ThreadRealtimeSessionOutcome}. */
export const ThreadRealtimeSessionOutcomeSchema = z.enum(['ended', 'failed']);

/** Schema of {@link T.ThreadRealtimeItem}. */
export const ThreadRealtimeItemSchema = z.discriminatedUnion('type', [
  z.looseObject({
    id: z.string(),
    observedAtMs: z.number().nullish(),
    realtimeSessionId: z.string(),
    type: z.literal('realtimeSessionStarted'),
  }),
  z.looseObject({
    channels: ThreadRealtimeFrameChannelsSchema,
    id: z.string(),
    observedAtMs: z.number().nullish(),
    realtimeSessionId: z.string(),
    type: z.literal('frame'),
  }),
  z.looseObject({
    id: z.string(),
    observedAtMs: z.number().nullish(),
    realtimeSessionId: z.string(),
    role: ThreadRealtimeTranscriptRoleSchema,
    text: z.string(),
    type: z.literal('transcriptSegment'),
  }),
  z.looseObject({
    id: z.string(),
    item_id: z.string(),
    observedAtMs: z.number().nullish(),
    presentation: ThreadRealtimeBemItemPresentationSchema,
    realtimeSessionId: z.string(),
    turn_id: z.string(),
    type: z.literal('bemItemPromoted'),
  }),
  z.looseObject({
    id: z.string(),
    observedAtMs: z.number().nullish(),
    outcome: ThreadRealtimeSessionOutcomeSchema,
    realtimeSessionId: z.string(),
    type: z.literal('realtimeSessionClosed'),
  }),
  z.looseObject({
    handoff_id: z.string(),
    id: z.string(),
    input: z.string(),
    input_item_id: z.string(),
    mode: ThreadRealtimeHandoffModeSchema,
    observedAtMs: z.number().nullish(),
    realtimeSessionId: z.string(),
    source_event_ids: z.array(z.string()),
    turn_id: z.string(),
    type: z.literal('turnInputAccepted'),
  }),
  z.looseObject({
    id: z.string(),
    input: z.string(),
    input_item_id: z.string(),
    observedAtMs: z.number().nullish(),
    realtimeSessionId: z.string(),
    source_event_ids: z.array(z.string()),
    type: z.literal('sessionEndInputSaved'),
  }),
]);

/** Schema of {@link T.ThreadRealtimeEntry}. */
export const ThreadRealtimeEntrySchema = z.looseObject({
  item: ThreadRealtimeItemSchema,
  position: z.number(),
});

/** Schema of {@link T.ThreadRealtimeErrorNotification}. */
export const ThreadRealtimeErrorNotificationSchema = z.looseObject({
  message: z.string(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadRealtimeInitialItem}. */
export const ThreadRealtimeInitialItemSchema = z.looseObject({
  role: ConversationTextRoleSchema,
  text: z.string(),
});

/** Schema of {@link T.ThreadRealtimeItemAddedNotification}. */
export const ThreadRealtimeItemAddedNotificationSchema = z.looseObject({
  item: z.unknown(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadRealtimeItemCompletedNotification}. */
export const ThreadRealtimeItemCompletedNotificationSchema = z.looseObject({
  item: ThreadRealtimeItemSchema,
  threadId: z.string(),
});

/** Schema of {@link T.ThreadRealtimeItemStartedNotification}. */
export const ThreadRealtimeItemStartedNotificationSchema = z.looseObject({
  item: ThreadRealtimeItemSchema,
  threadId: z.string(),
});

/** Schema of {@link T.ThreadRealtimeItemTranscriptDeltaNotification}. */
export const ThreadRealtimeItemTranscriptDeltaNotificationSchema = z.looseObject({
  delta: z.string(),
  itemId: z.string(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadRealtimeOrder}. */
export const ThreadRealtimeOrderSchema = z.enum(['observedAt', 'position']);

/** Schema of {@link T.ThreadRealtimeListParams}. */
export const ThreadRealtimeListParamsSchema = z.looseObject({
  afterPosition: z.number().nullish(),
  cursor: z.string().nullish(),
  eventId: z.string().nullish(),
  fromObservedAtMs: z.number().nullish(),
  limit: z.number().nullish(),
  order: ThreadRealtimeOrderSchema.nullish(),
  requiredThroughPosition: z.number().nullish(),
  sessionId: z.string().nullish(),
  snapshotEnd: z.number().nullish(),
  threadId: z.string(),
  toObservedAtMs: z.number().nullish(),
});

/** Schema of {@link T.ThreadRealtimeListResponse}. */
export const ThreadRealtimeListResponseSchema = z.looseObject({
  coverage: ThreadRealtimeCoverageSchema,
  data: z.array(ThreadRealtimeEntrySchema),
  nextCursor: z.string().nullish(),
  projectedThroughItemIndex: z.number(),
  snapshotEnd: z.number(),
});

/** Schema of {@link T.ThreadRealtimeListVoicesParams}. */
export const ThreadRealtimeListVoicesParamsSchema = z.looseObject({});

/** Schema of {@link T.ThreadRealtimeListVoicesResponse}. */
export const ThreadRealtimeListVoicesResponseSchema = z.looseObject({
  voices: RealtimeVoicesListSchema,
});

/** Schema of {@link T.ThreadRealtimeOutputAudioDeltaNotification}. */
export const ThreadRealtimeOutputAudioDeltaNotificationSchema = z.looseObject({
  audio: ThreadRealtimeAudioChunkSchema,
  threadId: z.string(),
});

/** Schema of {@link T.ThreadRealtimeSdpNotification}. */
export const ThreadRealtimeSdpNotificationSchema = z.looseObject({
  sdp: z.string(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadRealtimeStartTransport}. */
export const ThreadRealtimeStartTransportSchema = z.discriminatedUnion('type', [
  z.looseObject({
    type: z.literal('websocket'),
  }),
  z.looseObject({
    sdp: z.string(),
    type: z.literal('webrtc'),
  }),
  z.looseObject({
    callId: z.string(),
    type: z.literal('existingCall'),
  }),
]);

/** Schema of {@link T.ThreadRealtimeStartParams}. */
export const ThreadRealtimeStartParamsSchema = z.looseObject({
  backendReasoningStatus: z.boolean().optional(),
  clientManagedHandoffs: z.boolean().nullish(),
  codexResponseHandoffChannelPrefixes: z.record(z.string(), z.array(z.string())).nullish(),
  codexResponseHandoffMode: CodexResponseHandoffModeSchema.nullish(),
  codexResponseItemPrefix: z.string().nullish(),
  codexResponsesAsItems: z.boolean().nullish(),
  delegationAckFiller: z.boolean().nullish(),
  flushTranscriptTailOnSessionEnd: z.boolean().nullish(),
  includeStartupContext: z.boolean().nullish(),
  initialItems: z.array(ThreadRealtimeInitialItemSchema).nullish(),
  model: z.string().nullish(),
  outputModality: RealtimeOutputModalitySchema,
  prompt: z.string().nullish(),
  realtimeEndInstructions: z.string().nullish(),
  realtimeSessionId: z.string().nullish(),
  realtimeStartInstructions: z.string().nullish(),
  threadId: z.string(),
  transport: ThreadRealtimeStartTransportSchema.nullish(),
  version: RealtimeConversationVersionSchema.nullish(),
  voice: RealtimeVoiceSchema.nullish(),
  voiceSessionId: z.string().nullish(),
});

/** Schema of {@link T.ThreadRealtimeStartResponse}. */
export const ThreadRealtimeStartResponseSchema = z.looseObject({});

/** Schema of {@link T.ThreadRealtimeStartedNotification}. */
export const ThreadRealtimeStartedNotificationSchema = z.looseObject({
  realtimeSessionId: z.string().nullish(),
  threadId: z.string(),
  version: RealtimeConversationVersionSchema,
});

/** Schema of {@link T.ThreadRealtimeStopParams}. */
export const ThreadRealtimeStopParamsSchema = z.looseObject({
  threadId: z.string(),
});

/** Schema of {@link T.ThreadRealtimeStopResponse}. */
export const ThreadRealtimeStopResponseSchema = z.looseObject({});

/** Schema of {@link T.ThreadRealtimeTranscriptDeltaNotification}. */
export const ThreadRealtimeTranscriptDeltaNotificationSchema = z.looseObject({
  delta: z.string(),
  role: z.string(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadRealtimeTranscriptDoneNotification}. */
export const ThreadRealtimeTranscriptDoneNotificationSchema = z.looseObject({
  role: z.string(),
  text: z.string(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadResumeInitialTurnsPageParams}. */
export const ThreadResumeInitialTurnsPageParamsSchema = z.looseObject({
  itemsView: TurnItemsViewSchema.nullish(),
  limit: z.number().nullish(),
  sortDirection: SortDirectionSchema.nullish(),
});

/** Schema of {@link T.ThreadResumeParams}. */
export const ThreadResumeParamsSchema = z.looseObject({
  approvalPolicy: AskForApprovalSchema.nullish(),
  approvalsReviewer: ApprovalsReviewerSchema.nullish(),
  baseInstructions: z.string().nullish(),
  config: z.looseObject({}).nullish(),
  cwd: z.string().nullish(),
  developerInstructions: z.string().nullish(),
  excludeTurns: z.boolean().optional(),
  history: z.array(ResponseItemSchema).nullish(),
  initialTurnsPage: ThreadResumeInitialTurnsPageParamsSchema.nullish(),
  model: z.string().nullish(),
  modelProvider: z.string().nullish(),
  path: z.string().nullish(),
  permissions: z.string().nullish(),
  personality: PersonalitySchema.nullish(),
  runtimeWorkspaceRoots: z.array(AbsolutePathBufSchema).nullish(),
  sandbox: SandboxModeSchema.nullish(),
  serviceTier: z.string().nullish(),
  threadId: z.string(),
});

/** Schema of {@link T.TurnsPage}. */
export const TurnsPageSchema = z.looseObject({
  backwardsCursor: z.string().nullish(),
  data: z.array(TurnSchema),
  nextCursor: z.string().nullish(),
});

/** Schema of {@link T.ThreadResumeResponse}. */
export const ThreadResumeResponseSchema = z.looseObject({
  activePermissionProfile: ActivePermissionProfileSchema.nullish(),
  approvalPolicy: AskForApprovalSchema,
  approvalsReviewer: ApprovalsReviewerSchema,
  collaborationMode: CollaborationModeSchema.nullish(),
  cwd: AbsolutePathBufSchema,
  disabledPluginIds: z.array(z.string()).optional(),
  initialTurnsPage: TurnsPageSchema.nullish(),
  instructionSources: z.array(LegacyAppPathStringSchema).optional(),
  itemsBackwardsCursor: z.string().nullish(),
  model: z.string(),
  modelProvider: z.string(),
  multiAgentMode: MultiAgentModeSchema.optional(),
  reasoningEffort: ReasoningEffortSchema.nullish(),
  runtimeWorkspaceRoots: z.array(AbsolutePathBufSchema).optional(),
  sandbox: SandboxPolicySchema,
  serviceTier: z.string().nullish(),
  thread: ThreadSchema,
  turnsBackwardsCursor: z.string().nullish(),
});

/** Schema of {@link T.ThreadRevertParams}. */
export const ThreadRevertParamsSchema = z.looseObject({
  beforeTurnId: z.string(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadRevertResponse}. */
export const ThreadRevertResponseSchema = z.looseObject({
  itemsBackwardsCursor: z.string().nullish(),
  thread: ThreadSchema,
  turnsBackwardsCursor: z.string().nullish(),
});

/** Schema of {@link T.ThreadRevertedNotification}. */
export const ThreadRevertedNotificationSchema = z.looseObject({
  threadId: z.string(),
});

/** Schema of {@link T.ThreadSampleCancelParams}. */
export const ThreadSampleCancelParamsSchema = z.looseObject({
  requestId: RequestIdSchema,
});

/** Schema of {@link T.ThreadSampleCancelResponse}. */
export const ThreadSampleCancelResponseSchema = z.looseObject({});

/** Schema of {@link T.ThreadSampleParams}. */
export const ThreadSampleParamsSchema = z.looseObject({
  allowInProgressTurn: z.boolean().optional(),
  disableMcp: z.boolean().optional(),
  effort: ReasoningEffortSchema.nullish(),
  expectedTurnId: z.string(),
  interruptOnCancel: z.boolean().nullish(),
  prompt: z.string(),
  responsesapiClientMetadata: z.record(z.string(), z.string()).nullish(),
  threadId: z.string(),
  threadSource: ThreadSourceSchema.nullish(),
  turnTrigger: z.string().nullish(),
});

/** Schema of {@link T.ThreadSampleResponse}. */
export const ThreadSampleResponseSchema = z.looseObject({
  cachedInputTokens: z.number().nullish(),
  inputTokens: z.number().nullish(),
  outputTokens: z.number().nullish(),
  responseId: z.string(),
  sourceTurnId: z.string(),
  text: z.string().nullish(),
});

/** Schema of {@link T.ThreadSearchCancelParams}. */
export const ThreadSearchCancelParamsSchema = z.looseObject({
  requestId: RequestIdSchema,
});

/** Schema of {@link T.ThreadSearchCancelResponse}. */
export const ThreadSearchCancelResponseSchema = z.looseObject({});

/** Schema of {@link T.ThreadSearchTextRange}. */
export const ThreadSearchTextRangeSchema = z.looseObject({
  end: z.number(),
  start: z.number(),
});

/** Schema of {@link T.ThreadSearchOccurrence}. */
export const ThreadSearchOccurrenceSchema = z.looseObject({
  itemId: z.string(),
  snippet: z.string(),
  snippetMatchRange: ThreadSearchTextRangeSchema,
  turnCursor: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.ThreadSearchOccurrencesParams}. */
export const ThreadSearchOccurrencesParamsSchema = z.looseObject({
  cursor: z.string().nullish(),
  limit: z.number().nullish(),
  searchTerm: z.string(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadSearchOccurrencesResponse}. */
export const ThreadSearchOccurrencesResponseSchema = z.looseObject({
  data: z.array(ThreadSearchOccurrenceSchema),
  nextCursor: z.string().nullish(),
});

/** Schema of {@link T.ThreadSearchSortKey}. */
export const ThreadSearchSortKeySchema = z.enum(['created_at', 'updated_at', 'recency_at']);

/** Schema of {@link T.ThreadSearchParams}. */
export const ThreadSearchParamsSchema = z.looseObject({
  archived: z.boolean().nullish(),
  currentAccountOnly: z.boolean().optional(),
  cursor: z.string().nullish(),
  includeAttachedThreads: z.boolean().optional(),
  limit: z.number().nullish(),
  searchTerm: z.string(),
  sortDirection: SortDirectionSchema.nullish(),
  sortKey: ThreadSearchSortKeySchema.nullish(),
  sourceKinds: z.array(ThreadSourceKindSchema).nullish(),
});

/** Schema of {@link T.ThreadSearchResult}. */
export const ThreadSearchResultSchema = z.looseObject({
  snippet: z.string(),
  thread: ThreadSchema,
});

/** Schema of {@link T.ThreadSearchPartialNotification}. */
export const ThreadSearchPartialNotificationSchema = z.looseObject({
  data: z.array(ThreadSearchResultSchema),
  requestId: RequestIdSchema,
});

/** Schema of {@link T.ThreadSearchResponse}. */
export const ThreadSearchResponseSchema = z.looseObject({
  backwardsCursor: z.string().nullish(),
  data: z.array(ThreadSearchResultSchema),
  nextCursor: z.string().nullish(),
});

/** Schema of {@link T.ThreadSectionChangedNotification}. */
export const ThreadSectionChangedNotificationSchema = z.looseObject({
  sectionId: z.string().nullable(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadSectionCreateParams}. */
export const ThreadSectionCreateParamsSchema = z.looseObject({
  appearance: ThreadSectionAppearanceSchema.nullish(),
  name: z.string(),
});

/** Schema of {@link T.ThreadSectionCreateResponse}. */
export const ThreadSectionCreateResponseSchema = z.looseObject({
  section: ThreadSectionSchema,
});

/** Schema of {@link T.ThreadSectionDeleteParams}. */
export const ThreadSectionDeleteParamsSchema = z.looseObject({
  sectionId: z.string(),
});

/** Schema of {@link T.ThreadSectionDeleteResponse}. */
export const ThreadSectionDeleteResponseSchema = z.looseObject({});

/** Schema of {@link T.ThreadSectionListParams}. */
export const ThreadSectionListParamsSchema = z.looseObject({
  cursor: z.string().nullish(),
  limit: z.number().nullish(),
});

/** Schema of {@link T.ThreadSectionListResponse}. */
export const ThreadSectionListResponseSchema = z.looseObject({
  data: z.array(ThreadSectionSchema),
  nextCursor: z.string().nullish(),
});

/** Schema of {@link T.ThreadSectionMoveParams}. */
export const ThreadSectionMoveParamsSchema = z.looseObject({
  beforeThreadId: z.string().nullish(),
  sectionId: z.string().nullable(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadSectionMoveResponse}. */
export const ThreadSectionMoveResponseSchema = z.looseObject({});

/** Schema of {@link T.ThreadSectionUpdateParams}. */
export const ThreadSectionUpdateParamsSchema = z.looseObject({
  appearance: ThreadSectionAppearanceSchema.nullish(),
  name: z.string(),
  sectionId: z.string(),
});

/** Schema of {@link T.ThreadSectionUpdateResponse}. */
export const ThreadSectionUpdateResponseSchema = z.looseObject({
  section: ThreadSectionSchema,
});

/** Schema of {@link T.ThreadSetNameParams}. */
export const ThreadSetNameParamsSchema = z.looseObject({
  name: z.string(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadSetNameResponse}. */
export const ThreadSetNameResponseSchema = z.looseObject({});

/** Schema of {@link T.ThreadSettings}. */
export const ThreadSettingsSchema = z.looseObject({
  activePermissionProfile: ActivePermissionProfileSchema.nullish(),
  approvalPolicy: AskForApprovalSchema,
  approvalsReviewer: ApprovalsReviewerSchema,
  collaborationMode: CollaborationModeSchema,
  cwd: AbsolutePathBufSchema,
  disabledPluginIds: z.array(z.string()).optional(),
  effort: ReasoningEffortSchema.nullish(),
  environments: z.array(ThreadEnvironmentSchema).nullish(),
  model: z.string(),
  modelProvider: z.string(),
  multiAgentMode: MultiAgentModeSchema.optional(),
  personality: PersonalitySchema.nullish(),
  sandboxPolicy: SandboxPolicySchema,
  serviceTier: z.string().nullish(),
  summary: ReasoningSummarySchema.nullish(),
});

/** Schema of {@link T.TurnEnvironmentParams}. */
export const TurnEnvironmentParamsSchema = z.looseObject({
  cwd: LegacyAppPathStringSchema,
  environmentId: z.string(),
  runtimeWorkspaceRoots: z.array(LegacyAppPathStringSchema).nullish(),
});

/** Schema of {@link T.ThreadSettingsUpdateParams}. */
export const ThreadSettingsUpdateParamsSchema = z.looseObject({
  approvalPolicy: AskForApprovalSchema.nullish(),
  approvalsReviewer: ApprovalsReviewerSchema.nullish(),
  collaborationMode: CollaborationModeSchema.nullish(),
  cwd: z.string().nullish(),
  disabledPluginIds: z.array(z.string()).nullish(),
  effort: ReasoningEffortSchema.nullish(),
  environments: z.array(TurnEnvironmentParamsSchema).nullish(),
  model: z.string().nullish(),
  multiAgentMode: MultiAgentModeSchema.nullish(),
  permissions: z.string().nullish(),
  personality: PersonalitySchema.nullish(),
  sandboxPolicy: SandboxPolicySchema.nullish(),
  serviceTier: z.string().nullish(),
  summary: ReasoningSummarySchema.nullish(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadSettingsUpdateResponse}. */
export const ThreadSettingsUpdateResponseSchema = z.looseObject({});

/** Schema of {@link T.ThreadSettingsUpdatedNotification}. */
export const ThreadSettingsUpdatedNotificationSchema = z.looseObject({
  threadId: z.string(),
  threadSettings: ThreadSettingsSchema,
});

/** Schema of {@link T.ThreadShellCommandParams}. */
export const ThreadShellCommandParamsSchema = z.looseObject({
  command: z.string(),
  threadId: z.string(),
  timeoutMs: z.number().nullish(),
});

/** Schema of {@link T.ThreadShellCommandResponse}. */
export const ThreadShellCommandResponseSchema = z.looseObject({});

/** Schema of {@link T.ThreadStartSource}. */
export const ThreadStartSourceSchema = z.enum(['startup', 'clear']);

/** Schema of {@link T.ThreadStartParams}. */
export const ThreadStartParamsSchema = z.looseObject({
  allowProviderModelFallback: z.boolean().optional(),
  approvalPolicy: AskForApprovalSchema.nullish(),
  approvalsReviewer: ApprovalsReviewerSchema.nullish(),
  baseInstructions: z.string().nullish(),
  config: z.looseObject({}).nullish(),
  cwd: z.string().nullish(),
  daybreakEnabled: z.boolean().nullish(),
  developerInstructions: z.string().nullish(),
  dynamicTools: z.array(DynamicToolSpecSchema).nullish(),
  environments: z.array(TurnEnvironmentParamsSchema).nullish(),
  ephemeral: z.boolean().nullish(),
  experimentalRawEvents: z.boolean().optional(),
  historyMode: ThreadHistoryModeSchema.nullish(),
  mockExperimentalField: z.string().nullish(),
  model: z.string().nullish(),
  modelProvider: z.string().nullish(),
  multiAgentMode: MultiAgentModeSchema.nullish(),
  permissions: z.string().nullish(),
  personality: PersonalitySchema.nullish(),
  projectId: z.string().nullish(),
  runtimeWorkspaceRoots: z.array(AbsolutePathBufSchema).nullish(),
  sandbox: SandboxModeSchema.nullish(),
  selectedCapabilityRoots: z.array(SelectedCapabilityRootSchema).nullish(),
  serviceName: z.string().nullish(),
  serviceTier: z.string().nullish(),
  sessionStartSource: ThreadStartSourceSchema.nullish(),
  threadSource: ThreadSourceSchema.nullish(),
});

/** Schema of {@link T.ThreadStartResponse}. */
export const ThreadStartResponseSchema = z.looseObject({
  activePermissionProfile: ActivePermissionProfileSchema.nullish(),
  approvalPolicy: AskForApprovalSchema,
  approvalsReviewer: ApprovalsReviewerSchema,
  cwd: AbsolutePathBufSchema,
  disabledPluginIds: z.array(z.string()).optional(),
  instructionSources: z.array(LegacyAppPathStringSchema).optional(),
  model: z.string(),
  modelProvider: z.string(),
  multiAgentMode: MultiAgentModeSchema.optional(),
  reasoningEffort: ReasoningEffortSchema.nullish(),
  runtimeWorkspaceRoots: z.array(AbsolutePathBufSchema).optional(),
  sandbox: SandboxPolicySchema,
  serviceTier: z.string().nullish(),
  thread: ThreadSchema,
});

/** Schema of {@link T.ThreadStartedNotification}. */
export const ThreadStartedNotificationSchema = z.looseObject({
  thread: ThreadSchema,
});

/** Schema of {@link T.ThreadStatusChangedNotification}. */
export const ThreadStatusChangedNotificationSchema = z.looseObject({
  status: ThreadStatusSchema,
  threadId: z.string(),
});

/** Schema of {@link T.ThreadTimelineEntry}. */
export const ThreadTimelineEntrySchema = z.discriminatedUnion('type', [
  z.looseObject({
    item: ThreadItemSchema,
    position: z.number(),
    turnId: z.string(),
    type: z.literal('item'),
  }),
  z.looseObject({
    item: ThreadRealtimeItemSchema,
    position: z.number(),
    type: z.literal('realtime'),
  }),
  z.looseObject({
    position: z.number(),
    started_at: z.number().nullish(),
    turn_id: z.string(),
    type: z.literal('turnStarted'),
  }),
  z.looseObject({
    completed_at: z.number().nullish(),
    duration_ms: z.number().nullish(),
    error: TurnErrorSchema.nullish(),
    position: z.number(),
    started_at: z.number().nullish(),
    status: TurnStatusSchema,
    turn_id: z.string(),
    type: z.literal('turnCompleted'),
  }),
]);

/** Schema of {@link T.ThreadTimelineListParams}. */
export const ThreadTimelineListParamsSchema = z.looseObject({
  cursor: z.string().nullish(),
  limit: z.number().nullish(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadTimelineListResponse}. */
export const ThreadTimelineListResponseSchema = z.looseObject({
  activeRealtimeSessionAtPageStart: z.string().nullish(),
  data: z.array(ThreadTimelineEntrySchema),
  nextCursor: z.string().nullish(),
});

/** Schema of {@link T.TokenUsageBreakdown}. */
export const TokenUsageBreakdownSchema = z.looseObject({
  cacheWriteInputTokens: z.number().optional(),
  cachedInputTokens: z.number(),
  inputTokens: z.number(),
  outputTokens: z.number(),
  reasoningOutputTokens: z.number(),
  totalTokens: z.number(),
});

/** Schema of {@link T.ThreadTokenUsage}. */
export const ThreadTokenUsageSchema = z.looseObject({
  last: TokenUsageBreakdownSchema,
  modelContextWindow: z.number().nullish(),
  total: TokenUsageBreakdownSchema,
});

/** Schema of {@link T.ThreadTokenUsageUpdatedNotification}. */
export const ThreadTokenUsageUpdatedNotificationSchema = z.looseObject({
  threadId: z.string(),
  tokenUsage: ThreadTokenUsageSchema,
  turnId: z.string(),
});

/** Schema of {@link T.ThreadTurnsListParams}. */
export const ThreadTurnsListParamsSchema = z.looseObject({
  cursor: z.string().nullish(),
  itemsView: TurnItemsViewSchema.nullish(),
  limit: z.number().nullish(),
  sortDirection: SortDirectionSchema.nullish(),
  threadId: z.string(),
});

/** Schema of {@link T.ThreadTurnsListResponse}. */
export const ThreadTurnsListResponseSchema = z.looseObject({
  backwardsCursor: z.string().nullish(),
  data: z.array(TurnSchema),
  nextCursor: z.string().nullish(),
});

/** Schema of {@link T.ThreadUnarchiveParams}. */
export const ThreadUnarchiveParamsSchema = z.looseObject({
  threadId: z.string(),
});

/** Schema of {@link T.ThreadUnarchiveResponse}. */
export const ThreadUnarchiveResponseSchema = z.looseObject({
  thread: ThreadSchema,
});

/** Schema of {@link T.ThreadUnarchivedNotification}. */
export const ThreadUnarchivedNotificationSchema = z.looseObject({
  threadId: z.string(),
});

/** Schema of {@link T.ThreadUnsubscribeParams}. */
export const ThreadUnsubscribeParamsSchema = z.looseObject({
  threadId: z.string(),
});

/** Schema of {@link T.ThreadUnsubscribeStatus}. */
export const ThreadUnsubscribeStatusSchema = z.enum(['notLoaded', 'notSubscribed', 'unsubscribed']);

/** Schema of {@link T.ThreadUnsubscribeResponse}. */
export const ThreadUnsubscribeResponseSchema = z.looseObject({
  status: ThreadUnsubscribeStatusSchema,
});

/** Schema of {@link T.ToolRequestUserInputAnswer}. */
export const ToolRequestUserInputAnswerSchema = z.looseObject({
  answers: z.array(z.string()),
});

/** Schema of {@link T.ToolRequestUserInputOption}. */
export const ToolRequestUserInputOptionSchema = z.looseObject({
  description: z.string(),
  label: z.string(),
});

/** Schema of {@link T.ToolRequestUserInputQuestion}. */
export const ToolRequestUserInputQuestionSchema = z.looseObject({
  header: z.string(),
  id: z.string(),
  isOther: z.boolean().optional(),
  isSecret: z.boolean().optional(),
  options: z.array(ToolRequestUserInputOptionSchema).nullish(),
  question: z.string(),
});

/** Schema of {@link T.ToolRequestUserInputParams}. */
export const ToolRequestUserInputParamsSchema = z.looseObject({
  autoResolutionMs: z.number().nullish(),
  isBlocking: z.boolean(),
  itemId: z.string(),
  questions: z.array(ToolRequestUserInputQuestionSchema),
  threadId: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.ToolRequestUserInputResponse}. */
export const ToolRequestUserInputResponseSchema = z.looseObject({
  answers: z.record(z.string(), ToolRequestUserInputAnswerSchema),
});

/** Schema of {@link T.TurnCompletedNotification}. */
export const TurnCompletedNotificationSchema = z.looseObject({
  threadId: z.string(),
  turn: TurnSchema,
});

/** Schema of {@link T.TurnDiffUpdatedNotification}. */
export const TurnDiffUpdatedNotificationSchema = z.looseObject({
  diff: z.string(),
  threadId: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.TurnInterruptParams}. */
export const TurnInterruptParamsSchema = z.looseObject({
  threadId: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.TurnInterruptResponse}. */
export const TurnInterruptResponseSchema = z.looseObject({});

/** Schema of {@link T.TurnModerationMetadataNotification}. */
export const TurnModerationMetadataNotificationSchema = z.looseObject({
  metadata: z.unknown(),
  threadId: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.TurnPlanStepStatus}. */
export const TurnPlanStepStatusSchema = z.enum(['pending', 'inProgress', 'completed']);

/** Schema of {@link T.TurnPlanStep}. */
export const TurnPlanStepSchema = z.looseObject({
  status: TurnPlanStepStatusSchema,
  step: z.string(),
});

/** Schema of {@link T.TurnPlanUpdatedNotification}. */
export const TurnPlanUpdatedNotificationSchema = z.looseObject({
  explanation: z.string().nullish(),
  plan: z.array(TurnPlanStepSchema),
  threadId: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.TurnSettingsUpdateParams}. */
export const TurnSettingsUpdateParamsSchema = z.looseObject({
  approvalsReviewer: ApprovalsReviewerSchema.nullish(),
  effort: ReasoningEffortSchema.nullish(),
  environments: z.array(TurnEnvironmentParamsSchema).nullish(),
  model: z.string().nullish(),
  serviceTier: z.string().nullish(),
  summary: ReasoningSummarySchema.nullish(),
  threadId: z.string(),
  turnId: z.string(),
});

/** Schema of {@link T.TurnSettingsUpdateStatus}. */
export const TurnSettingsUpdateStatusSchema = z.enum(['applied', 'targetUnavailable']);

/** Schema of {@link T.TurnSettingsUpdateResponse}. */
export const TurnSettingsUpdateResponseSchema = z.looseObject({
  status: TurnSettingsUpdateStatusSchema,
});

/** Schema of {@link T.TurnToolOutput}. */
export const TurnToolOutputSchema = z.looseObject({
  name: z.string(),
  namespace: z.string().nullish(),
  output: FunctionCallOutputBodySchema,
  retain: z.boolean().optional(),
});

/** Schema of {@link T.TurnStartParams}. */
export const TurnStartParamsSchema = z.looseObject({
  additionalContext: z.record(z.string(), AdditionalContextEntrySchema).nullish(),
  approvalPolicy: AskForApprovalSchema.nullish(),
  approvalsReviewer: ApprovalsReviewerSchema.nullish(),
  clientUserMessageId: z.string().nullish(),
  collaborationMode: CollaborationModeSchema.nullish(),
  cwd: z.string().nullish(),
  cyberAccessProgram: CyberAccessProgramSchema.nullish(),
  disabledPluginIds: z.array(z.string()).nullish(),
  effort: ReasoningEffortSchema.nullish(),
  environments: z.array(TurnEnvironmentParamsSchema).nullish(),
  input: z.array(UserInputSchema),
  model: z.string().nullish(),
  multiAgentMode: MultiAgentModeSchema.nullish(),
  outputSchema: z.unknown().optional(),
  parentTurnId: z.string().nullish(),
  permissions: z.string().nullish(),
  personality: PersonalitySchema.nullish(),
  responsesapiClientMetadata: z.record(z.string(), z.string()).nullish(),
  responsesapiClientMetadataPatch: z.record(z.string(), z.string()).nullish(),
  rootTurnId: z.string().nullish(),
  runtimeWorkspaceRoots: z.array(AbsolutePathBufSchema).nullish(),
  sandboxPolicy: SandboxPolicySchema.nullish(),
  serviceTier: z.string().nullish(),
  serviceTierForTurn: z.string().nullish(),
  summary: ReasoningSummarySchema.nullish(),
  threadId: z.string(),
  toolOutput: TurnToolOutputSchema.nullish(),
  turnTrigger: z.string().nullish(),
});

/** Schema of {@link T.TurnStartResponse}. */
export const TurnStartResponseSchema = z.looseObject({
  turn: TurnSchema,
});

/** Schema of {@link T.TurnStartedNotification}. */
export const TurnStartedNotificationSchema = z.looseObject({
  threadId: z.string(),
  turn: TurnSchema,
});

/** Schema of {@link T.TurnSteerParams}. */
export const TurnSteerParamsSchema = z.looseObject({
  additionalContext: z.record(z.string(), AdditionalContextEntrySchema).nullish(),
  clientUserMessageId: z.string().nullish(),
  expectedTurnId: z.string(),
  input: z.array(UserInputSchema),
  responsesapiClientMetadata: z.record(z.string(), z.string()).nullish(),
  responsesapiClientMetadataPatch: z.record(z.string(), z.string()).nullish(),
  threadId: z.string(),
});

/** Schema of {@link T.TurnSteerResponse}. */
export const TurnSteerResponseSchema = z.looseObject({
  turnId: z.string(),
});

/** Schema of {@link T.UserVerificationBiometricType}. */
export const UserVerificationBiometricTypeSchema = z.literal('fingerprint');

/** Schema of {@link T.UserVerificationCancelParams}. */
export const UserVerificationCancelParamsSchema = z.looseObject({
  requestId: RequestIdSchema,
});

/** Schema of {@link T.UserVerificationCancelResponse}. */
export const UserVerificationCancelResponseSchema = z.looseObject({});

/** Schema of {@link T.UserVerificationDeleteParams}. */
export const UserVerificationDeleteParamsSchema = z.looseObject({});

/** Schema of {@link T.UserVerificationDeleteResponse}. */
export const UserVerificationDeleteResponseSchema = z.looseObject({});

/** Schema of {@link T.UserVerificationEnrollParams}. */
export const UserVerificationEnrollParamsSchema = z.looseObject({});

/** Schema of {@link T.UserVerificationEnrollResponse}. */
export const UserVerificationEnrollResponseSchema = z.looseObject({
  algorithm: z.string().nullish(),
  credentialId: z.string(),
  publicKey: z.string().nullish(),
});

/** Schema of {@link T.UserVerificationProof}. */
export const UserVerificationProofSchema = z.looseObject({
  credentialId: z.string(),
  signature: z.string(),
});

/** Schema of {@link T.UserVerificationStatusParams}. */
export const UserVerificationStatusParamsSchema = z.looseObject({});

/** Schema of {@link T.UserVerificationUnavailableReason}. */
export const UserVerificationUnavailableReasonSchema = z.enum(['credentialMissing', 'biometricsUnavailable', 'providerUnavailable']);

/** Schema of {@link T.UserVerificationStatusResponse}. */
export const UserVerificationStatusResponseSchema = z.looseObject({
  credentialId: z.string().nullish(),
  unavailableMessage: z.string().nullish(),
  unavailableReason: UserVerificationUnavailableReasonSchema.nullish(),
});

/** Schema of {@link T.UserVerificationVerifyParams}. */
export const UserVerificationVerifyParamsSchema = z.looseObject({
  challenge: z.string(),
  description: z.string(),
  title: z.string(),
});

/** Schema of {@link T.UserVerificationVerifyResponse}. */
export const UserVerificationVerifyResponseSchema = z.looseObject({
  biometricType: UserVerificationBiometricTypeSchema.nullish(),
  proof: UserVerificationProofSchema,
});

/** Schema of {@link T.WarningNotification}. */
export const WarningNotificationSchema = z.looseObject({
  message: z.string(),
  threadId: z.string().nullish(),
});

/** Schema of {@link T.WindowsSandboxReadiness}. */
export const WindowsSandboxReadinessSchema = z.enum(['ready', 'notConfigured', 'updateRequired']);

/** Schema of {@link T.WindowsSandboxReadinessResponse}. */
export const WindowsSandboxReadinessResponseSchema = z.looseObject({
  status: WindowsSandboxReadinessSchema,
});

/** Schema of {@link T.WindowsSandboxSetupMode}. */
export const WindowsSandboxSetupModeSchema = z.enum(['elevated', 'unelevated']);

/** Schema of {@link T.WindowsSandboxSetupCompletedNotification}. */
export const WindowsSandboxSetupCompletedNotificationSchema = z.looseObject({
  error: z.string().nullish(),
  mode: WindowsSandboxSetupModeSchema,
  success: z.boolean(),
});

/** Schema of {@link T.WindowsSandboxSetupStartParams}. */
export const WindowsSandboxSetupStartParamsSchema = z.looseObject({
  cwd: AbsolutePathBufSchema.nullish(),
  mode: WindowsSandboxSetupModeSchema,
});

/** Schema of {@link T.WindowsSandboxSetupStartResponse}. */
export const WindowsSandboxSetupStartResponseSchema = z.looseObject({
  started: z.boolean(),
});

/** Schema of {@link T.WindowsWorldWritableWarningNotification}. */
export const WindowsWorldWritableWarningNotificationSchema = z.looseObject({
  extraCount: z.number(),
  failedScan: z.boolean(),
  samplePaths: z.array(z.string()),
});
