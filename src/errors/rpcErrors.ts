import { CodexError, type CodexErrorCode, type CodexErrorOptions } from './codexError.js';

/** The error object of a JSON-RPC 2.0 response. */
export interface JsonRpcErrorObject {
  code: number;
  message: string;
  data?: unknown;
}

/** A JSON-RPC error answered by codex app-server. Subclasses narrow the cause. */
export class JsonRpcError extends CodexError {
  /** The JSON-RPC method that failed. */
  readonly method: string;
  readonly rpcCode: number;
  readonly rpcMessage: string;
  readonly data: unknown;

  constructor(method: string, error: JsonRpcErrorObject, code: CodexErrorCode = 'JSON_RPC_ERROR', hint = '', options?: CodexErrorOptions) {
    super(code, `codex app-server rejected ${method}: ${error.message} (code ${error.code})${hint ? `. ${hint}` : ''}`, options);
    this.method = method;
    this.rpcCode = error.code;
    this.rpcMessage = error.message;
    this.data = error.data;
  }
}

/** -32700: codex could not parse what we sent. */
export class ParseError extends JsonRpcError {
  constructor(method: string, error: JsonRpcErrorObject) {
    super(method, error, 'JSON_RPC_PARSE_ERROR', 'This is a codex-actors bug; please report it');
  }
}

/** -32600: the request was malformed or not acceptable in the current state. */
export class InvalidRequestError extends JsonRpcError {
  constructor(method: string, error: JsonRpcErrorObject) {
    super(method, error, 'JSON_RPC_INVALID_REQUEST');
  }
}

/** The method does not exist in the pinned codex version. */
export class MethodNotFoundError extends JsonRpcError {
  constructor(method: string, error: JsonRpcErrorObject) {
    super(method, error, 'JSON_RPC_METHOD_NOT_FOUND', 'The pinned codex binary does not implement this method');
  }
}

/** The parameters did not match what the method expects. */
export class InvalidParamsError extends JsonRpcError {
  constructor(method: string, error: JsonRpcErrorObject) {
    super(method, error, 'JSON_RPC_INVALID_PARAMS', 'Check the options passed for this call');
  }
}

/** -32603: codex failed internally. */
export class InternalRpcError extends JsonRpcError {
  constructor(method: string, error: JsonRpcErrorObject) {
    super(method, error, 'JSON_RPC_INTERNAL_ERROR');
  }
}

/** codex is overloaded; the call may succeed if retried (see `retryOnOverload`). */
export class ServerBusyError extends JsonRpcError {
  constructor(method: string, error: JsonRpcErrorObject) {
    super(method, error, 'SERVER_BUSY', 'The server is overloaded; retry with backoff');
  }
}
