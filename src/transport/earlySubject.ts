/**
 * A hot stream that also hands its first subscriber what was emitted before
 * anyone subscribed.
 *
 * Why: codex sends notifications during the handshake (`configWarning` arrives
 * in the same stdout chunk as the `initialize` response), before the caller of
 * `startAppServer()` even holds the transport. A plain Subject would drop them.
 */
import { Observable, Subject } from 'rxjs';

/**
 * Subject-like: `next`/`complete` feed it, `observable` is subscribed to.
 * Values emitted while nobody has subscribed yet are kept (up to `limit`) and
 * replayed to the first subscriber only; after that it behaves like a Subject.
 *
 * @example
 * ```ts
 * const early = new EarlySubject<number>(16);
 * early.next(1);
 * early.observable.subscribe((n) => console.log(n)); // logs 1, then live values
 * ```
 */
export class EarlySubject<T> {
  private readonly subject = new Subject<T>();
  private buffer: T[] | null = [];
  private readonly limit: number;
  /** The stream to subscribe to. */
  readonly observable: Observable<T>;

  constructor(limit: number) {
    this.limit = limit;
    this.observable = new Observable<T>((subscriber) => {
      const early = this.buffer;
      this.buffer = null;
      if (early !== null) {
        for (const value of early) {
          if (subscriber.closed) return undefined;
          subscriber.next(value);
        }
      }
      return this.subject.subscribe(subscriber);
    });
  }

  /** Emits a value (kept for the first subscriber if there is none yet). */
  next(value: T): void {
    const buffer = this.buffer;
    if (buffer !== null && buffer.length < this.limit) buffer.push(value);
    this.subject.next(value);
  }

  /** Completes the stream; a later first subscriber still gets the kept values, then completion. */
  complete(): void {
    this.subject.complete();
  }
}
