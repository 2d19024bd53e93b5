import path from 'node:path';
import { z } from 'zod';
import { InvalidOptionsError } from '../errors/index.js';
import { APPROVAL_MODES, APPROVALS_REVIEWERS, APPROVAL_POLICIES, resolveApproval, type ApprovalMode, type ApprovalPolicy, type ApprovalsReviewer } from './approvalMode.js';
import { configObjectSchema, type ConfigObject } from './codexConfig.js';
import { copyDefined } from './copyDefined.js';
import { describeValue } from './describeValue.js';
import { foldAlias } from './foldAlias.js';
import { foldBypass } from './bypassSandbox.js';
import type { ApprovalHandler, ElicitationHandler, ToolLike, UserInputHandler } from './handlerTypes.js';
import { mcpServersSchema, type McpServerOptions } from './mcpServers.js';
import { MISPLACED_IN_THREAD_OPTIONS } from './misplacedOptions.js';
import { functionOption, integerIn, isPlainObject, nonEmptyString, oneOf, pathString, strictOptions } from './optionSchemas.js';
import { parseWithSchema } from './parseWithSchema.js';
import { SANDBOX_MODES, type SandboxMode } from './sandboxPolicy.js';

/**
 * Reasoning effort. The values @openai/codex-sdk lists are suggested; codex accepts any
 * non-empty value the model advertises, so other strings pass through.
 *
 * @example
 * ```ts
 * codex.startThread({ modelReasoningEffort: 'high' });
 * ```
 */
export type ModelReasoningEffort = 'none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh' | 'max' | 'ultra' | 'persistent' | (string & {});

/**
 * Web search: off, from OpenAI's cache/index, or live.
 *
 * @example
 * ```ts
 * codex.startThread({ webSearchMode: 'cached' });
 * ```
 */
export type WebSearchMode = 'disabled' | 'cached' | 'indexed' | 'live';

/** Every {@link WebSearchMode}. */
export const WEB_SEARCH_MODES = ['disabled', 'cached', 'indexed', 'live'] as const;

/**
 * codex's preset collaboration modes (experimental; `plan` plans before acting).
 *
 * @example
 * ```ts
 * codex.startThread({ model: 'gpt-5.5', collaborationMode: 'plan' });
 * ```
 */
export type CollaborationModeKind = 'default' | 'plan';

/**
 * What a crash does to an ephemeral thread that has had turns (see `ThreadOptions.ephemeralRestart`).
 *
 * @example
 * ```ts
 * codex.startThread({ ephemeral: true, ephemeralRestart: 'new-thread' });
 * ```
 */
export type EphemeralRestart = 'fail' | 'new-thread';

/** Deprecated in codex (no longer selects a style) but still accepted on the wire. */
export type Personality = 'none' | 'friendly' | 'pragmatic';

/**
 * What the supervisor does when the thread's actor stops: `permanent` always restarts,
 * `transient` restarts only after a crash (default), `temporary` never restarts.
 *
 * @example
 * ```ts
 * codex.startThread({ restart: 'temporary' }); // a crash ends the thread instead of restarting it
 * ```
 */
export type RestartType = 'permanent' | 'transient' | 'temporary';

/**
 * Options of `codex.startThread(options)` / `resumeThread(id, options)`: a superset of
 * @openai/codex-sdk's `ThreadOptions` (every SDK field is accepted with the same meaning).
 *
 * @example
 * ```ts
 * const thread = codex.startThread({
 *   workingDirectory: '/repo',
 *   sandbox: 'workspace-write',
 *   approvalMode: 'ask',
 *   modelReasoningEffort: 'high',
 *   tools: [lookupTicket],
 * });
 * ```
 */
