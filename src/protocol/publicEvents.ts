import type { RetryNotice } from './retryNotice.js';
import type { ThreadItem } from './publicItems.js';

/**
 * Public thread events. The first group has exactly the shapes of
 * `@openai/codex-sdk` (what `codex exec --json` prints); the rest are
 * extensions for what app-server and the runtime add. Every event may carry
 * `meta` (who, which generation, sequence); SDK-style code can ignore it.
 */

/** Where an event came from, and its place in the stream. */
export interface EventMeta {
  /** The codex thread id (null before the thread exists server-side). */
  threadId: string | null;
  /** The turn id, for turn-scoped events. */
  turnId: string | null;
  /** The thread actor's generation (incremented on every restart). */
  generation: number;
  /** Monotonically increasing per `Codex` instance. */
  seq: number;
  /** Epoch milliseconds when codex-actors published the event. */
  at: number;
  /** The thread's `label` option, when it has one (a name for people; codex never sees it). */
  label?: string;
  /** For an event of a goal (`thread.runGoal()`): the goal's id (its logical turn id, as `turnId`). */
  goalId?: string;
  /** For an event of a goal: which of its turns (continuations, from 0) it belongs to. */
  continuation?: number;
}

/** Token usage of a turn: the SDK's five counts, each 0 when codex reports none. */
export interface Usage {
  input_tokens: number;
  cached_input_tokens: number;
  /** Input tokens written to the prompt cache. */
  cache_write_input_tokens: number;
  output_tokens: number;
  reasoning_output_tokens: number;
}

/** A fatal error of a turn. */
export interface ThreadError {
  message: string;
  /** Extension (app-server): codex's structured error info. */
  codexErrorInfo?: unknown;
  /** Extension (app-server): further details codex gave. */
  additionalDetails?: string | null;
}

interface Base {
  meta?: EventMeta;
}

/** The thread exists; its id can be used to resume it. */
export interface ThreadStartedEvent extends Base { type: 'thread.started'; thread_id: string }
/** A turn began. */
export interface TurnStartedEvent extends Base { type: 'turn.started' }
/** A turn completed. */
export interface TurnCompletedEvent extends Base { type: 'turn.completed'; usage: Usage }
/** A turn failed. */
export interface TurnFailedEvent extends Base { type: 'turn.failed'; error: ThreadError }
/**
 * Extension (app-server) of the item events: codex's own id of the item. The
 * public `item.id` is numbered per turn like codex exec's (`item_0`, `item_1`…);
 * this is the id `thread.read()`, `thread.notifications$` and codex's history use.
 */
interface CodexItemId {
  codex_item_id?: string;
}

/** An item began (usually `in_progress`). */
export interface ItemStartedEvent extends Base, CodexItemId { type: 'item.started'; item: ThreadItem }
/** An item changed. */
export interface ItemUpdatedEvent extends Base, CodexItemId { type: 'item.updated'; item: ThreadItem }
/** An item reached its final state. */
export interface ItemCompletedEvent extends Base, CodexItemId { type: 'item.completed'; item: ThreadItem }
/** A stream-level error (e.g. codex reconnecting to the model). */
export interface ThreadErrorEvent extends Base {
  type: 'error';
  message: string;
  /** Extension: true when codex will retry by itself. */
  willRetry?: boolean;
  /**
   * Extension, with `willRetry`: which attempt codex makes and why the last one failed.
   * With no network codex retries `maxAttempts` times, then waits for the network
   * without limit (`waitingForNetwork`); bound the turn with `turnTimeoutMs` or a `signal`.
   */
  retry?: RetryNotice;
}

/** Extension: streamed text of an item (agent message, reasoning summary, command output). */
export interface ItemDeltaEvent extends Base, CodexItemId {
  type: 'item.delta';
  item_id: string;
  kind: 'agent_message' | 'reasoning_summary' | 'reasoning_text' | 'command_output' | 'plan';
  delta: string;
}

/** Kinds of approval codex asks for. */
export type ApprovalKind = 'command' | 'file_change' | 'permissions' | 'mcp_tool_call';

/** Extension: codex asked for an approval. */
export interface ApprovalRequestedEvent extends Base, CodexItemId {
  type: 'approval.requested';
  request_id: string;
  kind: ApprovalKind;
  item_id: string | null;
  command?: string;
  cwd?: string;
  paths?: string[];
  diff?: string;
  reason?: string | null;
  /** MCP server and tool, for `mcp_tool_call` approvals. */
  server?: string;
  tool?: string;
  /** The MCP tool's arguments, for `mcp_tool_call` approvals. */
  arguments?: unknown;
}

