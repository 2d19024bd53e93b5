import type { ProcessExit } from '../../src/errors/index.js';
import type { ThreadEvent } from '../../src/protocol/publicEvents.js';
import type { TurnStartParams } from '../../src/protocol/generated/types.js';
import type { RpcTransport, ServerRequest } from '../../src/transport/types.js';

/** What a pending server request makes the turn wait for. */
export type ServerRequestKind = 'approval' | 'tool' | 'userInput';

/**
 * Classifies a server→client request by what the turn waits for. An MCP
 * elicitation that codex uses to ask before running an MCP tool
 * (`_meta.codex_approval_kind: "mcp_tool_call"`) is an approval.
 */
export function serverRequestKind(method: string, params?: unknown): ServerRequestKind {
  if (method === 'item/tool/call') return 'tool';
  if (method === 'mcpServer/elicitation/request') {
    const meta = (params as { _meta?: { codex_approval_kind?: unknown } } | undefined)?._meta;
    return meta?.codex_approval_kind === 'mcp_tool_call' ? 'approval' : 'userInput';
  }
  if (method === 'item/tool/requestUserInput') return 'userInput';
  return 'approval';
}

/** The answer to a server request: a JSON-RPC result, or an error. */
export type ServerRequestOutcome = { result: unknown } | { error: unknown };

/** Context handed to a server-request handler. */
export interface ServerRequestContext {
  /** Aborted when the turn ends (interrupt, crash, close) before the handler answers. */
  signal: AbortSignal;
  threadId: string;
  turnId: string | null;
  publish: (event: ThreadEvent) => void;
  /** An item of the turn by id (file-change approvals take their diff from the item). */
  item: (itemId: string) => import('../../src/protocol/publicItems.js').ThreadItem | undefined;
  /** The public id (`item_N`) of a codex item id, as the turn's item events carry it. */
  publicItemId?: (codexId: string) => string;
}

/** Answers a server request (approval, dynamic tool call, user input). Returns the wire result. */
export type ServerRequestResolver = (request: ServerRequest, context: ServerRequestContext) => Promise<unknown>;

/** The subset of the transport a turn needs. */
export type TurnRpc = Pick<RpcTransport, 'request'>;

/** Input of a turn actor. */
export interface TurnInput {
  threadId: string;
  generation: number;
  rpc: TurnRpc;
  /** `turn/start` params, including `threadId` and `input` (unused for an adopted turn). */
  startParams: TurnStartParams;
  /** The wire turn of a turn codex started by itself (from its `turn/started`): adopt it instead of sending `turn/start`. */
  adopt?: unknown;
  publish: (event: ThreadEvent) => void;
  resolveServerRequest: ServerRequestResolver;
  /** Called on start with the turn actor's own ref. */
  attached?: (ref: import('./turnMachine.js').TurnActorRef) => void;
  /** What serializing inspectors see of this input (it holds the transport, the turn's input and callbacks): keep it to ids. */
  toJSON?(): unknown;
  /** Called once, on entering a final state. */
  settle?: (outcome: { state: TurnEndState; acc: import('./turnAccumulator.js').TurnAccumulator; error: unknown; endReason: 'interrupt' | 'abort' | null; endCause: unknown }) => void;
}

/** Events a turn actor accepts. */
export type TurnEvent =
  | { type: 'wire.notification'; method: string; params: Record<string, unknown> }
  | { type: 'wire.serverRequest'; request: ServerRequest; respond: (outcome: ServerRequestOutcome) => void }
  | { type: 'turn.interrupt'; reason: 'interrupt' | 'abort'; cause?: unknown }
  /** The connection went away mid-turn; `error` (default: a `CodexProcessCrashedError` from `exit`) is what the caller gets. */
  | { type: 'connection.lost'; exit: ProcessExit; error?: unknown };

/** How a turn ended, from the machine's point of view. */
export type TurnEndState = 'completed' | 'failed' | 'interrupted' | 'crashed';
