import path from 'node:path';
import { z } from 'zod';
import { APPROVAL_MODES, APPROVALS_REVIEWERS, resolveApproval, type ApprovalMode, type ApprovalPolicy, type ApprovalsReviewer } from './approvalMode.js';
import { copyDefined } from './copyDefined.js';
import { describeValue } from './describeValue.js';
import { foldAlias } from './foldAlias.js';
import type { ApprovalHandler, ElicitationHandler, UserInputHandler } from './handlerTypes.js';
import { MISPLACED_IN_TURN_OPTIONS } from './misplacedOptions.js';
import { functionOption, integerIn, isPlainObject, nonEmptyString, oneOf, pathString, strictOptions } from './optionSchemas.js';
import { parseWithSchema } from './parseWithSchema.js';
import { SANDBOX_MODES, type SandboxMode } from './sandboxPolicy.js';
import { approvalPolicySchema, type CollaborationModeKind, type ModelReasoningEffort, type Personality } from './threadOptions.js';

/**
 * How much of the model's reasoning is summarised in `reasoning` items.
 *
 * @example
 * ```ts
 * await thread.run('Explain', { summary: 'detailed' });
 * ```
 */
export type ReasoningSummary = 'auto' | 'concise' | 'detailed' | 'none';

/**
 * Experimental cyber-access program for a turn (OpenAI provider only). Both the
 * SDK's snake_case and the protocol's camelCase spellings are accepted.
 *
 * @example
 * ```ts
 * await thread.run('Audit this binary', { cyberAccessProgram: 'standard' });
 * ```
 */
export type CyberAccessProgram = 'standard' | 'daybreak_blue' | 'daybreak_red' | 'daybreakBlue' | 'daybreakRed';

/**
 * An output schema: a JSON-schema object, or a schema library object (zod, or any
 * Standard Schema with `~standard`) that the structured-output module converts.
 *
 * @example
 * ```ts
 * await thread.run('Is it green?', { outputSchema: { type: 'object', properties: { green: { type: 'boolean' } }, required: ['green'], additionalProperties: false } });
 * ```
 */
export type OutputSchemaOption = Record<string, unknown> | { readonly '~standard': unknown };

/**
 * Options of `thread.run(input, options)` and friends: @openai/codex-sdk's
 * `TurnOptions` (`outputSchema`, `signal`, `cyberAccessProgram`) plus per-turn
 * overrides. codex keeps the overrides (`model`, `effort`, `summary`, `cwd`, `sandbox`,
 * approval settings, `personality`) in force for later turns.
 *
 * @example
 * ```ts
 * const result = await thread.run('Summarise the diff', {
 *   outputSchema: z.object({ summary: z.string() }),
 *   effort: 'low',
 *   signal: AbortSignal.timeout(120_000),
 * });
 * ```
 */
export interface TurnOptions {
  /** Structured output: the final message must match this schema. */
  outputSchema?: OutputSchemaOption;
  /** Aborting interrupts the turn and rejects with `AbortError`. */
  signal?: AbortSignal;
  /** Model for this and later turns. */
  model?: string;
  /** Reasoning effort for this and later turns. */
  effort?: ModelReasoningEffort;
  /** Reasoning summary detail for this and later turns. */
  summary?: ReasoningSummary;
  /** Working directory for this and later turns (relative paths resolve against `process.cwd()`). */
  cwd?: string;
  /** Alias of {@link TurnOptions.cwd}. */
  workingDirectory?: string;
  /** Sandbox for this and later turns. */
  sandbox?: SandboxMode;
  /** Alias of {@link TurnOptions.sandbox}. */
  sandboxMode?: SandboxMode;
  /** Approval preset for this and later turns. */
  approvalMode?: ApprovalMode;
  /** Approval policy for this and later turns. */
  approvalPolicy?: ApprovalPolicy;
  /** Approval reviewer for this and later turns. */
  approvalsReviewer?: ApprovalsReviewer;
  /** Deprecated in codex; accepted for compatibility. */
  personality?: Personality;
  /** Experimental collaboration mode for this and later turns. */
  collaborationMode?: CollaborationModeKind;
  /** Experimental cyber-access program (SDK option). */
  cyberAccessProgram?: CyberAccessProgram;
  /** Service tier for this and later turns. */
  serviceTier?: string;
  /** Handler for codex's questions during this turn (older @openai/codex-sdk option; `onUserInput` wins). */
  onRequestUserInput?: UserInputHandler;
  /** Approval handler for this turn only (wins over the thread's and the Codex-level one). */
  onApproval?: ApprovalHandler;
  /** User-input handler for this turn only (wins over the thread's and the Codex-level one). */
  onUserInput?: UserInputHandler;
  /** MCP elicitation handler for this turn only (wins over the thread's and the Codex-level one). */
  onElicitation?: ElicitationHandler;
  /** Most dynamic-tool calls this turn may make (default: the thread's `maxToolCalls`). */
  maxToolCalls?: number;
}

/**
 * {@link TurnOptions} after validation: aliases folded, `cwd` absolute.
 *
 * @example
 * ```ts
 * parseTurnOptions({ workingDirectory: 'sub', sandboxMode: 'read-only' }); // → { cwd: '/abs/sub', sandbox: 'read-only' }
 * ```
 */
