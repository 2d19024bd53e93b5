import { firstValueFrom, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import {
  AbortError,
  InvalidParamsError,
  InvalidRequestError,
  MethodNotFoundError,
  ProtocolError,
  ServerBusyError,
  TimeoutError,
} from '../../../src/errors/index.js';
import type { RpcNotification, ServerRequest } from '../../../src/transport/types.js';
import { useFakeAppServers } from './fakeAppServer.js';

describe('AppServerTransport requests', () => {
  const start = useFakeAppServers();

  it('correlates concurrent responses by id', async () => {
    const t = await start();
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => t.requestUnchecked('echo', { i })));
    expect(results).toEqual(Array.from({ length: 50 }, (_, i) => ({ i })));
    expect(t.pendingRequestCount).toBe(0);
  });

  it('maps error responses to typed errors', async () => {
    const t = await start();
    await expect(t.requestUnchecked('no/such/method')).rejects.toBeInstanceOf(MethodNotFoundError);
    await expect(t.requestUnchecked('error', { code: -32600, message: 'Invalid request: missing field `threadId`' })).rejects.toBeInstanceOf(InvalidParamsError);
    await expect(t.requestUnchecked('error', { code: -32600, message: 'Not initialized' })).rejects.toBeInstanceOf(InvalidRequestError);
    const busy = await t.requestUnchecked('error', { code: -32001, message: 'Server overloaded; retry later.' }).catch((e: unknown) => e);
    expect(busy).toBeInstanceOf(ServerBusyError);
    expect((busy as ServerBusyError).method).toBe('error');
  });

  it('times out with TimeoutError and ignores the late answer', async () => {
    const t = await start();
    const error = await t.requestUnchecked('hang', {}, { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(50);
    expect((error as TimeoutError).message).toContain('hang');
    expect(t.pendingRequestCount).toBe(0);
    await expect(t.requestUnchecked('echo', 'still fine')).resolves.toBe('still fine');
  });

  it('uses requestTimeoutMs as the default timeout', async () => {
    const t = await start({ requestTimeoutMs: 60, initializeTimeoutMs: 10_000 });
    await expect(t.requestUnchecked('hang')).rejects.toBeInstanceOf(TimeoutError);
  });

  it('aborts with AbortError carrying the reason, before or during the request', async () => {
    const t = await start();
    const reason = new Error('changed my mind');
    await expect(t.requestUnchecked('echo', 1, { signal: AbortSignal.abort(reason) })).rejects.toMatchObject({ name: 'AbortError', cause: reason });
    const controller = new AbortController();
    const pending = t.requestUnchecked('hang', {}, { signal: controller.signal });
    controller.abort(reason);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).cause).toBe(reason);
    expect(t.pendingRequestCount).toBe(0);
  });

  it('rejects params that JSON cannot hold, without sending anything', async () => {
    const t = await start();
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    await expect(t.requestUnchecked('echo', circular)).rejects.toThrow(/cannot be serialised/);
    await expect(t.requestUnchecked('echo', 2)).resolves.toBe(2);
  });
});

