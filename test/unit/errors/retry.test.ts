import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AbortError,
  AuthError,
  CodexProcessCrashedError,
  InvalidParamsError,
  ServerBusyError,
  StructuredOutputError,
  TimeoutError,
  TurnFailedError,
  backoffDelay,
  isRetryableError,
  retryOnOverload,
} from '../../../src/errors/index.js';

const busy = () => new ServerBusyError('turn/start', { code: -32001, message: 'Server overloaded; retry later.' });
const failed = (codexErrorInfo: unknown) => new TurnFailedError({ message: 'x', codexErrorInfo: codexErrorInfo as never });

describe('isRetryableError', () => {
  it.each([
    ['ServerBusyError', busy(), true],
    ['TimeoutError', new TimeoutError('turn/start', 10), true],
    ['internalServerError', failed('internalServerError'), true],
    ['serverOverloaded', failed('serverOverloaded'), true],
    ['rateLimitExceeded', failed('rateLimitExceeded'), true],
    ['429 after codex gave up', failed({ responseTooManyFailedAttempts: { httpStatusCode: 429 } }), true],
    ['503 connection failure', failed({ httpConnectionFailed: { httpStatusCode: 503 } }), true],
    ['network failure without status', failed({ responseStreamConnectionFailed: { httpStatusCode: null } }), true],
    ['stream disconnected', failed({ responseStreamDisconnected: {} }), true],
    ['401 connection failure', failed({ httpConnectionFailed: { httpStatusCode: 401 } }), false],
    ['400 after retries', failed({ responseTooManyFailedAttempts: { httpStatusCode: 400 } }), false],
    ['usage limit', failed('usageLimitExceeded'), false],
    ['context window', failed('contextWindowExceeded'), false],
    ['other', failed('other'), false],
    ['no info', failed(null), false],
    ['AuthError', new AuthError('bad key', 401), false],
    ['InvalidParamsError', new InvalidParamsError('turn/start', { code: -32600, message: 'missing field `threadId`' }), false],
    ['StructuredOutputError', new StructuredOutputError('x', []), false],
    ['crash', new CodexProcessCrashedError({ exitCode: null, signal: 'SIGKILL', stderrTail: '' }), false],
    ['AbortError', new AbortError('stop'), false],
    ['plain Error', new Error('boom'), false],
    ['wrapping a busy error', new Error('wrapped', { cause: busy() }), true],
    ['a string', 'busy', false],
    ['null', null, false],
  ])('%s → %s', (_name, error, expected) => {
    expect(isRetryableError(error)).toBe(expected);
  });
});

describe('backoffDelay', () => {
  const base = { initialDelayMs: 250, maxDelayMs: 2000, jitter: 0.2 };

  it('doubles per attempt and caps at maxDelayMs (no jitter)', () => {
    const delays = [1, 2, 3, 4, 5].map((n) => backoffDelay(n, { ...base, jitter: 0, random: () => 0.9 }));
    expect(delays).toEqual([250, 500, 1000, 2000, 2000]);
  });

  it('scales by a factor in [1 - jitter, 1 + jitter], still capped', () => {
    expect(backoffDelay(1, { ...base, random: () => 0 })).toBe(200);
    expect(backoffDelay(1, { ...base, random: () => 0.5 })).toBe(250);
    expect(backoffDelay(1, { ...base, random: () => 0.999999 })).toBe(300);
    expect(backoffDelay(3, { ...base, random: () => 0 })).toBe(800);
    expect(backoffDelay(4, { ...base, random: () => 0.999999 })).toBe(2000);
    expect(backoffDelay(4, { ...base, random: () => 0 })).toBe(1600);
  });

  it('stays within bounds for any random value', () => {
    for (let attempt = 1; attempt <= 8; attempt++) {
      for (const r of [0, 0.1, 0.37, 0.5, 0.73, 0.99]) {
        const d = backoffDelay(attempt, { ...base, random: () => r });
        const nominal = Math.min(2000, 250 * 2 ** (attempt - 1));
        expect(d).toBeLessThanOrEqual(2000);
        expect(d).toBeGreaterThanOrEqual(Math.min(2000, Math.round(nominal * 0.8)) - (nominal >= 2000 ? 400 : 0));
      }
    }
  });
});

describe('retryOnOverload (fake timers)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('retries retryable failures with 250/500 ms (jitter off) and resolves with the first success', async () => {
    const calls: Array<{ attempt: number; at: number }> = [];
    const start = Date.now();
    const fn = vi.fn(async ({ attempt }: { attempt: number }) => {
      calls.push({ attempt, at: Date.now() - start });
      if (attempt < 3) throw busy();
      return 'ok';
    });
    const promise = retryOnOverload(fn, { jitter: 0 });
    await vi.advanceTimersByTimeAsync(249);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(500);
    await expect(promise).resolves.toBe('ok');
    expect(calls).toEqual([{ attempt: 1, at: 0 }, { attempt: 2, at: 250 }, { attempt: 3, at: 750 }]);
  });

  it('gives up after maxAttempts with the last error', async () => {
    let n = 0;
    const promise = retryOnOverload(async () => {
      n++;
      throw failed('internalServerError');
    }, { maxAttempts: 4, jitter: 0 });
    const settled = promise.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(250 + 500 + 1000);
    const error = await settled;
    expect(error).toBeInstanceOf(TurnFailedError);
    expect(n).toBe(4);
  });

  it('does not retry an error that is not retryable', async () => {
    const fn = vi.fn(async () => {
      throw new AuthError('bad key', 401);
    });
    await expect(retryOnOverload(fn)).rejects.toBeInstanceOf(AuthError);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('applies jitter and maxDelayMs, and reports each wait to onRetry', async () => {
    const waits: number[] = [];
    const promise = retryOnOverload(
      async () => {
        throw busy();
      },
      { maxAttempts: 5, initialDelayMs: 1000, maxDelayMs: 3000, jitter: 0.5, random: () => 1 - Number.EPSILON, onRetry: ({ delayMs }) => waits.push(delayMs) },
    ).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(await promise).toBeInstanceOf(ServerBusyError);
    expect(waits).toEqual([1500, 3000, 3000, 3000]);
  });

  it('an abort while waiting rejects at once with AbortError (name, code, cause)', async () => {
    const controller = new AbortController();
    const fn = vi.fn(async () => {
      throw busy();
    });
    const promise = retryOnOverload(fn, { signal: controller.signal }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(100);
    controller.abort('user cancelled');
    const error = (await promise) as AbortError;
    expect(error).toBeInstanceOf(AbortError);
    expect(error.name).toBe('AbortError');
    expect(error.code).toBe('ABORT_ERR');
    expect(error.cause).toBe('user cancelled');
    expect(fn).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('an already aborted signal never calls fn', async () => {
    const fn = vi.fn(async () => 'never');
    await expect(retryOnOverload(fn, { signal: AbortSignal.abort('early') })).rejects.toBeInstanceOf(AbortError);
    expect(fn).not.toHaveBeenCalled();
  });

  it('rejects nonsensical settings', async () => {
    await expect(retryOnOverload(async () => 1, { maxAttempts: 0 })).rejects.toThrow(/maxAttempts/);
    await expect(retryOnOverload(async () => 1, { jitter: 2 })).rejects.toThrow(/jitter/);
  });
});
