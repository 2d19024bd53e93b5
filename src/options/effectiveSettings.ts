/**
 * A thread's effective settings: its options folded with every per-turn
 * override that codex keeps for later turns. A restart resumes the thread with
 * them and checks what codex reports back, so a crash never changes what the
 * thread is or may do (docs/architecture.md, "What a restart preserves").
 *
 * @module
 */
import { resolveApproval, type ApprovalsReviewer, type WireApprovalPolicy } from './approvalMode.js';
import type { ConfigValue } from './codexConfig.js';
import { toSandboxPolicy, type SandboxMode, type WireSandboxPolicy } from './sandboxPolicy.js';
import type { ModelReasoningEffort, NormalizedThreadOptions, Personality } from './threadOptions.js';
import { workspaceSettings } from './toWireParams.js';
import type { NormalizedTurnOptions, ReasoningSummary } from './turnOptions.js';

/**
 * The settings codex keeps from turn to turn. Unset fields are codex's own
 * defaults (its config), which a restart does not change either.
 *
 * @example
 * ```ts
 * const settings: EffectiveSettings = { sandbox: 'read-only', approvalPolicy: 'never', model: 'gpt-5.5', cwd: '/repo' };
 * ```
 */
export interface EffectiveSettings {
  sandbox?: SandboxMode;
  /** Extra writable roots of a `workspace-write` sandbox (thread option `additionalDirectories` and config). */
  writableRoots?: string[];
  /** Network inside a `workspace-write` sandbox. */
  networkAccess?: boolean;
  approvalPolicy?: WireApprovalPolicy;
  approvalsReviewer?: ApprovalsReviewer;
  model?: string;
  effort?: ModelReasoningEffort;
  summary?: ReasoningSummary;
  personality?: Personality;
  /** Absolute working directory. */
  cwd?: string;
  serviceTier?: string;
}

/** The part of {@link EffectiveSettings} one turn may change. */
export type SettingsChange = Omit<EffectiveSettings, 'writableRoots' | 'networkAccess'>;

/** One setting codex reported differently from the thread's effective settings. */
export interface SettingsDrift {
  setting: 'sandbox' | 'writableRoots' | 'networkAccess' | 'approvalPolicy' | 'approvalsReviewer' | 'model' | 'effort' | 'cwd';
  expected: unknown;
  actual: unknown;
}

/**
 * The effective settings of a thread before any turn: its options.
 *
 * @example
 * ```ts
 * threadSettings(parseThreadOptions({ sandbox: 'workspace-write', approvalMode: 'deny_all' }));
 * // → { sandbox: 'workspace-write', approvalPolicy: 'never' }
 * ```
 */
export function threadSettings(thread: NormalizedThreadOptions): EffectiveSettings {
  const workspace = workspaceSettings(thread);
  return defined({
    sandbox: thread.sandbox,
    writableRoots: workspace.writableRoots && workspace.writableRoots.length > 0 ? [...workspace.writableRoots] : undefined,
    networkAccess: workspace.networkAccess,
    ...resolveApproval(thread),
    model: thread.model,
    effort: thread.modelReasoningEffort,
    personality: thread.personality,
    cwd: thread.cwd,
    serviceTier: thread.serviceTier,
  });
}

/**
 * The overrides of one turn that codex keeps for later turns.
 *
 * @example
 * ```ts
 * turnSettings(parseTurnOptions({ sandbox: 'read-only', approvalMode: 'deny_all', effort: 'high' }));
 * // → { sandbox: 'read-only', approvalPolicy: 'never', effort: 'high' }
 * ```
 */
export function turnSettings(turn: NormalizedTurnOptions): SettingsChange {
  return defined({
    sandbox: turn.sandbox,
    ...resolveApproval(turn),
    model: turn.model,
    effort: turn.effort,
    summary: turn.summary,
    personality: turn.personality,
    cwd: turn.cwd,
    serviceTier: turn.serviceTier,
  });
}

/**
 * The settings after a turn whose overrides codex accepted.
 *
 * @example
 * ```ts
 * foldSettings({ sandbox: 'workspace-write', model: 'a' }, { sandbox: 'read-only' }); // → { sandbox: 'read-only', model: 'a' }
 * ```
 */
export function foldSettings(settings: EffectiveSettings, change: SettingsChange | undefined): EffectiveSettings {
  return change === undefined ? settings : { ...settings, ...defined(change) };
}

/**
 * `thread/start` / `thread/resume` params carrying the effective settings, on
 * top of the thread options' own params: `sandbox`, approval, `model`, `cwd`,
 * `personality`, `serviceTier` as params; effort and summary as the config keys
 * `model_reasoning_effort` / `model_reasoning_summary` (neither request has a
 * param for them). Writable roots and network stay in the base's config.
 *
 * @example
 * ```ts
 * withSettings({ threadId: 't', sandbox: 'workspace-write' }, { sandbox: 'read-only', effort: 'high' });
 * // → { threadId: 't', sandbox: 'read-only', config: { model_reasoning_effort: 'high' } }
 * ```
 */