export interface ThreadOptions {
  /** Model slug (e.g. `gpt-5.5`); default: codex config. */
  model?: string;
  /** Model provider id from codex config (`model_providers.<id>`). */
  modelProvider?: string;
  /** Service tier requested from the API (e.g. `flex`, `priority`). */
  serviceTier?: string;
  /** Name of the calling service, for codex's analytics. */
  serviceName?: string;
  /** Source classification recorded when the thread is created (SDK `threadSource`). */
  threadSource?: string;
  /** Sandbox for commands the agent runs. */
  sandbox?: SandboxMode;
  /** @openai/codex-sdk's name for {@link ThreadOptions.sandbox}. */
  sandboxMode?: SandboxMode;
  /** Working directory of the agent (relative paths resolve against `process.cwd()`). */
  workingDirectory?: string;
  /** Alias of {@link ThreadOptions.workingDirectory}. */
  cwd?: string;
  /** Run outside a git repository. Without it a turn in a directory that is not inside a git repository is refused before codex starts (InvalidOptionsError), on both transports, as codex exec refuses it. */
  skipGitRepoCheck?: boolean;
  /** Reasoning effort (`model_reasoning_effort`). */
  modelReasoningEffort?: ModelReasoningEffort;
  /** Network access inside the `workspace-write` sandbox (`sandbox_workspace_write.network_access`). */
  networkAccessEnabled?: boolean;
  /** Web search mode (`web_search`). */
  webSearchMode?: WebSearchMode;
  /** SDK shorthand: `true` = `webSearchMode: 'live'`, `false` = `'disabled'`. */
  webSearchEnabled?: boolean;
  /**
   * codex's `--dangerously-bypass-approvals-and-sandbox`: no sandbox, never ask
   * (`sandbox: 'danger-full-access'` + `approvalPolicy: 'never'`). Rejected together
   * with another sandbox, approval setting, writable roots or `networkAccessEnabled: false`.
   * Only for environments that are sandboxed from outside (a container, a VM).
   */
  dangerouslyBypassApprovalsAndSandbox?: boolean;
  /** codex's approval policy. Mutually exclusive with a different {@link ThreadOptions.approvalMode}. */
  approvalPolicy?: ApprovalPolicy;
  /** Approval preset: `deny_all`, `auto_review` or `ask` (see {@link ApprovalMode}). */
  approvalMode?: ApprovalMode;
  /** Who reviews approval requests: `user` (your handler) or `auto_review` (a codex sub-agent). */
  approvalsReviewer?: ApprovalsReviewer;
  /** Extra writable roots for `workspace-write` (relative paths resolve against `workingDirectory`, as codex's `--add-dir`). */
  additionalDirectories?: string[];
  /** Tools made with `defineTool`, offered to the model as codex dynamic tools. */
  tools?: ToolLike[];
  /** MCP servers for this thread (merged into codex config `mcp_servers`). */
  mcpServers?: Record<string, McpServerOptions>;
  /** Most dynamic-tool calls one turn may make; further calls fail back to the model (default 64). */
  maxToolCalls?: number;
  /** Approval handler for this thread (overrides the Codex-level one). */
  onApproval?: ApprovalHandler;
  /** Handler for codex's questions to the user. */
  onUserInput?: UserInputHandler;
  /** Handler for MCP elicitation requests. */
  onElicitation?: ElicitationHandler;
  /** Replaces codex's built-in system prompt. */
  baseInstructions?: string;
  /** Extra developer instructions, added after the system prompt. */
  developerInstructions?: string;
  /** Deprecated in codex; accepted for compatibility. */
  personality?: Personality;
  /** Do not persist the thread (no rollout file; it cannot be resumed). */
  ephemeral?: boolean;
  /**
   * What a crash does to an ephemeral thread that has had turns: codex never
   * stores ephemeral threads, so its history cannot come back. `'fail'`
   * (default): the thread fails with `EphemeralThreadLostError`. `'new-thread'`:
   * a new codex thread (new id, empty history, the same settings) replaces it,
   * announced by `thread.restarted` with `previous_thread_id`.
   */
  ephemeralRestart?: EphemeralRestart;
  /** Per-thread codex config overrides (`thread/start.config`). */
  config?: ConfigObject;
  /** Supervisor restart type of the thread actor (default `transient`). */
  restart?: RestartType;
  /** Experimental codex collaboration mode, applied to every turn. */
  collaborationMode?: CollaborationModeKind;
  /**
   * A name for people, kept in this process only (never sent to codex): shown in
   * events' `meta.label`, on spans (`codex.thread.label`) and on the inspector page.
   * Not `name`, because `thread.setName(name)` already sets codex's own persisted thread name.
   */
  label?: string;
  /** Cluster mode: run this thread only on host `host` (default: the least-loaded live host with room). */
  placement?: { host: string };
}

