/**
 * One client session on a host: relays the client's JSON-RPC requests to its
 * process and answers them, watching the few methods that change where a
 * thread lives (`thread/start|resume|fork`, `thread/unsubscribe`, `turn/start`).
 * Everything else passes as it came.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import type { Msg, Subscription } from '@nats-io/nats-core';
import { CodexError, JsonRpcError } from '../../errors/index.js';
import { decodeBody, encodeBody, type ControlBody, type RpcReplyBody, type RpcRequestBody } from '../clusterWire.js';
import type { HostContext } from './hostContext.js';
import type { HostProcess } from './hostProcess.js';

/** Methods whose result holds a thread this session now holds. */
const OPENS_THREAD = new Set(['thread/start', 'thread/resume', 'thread/fork']);

/** @internal */
export class HostSession {
  readonly threads = new Set<string>();
  private readonly subscriptions: Subscription[] = [];
  private ended = false;

  constructor(
    readonly id: string,
    readonly clientId: string,
    readonly process: HostProcess,
    readonly handlerTimeoutMs: number,
    private readonly ctx: HostContext,
  ) {
    process.sessions.add(this);
    const { nc, names } = ctx;
    this.subscriptions.push(
      nc.subscribe(names.sessionRpc(id), { callback: (_e, msg) => void this.onRpc(msg) }),
      nc.subscribe(names.sessionControl(id), { callback: (_e, msg) => this.onControl(msg) }),
    );
  }

  /** The subject of this session's notifications. */
  get inbox(): string {
    return this.ctx.names.sessionInbox(this.id);
  }

  /** Sends an already encoded inbox message to the client. */
  deliver(bytes: Uint8Array): void {
    if (!this.ended) this.ctx.nc.publish(this.inbox, bytes);
  }

  /** Ends the session: its threads are checkpointed and parked when no other session holds them. */
  async close(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    for (const sub of this.subscriptions.splice(0)) sub.unsubscribe();
    this.process.sessions.delete(this);
    const released = [...this.threads].filter((threadId) => this.process.unbind(threadId, this) === 0);
    await this.ctx.sessionEnded(this);
    await Promise.all(
      released.map(async (threadId) => {
        await this.ctx.checkpoint(threadId, 'thread closed');
        await this.ctx.park(threadId);
      }),
    );
  }

  /** The process died: tell the client, forget the session. */
  lost(bytes: Uint8Array): void {
    if (this.ended) return;
    this.deliver(bytes);
    this.ended = true;
    for (const sub of this.subscriptions.splice(0)) sub.unsubscribe();
    this.process.sessions.delete(this);
  }

  private onControl(msg: Msg): void {
    const body = decodeBody<ControlBody>(msg.data);
    if (!body) return;
    if (body.type === 'notify') this.process.transport.notify(body.method, body.params);
    else if (body.type === 'kill') this.process.transport.kill(body.signal as NodeJS.Signals);
    else void this.close().finally(() => msg.respond(encodeBody({ ok: true })));
  }

  private async onRpc(msg: Msg): Promise<void> {
    const body = decodeBody<RpcRequestBody>(msg.data);
    if (!body || typeof body.method !== 'string') {
      msg.respond(encodeBody({ failure: { code: 'PROTOCOL_ERROR', message: 'unreadable request' } } satisfies RpcReplyBody));
      return;
    }
    const reply = await this.handle(body).catch((error: unknown) => toReply(error));
    // Notifications codex sent before this answer go first.
    this.process.flush();
    const bytes = encodeBody(reply);
    const limit = this.ctx.nc.info?.max_payload ?? 1_048_576;
    if (bytes.length > limit - 4096) {
      msg.respond(encodeBody({ failure: { code: 'ANSWER_TOO_LARGE', message: `codex's answer to ${body.method} is ${bytes.length} bytes, over the NATS max_payload (${limit}); raise max_payload on the NATS server` } } satisfies RpcReplyBody));
      return;
    }
    msg.respond(bytes);
  }

  private async handle(body: RpcRequestBody): Promise<RpcReplyBody> {
    const { method } = body;
    const params = (body.params ?? {}) as Record<string, unknown>;
    if (method === 'thread/start' || method === 'thread/resume' || method === 'thread/fork') {
      const cwd = params.cwd;
      if (typeof cwd === 'string' && !existsSync(cwd)) return { failure: { code: 'WORKING_DIRECTORY_NOT_VISIBLE', message: `working directory ${cwd} is not visible on host ${this.ctx.hostId}`, path: cwd } };
    }
    if (method === 'thread/resume' && typeof params.threadId === 'string') {
      const refused = await this.prepareResume(params.threadId);
      if (refused) return refused;
    }
    if (method === 'thread/unsubscribe' && typeof params.threadId === 'string') {
      // Other clients still watch this thread through the same process: keep it loaded for them.
      if (this.process.unbind(params.threadId, this) > 0) return { result: { status: 'unsubscribed' } };
    }
    if (method === 'turn/start' && typeof params.threadId === 'string') {
      const thread = this.process.threads.get(params.threadId);
      if (thread) thread.turnSession = this;
    }
    // A relay: the client's NatsTransport typed this request by method; here it is only forwarded.
    const result = await this.process.transport.requestUnchecked(method, body.params, body.timeoutMs !== undefined ? { timeoutMs: body.timeoutMs } : {});
    if (OPENS_THREAD.has(method)) await this.adopt(method, result);
    return { result };
  }

  /** Before `thread/resume`: the rollout must be here and the thread ours. */
  private async prepareResume(threadId: string): Promise<RpcReplyBody | null> {
    if (this.process.threads.has(threadId)) return null; // attaching to a thread this process holds
    await this.ctx.restoreIfMissing(threadId);
    const claim = await this.ctx.claim(threadId);
    if (!claim.ok) return { failure: { code: 'THREAD_OWNED', message: `thread ${threadId} is held by host ${claim.owner.host} (epoch ${claim.owner.epoch})` } };
    return null;
  }

  private async adopt(method: string, result: unknown): Promise<void> {
    const threadId = (result as { thread?: { id?: unknown } } | null)?.thread?.id;
    if (typeof threadId !== 'string') return;
    const attached = this.process.threads.has(threadId);
    this.process.bind(threadId, this);
    if (method !== 'thread/resume') await this.ctx.claim(threadId);
    this.ctx.log(`${attached ? 'attach' : 'placement'} thread=${threadId} session=${this.id} client=${this.clientId} pid=${this.process.pid} via=${method}`);
  }
}

/** A failed relay as the client reads it: codex's own JSON-RPC error, or what went wrong on the host. */
function toReply(error: unknown): RpcReplyBody {
  if (error instanceof JsonRpcError) return { error: { code: error.rpcCode, message: error.rpcMessage, ...(error.data !== undefined ? { data: error.data } : {}) } };
  if (error instanceof CodexError) return { failure: { code: error.code, message: error.message } };
  return { failure: { code: 'CODEX_ERROR', message: (error as Error)?.message ?? String(error) } };
}
