import { describe, expect, it } from 'vitest';
import {
  InternalRpcError,
  InvalidParamsError,
  InvalidRequestError,
  JsonRpcError,
  MethodNotFoundError,
  ParseError,
  ServerBusyError,
} from '../../../src/errors/index.js';
import { isOverloadError, mapRpcError } from '../../../src/transport/rpcErrorMapping.js';

type ErrorClass = new (...args: never[]) => JsonRpcError;

// Every message form of reference §3.3 (codex 0.169.0 answers all of them with -32600).
const invalidRequestForms: Array<[string, string, string, ErrorClass]> = [
  ['before initialize', 'thread/start', 'Not initialized', InvalidRequestError],
  ['second initialize', 'initialize', 'Already initialized', InvalidRequestError],
  [
    'unknown method',
    'thread/doesNotExist',
    'Invalid request: unknown variant `thread/doesNotExist`, expected one of `initialize`, `thread/start`, `thread/resume`',
    MethodNotFoundError,
  ],
  ['missing field', 'thread/read', 'Invalid request: missing field `threadId`', InvalidParamsError],
  ['wrong type', 'thread/read', 'Invalid request: invalid type: integer `42`, expected a string', InvalidParamsError],
  [
    'bad enum value',
    'thread/start',
    'Invalid request: unknown variant `workspaceWrite`, expected one of `read-only`, `workspace-write`, `danger-full-access`',
    InvalidParamsError,
  ],
  ['unknown thread', 'thread/read', 'thread not found: 01a20a8a-0000-0000-0000-000000000000', InvalidRequestError],
  [
    'malformed thread id',
    'thread/read',
    'invalid thread id: invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `n` at 1',
    InvalidParamsError,
  ],
  ['experimental without opt-in', 'thread/start', 'thread/start.dynamicTools requires experimentalApi capability', InvalidRequestError],
  ['no active turn', 'turn/interrupt', 'no active turn to interrupt', InvalidRequestError],
  ['steer missing field', 'turn/steer', 'Invalid request: missing field `expectedTurnId`', InvalidParamsError],
  [
    'mixed dynamic tool formats',
    'thread/start',
    'Invalid request: dynamic tools must use either canonical or legacy format consistently',
    InvalidRequestError,
  ],
];

describe('mapRpcError: -32600 is split by message', () => {
  it.each(invalidRequestForms)('%s', (_name, method, message, expected) => {
    const error = mapRpcError(method, { code: -32600, message });
    expect(error).toBeInstanceOf(expected);
    expect(error.method).toBe(method);
    expect(error.rpcCode).toBe(-32600);
    expect(error.rpcMessage).toBe(message);
    expect(error.message).toContain(method);
  });

  it('an unknown variant naming another method is a parameter problem, not a missing method', () => {
    expect(mapRpcError('thread/start', { code: -32600, message: 'unknown variant `thread/other`' })).toBeInstanceOf(InvalidParamsError);
  });
});

describe('mapRpcError: standard codes', () => {
  const table: Array<[number, ErrorClass, string]> = [
    [-32700, ParseError, 'JSON_RPC_PARSE_ERROR'],
    [-32601, MethodNotFoundError, 'JSON_RPC_METHOD_NOT_FOUND'],
    [-32602, InvalidParamsError, 'JSON_RPC_INVALID_PARAMS'],
    [-32603, InternalRpcError, 'JSON_RPC_INTERNAL_ERROR'],
    [-32001, ServerBusyError, 'SERVER_BUSY'],
    [-32000, JsonRpcError, 'JSON_RPC_ERROR'],
    [42, JsonRpcError, 'JSON_RPC_ERROR'],
  ];
  it.each(table)('%i', (code, expected, errorCode) => {
    const error = mapRpcError('m', { code, message: 'boom', data: { extra: 1 } });
    expect(error).toBeInstanceOf(expected);
    expect(error.constructor).toBe(expected);
    expect(error.code).toBe(errorCode);
    expect(error.data).toEqual({ extra: 1 });
  });
});

describe('ServerBusy detection', () => {
  it("codex's overload answer (-32001, no data)", () => {
    const error = mapRpcError('turn/start', { code: -32001, message: 'Server overloaded; retry later.' });
    expect(error).toBeInstanceOf(ServerBusyError);
    expect(error.message).toContain('retry');
  });

  it.each([
    ['data string', 'server_overloaded'],
    ['codexErrorInfo camelCase', { codexErrorInfo: 'serverOverloaded' }],
    ['codex_error_info snake_case', { codex_error_info: 'server_overloaded' }],
    ['nested deep', { details: [{ info: { kind: 'Overloaded' } }] }],
    ['object key', { codexErrorInfo: { serverOverloaded: { retryAfter: 1 } } }],
  ])('marker in data: %s, whatever the code', (_name, data) => {
    expect(mapRpcError('m', { code: -32603, message: 'x', data })).toBeInstanceOf(ServerBusyError);
    expect(mapRpcError('m', { code: -32600, message: 'x', data })).toBeInstanceOf(ServerBusyError);
  });

  it('ignores look-alikes', () => {
    expect(isOverloadError({ code: -32603, message: 'overloaded', data: { note: 'the server is not overloaded at all' } })).toBe(false);
    expect(isOverloadError({ code: -32600, message: 'x', data: { reason: 'serverShuttingDown' } })).toBe(false);
    expect(isOverloadError({ code: -32603, message: 'x' })).toBe(false);
  });
});

describe('malformed error objects', () => {
  it.each([
    ['a string', 'kaboom'],
    ['null', null],
    ['missing message', { code: -32602 }],
    ['string code', { code: 'E1', message: 'm' }],
  ])('%s still yields a typed error', (_name, raw) => {
    const error = mapRpcError('m', raw);
    expect(error).toBeInstanceOf(JsonRpcError);
    expect(error.message).toMatch(/\w/);
  });

  it('keeps a numeric code even without a message', () => {
    const error = mapRpcError('m', { code: -32602 });
    expect(error).toBeInstanceOf(InvalidParamsError);
    expect(error.rpcMessage).toContain('malformed');
  });
});
