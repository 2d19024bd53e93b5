import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordRestart, restartsInWindow } from '../../../actors/restartIntensity.js';

describe('restart intensity', () => {
  it('allows maxRestarts restarts in the window and refuses the next', () => {
    const intensity = { maxRestarts: 3, withinMs: 5000 };
    let log: number[] = [];
    const attempts: number[] = [];
    for (const t of [0, 100, 200]) {
      const d = recordRestart(log, t, intensity);
      expect(d.allowed).toBe(true);
      if (d.allowed) {
        log = d.log;
        attempts.push(d.attempt);
      }
    }
    expect(attempts).toEqual([1, 2, 3]);
    expect(recordRestart(log, 300, intensity)).toEqual({ allowed: false, log: [0, 100, 200], restarts: 3 });
  });

  it('forgets a restart exactly withinMs after it happened', () => {
    const intensity = { maxRestarts: 1, withinMs: 1000 };
    const first = recordRestart([], 0, intensity);
    expect(first.allowed).toBe(true);
    expect(recordRestart(first.log, 999, intensity).allowed).toBe(false);
    const later = recordRestart(first.log, 1000, intensity);
    expect(later).toEqual({ allowed: true, log: [1000], attempt: 1 });
  });

  it('maxRestarts 0 never allows a restart', () => {
    expect(recordRestart([], 0, { maxRestarts: 0, withinMs: 1000 }).allowed).toBe(false);
  });

  it('restartsInWindow keeps only timestamps younger than the window', () => {
    expect(restartsInWindow([0, 1000, 4000], 5000, 5000)).toEqual([1000, 4000]);
  });

  const crashTimes = fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 60 }).map((gaps) => {
    let t = 0;
    return gaps.map((g) => (t += g));
  });
  const limits = fc.record({ maxRestarts: fc.integer({ min: 0, max: 6 }), withinMs: fc.integer({ min: 1, max: 2000 }) });

  it('property: never more than maxRestarts accepted restarts in any window of withinMs', () => {
    fc.assert(
      fc.property(crashTimes, limits, (times, intensity) => {
        let log: number[] = [];
        const accepted: number[] = [];
        for (const t of times) {
          const d = recordRestart(log, t, intensity);
          log = d.log;
          if (d.allowed) accepted.push(t);
        }
        // Every window [start, start + withinMs) anchored at an accepted restart.
        for (const start of accepted) {
          const inWindow = accepted.filter((t) => t >= start && t < start + intensity.withinMs).length;
          expect(inWindow).toBeLessThanOrEqual(intensity.maxRestarts);
        }
      }),
    );
  });

  it('property: a refusal is justified: maxRestarts accepted restarts lie in the window ending now', () => {
    fc.assert(
      fc.property(crashTimes, limits, (times, intensity) => {
        let log: number[] = [];
        const accepted: number[] = [];
        for (const t of times) {
          const d = recordRestart(log, t, intensity);
          log = d.log;
          if (d.allowed) accepted.push(t);
          else expect(accepted.filter((a) => t - a < intensity.withinMs).length).toBe(intensity.maxRestarts);
        }
      }),
    );
  });
});
