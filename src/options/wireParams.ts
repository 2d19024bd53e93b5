/**
 * The app-server request params that options map to are the generated
 * protocol's own types (`src/protocol/generated/`), so a codex upgrade that
 * renames or retypes one is a compile error in `toWireParams.ts`. What stays
 * here is only narrower than the generated types where the library builds a
 * specific shape (the function form of dynamic tools, the collaboration mode).
 */
import type { ApprovalsReviewer, WireApprovalPolicy } from './approvalMode.js';
import type { ConfigValue } from './codexConfig.js';
import type { SandboxMode, WireSandboxPolicy } from './sandboxPolicy.js';
import type { CollaborationModeKind, ModelReasoningEffort, Personality } from './threadOptions.js';
import type { ReasoningSummary } from './turnOptions.js';
import type { WireUserInput } from '../input/normalizeInput.js';
import type { ThreadForkParams, ThreadResumeParams, ThreadStartParams, TurnStartParams, TurnSteerParams } from '../protocol/generated/types.js';

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

/** `thread/start` params (the generated `ThreadStartParams`). */
export type WireThreadStartParams = ThreadStartParams;

/** `thread/resume` params (the generated `ThreadResumeParams`). */
export type WireThreadResumeParams = ThreadResumeParams;

/** `thread/fork` params (the generated `ThreadForkParams`). */
export type WireThreadForkParams = ThreadForkParams;

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

/** `turn/start` params (the generated `TurnStartParams`). */
export type WireTurnStartParams = TurnStartParams;

/** `turn/steer` params (the generated `TurnSteerParams`). */
export type WireTurnSteerParams = TurnSteerParams;
