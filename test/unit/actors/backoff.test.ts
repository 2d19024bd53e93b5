import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay, baseBackoffDelay, DEFAULT_BACKOFF, restartDelay, type BackoffOptions } from '../../../actors/backoff.js';

const options = fc
  .record({
    initialDelayMs: fc.integer({ min: 0, max: 10_000 }),
    extra: fc.integer({ min: 0, max: 100_000 }),
    factor: fc.double({ min: 1, max: 10, noNaN: true }),
    jitter: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ initialDelayMs, extra, factor, jitter }): BackoffOptions => ({ initialDelayMs, maxDelayMs: initialDelayMs + extra, factor, jitter }));
const attempt = fc.integer({ min: 1, max: 2000 });
const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

describe('backoff', () => {
  it('doubles from 100 ms and caps at 5 s with the defaults', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => baseBackoffDelay(n, DEFAULT_BACKOFF))).toEqual([100, 200, 400, 800, 1600, 3200, 5000, 5000]);
  });

  it('is deterministic given the random function, ±jitter around the base', () => {
    expect(backoffDelay(1, DEFAULT_BACKOFF, () => 0.5)).toBe(100);
    expect(backoffDelay(1, DEFAULT_BACKOFF, () => 0)).toBe(80);
    expect(backoffDelay(2, DEFAULT_BACKOFF, () => 0.999_999)).toBe(240);
    expect(backoffDelay(20, DEFAULT_BACKOFF, () => 0.999_999)).toBe(5000);
  });

  it('restartDelay: the first restart in a window is immediate, the nth waits the (n-1)th backoff step', () => {
    expect([1, 2, 3, 4].map((n) => restartDelay(n, DEFAULT_BACKOFF, () => 0.5))).toEqual([0, 100, 200, 400]);
    expect(restartDelay(1, { ...DEFAULT_BACKOFF, initialDelayMs: 1000, maxDelayMs: 1000 }, () => 0.999)).toBe(0);
  });

  it('property: restartDelay(n) is 0 for n = 1 and backoffDelay(n - 1) after', () => {
    fc.assert(
      fc.property(options, attempt, unit, (opts, n, r) => {
        expect(restartDelay(n, opts, () => r)).toBe(n === 1 ? 0 : backoffDelay(n - 1, opts, () => r));
      }),
    );
  });

  it('survives huge attempts without overflowing', () => {
    expect(baseBackoffDelay(1e6, DEFAULT_BACKOFF)).toBe(5000);
  });

  it('property: the base delay never decreases with the attempt and never exceeds the cap', () => {
    fc.assert(
      fc.property(options, attempt, (opts, n) => {
        const now = baseBackoffDelay(n, opts);
        const next = baseBackoffDelay(n + 1, opts);
        expect(next).toBeGreaterThanOrEqual(now);
        expect(now).toBeLessThanOrEqual(opts.maxDelayMs);
        expect(now).toBeGreaterThanOrEqual(Math.min(opts.initialDelayMs, opts.maxDelayMs));
      }),
    );
  });

  it('property: a jittered delay is a whole number within base×[1-jitter, 1+jitter] and [0, maxDelayMs]', () => {
    fc.assert(
      fc.property(options, attempt, unit, (opts, n, r) => {
        const base = baseBackoffDelay(n, opts);
        const delay = backoffDelay(n, opts, () => r);
        expect(Number.isInteger(delay)).toBe(true);
        expect(delay).toBeGreaterThanOrEqual(Math.floor(base * (1 - opts.jitter)));
        expect(delay).toBeLessThanOrEqual(Math.min(opts.maxDelayMs, Math.ceil(base * (1 + opts.jitter))));
      }),
    );
  });

  it('property: same inputs, same delay', () => {
    fc.assert(
      fc.property(options, attempt, unit, (opts, n, r) => {
        expect(backoffDelay(n, opts, () => r)).toBe(backoffDelay(n, opts, () => r));
      }),
    );
  });
});