/** How an approval was settled. */
export type ApprovalDecision = 'accept' | 'acceptForSession' | 'decline' | 'cancel';

/** Extension: an approval was answered (by a handler, a timeout, or the safe default). */
export interface ApprovalResolvedEvent extends Base {
  type: 'approval.resolved';
  request_id: string;
  kind: ApprovalKind;
  decision: ApprovalDecision;
  reason: 'handler' | 'timeout' | 'handler_error' | 'no_handler' | 'turn_ended';
}

/** Extension: codex called a `defineTool` tool. */
export interface ToolCalledEvent extends Base {
  type: 'tool.called';
  call_id: string;
  tool: string;
  namespace: string | null;
  arguments: unknown;
}

/** Extension: a `defineTool` tool answered. */
export interface ToolCompletedEvent extends Base {
  type: 'tool.completed';
  call_id: string;
  tool: string;
  success: boolean;
  output: string;
  durationMs: number;
}

/** Extension: token usage after each model request of a turn. */
export interface TokenUsageUpdatedEvent extends Base {
  type: 'token_usage.updated';
  /** This turn so far. */
  turn: Usage;
  /** The whole thread so far. */
  total: Usage;
  modelContextWindow: number | null;
}

/**
 * Extension: the thread's codex process was restarted and the thread resumed
 * with the settings in force before (`reason` says why it restarted and what,
 * if anything, could not be kept).
 */
export interface ThreadRestartedEvent extends Base {
  type: 'thread.restarted';
  thread_id: string | null;
  generation: number;
  reason: string;
  /**
   * Set when the thread could not be resumed and a new codex thread replaced it
   * (`thread_id` is the new id, `reason` says why): the id the thread had before.
   */
  previous_thread_id?: string;
}

/** Extension (cluster mode): a host took the thread (at its start, and again after each restart). */
export interface ThreadPlacedEvent extends Base {
  type: 'thread.placed';
  thread_id: string | null;
  /** The host agent's id. */
  host: string;
}

/** Extension: the turn's aggregated diff changed. */
export interface TurnDiffUpdatedEvent extends Base { type: 'turn.diff.updated'; diff: string }

/** Extension: a turn was interrupted (interrupt(), abort, or an approval answered `cancel`). */
export interface TurnInterruptedEvent extends Base { type: 'turn.interrupted'; usage: Usage }

/** Extension: a `file` or `local_image` input was validated and copied into the thread's staging directory. */
export interface AttachmentStagedEvent extends Base {
  type: 'attachment.staged';
  kind: 'file' | 'local_image';
  /** The path the caller gave (absolute). */
  source_path: string;
  /** The copy codex reads. */
  staged_path: string;
  bytes: number;
}

/** Extension: a staging directory was removed: its thread closed, or it was left behind by a process that died (`stale`). */
export interface AttachmentCleanedEvent extends Base {
  type: 'attachment.cleaned';
  staging_dir: string;
  reason: 'thread_closed' | 'stale';
  /** Files that were staged in it (null for a stale directory). */
  files: number | null;
}

/** A wire event codex-actors does not know; kept whole, never fatal. */
export interface UnknownEvent extends Base { type: 'unknown'; raw: unknown }

/** Every event on `thread.events$`, `turn.events$` and `runStreamed().events`. */
export type ThreadEvent =
  | ThreadStartedEvent
  | TurnStartedEvent
  | TurnCompletedEvent
  | TurnFailedEvent
  | ItemStartedEvent
  | ItemUpdatedEvent
  | ItemCompletedEvent
  | ThreadErrorEvent
  | ItemDeltaEvent
  | ApprovalRequestedEvent
  | ApprovalResolvedEvent
  | ToolCalledEvent
  | ToolCompletedEvent
  | TokenUsageUpdatedEvent
  | ThreadRestartedEvent
  | ThreadPlacedEvent
  | TurnDiffUpdatedEvent
  | TurnInterruptedEvent
  | AttachmentStagedEvent
  | AttachmentCleanedEvent
  | UnknownEvent;

/** An all-zero usage. */
export function emptyUsage(): Usage {
  return { input_tokens: 0, cached_input_tokens: 0, cache_write_input_tokens: 0, output_tokens: 0, reasoning_output_tokens: 0 };
}
