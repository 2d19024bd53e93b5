import { firstValueFrom, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { EarlySubject } from '../../../src/transport/earlySubject.js';

describe('EarlySubject', () => {
  it('replays what was emitted before the first subscription, then goes live', () => {
    const early = new EarlySubject<number>(10);
    early.next(1);
    early.next(2);
    const seen: number[] = [];
    early.observable.subscribe((n) => seen.push(n));
    early.next(3);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('replays to the first subscriber only', () => {
    const early = new EarlySubject<number>(10);
    early.next(1);
    const first: number[] = [];
    const second: number[] = [];
    early.observable.subscribe((n) => first.push(n));
    early.observable.subscribe((n) => second.push(n));
    early.next(2);
    expect(first).toEqual([1, 2]);
    expect(second).toEqual([2]);
  });

  it('keeps at most `limit` early values', () => {
    const early = new EarlySubject<number>(2);
    for (let i = 0; i < 5; i++) early.next(i);
    const seen: number[] = [];
    early.observable.subscribe((n) => seen.push(n));
    expect(seen).toEqual([0, 1]);
  });

  it('a first subscriber after completion gets the early values, then completion', async () => {
    const early = new EarlySubject<string>(10);
    early.next('a');
    early.complete();
    await expect(firstValueFrom(early.observable.pipe(toArray()))).resolves.toEqual(['a']);
  });
});
