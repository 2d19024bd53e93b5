import type { ApprovalHandler } from './approvalTypes.js';

/**
 * Accepts commands matching one of the patterns (tested against the command
 * line and, for `bash -c` wrappers, the inner script); defers everything else.
 *
 * @example
 * ```ts
 * const codex = new Codex({ onApproval: composeApprovals(allowCommands([/^git (status|diff)\b/]), denyAll) });
 * ```
 */
export function allowCommands(patterns: ReadonlyArray<RegExp | string>): ApprovalHandler {
  const tests = patterns.map((p) => (typeof p === 'string' ? (s: string) => s === p || s.startsWith(`${p} `) : (s: string) => p.test(s)));
  return (request) => {
    if (request.kind !== 'command' || request.command === undefined) return undefined;
    const candidates = [request.command, innerScript(request.command)];
    return candidates.some((c) => c !== null && tests.some((t) => t(c))) ? 'accept' : undefined;
  };
}

/** Declines every approval. The same as having no handler, but explicit. */
export const denyAll: ApprovalHandler = () => 'decline';

/**
 * Accepts every approval: commands then run outside the sandbox (reference
 * §3.5). The name is loud on purpose; use it only in throwaway sandboxes.
 */
export const allowAllDangerously: ApprovalHandler = () => 'accept';

/** Alias of {@link allowAllDangerously}. */
export const allowAll: ApprovalHandler = allowAllDangerously;

/**
 * Tries handlers in order; the first that returns a decision wins. When all
 * defer (`undefined`), the request is declined.
 *
 * @example
 * ```ts
 * composeApprovals(allowCommands(['ls']), async (r) => (await askHuman(r)) ? 'accept' : 'decline')
 * ```
 */
export function composeApprovals(...handlers: ApprovalHandler[]): ApprovalHandler {
  return async (request, context) => {
    for (const handler of handlers) {
      const decision = await handler(request, context);
      if (decision !== undefined) return decision;
    }
    return undefined;
  };
}

/** `/bin/bash -c 'touch x'` → `touch x` (codex wraps commands this way). */
function innerScript(command: string): string | null {
  const m = /^\S*\b(?:ba)?sh\s+-l?c\s+(['"])([\s\S]*)\1$/.exec(command.trim());
  return m ? m[2]! : null;
}
