import { InvalidOptionsError } from '../errors/index.js';

/**
 * High-level approval presets (the names of the official Python SDK's `ApprovalMode`,
 * plus `ask`):
 * - `deny_all`: codex never asks; anything that would need approval is refused and the
 *   model is told so. Wire: `approvalPolicy: 'never'`.
 * - `auto_review`: codex asks only when the model requests escalation (sandbox escape,
 *   network), and a codex reviewer sub-agent decides instead of your handler.
 *   Wire: `approvalPolicy: 'on-request'`, `approvalsReviewer: 'auto_review'`.
 * - `ask`: every command is sent to your `onApproval` handler, read-only ones such as
 *   `ls` and `git status` included on the pinned codex (docs/codex-quirks.md)
 *   (no handler means decline). Wire: `approvalPolicy: 'untrusted'`, `approvalsReviewer: 'user'`.
 *   (`on-request` alone would only ask on escalation.)
 *
 * @example
 * ```ts
 * codex.startThread({ approvalMode: 'ask', onApproval: async (req) => 'decline' });
 * await thread.run('Deploy', { approvalMode: 'deny_all' }); // stays in force for later turns
 * ```
 */
export type ApprovalMode = 'deny_all' | 'auto_review' | 'ask';

/**
 * Every {@link ApprovalMode}, in documentation order.
 *
 * @example
 * ```ts
 * APPROVAL_MODES.includes('ask'); // true
 * ```
 */
export const APPROVAL_MODES = ['deny_all', 'auto_review', 'ask'] as const;

/**
 * Fine-grained approval policy (codex's `granular` form): which kinds of request may
 * reach you; kinds set to `false` are refused without asking.
 *
 * @example
 * ```ts
 * codex.startThread({ approvalPolicy: { granular: { sandbox_approval: true, rules: true, mcp_elicitations: false } } });
 * ```
 */
export interface GranularApprovalPolicy {
  granular: {
    sandbox_approval: boolean;
    rules: boolean;
    mcp_elicitations: boolean;
    skill_approval?: boolean;
    request_permissions?: boolean;
  };
}

/**
 * codex's approval policy, as @openai/codex-sdk spells it. `on-failure` is the legacy
 * name: codex 0.169 reads it as `on-request` (verified: `approval_policy = "on-failure"`
 * in config comes back as `on-request`), and app-server's `approvalPolicy` param rejects
 * it, so it is sent as `on-request`.
 *
 * @example
 * ```ts
 * codex.startThread({ approvalPolicy: 'on-request' });
 * ```
 */
export type ApprovalPolicy = 'never' | 'on-request' | 'on-failure' | 'untrusted' | GranularApprovalPolicy;

/** Every string {@link ApprovalPolicy}. */
export const APPROVAL_POLICIES = ['never', 'on-request', 'on-failure', 'untrusted'] as const;

/** The approval policy app-server accepts (`AskForApproval` in the protocol). */
export type WireApprovalPolicy = 'never' | 'on-request' | 'untrusted' | GranularApprovalPolicy;

/**
 * Who reviews approval requests (`ApprovalsReviewer` in the protocol): `user` (the
 * client, i.e. your handler) or `auto_review` (a codex reviewer sub-agent).
 * `guardian_subagent` is codex's legacy name for `auto_review`.
 *
 * @example
 * ```ts
 * codex.startThread({ approvalPolicy: 'on-request', approvalsReviewer: 'auto_review' });
 * ```
 */
export type ApprovalsReviewer = 'user' | 'auto_review' | 'guardian_subagent';

/** Every {@link ApprovalsReviewer}. */
export const APPROVALS_REVIEWERS = ['user', 'auto_review', 'guardian_subagent'] as const;

/** The wire fields an approval preset or policy turns into. */
export interface ApprovalWireFields {
  approvalPolicy?: WireApprovalPolicy;
  approvalsReviewer?: ApprovalsReviewer;
}

