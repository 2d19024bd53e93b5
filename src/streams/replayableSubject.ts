import { Observable, Subject } from 'rxjs';

/**
 * A hot stream that replays everything it has emitted to every new subscriber
 * (like an unbounded `ReplaySubject`), until {@link ReplayableSubject.stopReplay}:
 * from then on it keeps nothing and late subscribers get only what follows.
 *
 * Why: a `TurnHandle` replays its turn's events for late subscribers, which
 * means holding every event (hundreds of streamed deltas per answer) until the
 * handle is dropped. `thread.run()` never exposes its handle, so it stops the
 * replay at once; on bench P3 that retention was a fifth of the pipeline's CPU
 * (garbage collection of ~100k held events).
 *
 * @example
 * ```ts
 * const events = new ReplayableSubject<number>();
 * events.next(1);
 * events.observable.subscribe((n) => console.log(n)); // 1, then live values
 * events.stopReplay(); // a later subscriber starts from the next value
 * ```
 */
export class ReplayableSubject<T> {
  private readonly subject = new Subject<T>();
  private buffer: T[] | null = [];
  /** The stream to subscribe to. */
  readonly observable: Observable<T>;

  constructor() {
    this.observable = new Observable<T>((subscriber) => {
      const buffered = this.buffer;
      if (buffered !== null) {
        // Indexed loop: a value emitted from inside a subscriber's callback is appended and still replayed.
        for (let i = 0; i < buffered.length; i++) {
          if (subscriber.closed) return undefined;
          subscriber.next(buffered[i]!);
        }
      }
      return this.subject.subscribe(subscriber);
    });
  }

  /** Emits a value (and keeps it for later subscribers while replay is on). */
  next(value: T): void {
    this.buffer?.push(value);
    this.subject.next(value);
  }

  /** Completes the stream; later subscribers still get the kept values, then completion. */
  complete(): void {
    this.subject.complete();
  }

  /** Drops the kept values and keeps no more. */
  stopReplay(): void {
    this.buffer = null;
  }
}
