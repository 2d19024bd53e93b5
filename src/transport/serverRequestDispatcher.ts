/**
 * Answers requests that codex app-server sends to us (approvals, dynamic tool
 * calls, user input): runs the registered handler and writes exactly one
 * response per request, whatever the handler does.
 */
import { isCodexError } from '../errors/index.js';
import { JsonRpcErrorCode, type JsonRpcErrorObject, type JsonRpcId } from '../protocol/jsonRpc.js';
import type { ServerRequest, ServerRequestHandler } from './types.js';

/** Writes one outgoing JSON-RPC message; returns false when the connection is gone. */
export type MessageWriter = (message: object) => boolean;

/**
 * Runs server requests through the handler.
 *
 * - no handler → `-32601 Method not found`;
 * - the handler resolves → `{ id, result }` (`undefined` becomes `null`, since `result` is mandatory);
 * - the handler throws or rejects → `{ id, error }`: a `{ code: number, message }`
 *   (or a codex-actors `JsonRpcError`) is passed through, anything else becomes
 *   `-32603` with the error's message. The rejection is always handled here.
 * - each handler gets an AbortSignal that fires when codex withdraws the request
 *   (`serverRequest/resolved` before we answered, e.g. the turn was interrupted)
 *   or when the connection ends; nothing is written after that.
 */
export class ServerRequestDispatcher {
  private handler: ServerRequestHandler | undefined;
  private readonly inFlight = new Map<JsonRpcId, AbortController>();
  private readonly write: MessageWriter;

  constructor(write: MessageWriter) {
    this.write = write;
  }

  /** Requests whose handler has not finished yet. */
  get inFlightCount(): number {
    return this.inFlight.size;
  }

  /** Sets or clears the handler. Requests already running keep their handler. */
  setHandler(handler: ServerRequestHandler | undefined): void {
    this.handler = handler;
  }

  /** Handles one incoming server request. Never throws, never leaves a rejection unhandled. */
  dispatch(request: ServerRequest): void {
    const handler = this.handler;
    if (!handler) {
      this.write({
        id: request.id,
        error: { code: JsonRpcErrorCode.MethodNotFound, message: `Method not found: no handler is registered for server request ${request.method}` },
      });
      return;
    }
    const controller = new AbortController();
    this.inFlight.set(request.id, controller);
    let outcome: Promise<unknown>;
    try {
      outcome = Promise.resolve(handler(request, controller.signal));
    } catch (error) {
      // A handler that throws synchronously (not async) is answered the same way.
      outcome = Promise.reject(error);
    }
    outcome.then(
      (result) => this.answer(request.id, controller, { id: request.id, result: result === undefined ? null : result }),
      (error: unknown) => this.answer(request.id, controller, { id: request.id, error: toErrorObject(error) }),
    );
  }

  /** codex says the request is settled without our answer: abort its handler. */
  withdraw(id: JsonRpcId, reason: unknown): void {
    const controller = this.inFlight.get(id);
    if (!controller) return;
    this.inFlight.delete(id);
    controller.abort(reason);
  }

  /** Aborts every running handler (the connection ended). */
  abortAll(reason: unknown): void {
    const controllers = [...this.inFlight.values()];
    this.inFlight.clear();
    for (const controller of controllers) controller.abort(reason);
  }

  private answer(id: JsonRpcId, controller: AbortController, message: object): void {
    // Withdrawn or connection gone: codex no longer waits for this answer.
    if (this.inFlight.get(id) !== controller) return;
    this.inFlight.delete(id);
    this.write(message);
  }
}

/** The JSON-RPC error object sent for a handler failure. */
export function toErrorObject(error: unknown): JsonRpcErrorObject {
  if (isCodexError(error) && 'rpcCode' in error && 'rpcMessage' in error) {
    const rpc = error as unknown as { rpcCode: number; rpcMessage: string; data: unknown };
    return rpc.data === undefined ? { code: rpc.rpcCode, message: rpc.rpcMessage } : { code: rpc.rpcCode, message: rpc.rpcMessage, data: rpc.data };
  }
  if (typeof error === 'object' && error !== null) {
    const record = error as Record<string, unknown>;
    const message = typeof record.message === 'string' ? record.message : String(error);
    if (typeof record.code === 'number' && Number.isInteger(record.code)) {
      return record.data === undefined ? { code: record.code, message } : { code: record.code, message, data: record.data };
    }
    return { code: JsonRpcErrorCode.InternalError, message };
  }
  return { code: JsonRpcErrorCode.InternalError, message: String(error) };
}
