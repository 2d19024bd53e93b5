import { describe, expect, it } from 'vitest';
import { InvalidParamsError } from '../../../src/errors/index.js';
import { ServerRequestDispatcher, toErrorObject } from '../../../src/transport/serverRequestDispatcher.js';

function setup() {
  const written: object[] = [];
  const dispatcher = new ServerRequestDispatcher((m) => {
    written.push(m);
    return true;
  });
  return { written, dispatcher };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('ServerRequestDispatcher', () => {
  it('answers -32601 when no handler is registered', () => {
    const { written, dispatcher } = setup();
    dispatcher.dispatch({ id: 0, method: 'item/tool/call', params: {} });
    expect(written).toEqual([{ id: 0, error: { code: -32601, message: expect.stringContaining('Method not found') } }]);
  });

  it('answers with the handler result; undefined becomes null', async () => {
    const { written, dispatcher } = setup();
    dispatcher.setHandler(async (req) => (req.method === 'a' ? { decision: 'accept' } : undefined));
    dispatcher.dispatch({ id: 0, method: 'a', params: {} });
    dispatcher.dispatch({ id: 1, method: 'b', params: {} });
    await tick();
    expect(written).toEqual([
      { id: 0, result: { decision: 'accept' } },
      { id: 1, result: null },
    ]);
  });

  it('answers -32603 with the message for a throwing handler (sync or async)', async () => {
    const { written, dispatcher } = setup();
    dispatcher.setHandler((req) => {
      if (req.id === 0) throw new Error('sync boom');
      return Promise.reject(new Error('async boom'));
    });
    dispatcher.dispatch({ id: 0, method: 'x', params: null });
    dispatcher.dispatch({ id: 1, method: 'x', params: null });
    await tick();
    expect(written).toEqual([
      { id: 0, error: { code: -32603, message: 'sync boom' } },
      { id: 1, error: { code: -32603, message: 'async boom' } },
    ]);
  });

  it('aborts a withdrawn request and writes nothing for it', async () => {
    const { written, dispatcher } = setup();
    let seenSignal: AbortSignal | undefined;
    let finish!: (v: unknown) => void;
    dispatcher.setHandler((_req, signal) => {
      seenSignal = signal;
      return new Promise((r) => (finish = r));
    });
    dispatcher.dispatch({ id: 5, method: 'x', params: null });
    expect(dispatcher.inFlightCount).toBe(1);
    dispatcher.withdraw(5, new Error('resolved elsewhere'));
    expect(seenSignal?.aborted).toBe(true);
    finish({ late: true });
    await tick();
    expect(written).toEqual([]);
    expect(dispatcher.inFlightCount).toBe(0);
  });

  it('abortAll aborts every running handler', () => {
    const { dispatcher } = setup();
    const signals: AbortSignal[] = [];
    dispatcher.setHandler((_r, s) => {
      signals.push(s);
      return new Promise(() => undefined);
    });
    dispatcher.dispatch({ id: 0, method: 'x', params: null });
    dispatcher.dispatch({ id: 1, method: 'x', params: null });
    dispatcher.abortAll(new Error('closed'));
    expect(signals.map((s) => s.aborted)).toEqual([true, true]);
  });
});

describe('toErrorObject', () => {
  it('passes {code, message, data} through', () => {
    expect(toErrorObject({ code: -32602, message: 'bad', data: { f: 1 } })).toEqual({ code: -32602, message: 'bad', data: { f: 1 } });
  });
  it('unwraps codex-actors JsonRpcErrors to their wire code', () => {
    expect(toErrorObject(new InvalidParamsError('m', { code: -32602, message: 'nope' }))).toEqual({ code: -32602, message: 'nope' });
  });
  it('maps anything else to -32603', () => {
    expect(toErrorObject('text')).toEqual({ code: -32603, message: 'text' });
    expect(toErrorObject(new TypeError('t'))).toEqual({ code: -32603, message: 't' });
  });
});
