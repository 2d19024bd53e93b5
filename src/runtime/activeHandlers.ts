import type { ApprovalHandler } from '../approvals/approvalTypes.js';
import type { NormalizedCodexOptions } from '../options/codexOptions.js';
import type { NormalizedThreadOptions } from '../options/threadOptions.js';
import type { NormalizedTurnOptions } from '../options/turnOptions.js';
import type { Tool } from '../tools/defineTool.js';
import type { ElicitationHandler, UserInputHandler } from '../userInput/userInputTypes.js';
import type { ActiveHandlers } from './serverRequestResolver.js';

/** Default bound of the dynamic-tool calls of one turn. */
export const DEFAULT_MAX_TOOL_CALLS = 64;

/**
 * The handlers in force for a server request: the turn's, else the thread's,
 * else the Codex-level ones (the most specific wins, per handler). Built per
 * request, so a per-turn handler applies only while its turn runs.
 *
 * @internal
 * @param codex The Codex options.
 * @param thread The thread options.
 * @param turn The active turn's options, when a turn is running.
 * @param toolCalls The thread's per-turn tool-call counter (shared across requests).
 */
export function activeHandlers(
  codex: NormalizedCodexOptions,
  thread: NormalizedThreadOptions,
  turn: NormalizedTurnOptions | undefined,
  toolCalls: Map<string | null, number>,
): ActiveHandlers {
  return {
    onApproval: (turn?.onApproval ?? thread.onApproval ?? codex.onApproval) as ApprovalHandler | undefined,
    onUserInput: (turn?.onUserInput ?? turn?.onRequestUserInput ?? thread.onUserInput ?? codex.onUserInput) as UserInputHandler | undefined,
    onElicitation: (turn?.onElicitation ?? thread.onElicitation ?? codex.onElicitation) as ElicitationHandler | undefined,
    tools: thread.tools as unknown as Tool[],
    approvalTimeoutMs: codex.approvalTimeoutMs,
    maxToolCalls: turn?.maxToolCalls ?? thread.maxToolCalls ?? DEFAULT_MAX_TOOL_CALLS,
    toolCalls,
  };
}
