/**
 * Bookkeeping for requests we sent and whose response has not arrived yet:
 * id allocation, per-request timeout, AbortSignal, and failing everything at
 * once when the connection ends.
 */
import { AbortError, TimeoutError } from '../errors/index.js';
import type { JsonRpcErrorObject } from '../protocol/jsonRpc.js';
import { mapRpcError } from './rpcErrorMapping.js';

/** setTimeout's ceiling (~24.8 days); longer delays would fire immediately. */
const MAX_TIMER_MS = 2_147_483_647;

interface Pending {
  readonly method: string;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  timer: NodeJS.Timeout | undefined;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

/** What {@link PendingRequests.create} hands back. */
export interface CreatedRequest<T> {
  readonly id: number;
  readonly promise: Promise<T>;
}

/**
 * The table of in-flight requests of one connection.
 *
 * @example
 * ```ts
 * const pending = new PendingRequests();
 * const { id, promise } = pending.create('thread/start', 60_000, signal);
 * write({ id, method: 'thread/start', params });
 * // on a response line: pending.resolve(id, result) / pending.rejectWithError(id, error)
 * ```
 */
export class PendingRequests {
  private readonly table = new Map<number, Pending>();
  private nextId: number;

  constructor(firstId = 1) {
    this.nextId = firstId;
  }

  /** Requests still waiting. */
  get size(): number {
    return this.table.size;
  }

  /**
   * Registers a request. The promise rejects with `TimeoutError` after
   * `timeoutMs` (if finite) or `AbortError` when `signal` aborts; in both cases
   * the entry is removed and a late response is ignored.
   */
  create<T>(method: string, timeoutMs: number, signal: AbortSignal | undefined): CreatedRequest<T> {
    const id = this.nextId++;
    let entry!: Pending;
    const promise = new Promise<T>((resolve, reject) => {
      entry = { method, resolve: resolve as (value: unknown) => void, reject, timer: undefined, signal, onAbort: undefined };
    });
    if (Number.isFinite(timeoutMs) && timeoutMs > 0) {
      const delay = Math.min(timeoutMs, MAX_TIMER_MS);
      entry.timer = setTimeout(() => {
        this.fail(
          id,
          new TimeoutError(
            `codex app-server request ${method}`,
            timeoutMs,
            'The process is alive but did not answer; raise requestTimeoutMs (or pass timeoutMs) if this call is legitimately slow',
          ),
        );
      }, delay);
      // A pending request alone must not keep the event loop alive.
      entry.timer.unref();
    }
    if (signal) {
      entry.onAbort = () => this.fail(id, new AbortError(signal.reason, `codex app-server request ${method}`));
      signal.addEventListener('abort', entry.onAbort, { once: true });
    }
    this.table.set(id, entry);
    return { id, promise };
  }

  /** The method of a pending request, if it is still pending. */
  methodOf(id: number): string | undefined {
    return this.table.get(id)?.method;
  }

  /** Settles a request with its result. Returns false if the id is unknown (late or foreign). */
  resolve(id: number, result: unknown): boolean {
    const entry = this.take(id);
    if (!entry) return false;
    entry.resolve(result);
    return true;
  }

  /** Settles a request with its JSON-RPC error, mapped to a typed error. */
  rejectWithError(id: number, error: JsonRpcErrorObject | unknown): boolean {
    const entry = this.take(id);
    if (!entry) return false;
    entry.reject(mapRpcError(entry.method, error));
    return true;
  }

  /** Fails one request with `error` (e.g. it could not be written). */
  fail(id: number, error: unknown): boolean {
    const entry = this.take(id);
    if (!entry) return false;
    entry.reject(error);
    return true;
  }

  /** Fails every pending request with `error` (the connection ended). */
  failAll(error: unknown): void {
    const entries = [...this.table.values()];
    for (const entry of entries) this.cleanup(entry);
    this.table.clear();
    for (const entry of entries) entry.reject(error);
  }

  private take(id: number): Pending | undefined {
    const entry = this.table.get(id);
    if (!entry) return undefined;
    this.table.delete(id);
    this.cleanup(entry);
    return entry;
  }

  private cleanup(entry: Pending): void {
    if (entry.timer !== undefined) clearTimeout(entry.timer);
    if (entry.signal && entry.onAbort) entry.signal.removeEventListener('abort', entry.onAbort);
  }
}