/**
 * The wire fields of each preset. `deny_all` leaves the reviewer alone: with policy
 * `never` nothing is ever reviewed. `ask` sets `user` explicitly so that switching a
 * thread from `auto_review` back to `ask` really routes requests to the handler again
 * (codex keeps per-turn overrides for later turns).
 *
 * @example
 * ```ts
 * APPROVAL_MODE_WIRE.auto_review; // → { approvalPolicy: 'on-request', approvalsReviewer: 'auto_review' }
 * ```
 */
export const APPROVAL_MODE_WIRE: Readonly<Record<ApprovalMode, Readonly<Required<Pick<ApprovalWireFields, 'approvalPolicy'>> & ApprovalWireFields>>> = {
  deny_all: { approvalPolicy: 'never' },
  auto_review: { approvalPolicy: 'on-request', approvalsReviewer: 'auto_review' },
  ask: { approvalPolicy: 'untrusted', approvalsReviewer: 'user' },
};

/**
 * Converts an SDK-style approval policy to the value app-server accepts.
 *
 * @example
 * ```ts
 * approvalPolicyToWire('on-failure'); // → 'on-request'
 * approvalPolicyToWire('untrusted');  // → 'untrusted'
 * ```
 */
export function approvalPolicyToWire(policy: ApprovalPolicy): WireApprovalPolicy {
  return policy === 'on-failure' ? 'on-request' : policy;
}

/**
 * Resolves the approval settings of a thread or turn into wire fields. The preset
 * decides unless an explicit policy/reviewer is given alone; giving a preset together
 * with an explicit value that means something else is a contradiction and throws.
 *
 * @example
 * ```ts
 * resolveApproval({ approvalMode: 'auto_review' });
 * // → { approvalPolicy: 'on-request', approvalsReviewer: 'auto_review' }
 * resolveApproval({ approvalPolicy: 'on-failure' }); // → { approvalPolicy: 'on-request' }
 * resolveApproval({ approvalMode: 'ask', approvalPolicy: 'never' }); // throws InvalidOptionsError
 * ```
 *
 * @param options The `approvalMode`, `approvalPolicy` and `approvalsReviewer` options.
 * @param prefix Option path prefix for error messages (e.g. `turn.`).
 * @throws InvalidOptionsError on contradicting settings.
 */
export function resolveApproval(
  options: { approvalMode?: ApprovalMode | undefined; approvalPolicy?: ApprovalPolicy | undefined; approvalsReviewer?: ApprovalsReviewer | undefined },
  prefix = '',
): ApprovalWireFields {
  const explicit: ApprovalWireFields = {};
  if (options.approvalPolicy !== undefined) explicit.approvalPolicy = approvalPolicyToWire(options.approvalPolicy);
  if (options.approvalsReviewer !== undefined) explicit.approvalsReviewer = options.approvalsReviewer;
  if (options.approvalMode === undefined) return explicit;

  const preset = APPROVAL_MODE_WIRE[options.approvalMode];
  if (explicit.approvalPolicy !== undefined && JSON.stringify(explicit.approvalPolicy) !== JSON.stringify(preset.approvalPolicy)) {
    throw new InvalidOptionsError(
      `${prefix}approvalPolicy`,
      `${JSON.stringify(options.approvalPolicy)} contradicts approvalMode '${options.approvalMode}', which means approvalPolicy '${preset.approvalPolicy as string}'. ` +
        'Pass only one of approvalMode and approvalPolicy.',
    );
  }
  const presetReviewer = preset.approvalsReviewer;
  if (explicit.approvalsReviewer !== undefined && presetReviewer !== undefined && !sameReviewer(explicit.approvalsReviewer, presetReviewer)) {
    throw new InvalidOptionsError(
      `${prefix}approvalsReviewer`,
      `'${explicit.approvalsReviewer}' contradicts approvalMode '${options.approvalMode}', which routes approvals to '${presetReviewer}'. ` +
        'Pass only one of approvalMode and approvalsReviewer.',
    );
  }
  return { ...explicit, ...preset };
}

/** `guardian_subagent` is codex's legacy alias of `auto_review`. */
function sameReviewer(a: ApprovalsReviewer, b: ApprovalsReviewer): boolean {
  const canonical = (r: ApprovalsReviewer) => (r === 'guardian_subagent' ? 'auto_review' : r);
  return canonical(a) === canonical(b);
}
