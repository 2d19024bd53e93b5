import type { Subscription } from 'rxjs';
import type { RpcNotification, RpcTransport, ServerRequest } from '../../src/transport/types.js';

/** Where one codex thread's traffic goes. */
export interface ThreadSink {
  /** A notification whose `params.threadId` is this thread. */
  notification(notification: RpcNotification): void;
  /** A server request for this thread; resolve with the wire result or throw `{ code, message }`. */
  serverRequest(request: ServerRequest, signal: AbortSignal): Promise<unknown>;
}

/**
 * Demultiplexes one app-server connection by codex thread id. A connection
 * may carry one thread (`processModel: 'per-thread'`) or many (a pool); both
 * go through here, so routing has one owner.
 *
 * Notifications without a thread id (`account/rateLimits/updated`,
 * `configWarning`…) go to `onGlobal`.
 */
export class ThreadRouter {
  private readonly sinks = new Map<string, ThreadSink>();
  private readonly subscription: Subscription;

  constructor(
    readonly transport: RpcTransport,
    private readonly onGlobal: (notification: RpcNotification) => void = () => {},
  ) {
    this.subscription = transport.notifications$.subscribe((n) => this.route(n));
    transport.setServerRequestHandler((request, signal) => {
      const threadId = threadIdOf(request.params);
      const sink = threadId === null ? undefined : this.sinks.get(threadId);
      if (!sink) {
        // Nobody owns this thread: refuse rather than guess (the safe default for approvals).
        return Promise.reject({ code: -32601, message: `codex-actors has no handler for ${request.method} on thread ${threadId ?? '(none)'}` });
      }
      return sink.serverRequest(request, signal);
    });
  }

  /** Routes the thread's traffic to `sink` until the returned function is called. */
  register(threadId: string, sink: ThreadSink): () => void {
    this.sinks.set(threadId, sink);
    return () => {
      if (this.sinks.get(threadId) === sink) this.sinks.delete(threadId);
    };
  }

  /** How many threads are routed here (pool load). */
  get size(): number {
    return this.sinks.size;
  }

  /** A summary for serializers (inspectors): the routed threads, not the transport. */
  toJSON(): { threads: string[] } {
    return { threads: [...this.sinks.keys()] };
  }

  /** Stops routing; the transport itself is closed by its owner. */
  dispose(): void {
    this.subscription.unsubscribe();
    this.transport.setServerRequestHandler(undefined);
    this.sinks.clear();
  }

  private route(notification: RpcNotification): void {
    const threadId = threadIdOf(notification.params);
    const sink = threadId === null ? undefined : this.sinks.get(threadId);
    if (sink) sink.notification(notification);
    else this.onGlobal(notification);
  }
}

/** The thread a message belongs to: `params.threadId`, or `params.thread.id` for `thread/started`. */
export function threadIdOf(params: unknown): string | null {
  if (typeof params !== 'object' || params === null) return null;
  const p = params as { threadId?: unknown; thread?: { id?: unknown } };
  if (typeof p.threadId === 'string') return p.threadId;
  if (p.thread && typeof p.thread.id === 'string') return p.thread.id;
  return null;
}
