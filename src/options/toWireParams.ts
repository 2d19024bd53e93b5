import { InvalidOptionsError } from '../errors/index.js';
import { joinTextItems } from '../input/joinTextItems.js';
import { normalizeInput, type Input, type NormalizedInput, type NormalizeInputOptions, type WireUserInput } from '../input/normalizeInput.js';
import { resolveApproval } from './approvalMode.js';
import { flattenConfig, type ConfigValue } from './codexConfig.js';
import { mcpServersToConfig } from './mcpServers.js';
import { isPlainObject } from './optionSchemas.js';
import { toSandboxPolicy, type WorkspaceWriteSettings } from './sandboxPolicy.js';
import type { NormalizedThreadOptions } from './threadOptions.js';
import type { NormalizedTurnOptions } from './turnOptions.js';
import type {
  WireCollaborationMode,
  WireDynamicTool,
  WireDynamicToolNamespace,
  WireThreadForkParams,
  WireThreadResumeParams,
  WireThreadStartParams,
  WireTurnStartParams,
  WireTurnSteerParams,
} from './wireParams.js';

/**
 * A tool ready for codex: name, description and the JSON schema of its arguments.
 *
 * @example
 * ```ts
 * const spec: ToolSpec = { name: 'lookup_ticket', description: 'Fetch a ticket', inputSchema: { type: 'object', properties: { id: { type: 'string' } } } };
 * toThreadStartParams(threadOptions, { tools: [spec] });
 * ```
 */
export interface ToolSpec {
  name: string;
  description: string;
  /** JSON schema of the arguments object (already converted from zod). */
  inputSchema: Record<string, unknown>;
  deferLoading?: boolean;
  /** Groups the tool under a namespace (`defineTool({ namespace })`); names must be unique within it. */
  namespace?: string;
}

/** Extra inputs of {@link toThreadStartParams}. */
export interface ThreadStartContext {
  /**
   * The thread's tools with JSON input schemas (the tools module converts `defineTool`
   * zod parameters). When omitted, each `threadOptions.tools` entry must itself carry an
   * `inputSchema` object.
   */
  tools?: readonly ToolSpec[];
}

const TOOL_NAME = /^[a-zA-Z0-9_-]+$/;

/**
 * Maps normalised thread options to the exact `thread/start` params of codex 0.169.
 *
 * - `sandbox` stays kebab-case (`thread/start.sandbox` is a `SandboxMode`).
 * - `approvalMode` becomes `approvalPolicy` (+ `approvalsReviewer`); `on-failure` is sent
 *   as `on-request` (see `approvalPolicyToWire`).
 * - `config` gets dotted keys: the user's `config` flattened, `mcpServers` as
 *   `mcp_servers.<name>.*`, then the typed options, which win:
 *   `model_reasoning_effort`, `sandbox_workspace_write.network_access`, `web_search`,
 *   `sandbox_workspace_write.writable_roots` (the config's roots plus `additionalDirectories`).
 * - tools become `dynamicTools` (requires the `experimentalApi` capability at initialize).
 * - `skipGitRepoCheck`, handlers, `restart` and `collaborationMode` are not thread/start
 *   params (app-server never checks for git; collaboration mode is sent per turn).
 *
 * @example
 * ```ts
 * toThreadStartParams(parseThreadOptions({ cwd: '/repo', sandbox: 'workspace-write', approvalMode: 'auto_review', modelReasoningEffort: 'high' }));
 * // → { cwd: '/repo', sandbox: 'workspace-write', approvalPolicy: 'on-request', approvalsReviewer: 'auto_review',
 * //     config: { model_reasoning_effort: 'high' } }
 * ```
 *
 * @param thread Options from `parseThreadOptions`.
 * @param context The tools' JSON specs.
 * @throws InvalidOptionsError when a tool spec is unusable.
 */
export function toThreadStartParams(thread: NormalizedThreadOptions, context: ThreadStartContext = {}): WireThreadStartParams {
  const params: WireThreadStartParams = { ...commonThreadParams(thread) };
  if (thread.serviceName !== undefined) params.serviceName = thread.serviceName;
  if (thread.threadSource !== undefined) params.threadSource = thread.threadSource;
  if (thread.personality !== undefined) params.personality = thread.personality;
  if (thread.ephemeral !== undefined) params.ephemeral = thread.ephemeral;
  const tools = toDynamicTools(context.tools ?? thread.tools);
  if (tools.length > 0) params.dynamicTools = tools;
  return params;
}