/**
 * {@link ThreadOptions} after validation: aliases folded, paths absolute, defaults applied.
 *
 * @example
 * ```ts
 * parseThreadOptions({ sandboxMode: 'read-only', workingDirectory: 'repo' });
 * // → { sandbox: 'read-only', cwd: '/abs/repo', skipGitRepoCheck: false, additionalDirectories: [], tools: [], restart: 'transient' }
 * ```
 */
export interface NormalizedThreadOptions {
  model?: string;
  modelProvider?: string;
  serviceTier?: string;
  serviceName?: string;
  threadSource?: string;
  sandbox?: SandboxMode;
  /** Absolute working directory. */
  cwd?: string;
  skipGitRepoCheck: boolean;
  modelReasoningEffort?: ModelReasoningEffort;
  networkAccessEnabled?: boolean;
  /** `webSearchEnabled` folded in. */
  webSearchMode?: WebSearchMode;
  approvalPolicy?: ApprovalPolicy;
  approvalMode?: ApprovalMode;
  approvalsReviewer?: ApprovalsReviewer;
  /** Absolute, de-duplicated. */
  additionalDirectories: string[];
  tools: ToolLike[];
  mcpServers?: Record<string, McpServerOptions>;
  maxToolCalls?: number;
  onApproval?: ApprovalHandler;
  onUserInput?: UserInputHandler;
  onElicitation?: ElicitationHandler;
  baseInstructions?: string;
  developerInstructions?: string;
  personality?: Personality;
  ephemeral?: boolean;
  ephemeralRestart?: EphemeralRestart;
  config?: ConfigObject;
  restart: RestartType;
  collaborationMode?: CollaborationModeKind;
  label?: string;
  placement?: { host: string };
}

/** Tool names codex accepts for dynamic tools. */
const TOOL_NAME = /^[a-zA-Z0-9_-]+$/;

const toolSchema = z.custom<ToolLike>((v) => isToolLike(v), {
  error: (issue) => toolProblem(issue.input),
});

function isToolLike(v: unknown): v is ToolLike {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as Record<string, unknown>;
  return typeof t['name'] === 'string' && TOOL_NAME.test(t['name']) && typeof t['description'] === 'string' && typeof t['execute'] === 'function';
}

function toolProblem(v: unknown): string {
  if (typeof v !== 'object' || v === null) return `must be a tool created with defineTool(); got ${describeValue(v)}`;
  const t = v as Record<string, unknown>;
  if (typeof t['name'] !== 'string' || !TOOL_NAME.test(t['name'])) {
    const shown = typeof t['name'] === 'string' ? JSON.stringify(t['name']) : describeValue(t['name']);
    return `has an invalid name ${shown}: tool names may only contain letters, digits, '_' and '-' (codex rejects others)`;
  }
  if (typeof t['description'] !== 'string') return `(${t['name']}) needs a description string; got ${describeValue(t['description'])}`;
  return `(${t['name']}) needs an execute function; got ${describeValue(t['execute'])}. Create tools with defineTool().`;
}

const effortSchema = nonEmptyString("Use a reasoning effort the model supports, e.g. 'low', 'medium', 'high'.");

/**
 * The zod schema of {@link ThreadOptions} (per-field rules; cross-field rules live in {@link parseThreadOptions}).
 *
 * @example
 * ```ts
 * threadOptionsSchema.safeParse({ sandbox: 'read-only' }).success; // true
 * ```
 */
