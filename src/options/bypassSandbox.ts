import { InvalidOptionsError } from '../errors/index.js';
import type { ApprovalMode, ApprovalPolicy } from './approvalMode.js';
import type { SandboxMode } from './sandboxPolicy.js';

/** The options {@link foldBypass} reads. */
export interface BypassOptions {
  dangerouslyBypassApprovalsAndSandbox?: boolean | undefined;
  approvalMode?: ApprovalMode | undefined;
  approvalPolicy?: ApprovalPolicy | undefined;
  additionalDirectories?: readonly string[] | undefined;
  networkAccessEnabled?: boolean | undefined;
}

/**
 * Folds `dangerouslyBypassApprovalsAndSandbox` (codex's `--yolo`: no sandbox, never
 * ask) into `sandbox: 'danger-full-access'` + `approvalPolicy: 'never'`, and rejects
 * it together with anything that asks for a sandbox or for approvals. codex itself
 * accepts `--dangerously-bypass-approvals-and-sandbox --sandbox read-only` and
 * silently bypasses, so a caller who meant "sandboxed" would get the opposite; this
 * check fails before any process starts instead.
 *
 * @example
 * ```ts
 * foldBypass({ dangerouslyBypassApprovalsAndSandbox: true }, undefined); // → { sandbox: 'danger-full-access', approvalPolicy: 'never' }
 * foldBypass({ dangerouslyBypassApprovalsAndSandbox: true }, 'read-only'); // throws InvalidOptionsError
 * ```
 *
 * @param options The thread options.
 * @param sandbox The sandbox already folded from `sandbox`/`sandboxMode`.
 * @returns The sandbox and approval policy to use, or `undefined` when the bypass is off.
 * @throws InvalidOptionsError on a contradicting combination.
 */
export function foldBypass(options: BypassOptions, sandbox: SandboxMode | undefined): { sandbox: 'danger-full-access'; approvalPolicy: 'never' } | undefined {
  if (options.dangerouslyBypassApprovalsAndSandbox !== true) return undefined;
  const conflict = (option: string, why: string) =>
    new InvalidOptionsError(option, `${why} contradicts dangerouslyBypassApprovalsAndSandbox, which runs every command unsandboxed without asking. Drop one of them.`);
  if (sandbox !== undefined && sandbox !== 'danger-full-access') throw conflict('sandbox', `'${sandbox}'`);
  if (options.approvalMode !== undefined && options.approvalMode !== 'deny_all') throw conflict('approvalMode', `'${options.approvalMode}'`);
  if (options.approvalPolicy !== undefined && options.approvalPolicy !== 'never') throw conflict('approvalPolicy', JSON.stringify(options.approvalPolicy));
  if ((options.additionalDirectories?.length ?? 0) > 0) throw conflict('additionalDirectories', 'Sandbox writable roots');
  if (options.networkAccessEnabled === false) throw conflict('networkAccessEnabled', 'Restricting the network (false)');
  return { sandbox: 'danger-full-access', approvalPolicy: 'never' };
}
