/**
 * The baseline of P2: the smallest hand-written JSON-RPC client that can drive
 * `codex app-server` through a turn — `child_process.spawn`, a newline split
 * and `JSON.parse`, a map of pending ids, nothing else (no validation, no
 * supervision, no state charts). Whatever codex-actors spends on top of this
 * for the same turn is "SDK overhead".
 *
 * It also records the raw stdout lines it reads, which is how P3 gets a real
 * wire stream to replay.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

type Message = Record<string, unknown> & { id?: number; method?: string; params?: Record<string, unknown>; result?: unknown; error?: unknown };

/** A minimal app-server peer: requests, notifications, a recorder of raw lines. */
export class RawRpcClient {
  /** Every stdout line, when recording is on. */
  readonly lines: string[] = [];
  recording = false;
  private readonly child: ChildProcessWithoutNullStreams;
  private nextId = 1;
  private buffered = '';
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  private waiter: { method: string; threadId: string; resolve: (m: Message) => void } | null = null;
  /** Answers server requests (decline everything by default: the benchmark turns do not need them). */
  onServerRequest: (method: string, params: unknown) => unknown = () => ({ decision: 'decline' });

  private constructor(codexPath: string, env: Record<string, string>) {
    this.child = spawn(codexPath, ['app-server'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => this.onData(chunk));
    this.child.stderr.resume();
  }

  /** Spawns `codex app-server` and runs the initialize handshake. */
  static async start(codexPath: string, env: Record<string, string>): Promise<RawRpcClient> {
    const client = new RawRpcClient(codexPath, env);
    await client.request('initialize', { clientInfo: { name: 'raw_bench', title: 'raw bench', version: '0.0.0' }, capabilities: { experimentalApi: true } });
    client.write({ method: 'initialized' });
    return client;
  }

  /** The child's pid. */
  get pid(): number {
    return this.child.pid!;
  }

  request<T = unknown>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.write({ id, method, params });
    });
  }

  /** Starts a thread, returns its id. */
  async startThread(params: Record<string, unknown>): Promise<string> {
    const result = await this.request<{ thread: { id: string } }>('thread/start', params);
    return result.thread.id;
  }

  /** Runs one turn and resolves on its `turn/completed` with the final agent message text. */
  async runTurn(threadId: string, text: string): Promise<{ status: string; finalText: string | null }> {
    let finalText: string | null = null;
    const done = new Promise<Message>((resolve) => (this.waiter = { method: 'turn/completed', threadId, resolve }));
    this.onItem = (item) => {
      if (item.type === 'agentMessage') finalText = String(item.text);
    };
    await this.request('turn/start', { threadId, input: [{ type: 'text', text }] });
    const completed = await done;
    const turn = (completed.params as { turn: { status: string } }).turn;
    return { status: turn.status, finalText };
  }

  /** Closes stdin and waits for the process to exit. */
  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.stdin.end();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  }

  private onItem: (item: Record<string, unknown>) => void = () => {};

  private write(message: unknown): void {
    this.child.stdin.write(`${JSON.stringify(message)}\n`);
  }

  private onData(chunk: string): void {
    const parts = (this.buffered + chunk).split('\n');
    this.buffered = parts.pop()!;
    for (const line of parts) if (line.length > 0) this.onLine(line);
  }

  private onLine(line: string): void {
    if (this.recording) this.lines.push(line);
    const message = JSON.parse(line) as Message;
    if (message.method !== undefined && message.id !== undefined) {
      const answer = this.onServerRequest(message.method, message.params);
      this.write({ id: message.id, result: answer });
      return;
    }
    if (message.method !== undefined) {
      if (message.method === 'item/completed') this.onItem((message.params as { item: Record<string, unknown> }).item);
      const w = this.waiter;
      if (w && message.method === w.method && message.params?.threadId === w.threadId) {
        this.waiter = null;
        w.resolve(message);
      }
      return;
    }
    if (typeof message.id === 'number') {
      const p = this.pending.get(message.id);
      if (!p) return;
      this.pending.delete(message.id);
      if (message.error !== undefined) p.reject(new Error(JSON.stringify(message.error)));
      else p.resolve(message.result);
    }
  }
}

export type { ChildProcessWithoutNullStreams };
