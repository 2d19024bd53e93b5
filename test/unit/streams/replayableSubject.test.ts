import { firstValueFrom, take, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { ReplayableSubject } from '../../../src/streams/replayableSubject.js';

describe('ReplayableSubject', () => {
  it('replays everything to late subscribers, then goes live, then completes', async () => {
    const s = new ReplayableSubject<number>();
    s.next(1);
    s.next(2);
    const all = firstValueFrom(s.observable.pipe(toArray()));
    s.next(3);
    s.complete();
    expect(await all).toEqual([1, 2, 3]);
    // After completion a subscriber still gets the kept values, then completion.
    expect(await firstValueFrom(s.observable.pipe(toArray()))).toEqual([1, 2, 3]);
  });

  it('keeps nothing after stopReplay(): late subscribers start from the next value', async () => {
    const s = new ReplayableSubject<number>();
    s.next(1);
    s.stopReplay();
    s.next(2);
    const late = firstValueFrom(s.observable.pipe(toArray()));
    s.next(3);
    s.complete();
    expect(await late).toEqual([3]);
  });

  it('replays a value emitted from inside a subscriber callback', () => {
    const s = new ReplayableSubject<number>();
    s.next(1);
    const seen: number[] = [];
    s.observable.subscribe((n) => {
      seen.push(n);
      if (n === 1) s.next(2);
    });
    expect(seen).toEqual([1, 2]);
  });

  it('stops replaying to a subscriber that unsubscribes midway', () => {
    const s = new ReplayableSubject<number>();
    for (let i = 0; i < 5; i++) s.next(i);
    const seen: number[] = [];
    s.observable.pipe(take(2)).subscribe((n) => seen.push(n));
    expect(seen).toEqual([0, 1]);
  });
});
