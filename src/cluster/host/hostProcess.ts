/**
 * One `codex app-server` process of a host agent and the client sessions it
 * serves: routes its notifications to the sessions attached to each thread
 * (and into the cluster's event stream), and its server requests to the
 * client that started the thread's turn.
 *
 * @module
 */
import type { Subscription } from 'rxjs';
import { threadIdOf } from '../../../machines/connection/threadRouter.js';
import type { AppServerTransport } from '../../transport/appServerTransport.js';
import type { RpcNotification, ServerRequest } from '../../transport/types.js';
import { decodeBody, encodeBody, type ServerRequestBody, type ServerRequestReply } from '../clusterWire.js';
import type { HostContext } from './hostContext.js';
import type { HostSession } from './hostSession.js';

/** How much longer than the client's handler timeout the host waits for a handler's answer. */
const HANDLER_GRACE_MS = 10_000;

/** A codex thread loaded in a host process. */
export interface HostThread {
  readonly id: string;
  readonly sessions: Set<HostSession>;
  /** The session whose client started the running (or last) turn: server requests go to it first. */
  turnSession: HostSession | null;
}

/** @internal */
export class HostProcess {
  readonly sessions = new Set<HostSession>();
  readonly threads = new Map<string, HostThread>();
  private readonly subscription: Subscription;
  private readonly encoder = new TextEncoder();
  exited = false;

  constructor(
    readonly transport: AppServerTransport,
    private readonly ctx: HostContext,
  ) {
    this.subscription = transport.notifications$.subscribe((n) => this.route(n));
    transport.setServerRequestHandler((request) => this.askClient(request));
    void transport.processExited.then((exit) => {
      this.exited = true;
      this.subscription.unsubscribe();
      ctx.processExited(this, exit);
    });
  }

  get pid(): number {
    return this.transport.pid;
  }

  /** Routes `threadId`'s traffic to `session` too. */
  bind(threadId: string, session: HostSession): HostThread {
    let thread = this.threads.get(threadId);
    if (!thread) {
      thread = { id: threadId, sessions: new Set(), turnSession: null };
      this.threads.set(threadId, thread);
    }
    thread.sessions.add(session);
    session.threads.add(threadId);
    return thread;
  }

  /** Stops routing `threadId` to `session`; resolves with how many sessions still hold it. */
  unbind(threadId: string, session: HostSession): number {
    const thread = this.threads.get(threadId);
    session.threads.delete(threadId);
    if (!thread) return 0;
    thread.sessions.delete(session);
    if (thread.turnSession === session) thread.turnSession = null;
    if (thread.sessions.size === 0) this.threads.delete(threadId);
    return thread.sessions.size;
  }

  private route(notification: RpcNotification): void {
    const threadId = threadIdOf(notification.params);
    const thread = threadId === null ? undefined : this.threads.get(threadId);
    // Serialized and redacted once, then published as bytes to every receiver.
    const text = this.ctx.redact(JSON.stringify({ type: 'notification', method: notification.method, params: notification.params, emittedAtMs: notification.emittedAtMs }));
    const bytes = this.encoder.encode(text);
    const receivers = thread ? thread.sessions : this.sessions;
    for (const session of receivers) session.deliver(bytes);
    if (thread) {
      this.ctx.nc.publish(this.ctx.names.threadEvents(thread.id), bytes);
      if (notification.method === 'turn/completed') void this.ctx.checkpoint(thread.id, 'turn settled');
    }
  }

  /** A server request goes to the client of the turn (else the first attached); no client → an error answer, which codex treats as a refusal. */
  private async askClient(request: ServerRequest): Promise<unknown> {
    const threadId = threadIdOf(request.params);
    const thread = threadId === null ? undefined : this.threads.get(threadId);
    const session = thread?.turnSession ?? (thread ? [...thread.sessions][0] : undefined) ?? (this.sessions.size === 1 ? [...this.sessions][0] : undefined);
    if (!session) throw { code: -32603, message: `no client is attached to thread ${threadId ?? '(none)'} on host ${this.ctx.hostId} to answer ${request.method}` };
    const body: ServerRequestBody = { id: request.id, method: request.method, params: request.params };
    let reply: ServerRequestReply | null;
    try {
      const msg = await this.ctx.nc.request(this.ctx.names.sessionServerRequest(session.id), encodeBody(body), { timeout: session.handlerTimeoutMs + HANDLER_GRACE_MS });
      reply = decodeBody<ServerRequestReply>(msg.data);
    } catch (error) {
      throw { code: -32603, message: `the client of session ${session.id} did not answer ${request.method}: ${(error as Error).message}` };
    }
    if (!reply) throw { code: -32603, message: `the client of session ${session.id} sent an unreadable answer to ${request.method}` };
    if ('error' in reply) throw reply.error;
    return reply.result;
  }
}