export interface NormalizedTurnOptions {
  outputSchema?: OutputSchemaOption;
  signal?: AbortSignal;
  model?: string;
  effort?: ModelReasoningEffort;
  summary?: ReasoningSummary;
  cwd?: string;
  sandbox?: SandboxMode;
  approvalMode?: ApprovalMode;
  approvalPolicy?: ApprovalPolicy;
  approvalsReviewer?: ApprovalsReviewer;
  personality?: Personality;
  collaborationMode?: CollaborationModeKind;
  cyberAccessProgram?: CyberAccessProgram;
  serviceTier?: string;
  onRequestUserInput?: UserInputHandler;
  onApproval?: ApprovalHandler;
  onUserInput?: UserInputHandler;
  onElicitation?: ElicitationHandler;
  maxToolCalls?: number;
}

const outputSchemaSchema = z.custom<OutputSchemaOption>(
  (v) => isPlainObject(v) || isSchemaLibraryObject(v),
  {
    error: (i) =>
      `must be a JSON schema object (e.g. { type: 'object', properties: { … } }) or a zod / Standard Schema; got ${describeValue(i.input)}`,
  },
);

/** zod 4 and other Standard Schema libraries expose `~standard`; zod 3 exposes `_def` + `safeParse`. */
function isSchemaLibraryObject(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (typeof o['~standard'] === 'object' && o['~standard'] !== null) || (typeof o['_def'] === 'object' && typeof o['safeParse'] === 'function');
}

/** Duck-typed so that signals from another realm (or polyfills) are accepted too. */
const signalSchema = z.custom<AbortSignal>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    typeof (v as AbortSignal).aborted === 'boolean' &&
    typeof (v as AbortSignal).addEventListener === 'function',
  { error: (i) => `must be an AbortSignal (e.g. AbortSignal.timeout(60_000) or controller.signal); got ${describeValue(i.input)}` },
);

/**
 * The zod schema of {@link TurnOptions}.
 *
 * @example
 * ```ts
 * turnOptionsSchema.safeParse({ effort: 'high' }).success; // true
 * ```
 */
export const turnOptionsSchema = strictOptions(
  {
    outputSchema: outputSchemaSchema.optional(),
    signal: signalSchema.optional(),
    model: nonEmptyString().optional(),
    effort: nonEmptyString("Use a reasoning effort the model supports, e.g. 'low', 'medium', 'high'.").optional(),
    summary: oneOf(['auto', 'concise', 'detailed', 'none']).optional(),
    cwd: pathString().optional(),
    workingDirectory: pathString().optional(),
    sandbox: oneOf(SANDBOX_MODES).optional(),
    sandboxMode: oneOf(SANDBOX_MODES).optional(),
    approvalMode: oneOf(APPROVAL_MODES).optional(),
    approvalPolicy: approvalPolicySchema().optional(),
    approvalsReviewer: oneOf(APPROVALS_REVIEWERS).optional(),
    personality: oneOf(['none', 'friendly', 'pragmatic']).optional(),
    collaborationMode: oneOf(['default', 'plan']).optional(),
    cyberAccessProgram: oneOf(['standard', 'daybreak_blue', 'daybreak_red', 'daybreakBlue', 'daybreakRed']).optional(),
    serviceTier: nonEmptyString().optional(),
    onRequestUserInput: functionOption<UserInputHandler>('the user-input handler').optional(),
    onApproval: functionOption<ApprovalHandler>('the approval handler').optional(),
    onUserInput: functionOption<UserInputHandler>('the user-input handler').optional(),
    onElicitation: functionOption<ElicitationHandler>('the MCP elicitation handler').optional(),
    maxToolCalls: integerIn(0, 100_000).optional(),
  },
  MISPLACED_IN_TURN_OPTIONS,
);

/**
 * Validates turn options and returns them normalised (`workingDirectory` → `cwd`,
 * absolute; `sandboxMode` → `sandbox`).
 *
 * Rejects, with an {@link InvalidOptionsError} naming the option: unknown keys, a
 * non-AbortSignal `signal`, an `outputSchema` that is neither a JSON-schema object nor a
 * schema-library object, unknown sandbox/summary/approval values, contradicting aliases
 * or approval settings.
 *
 * @example
 * ```ts
 * const opts = parseTurnOptions({ effort: 'high', approvalMode: 'ask', signal: AbortSignal.timeout(60_000) });
 * parseTurnOptions({ outputSchema: 'json' }); // throws: `outputSchema` must be a JSON schema object …
 * ```
 *
 * @param raw The options object (or `undefined`).
 * @param cwd Base for a relative `cwd` (default `process.cwd()`).
 * @throws InvalidOptionsError when an option is invalid.
 */
export function parseTurnOptions(raw: unknown = {}, cwd: string = process.cwd()): NormalizedTurnOptions {
  const parsed = parseWithSchema(turnOptionsSchema, raw ?? {}, { what: 'turn options' });
  const resolve = (p: string) => path.resolve(cwd, p);
  const sandbox = foldAlias<SandboxMode>(parsed, 'sandbox', 'sandboxMode');
  const dir = foldAlias<string>(parsed, 'cwd', 'workingDirectory', '', (a, b) => resolve(a) === resolve(b));
  resolveApproval(parsed);

  const out: NormalizedTurnOptions = {};
  if (sandbox !== undefined) out.sandbox = sandbox;
  if (dir !== undefined) out.cwd = resolve(dir);
  copyDefined(parsed, out, [
    'outputSchema', 'signal', 'model', 'effort', 'summary', 'approvalMode', 'approvalPolicy', 'approvalsReviewer',
    'personality', 'collaborationMode', 'cyberAccessProgram', 'serviceTier', 'onRequestUserInput',
    'onApproval', 'onUserInput', 'onElicitation', 'maxToolCalls',
  ]);
  return out;
}