describe('AppServerTransport notifications and framing faults', () => {
  const start = useFakeAppServers();

  it('delivers notifications in wire order with top-level emittedAtMs, before the response that follows them', async () => {
    const t = await start();
    const seen: RpcNotification[] = [];
    t.notifications$.subscribe((n) => seen.push(n));
    await t.requestUnchecked('notify', { count: 500 });
    expect(seen).toHaveLength(500);
    expect(seen.map((n) => (n.params as { i: number }).i)).toEqual(Array.from({ length: 500 }, (_, i) => i));
    expect(typeof seen[0]?.emittedAtMs).toBe('number');
    expect(seen[0]?.method).toBe('test/event');
  });

  it('reports garbage lines on protocolErrors$ and keeps going', async () => {
    const t = await start();
    const errors: ProtocolError[] = [];
    t.protocolErrors$.subscribe((e) => errors.push(e));
    await expect(t.requestUnchecked('garbage')).resolves.toEqual({ ok: true });
    expect(errors.map((e) => e.line)).toEqual([
      'not json at all',
      '[1,2,3]',
      '{"neither":"request nor response"}',
      '{"id":null,"error":{"code":-32700,"message":"Parse error"}}',
    ]);
    expect(errors.every((e) => e instanceof ProtocolError)).toBe(true);
    expect(errors[1]?.message).toContain('batches');
    expect(errors[3]?.message).toContain('id null');
    await expect(t.requestUnchecked('echo', 'after garbage')).resolves.toBe('after garbage');
  });

  it('reads CRLF lines split at awkward places', async () => {
    const t = await start();
    const seen: string[] = [];
    t.notifications$.subscribe((n) => seen.push(n.method));
    await expect(t.requestUnchecked('crlf')).resolves.toEqual({ crlf: true });
    expect(seen).toEqual(['test/crlf']);
  });

  it('receives a 10 MB notification intact', async () => {
    const t = await start();
    const big = firstValueFrom(t.notifications$);
    await t.requestUnchecked('big', { bytes: 10 * 1024 * 1024 });
    const n = await big;
    expect(n.method).toBe('test/big');
    expect((n.params as { text: string }).text).toHaveLength(10 * 1024 * 1024);
  });

  it('completes notifications$ when the process exits', async () => {
    const t = await start();
    const all = firstValueFrom(t.notifications$.pipe(toArray()));
    await t.requestUnchecked('notify', { count: 3 });
    await t.close();
    await expect(all).resolves.toHaveLength(3);
  });
});

describe('AppServerTransport server requests', () => {
  const start = useFakeAppServers();

  it('answers -32601 Method not found without a handler', async () => {
    const t = await start();
    const { answer } = (await t.requestUnchecked('serverRequest', {
      method: 'item/tool/call',
    })) as { answer: { id: number; error: { code: number; message: string } } };
    expect(answer.id).toBe(0);
    expect(answer.error.code).toBe(-32601);
    expect(answer.error.message).toContain('Method not found');
  });

  it("answers {id, result} with the handler's value", async () => {
    const t = await start();
    const received: ServerRequest[] = [];
    t.setServerRequestHandler(async (request) => {
      received.push(request);
      return { decision: 'accept' };
    });
    const { answer } = (await t.requestUnchecked('serverRequest', {
      method: 'item/commandExecution/requestApproval',
      params: { itemId: 'call_1' },
    })) as { answer: unknown };
    expect(answer).toEqual({ id: 0, result: { decision: 'accept' } });
    expect(received).toEqual([{ method: 'item/commandExecution/requestApproval', id: 0, params: { itemId: 'call_1' } }]);
  });

  it('answers -32603 with the message when the handler throws, and there is no unhandled rejection', async () => {
    const t = await start();
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      t.setServerRequestHandler(async () => {
        throw new Error('handler exploded');
      });
      const first = (await t.requestUnchecked('serverRequest', { method: 'item/tool/call' })) as { answer: unknown };
      expect(first.answer).toEqual({ id: 0, error: { code: -32603, message: 'handler exploded' } });
      t.setServerRequestHandler(() => {
        throw Object.assign(new Error('declined'), { code: -32000 });
      });
      const second = (await t.requestUnchecked('serverRequest', { method: 'item/tool/call' })) as { answer: unknown };
      expect(second.answer).toEqual({ id: 1, error: { code: -32000, message: 'declined' } });
      await new Promise((r) => setImmediate(r));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('aborts the handler when codex withdraws the request (serverRequest/resolved)', async () => {
    const t = await start();
    let signal: AbortSignal | undefined;
    t.setServerRequestHandler((_request, s) => {
      signal = s;
      return new Promise(() => undefined);
    });
    const resolved = firstValueFrom(t.notifications$);
    void t.requestUnchecked('serverRequest', { method: 'item/tool/requestUserInput', resolveAfterMs: 20 }).catch(() => undefined);
    await expect(resolved).resolves.toMatchObject({ method: 'serverRequest/resolved', params: { requestId: 0 } });
    expect(signal?.aborted).toBe(true);
  });
});
