/**
 * The subset of app-server request params that options map to, typed by hand from the
 * pinned binary's generated protocol (`codex app-server generate-ts --experimental`,
 * codex 0.169.0). `test/unit/options/wireParamNames.test.ts` checks every key against the
 * binary's JSON schema, so a protocol change fails a test instead of silently dropping
 * an option.
 */
import type { ApprovalsReviewer, WireApprovalPolicy } from './approvalMode.js';
import type { ConfigValue } from './codexConfig.js';
import type { SandboxMode, WireSandboxPolicy } from './sandboxPolicy.js';
import type { CollaborationModeKind, ModelReasoningEffort, Personality } from './threadOptions.js';
import type { ReasoningSummary } from './turnOptions.js';
import type { WireUserInput } from '../input/normalizeInput.js';

/** A dynamic tool as `thread/start.dynamicTools` takes it (function form; needs `experimentalApi`). */
export interface WireDynamicTool {
  type: 'function';
  name: string;
  description: string;
  /** JSON schema of the arguments object. */
  inputSchema: Record<string, unknown>;
  /** Let the model discover the tool through tool search instead of listing it up front. */
  deferLoading?: boolean;
}

/** A group of dynamic tools the model sees under one namespace (it calls them with `namespace` set). */
export interface WireDynamicToolNamespace {
  type: 'namespace';
  name: string;
  description: string;
  tools: WireDynamicTool[];
}

/** The thread settings `thread/start`, `thread/resume` and `thread/fork` share. */
export interface WireThreadSettings {
  model?: string;
  modelProvider?: string;
  serviceTier?: string;
  cwd?: string;
  approvalPolicy?: WireApprovalPolicy;
  approvalsReviewer?: ApprovalsReviewer;
  sandbox?: SandboxMode;
  /** Dotted codex config keys (`model_reasoning_effort`, `sandbox_workspace_write.network_access`, …). */
  config?: Record<string, ConfigValue>;
  baseInstructions?: string;
  developerInstructions?: string;
}

/** `thread/start` params produced by `toThreadStartParams`. */
export interface WireThreadStartParams extends WireThreadSettings {
  serviceName?: string;
  threadSource?: string;
  personality?: Personality;
  ephemeral?: boolean;
  dynamicTools?: Array<WireDynamicTool | WireDynamicToolNamespace>;
}

/** `thread/resume` params produced by `toThreadResumeParams`. */
export interface WireThreadResumeParams extends WireThreadSettings {
  threadId: string;
  personality?: Personality;
  /** Return thread metadata without `thread.turns` (avoids codex's full-history deprecation notice). */
  excludeTurns?: boolean;
}

/** `thread/fork` params produced by `toThreadForkParams`. */
export interface WireThreadForkParams extends WireThreadSettings {
  threadId: string;
  ephemeral?: boolean;
  threadSource?: string;
  excludeTurns?: boolean;
}

/** codex's collaboration-mode object (`turn/start.collaborationMode`). */
export interface WireCollaborationMode {
  mode: CollaborationModeKind;
  settings: {
    model: string;
    reasoning_effort: ModelReasoningEffort | null;
    /** `null` = the mode's built-in instructions. */
    developer_instructions: string | null;
  };
}

/** `turn/start` params produced by `toTurnStartParams`. */
export interface WireTurnStartParams {
  threadId: string;
  input: WireUserInput[];
  cwd?: string;
  approvalPolicy?: WireApprovalPolicy;
  approvalsReviewer?: ApprovalsReviewer;
  sandboxPolicy?: WireSandboxPolicy;
  model?: string;
  serviceTier?: string;
  effort?: ModelReasoningEffort;
  summary?: ReasoningSummary;
  personality?: Personality;
  outputSchema?: Record<string, unknown>;
  collaborationMode?: WireCollaborationMode;
  cyberAccessProgram?: 'standard' | 'daybreakBlue' | 'daybreakRed';
}

/** `turn/steer` params produced by `toTurnSteerParams`. */
export interface WireTurnSteerParams {
  threadId: string;
  expectedTurnId: string;
  input: WireUserInput[];
}
