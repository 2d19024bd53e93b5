import { Subject } from 'rxjs';
import type { ProcessExit } from '../../../src/errors/index.js';
import type { AppServerTransport } from '../../../src/transport/appServerTransport.js';
import type { RpcNotification, ServerRequestHandler } from '../../../src/transport/types.js';

let nextPid = 1000;

/** An in-memory stand-in for an app-server transport: a pid, an exit, requests answered by `respond`. */
export class FakeTransport {
  readonly pid = nextPid++;
  readonly notifications = new Subject<RpcNotification>();
  readonly notifications$ = this.notifications.asObservable();
  readonly protocolErrors$ = new Subject<never>().asObservable();
  readonly initializeResult = {};
  readonly requests: Array<{ method: string; params: unknown }> = [];
  handler: ServerRequestHandler | undefined;
  closed = false;
  closeCalls = 0;
  readonly exited: Promise<ProcessExit>;
  private resolveExit!: (exit: ProcessExit) => void;

  constructor(private readonly respond: (method: string, params: unknown) => unknown = () => ({})) {
    this.exited = new Promise((resolve) => (this.resolveExit = resolve));
  }

  request<T>(method: string, params?: unknown): Promise<T> {
    this.requests.push({ method, params });
    if (this.closed) return Promise.reject(new Error('closed'));
    try {
      return Promise.resolve(this.respond(method, params) as T);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  notify(): void {}

  setServerRequestHandler(handler: ServerRequestHandler | undefined): void {
    this.handler = handler;
  }

  /** The process died on its own. */
  crash(exit: ProcessExit = { exitCode: null, signal: 'SIGKILL', stderrTail: '' }): void {
    this.closed = true;
    this.notifications.complete();
    this.resolveExit(exit);
  }

  close(): Promise<ProcessExit> {
    this.closeCalls += 1;
    if (!this.closed) this.crash({ exitCode: 0, signal: null, stderrTail: '' });
    return this.exited;
  }

  kill(): void {
    this.crash();
  }

  toJSON() {
    return { pid: this.pid, closed: this.closed };
  }

  /** Typed as the real thing for code that takes one. */
  get asTransport(): AppServerTransport {
    return this as unknown as AppServerTransport;
  }
}

/** A starter whose processes are FakeTransports; `started` lists them, `gate` (when set) holds each start until resolved. */
export function fakeStarter() {
  const started: FakeTransport[] = [];
  let failNext: unknown = null;
  let hold: Promise<void> | null = null;
  const starter = async ({ signal, onSpawned }: { signal: AbortSignal; onSpawned: (pid: number | undefined) => void }) => {
    if (failNext !== null) {
      const error = failNext;
      failNext = null;
      throw error;
    }
    const transport = new FakeTransport();
    started.push(transport);
    onSpawned(transport.pid);
    if (hold) await hold;
    if (signal.aborted) {
      transport.crash();
      throw signal.reason;
    }
    return transport.asTransport;
  };
  return {
    starter,
    started,
    failNextStart(error: unknown) {
      failNext = error;
    },
    holdStarts(until: Promise<void> | null) {
      hold = until;
    },
  };
}
