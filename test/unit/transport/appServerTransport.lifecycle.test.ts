import { describe, expect, it } from 'vitest';
import { TransportClosedError } from '../../../src/errors/index.js';
import { isAlive, useFakeAppServers } from './fakeAppServer.js';

describe('AppServerTransport when the process dies', () => {
  const start = useFakeAppServers();

  it('rejects every pending request with TransportClosedError (exit code, stderr tail), and later calls with the same error', async () => {
    const t = await start();
    const requests = [t.requestUnchecked('hang'), t.requestUnchecked('hang'), t.requestUnchecked('die', { code: 7, stderr: 'fatal: something broke\n' })];
    const errors = await Promise.all(requests.map((p) => p.catch((e: unknown) => e)));
    for (const error of errors) expect(error).toBeInstanceOf(TransportClosedError);
    const first = errors[0] as TransportClosedError;
    expect(errors.every((e) => e === first)).toBe(true);
    expect(first.exitCode).toBe(7);
    expect(first.signal).toBeNull();
    expect(first.stderrTail).toBe('fatal: something broke');
    expect(first.message).toContain('exited unexpectedly');
    expect(first.message).toContain('code 7');
    expect(first.message).toContain('fatal: something broke');

    expect(t.closed).toBe(true);
    await expect(t.requestUnchecked('echo', 1)).rejects.toBe(first);
    const exit = await t.exited;
    expect(exit).toEqual({ exitCode: 7, signal: null, stderrTail: 'fatal: something broke' });
    t.notify('ignored/after/close', {});
  });

  it('reports the signal when killed from outside', async () => {
    const t = await start();
    const pending = t.requestUnchecked('hang');
    process.kill(t.pid, 'SIGKILL');
    const error = (await pending.catch((e: unknown) => e)) as TransportClosedError;
    expect(error).toBeInstanceOf(TransportClosedError);
    expect(error.signal).toBe('SIGKILL');
    expect(error.exitCode).toBeNull();
    expect(error.message).toContain('killed by SIGKILL');
  });

  it('kill() sends SIGKILL by default, or the given signal', async () => {
    const t = await start();
    const pending = t.requestUnchecked('hang');
    t.kill();
    await expect(pending).rejects.toMatchObject({ signal: 'SIGKILL' });
    const t2 = await start();
    t2.kill('SIGTERM');
    await expect(t2.exited).resolves.toMatchObject({ signal: 'SIGTERM' });
  });

  it('aborts running server-request handlers when the process dies', async () => {
    const t = await start();
    let signal: AbortSignal | undefined;
    t.setServerRequestHandler((_r, s) => {
      signal = s;
      return new Promise(() => undefined);
    });
    const pending = t.requestUnchecked('serverRequest', { method: 'item/tool/call' }).catch((e: unknown) => e);
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (signal) {
          clearInterval(poll);
          resolve();
        }
      }, 5);
    });
    t.kill();
    await pending;
    expect(signal?.aborted).toBe(true);
    expect(signal?.reason).toBeInstanceOf(TransportClosedError);
  });

  it('kills the orphans left behind when the process is SIGKILLed from outside', async () => {
    const t = await start();
    const { pid: child } = (await t.requestUnchecked('spawnChild')) as { pid: number };
    expect(isAlive(child)).toBe(true);
    process.kill(t.pid, 'SIGKILL');
    await t.exited;
    expect(isAlive(child)).toBe(false);
  });
});

describe('AppServerTransport.close()', () => {
  const start = useFakeAppServers();

  it('closes stdin, resolves with a clean exit, is idempotent, and rejects later calls', async () => {
    const t = await start();
    const first = t.close();
    expect(t.closed).toBe(true);
    await expect(t.requestUnchecked('echo', 1)).rejects.toThrow(/closing/);
    const second = t.close();
    expect(second).toBe(first);
    const exit = await first;
    expect(exit).toEqual({ exitCode: 0, signal: null, stderrTail: '' });
    expect(isAlive(t.pid)).toBe(false);
    await expect(t.requestUnchecked('echo', 1)).rejects.toBeInstanceOf(TransportClosedError);
    await expect(t.close()).resolves.toBe(exit);
  });

  it('fails requests still pending at close with TransportClosedError', async () => {
    const t = await start();
    const pending = t.requestUnchecked('hang').catch((e: unknown) => e);
    await t.close();
    const error = (await pending) as TransportClosedError;
    expect(error).toBeInstanceOf(TransportClosedError);
    expect(error.message).toContain('was closed');
    expect(error.exitCode).toBe(0);
  });

  it('escalates to SIGTERM when stdin EOF is ignored', async () => {
    const t = await start({ shutdownTimeoutMs: 100, env: { ...process.env, FAKE_IGNORE_EOF: '1' } });
    const began = performance.now();
    const exit = await t.close();
    expect(exit.signal).toBe('SIGTERM');
    expect(performance.now() - began).toBeGreaterThanOrEqual(95);
  });

  it('escalates to SIGKILL when stdin EOF and SIGTERM are both ignored, and reaps the children', async () => {
    const t = await start({ shutdownTimeoutMs: 100, env: { ...process.env, FAKE_IGNORE_EOF: '1', FAKE_IGNORE_SIGTERM: '1' } });
    const { pid: child } = (await t.requestUnchecked('spawnChild')) as { pid: number };
    const began = performance.now();
    const exit = await t.close();
    expect(exit.signal).toBe('SIGKILL');
    expect(performance.now() - began).toBeGreaterThanOrEqual(195);
    expect(isAlive(t.pid)).toBe(false);
    expect(isAlive(child)).toBe(false);
  });

  it('an AbortSignal given at startup closes the transport later', async () => {
    const controller = new AbortController();
    const t = await start({ signal: controller.signal });
    const pending = t.requestUnchecked('hang').catch((e: unknown) => e);
    controller.abort();
    expect(t.closed).toBe(true);
    await expect(pending).resolves.toBeInstanceOf(TransportClosedError);
    await expect(t.exited).resolves.toMatchObject({ exitCode: 0 });
  });

  it('supports await using', async () => {
    let pid = 0;
    {
      await using t = await start();
      pid = t.pid;
      await t.requestUnchecked('echo', 1);
    }
    expect(isAlive(pid)).toBe(false);
  });
});