export const threadOptionsSchema = strictOptions(
  {
    model: nonEmptyString().optional(),
    modelProvider: nonEmptyString().optional(),
    serviceTier: nonEmptyString().optional(),
    serviceName: nonEmptyString().optional(),
    threadSource: nonEmptyString().optional(),
    sandbox: oneOf(SANDBOX_MODES).optional(),
    sandboxMode: oneOf(SANDBOX_MODES).optional(),
    workingDirectory: pathString().optional(),
    cwd: pathString().optional(),
    skipGitRepoCheck: z.boolean().optional(),
    modelReasoningEffort: effortSchema.optional(),
    networkAccessEnabled: z.boolean().optional(),
    dangerouslyBypassApprovalsAndSandbox: z.boolean().optional(),
    webSearchMode: oneOf(WEB_SEARCH_MODES).optional(),
    webSearchEnabled: z.boolean().optional(),
    approvalPolicy: approvalPolicySchema().optional(),
    approvalMode: oneOf(APPROVAL_MODES).optional(),
    approvalsReviewer: oneOf(APPROVALS_REVIEWERS).optional(),
    additionalDirectories: z.array(pathString()).optional(),
    tools: z.array(toolSchema).optional(),
    mcpServers: mcpServersSchema.optional(),
    maxToolCalls: integerIn(0, 100_000).optional(),
    onApproval: functionOption<ApprovalHandler>('the approval handler').optional(),
    onUserInput: functionOption<UserInputHandler>('the user-input handler').optional(),
    onElicitation: functionOption<ElicitationHandler>('the MCP elicitation handler').optional(),
    baseInstructions: z.string().optional(),
    developerInstructions: z.string().optional(),
    personality: oneOf(['none', 'friendly', 'pragmatic']).optional(),
    ephemeral: z.boolean().optional(),
    ephemeralRestart: oneOf(['fail', 'new-thread']).optional(),
    config: configObjectSchema().optional(),
    restart: oneOf(['permanent', 'transient', 'temporary']).optional(),
    collaborationMode: oneOf(['default', 'plan']).optional(),
    label: z.string().min(1).max(200).optional(),
    placement: strictOptions({ host: z.string().min(1) }).optional(),
  },
  MISPLACED_IN_THREAD_OPTIONS,
);

/**
 * The approval-policy schema shared by thread and turn options: the SDK's strings or
 * codex's `{ granular: … }` object.
 *
 * @internal
 */
export function approvalPolicySchema() {
  const granular = strictOptions({
    granular: strictOptions({
      sandbox_approval: z.boolean(),
      rules: z.boolean(),
      mcp_elicitations: z.boolean(),
      skill_approval: z.boolean().optional(),
      request_permissions: z.boolean().optional(),
    }),
  });
  return z.union([oneOf(APPROVAL_POLICIES), granular], {
    error: (i) => `must be one of 'never', 'on-request', 'on-failure', 'untrusted' or { granular: { … } }; got ${describeValue(i.input)}`,
  }) as unknown as z.ZodType<ApprovalPolicy>;
}

/**
 * Validates thread options and returns them normalised: `sandboxMode` → `sandbox`,
 * `workingDirectory` → `cwd` (absolute), `webSearchEnabled` → `webSearchMode`, relative
 * `additionalDirectories` resolved against the working directory (as codex resolves
 * `--add-dir`), `skipGitRepoCheck`/`tools`/`restart` defaulted.
 *
 * Rejects, with an {@link InvalidOptionsError} naming the option: unknown keys (with a
 * "did you mean" or "this is a Codex/turn option" hint), unknown sandbox/approval/web-search
 * values (listing the valid ones), aliases given with different values, `webSearchEnabled`
 * contradicting `webSearchMode`, `approvalMode` contradicting `approvalPolicy` or
 * `approvalsReviewer`, malformed or duplicate tools, MCP servers with both/neither of
 * `command` and `url`.
 *
 * @example
 * ```ts
 * const opts = parseThreadOptions({ sandboxMode: 'workspace-write', workingDirectory: 'repo', webSearchEnabled: true });
 * opts.sandbox;        // 'workspace-write'
 * opts.cwd;            // '/current/dir/repo'
 * opts.webSearchMode;  // 'live'
 * parseThreadOptions({ sandbox: 'full' }); // throws: `sandbox` must be one of 'read-only', …
 * ```
 *
 * @param raw The options object (or `undefined`).
 * @param cwd Base for relative paths (default `process.cwd()`).
 * @throws InvalidOptionsError when an option is invalid.
 */