export function withSettings<P extends { config?: { [key: string]: unknown } | null }>(base: P, settings: EffectiveSettings): P {
  const params: P & Record<string, unknown> = { ...base };
  const config: { [key: string]: unknown } = { ...(base.config ?? {}) };
  for (const key of ['sandbox', 'approvalPolicy', 'approvalsReviewer', 'model', 'cwd', 'personality', 'serviceTier'] as const) {
    const value = settings[key];
    if (value !== undefined) (params as Record<string, unknown>)[key] = value;
  }
  if (settings.effort !== undefined) config['model_reasoning_effort'] = settings.effort;
  if (settings.summary !== undefined) config['model_reasoning_summary'] = settings.summary;
  if (Object.keys(config).length > 0) params.config = config;
  return params;
}

/** What `thread/start` and `thread/resume` answer about a thread's settings (the fields we check). */
export interface ReportedSettings {
  sandbox?: unknown;
  approvalPolicy?: unknown;
  approvalsReviewer?: unknown;
  model?: unknown;
  reasoningEffort?: unknown;
  cwd?: unknown;
}

const SANDBOX_TYPE: Record<SandboxMode, string> = { 'read-only': 'readOnly', 'workspace-write': 'workspaceWrite', 'danger-full-access': 'dangerFullAccess' };

/**
 * Every setting codex reports differently from the effective settings. Only
 * settings the thread has a value for are compared (the rest are codex's
 * defaults); writable roots must all be present, codex may add its own.
 *
 * @example
 * ```ts
 * settingsDrift({ sandbox: 'read-only' }, { sandbox: { type: 'workspaceWrite' } });
 * // → [{ setting: 'sandbox', expected: 'read-only', actual: 'workspace-write' }]
 * ```
 */
export function settingsDrift(settings: EffectiveSettings, reported: ReportedSettings): SettingsDrift[] {
  const drift: SettingsDrift[] = [];
  const check = (setting: SettingsDrift['setting'], expected: unknown, actual: unknown, same = Object.is) => {
    if (expected !== undefined && !same(expected, actual)) drift.push({ setting, expected, actual });
  };
  const policy = (reported.sandbox ?? {}) as { type?: unknown; writableRoots?: unknown; networkAccess?: unknown };
  const reportedMode = (Object.keys(SANDBOX_TYPE) as SandboxMode[]).find((mode) => SANDBOX_TYPE[mode] === policy.type) ?? policy.type;
  check('sandbox', settings.sandbox, reportedMode);
  if (settings.sandbox === 'workspace-write' && policy.type === 'workspaceWrite') {
    const roots = Array.isArray(policy.writableRoots) ? policy.writableRoots : [];
    check('writableRoots', settings.writableRoots, roots, (expected, actual) => (expected as string[]).every((r) => (actual as unknown[]).includes(r)));
    check('networkAccess', settings.networkAccess, policy.networkAccess ?? false);
  }
  check('approvalPolicy', settings.approvalPolicy, reported.approvalPolicy, samePolicy);
  check('approvalsReviewer', settings.approvalsReviewer, reported.approvalsReviewer, (a, b) => canonicalReviewer(a) === canonicalReviewer(b));
  check('model', settings.model, reported.model);
  check('effort', settings.effort, reported.reasoningEffort);
  check('cwd', settings.cwd, reported.cwd);
  return drift;
}

/**
 * `thread/settings/update` params that put every effective setting back
 * (codex applies them to the thread's next turns).
 *
 * @example
 * ```ts
 * toSettingsUpdate('t', { sandbox: 'read-only', approvalPolicy: 'never' });
 * // → { threadId: 't', sandboxPolicy: { type: 'readOnly' }, approvalPolicy: 'never' }
 * ```
 */
export function toSettingsUpdate(threadId: string, settings: EffectiveSettings): Record<string, unknown> & { threadId: string } {
  let sandboxPolicy: WireSandboxPolicy | undefined;
  if (settings.sandbox !== undefined) {
    sandboxPolicy = toSandboxPolicy(settings.sandbox, defined({ writableRoots: settings.writableRoots, networkAccess: settings.networkAccess }));
  }
  return {
    threadId,
    ...defined({
      sandboxPolicy,
      approvalPolicy: settings.approvalPolicy,
      approvalsReviewer: settings.approvalsReviewer,
      model: settings.model,
      effort: settings.effort,
      summary: settings.summary,
      personality: settings.personality,
      cwd: settings.cwd,
      serviceTier: settings.serviceTier,
    }),
  };
}

/** A granular policy matches when every flag we set has the reported value (codex adds the flags it defaults). */
function samePolicy(expected: unknown, actual: unknown): boolean {
  if (typeof expected !== 'object' || expected === null) return expected === actual;
  const want = (expected as { granular?: Record<string, unknown> }).granular ?? {};
  const got = (actual as { granular?: Record<string, unknown> } | null)?.granular;
  return got !== undefined && Object.entries(want).every(([key, value]) => got[key] === value);
}

function canonicalReviewer(reviewer: unknown): unknown {
  return reviewer === 'guardian_subagent' ? 'auto_review' : reviewer;
}

/** The object without its undefined fields (settings never carry `key: undefined`). */
function defined<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
