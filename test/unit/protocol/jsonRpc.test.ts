import { describe, expect, it } from 'vitest';
import {
  classifyMessage,
  describeInvalidMessage,
  isJsonRpcErrorObject,
  isJsonRpcNotification,
  isJsonRpcRequest,
  isJsonRpcResponse,
  type IncomingMessageKind,
} from '../../../src/protocol/jsonRpc.js';

// Shapes copied from the wire (reference §3.1–3.5): no "jsonrpc" member,
// top-level emittedAtMs, server request ids from 0.
const cases: Array<[string, unknown, IncomingMessageKind]> = [
  ['initialize response', { id: 1, result: { userAgent: 'x', codexHome: '/h' } }, 'response'],
  ['response with string id (echoed)', { id: 'str-id-1', result: {} }, 'response'],
  ['response with null result', { id: 3, result: null }, 'response'],
  ['error response', { error: { code: -32600, message: 'Not initialized' }, id: 1 }, 'errorResponse'],
  ['error response with null id', { id: null, error: { code: -32700, message: 'Parse error' } }, 'errorResponse'],
  ['notification with emittedAtMs', { method: 'thread/started', params: { thread: {} }, emittedAtMs: 1795473496217 }, 'notification'],
  ['notification without params', { method: 'initialized' }, 'notification'],
  ['server request with id 0', { method: 'item/tool/call', id: 0, params: { tool: 'lookup' } }, 'request'],
  ['server request with jsonrpc member', { jsonrpc: '2.0', method: 'x', id: 'a' }, 'request'],
  ['null', null, 'invalid'],
  ['number', 42, 'invalid'],
  ['string', 'hello', 'invalid'],
  ['array (batch)', [{ id: 1, result: {} }], 'invalid'],
  ['empty object', {}, 'invalid'],
  ['method not a string', { method: 7 }, 'invalid'],
  ['request with object id', { method: 'x', id: {} }, 'invalid'],
  ['response without result or error', { id: 1 }, 'invalid'],
  ['response with boolean id', { id: true, result: 1 }, 'invalid'],
  ['error response with object id', { id: {}, error: { code: 1, message: 'm' } }, 'invalid'],
];

describe('classifyMessage', () => {
  it.each(cases)('%s', (_name, value, kind) => {
    expect(classifyMessage(value)).toBe(kind);
  });

  it('type guards agree with the classifier', () => {
    expect(isJsonRpcNotification({ method: 'a' })).toBe(true);
    expect(isJsonRpcRequest({ method: 'a', id: 0 })).toBe(true);
    expect(isJsonRpcResponse({ id: 0, result: 1 })).toBe(true);
    expect(isJsonRpcResponse({ id: 0, error: { code: 1, message: 'x' } })).toBe(true);
    expect(isJsonRpcResponse({ method: 'a', id: 0 })).toBe(false);
  });

  it('explains every invalid shape', () => {
    for (const [, value, kind] of cases) {
      if (kind === 'invalid') expect(describeInvalidMessage(value)).toMatch(/\w/);
    }
    expect(describeInvalidMessage([1])).toContain('batches');
    expect(describeInvalidMessage({})).toContain('neither');
  });
});

describe('isJsonRpcErrorObject', () => {
  it('requires a numeric code and a string message', () => {
    expect(isJsonRpcErrorObject({ code: -32600, message: 'x', data: 1 })).toBe(true);
    expect(isJsonRpcErrorObject({ code: '-32600', message: 'x' })).toBe(false);
    expect(isJsonRpcErrorObject({ code: -32600 })).toBe(false);
    expect(isJsonRpcErrorObject(null)).toBe(false);
  });
});