/**
 * Maps thread options to `thread/resume` params: the same overrides as `thread/start`
 * except `ephemeral`, `serviceName`, `threadSource` and `dynamicTools`, which
 * `thread/resume` does not take (codex restores a thread's dynamic tools from its rollout).
 *
 * @example
 * ```ts
 * toThreadResumeParams('01a2…', parseThreadOptions({ model: 'gpt-5.5' }), { excludeTurns: true });
 * // → { threadId: '01a2…', model: 'gpt-5.5', excludeTurns: true }
 * ```
 *
 * @param threadId The codex thread id.
 * @param thread Options from `parseThreadOptions`.
 * @param extra `excludeTurns: true` skips the history in the response (codex deprecates full hydration).
 */
export function toThreadResumeParams(threadId: string, thread: NormalizedThreadOptions, extra: { excludeTurns?: boolean } = {}): WireThreadResumeParams {
  const params: WireThreadResumeParams = { threadId, ...commonThreadParams(thread) };
  if (thread.personality !== undefined) params.personality = thread.personality;
  if (extra.excludeTurns !== undefined) params.excludeTurns = extra.excludeTurns;
  return params;
}

/**
 * Maps thread options to `thread/fork` params (`ephemeral` and `threadSource` apply to
 * the new thread; codex requires `excludeTurns: true` for an ephemeral fork).
 *
 * @example
 * ```ts
 * toThreadForkParams('01a2…', parseThreadOptions({ ephemeral: true }), { excludeTurns: true });
 * // → { threadId: '01a2…', ephemeral: true, excludeTurns: true }
 * ```
 */
export function toThreadForkParams(threadId: string, thread: NormalizedThreadOptions, extra: { excludeTurns?: boolean } = {}): WireThreadForkParams {
  const params: WireThreadForkParams = { threadId, ...commonThreadParams(thread) };
  if (thread.ephemeral !== undefined) params.ephemeral = thread.ephemeral;
  if (thread.threadSource !== undefined) params.threadSource = thread.threadSource;
  if (extra.excludeTurns !== undefined) params.excludeTurns = extra.excludeTurns;
  return params;
}

/** The overrides thread/start, thread/resume and thread/fork share. */
function commonThreadParams(thread: NormalizedThreadOptions): Omit<WireThreadResumeParams, 'threadId' | 'personality' | 'excludeTurns'> {
  const params: Omit<WireThreadResumeParams, 'threadId' | 'personality' | 'excludeTurns'> = {};
  if (thread.model !== undefined) params.model = thread.model;
  if (thread.modelProvider !== undefined) params.modelProvider = thread.modelProvider;
  if (thread.serviceTier !== undefined) params.serviceTier = thread.serviceTier;
  if (thread.cwd !== undefined) params.cwd = thread.cwd;
  Object.assign(params, resolveApproval(thread));
  if (thread.sandbox !== undefined) params.sandbox = thread.sandbox;
  const config = threadConfig(thread);
  if (Object.keys(config).length > 0) params.config = config;
  if (thread.baseInstructions !== undefined) params.baseInstructions = thread.baseInstructions;
  if (thread.developerInstructions !== undefined) params.developerInstructions = thread.developerInstructions;
  return params;
}

/** The dotted `config` of a thread: user config, MCP servers, then typed options (which win). */
function threadConfig(thread: NormalizedThreadOptions): Record<string, ConfigValue> {
  const config: Record<string, ConfigValue> = {
    ...(thread.config ? flattenConfig(thread.config) : {}),
    ...(thread.mcpServers ? flattenConfig(mcpServersToConfig(thread.mcpServers)) : {}),
  };
  if (thread.modelReasoningEffort !== undefined) config['model_reasoning_effort'] = thread.modelReasoningEffort;
  if (thread.networkAccessEnabled !== undefined) config['sandbox_workspace_write.network_access'] = thread.networkAccessEnabled;
  if (thread.webSearchMode !== undefined) config['web_search'] = thread.webSearchMode;
  if (thread.additionalDirectories.length > 0) {
    config['sandbox_workspace_write.writable_roots'] = writableRoots(thread);
  }
  return config;
}

/** Roots from the user's config (dotted or nested) followed by `additionalDirectories`, de-duplicated. */
function writableRoots(thread: NormalizedThreadOptions): string[] {
  const flat = thread.config ? flattenConfig(thread.config) : {};
  const fromConfig = flat['sandbox_workspace_write.writable_roots'];
  const configured = Array.isArray(fromConfig) ? fromConfig.filter((r): r is string => typeof r === 'string') : [];
  return [...new Set([...configured, ...thread.additionalDirectories])];
}