export function parseThreadOptions(raw: unknown = {}, cwd: string = process.cwd()): NormalizedThreadOptions {
  const parsed = parseWithSchema(threadOptionsSchema, raw ?? {}, { what: 'thread options' });
  const resolve = (p: string) => path.resolve(cwd, p);

  const sandbox = foldAlias<SandboxMode>(parsed, 'sandbox', 'sandboxMode');
  const dir = foldAlias<string>(parsed, 'workingDirectory', 'cwd', '', (a, b) => resolve(a) === resolve(b));
  const webSearchMode = foldWebSearch(parsed.webSearchMode, parsed.webSearchEnabled);
  resolveApproval(parsed);
  const bypass = foldBypass(parsed, sandbox);
  const tools = parsed.tools ?? [];
  checkUniqueToolNames(tools);

  // codex resolves a relative --add-dir against the working directory (--cd), not its own cwd.
  const workingDirectory = dir !== undefined ? resolve(dir) : cwd;
  const out: NormalizedThreadOptions = {
    skipGitRepoCheck: parsed.skipGitRepoCheck ?? false,
    additionalDirectories: [...new Set((parsed.additionalDirectories ?? []).map((p) => path.resolve(workingDirectory, p)))],
    tools,
    restart: parsed.restart ?? 'transient',
  };
  if (sandbox !== undefined) out.sandbox = sandbox;
  if (dir !== undefined) out.cwd = resolve(dir);
  if (webSearchMode !== undefined) out.webSearchMode = webSearchMode;
  if (bypass) Object.assign(out, bypass);
  copyDefined(parsed, out, [
    'model', 'modelProvider', 'serviceTier', 'serviceName', 'threadSource', 'modelReasoningEffort', 'networkAccessEnabled',
    'approvalPolicy', 'approvalMode', 'approvalsReviewer', 'mcpServers', 'maxToolCalls', 'onApproval', 'onUserInput', 'onElicitation',
    'baseInstructions', 'developerInstructions', 'personality', 'ephemeral', 'ephemeralRestart', 'config', 'collaborationMode', 'label', 'placement',
  ]);
  return out;
}

/** `webSearchEnabled` is the SDK's boolean shorthand; it may accompany a mode only when they agree. */
function foldWebSearch(mode: WebSearchMode | undefined, enabled: boolean | undefined): WebSearchMode | undefined {
  if (enabled === undefined) return mode;
  if (mode === undefined) return enabled ? 'live' : 'disabled';
  if (enabled !== (mode !== 'disabled')) {
    throw new InvalidOptionsError(
      'webSearchEnabled',
      `(${enabled}) contradicts webSearchMode '${mode}'. Pass only webSearchMode ('disabled', 'cached', 'indexed' or 'live').`,
    );
  }
  return mode;
}

function checkUniqueToolNames(tools: readonly ToolLike[]): void {
  const seen = new Map<string, number>();
  tools.forEach((tool, index) => {
    const first = seen.get(tool.name);
    if (first !== undefined) {
      throw new InvalidOptionsError(`tools[${index}].name`, `'${tool.name}' is already used by tools[${first}]; tool names must be unique within a thread.`);
    }
    seen.set(tool.name, index);
  });
}
