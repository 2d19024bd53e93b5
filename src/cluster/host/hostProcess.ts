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
import { publishLarge } from '../largeMessages.js';
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
  /**
   * Notifications waiting to be published, per subject. A streamed answer is
   * hundreds of small notifications; publishing them one NATS message each
   * costs several times their parse (bench C4), so what arrives in one read
   * of stdout leaves as one batch. Flushed before every reply, server request
   * and exit, so a client still sees everything in wire order.
   */
  private readonly pending = new Map<string, string[]>();
  private flushScheduled = false;
  exited = false;

  constructor(
    readonly transport: AppServerTransport,
    private readonly ctx: HostContext,
  ) {
    // Notifications arrive through route() with their line (startAppServer's onNotificationLine); the stream is drained only.
    this.subscription = transport.notifications$.subscribe(() => undefined);
    transport.setServerRequestHandler((request) => this.askClient(request));
    void transport.processExited.then((exit) => {
      this.flush();
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

  /** Publishes every pending batch now (split to fit NATS's max payload; see {@link publishLarge}). */
  flush(): void {
    this.flushScheduled = false;
    const limit = this.ctx.nc.info?.max_payload ?? 1_048_576;
    for (const [subject, texts] of this.pending) {
      let batch: string[] = [];
      let size = 0;
      const send = () => {
        if (batch.length > 0) publishLarge(this.ctx.nc, subject, this.encoder.encode(`{"type":"batch","items":[${batch.join(',')}]}`), limit);
        batch = [];
        size = 0;
      };
      for (const text of texts) {
        if (size + text.length > limit / 4) send();
        batch.push(text);
        size += text.length;
      }
      send();
    }
    this.pending.clear();
  }

  /** One notification from the process, with the line it came in: relayed as that line (redacted), not serialized again. */
  route(notification: Pick<RpcNotification, 'method' | 'params'>, line: string): void {
    const threadId = threadIdOf(notification.params);
    const thread = threadId === null ? undefined : this.threads.get(threadId);
    const text = this.ctx.redact(line);
    const receivers = thread ? thread.sessions : this.sessions;
    for (const session of receivers) this.queue(session.inbox, text);
    if (thread) {
      this.queue(this.ctx.names.threadEvents(thread.id), text);
      if (notification.method === 'turn/completed') void this.ctx.checkpoint(thread.id, 'turn settled');
    }
  }

  private queue(subject: string, text: string): void {
    const list = this.pending.get(subject);
    if (list) list.push(text);
    else this.pending.set(subject, [text]);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      // After the rest of this stdout chunk has been parsed and routed.
      setImmediate(() => this.flush());
    }
  }

  /** A server request goes to the client of the turn (else the first attached); no client → an error answer, which codex treats as a refusal. */
  private async askClient(request: ServerRequest): Promise<unknown> {
    const threadId = threadIdOf(request.params);
    const thread = threadId === null ? undefined : this.threads.get(threadId);
    const session = thread?.turnSession ?? (thread ? [...thread.sessions][0] : undefined) ?? (this.sessions.size === 1 ? [...this.sessions][0] : undefined);
    if (!session) throw { code: -32603, message: `no client is attached to thread ${threadId ?? '(none)'} on host ${this.ctx.hostId} to answer ${request.method}` };
    const body: ServerRequestBody = { id: request.id, method: request.method, params: request.params };
    this.flush();
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