/** The workspace-write details of a thread, for a turn-level sandbox policy (and a thread's effective settings). */
export function workspaceSettings(thread: NormalizedThreadOptions | undefined): WorkspaceWriteSettings {
  if (thread === undefined) return {};
  const flat = thread.config ? flattenConfig(thread.config) : {};
  const settings: WorkspaceWriteSettings = {};
  const roots = writableRoots(thread);
  if (roots.length > 0) settings.writableRoots = roots;
  const network = thread.networkAccessEnabled ?? flat['sandbox_workspace_write.network_access'];
  if (typeof network === 'boolean') settings.networkAccess = network;
  const tmpdir = flat['sandbox_workspace_write.exclude_tmpdir_env_var'];
  if (typeof tmpdir === 'boolean') settings.excludeTmpdirEnvVar = tmpdir;
  const slashTmp = flat['sandbox_workspace_write.exclude_slash_tmp'];
  if (typeof slashTmp === 'boolean') settings.excludeSlashTmp = slashTmp;
  return settings;
}

/** Plain tools first, then one `namespace` entry per namespace (codex's grouped form, reference §3.6). */
function toDynamicTools(tools: readonly unknown[]): Array<WireDynamicTool | WireDynamicToolNamespace> {
  const plain: Array<WireDynamicTool | WireDynamicToolNamespace> = [];
  const namespaces = new Map<string, WireDynamicTool[]>();
  toFunctionTools(tools).forEach((wire, index) => {
    const namespace = (tools[index] as Partial<ToolSpec>).namespace;
    if (namespace === undefined) return void plain.push(wire);
    namespaces.set(namespace, [...(namespaces.get(namespace) ?? []), wire]);
  });
  for (const [name, list] of namespaces) plain.push({ type: 'namespace', name, description: `${name} tools`, tools: list });
  return plain;
}

function toFunctionTools(tools: readonly unknown[]): WireDynamicTool[] {
  const seen = new Set<string>();
  return tools.map((tool, index) => {
    const spec = tool as Partial<ToolSpec>;
    const at = `tools[${index}]`;
    if (typeof spec.name !== 'string' || !TOOL_NAME.test(spec.name)) {
      throw new InvalidOptionsError(`${at}.name`, `must match ${TOOL_NAME.source} (codex rejects other tool names); got ${JSON.stringify(spec.name)}`);
    }
    const key = `${spec.namespace ?? ''}.${spec.name}`;
    if (seen.has(key)) throw new InvalidOptionsError(`${at}.name`, `'${spec.name}' is used by another tool; tool names must be unique within a thread.`);
    seen.add(key);
    if (!isPlainObject(spec.inputSchema)) {
      throw new InvalidOptionsError(
        `${at}.inputSchema`,
        `tool '${spec.name}' has no JSON schema for its arguments. Create tools with defineTool(), which converts its zod parameters.`,
      );
    }
    const wire: WireDynamicTool = { type: 'function', name: spec.name, description: String(spec.description ?? ''), inputSchema: spec.inputSchema };
    if (spec.deferLoading !== undefined) wire.deferLoading = spec.deferLoading;
    return wire;
  });
}

/**
 * Extra inputs of {@link toTurnStartParams}.
 *
 * @example
 * ```ts
 * toTurnStartParams(threadId, input, turnOptions, { thread: threadOptions, model: started.model, outputSchema: jsonSchema });
 * ```
 */
export interface TurnStartContext {
  /** The thread's options: their writable roots/network setting are repeated in a turn-level sandbox policy. */
  thread?: NormalizedThreadOptions;
  /** The thread's effective model (from the thread/start response), needed by a collaboration mode. */
  model?: string;
  /** The output schema as JSON schema, when `turnOptions.outputSchema` is a zod/Standard Schema. */
  outputSchema?: Record<string, unknown>;
  /** Base directory for relative paths in the input. */
  baseDir?: string;
}

/**
 * Maps input and normalised turn options to the exact `turn/start` params of codex 0.169.
 *
 * - `input` may be raw {@link Input} or the result of `normalizeInput` (so a caller that
 *   stages attachments converts only once). Its text items are joined into one (blank
 *   lines between), as @openai/codex-sdk sends them.
 * - `sandbox` becomes `sandboxPolicy`, the camelCase object form (`{ type: 'workspaceWrite',
 *   writableRoots, networkAccess }`); it replaces the thread's policy, so the thread's roots
 *   and network setting are repeated.
 * - approval settings map as for the thread; `cyberAccessProgram` is sent camelCase
 *   (`daybreak_blue` → `daybreakBlue`).
 * - a collaboration mode (turn's or thread's) is sent as `{ mode, settings: { model, … } }`;
 *   codex requires the model name there.
 *
 * @example
 * ```ts
 * toTurnStartParams('01a2…', 'Fix the test', parseTurnOptions({ effort: 'high', sandbox: 'read-only' }));
 * // → { threadId: '01a2…', input: [{ type: 'text', text: 'Fix the test', text_elements: [] }],
 * //     effort: 'high', sandboxPolicy: { type: 'readOnly' } }
 * ```
 *
 * @param threadId The codex thread id.
 * @param input The user input (raw or normalised).
 * @param turn Options from `parseTurnOptions`.
 * @param context Thread options, resolved model, converted output schema, base dir.
 * @throws InvalidOptionsError for invalid input or unusable options.
 */
