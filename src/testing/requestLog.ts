import { TimeoutError } from '../errors/index.js';
import type { Miss, RecordedRequest } from './recordedRequest.js';

interface Waiter {
  readonly count: number;
  readonly resolve: (request: RecordedRequest) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/**
 * The scripted server's memory: model requests in arrival order, misses, and
 * promises waiting for the n-th request (resolved on arrival, never by polling).
 *
 * @internal
 */
export class RequestLog {
  readonly requests: RecordedRequest[] = [];
  readonly misses: Miss[] = [];
  private waiters: Waiter[] = [];
  private closedReason: string | null = null;

  add(request: RecordedRequest): void {
    this.requests.push(request);
    const ready = this.waiters.filter((w) => this.requests.length >= w.count);
    this.waiters = this.waiters.filter((w) => this.requests.length < w.count);
    for (const waiter of ready) {
      clearTimeout(waiter.timer);
      waiter.resolve(this.requests[waiter.count - 1] as RecordedRequest);
    }
  }

  addMiss(miss: Miss): void {
    this.misses.push(miss);
  }

  /** Resolves with the `count`-th model request (1-based) once it has arrived. */
  waitFor(count: number, timeoutMs: number): Promise<RecordedRequest> {
    if (!Number.isInteger(count) || count < 1) return Promise.reject(new RangeError(`waitForRequest(n): n must be an integer >= 1, got ${count}`));
    const existing = this.requests[count - 1];
    if (existing) return Promise.resolve(existing);
    if (this.closedReason !== null) return Promise.reject(new Error(`waitForRequest(${count}): ${this.closedReason}`));
    return new Promise<RecordedRequest>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.timer !== timer);
        reject(
          new TimeoutError(
            `Waiting for model request #${count}`,
            timeoutMs,
            `The scripted server has received ${this.requests.length} request(s)${this.misses.length ? ` and ${this.misses.length} miss(es)` : ''}; did codex start, and is it pointed at this server's url?`,
          ),
        );
      }, timeoutMs);
      this.waiters.push({ count, resolve, reject, timer });
    });
  }

  /** Rejects every pending waiter; later waits fail at once. */
  close(reason: string): void {
    this.closedReason = reason;
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error(`waitForRequest(${waiter.count}): ${reason}`));
    }
    this.waiters = [];
  }
}