export function toTurnStartParams(
  threadId: string,
  input: Input | NormalizedInput,
  turn: NormalizedTurnOptions = {},
  context: TurnStartContext = {},
): WireTurnStartParams {
  const items = wireItems(input, { ...(context.baseDir !== undefined && { baseDir: context.baseDir }) });
  const params: WireTurnStartParams = { threadId, input: joinTextItems(items) };
  if (turn.cwd !== undefined) params.cwd = turn.cwd;
  Object.assign(params, resolveApproval(turn));
  if (turn.sandbox !== undefined) params.sandboxPolicy = toSandboxPolicy(turn.sandbox, turn.sandbox === 'workspace-write' ? workspaceSettings(context.thread) : {});
  if (turn.model !== undefined) params.model = turn.model;
  if (turn.serviceTier !== undefined) params.serviceTier = turn.serviceTier;
  if (turn.effort !== undefined) params.effort = turn.effort;
  if (turn.summary !== undefined) params.summary = turn.summary;
  if (turn.personality !== undefined) params.personality = turn.personality;
  const schema = outputJsonSchema(turn, context);
  if (schema !== undefined) params.outputSchema = schema;
  const collaboration = collaborationMode(turn, context);
  if (collaboration !== undefined) params.collaborationMode = collaboration;
  if (turn.cyberAccessProgram !== undefined) params.cyberAccessProgram = CYBER_WIRE[turn.cyberAccessProgram];
  return params;
}

/**
 * Builds `turn/steer` params (input appended to the running turn `expectedTurnId`).
 *
 * @example
 * ```ts
 * toTurnSteerParams('01a2…', 'turn-1', 'Also update the docs');
 * // → { threadId: '01a2…', expectedTurnId: 'turn-1', input: [{ type: 'text', text: 'Also update the docs', text_elements: [] }] }
 * ```
 */
export function toTurnSteerParams(threadId: string, expectedTurnId: string, input: Input | NormalizedInput, options: NormalizeInputOptions = {}): WireTurnSteerParams {
  return { threadId, expectedTurnId, input: wireItems(input, options) };
}

const CYBER_WIRE = {
  standard: 'standard',
  daybreak_blue: 'daybreakBlue',
  daybreak_red: 'daybreakRed',
  daybreakBlue: 'daybreakBlue',
  daybreakRed: 'daybreakRed',
} as const;

function wireItems(input: Input | NormalizedInput, options: NormalizeInputOptions): WireUserInput[] {
  if (isNormalizedInput(input)) return input.items;
  return normalizeInput(input, options).items;
}

function isNormalizedInput(input: unknown): input is NormalizedInput {
  return isPlainObject(input) && Array.isArray(input['items']) && Array.isArray(input['attachments']) && !('type' in input);
}

function outputJsonSchema(turn: NormalizedTurnOptions, context: TurnStartContext): Record<string, unknown> | undefined {
  if (context.outputSchema !== undefined) return context.outputSchema;
  const schema = turn.outputSchema;
  if (schema === undefined) return undefined;
  if (isPlainObject(schema) && !('~standard' in schema)) return schema;
  throw new InvalidOptionsError(
    'outputSchema',
    'is a schema-library object; it must be converted to JSON schema before turn/start (pass the converted schema as context.outputSchema).',
  );
}

function collaborationMode(turn: NormalizedTurnOptions, context: TurnStartContext): WireCollaborationMode | undefined {
  const mode = turn.collaborationMode ?? context.thread?.collaborationMode;
  if (mode === undefined) return undefined;
  const model = turn.model ?? context.model ?? context.thread?.model;
  if (model === undefined) {
    throw new InvalidOptionsError(
      'collaborationMode',
      "needs a model name (codex's collaboration-mode settings require one). Set `model` on the thread or the turn.",
    );
  }
  return {
    mode,
    settings: { model, reasoning_effort: turn.effort ?? context.thread?.modelReasoningEffort ?? null, developer_instructions: null },
  };
}
