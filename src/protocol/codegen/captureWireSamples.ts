/**
 * Records a real app-server conversation as test fixtures:
 * `npx tsx src/protocol/codegen/captureWireSamples.ts [out.json]`.
 *
 * Runs the pinned binary against the scripted Responses-API server of
 * `src/testing/` through a scenario that produces every message family the
 * library consumes (handshake, thread/turn lifecycle, reasoning and agent
 * message items with deltas, an approved command, an approved patch, a
 * dynamic tool call, token usage, rate-limit and server errors, thread/read).
 * The generated-schema tests parse each recorded message, so re-run this after
 * bumping the pinned codex to check the new protocol against a real stream.
 *
 * The JSON-RPC client here is deliberately minimal (no timeouts beyond the
 * scenario's own, no reconnects): it is a recorder, not the transport.
 *
 * @module
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

import { createCodexHome, createScriptedModelServer, responses } from '../../testing/index.js';
import { codegenBinary } from './exportCodexSchema.js';

/** One recorded wire message, labelled with the method it belongs to. */
export type WireSample =
  | { readonly kind: 'notification'; readonly method: string; readonly message: Record<string, unknown> }
  | { readonly kind: 'serverRequest'; readonly method: string; readonly message: Record<string, unknown> }
  | { readonly kind: 'serverRequestResult'; readonly method: string; readonly result: unknown }
  | { readonly kind: 'clientRequest'; readonly method: string; readonly params: unknown }
  | { readonly kind: 'clientResponse'; readonly method: string; readonly message: Record<string, unknown> };

/** Where the fixture is committed. */
export const WIRE_SAMPLES_PATH = fileURLToPath(new URL('../../../test/unit/protocol/fixtures/wireSamples.json', import.meta.url));

const SCENARIO_TIMEOUT_MS = 30_000;

type Message = Record<string, unknown>;

/** A line-oriented JSON-RPC peer that records everything it sees. */
class Recorder {
  readonly samples: WireSample[] = [];
  private nextId = 1;
  private readonly pending = new Map<number, { method: string; resolve: (message: Message) => void }>();
  private readonly waiters: { predicate: (message: Message) => boolean; resolve: (message: Message) => void }[] = [];

  constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    private readonly answer: (method: string, params: Message) => unknown,
  ) {
    createInterface({ input: child.stdout }).on('line', (line) => this.onLine(line));
  }

  request(method: string, params: unknown): Promise<Message> {
    const id = this.nextId++;
    this.samples.push({ kind: 'clientRequest', method, params });
    const reply = new Promise<Message>((resolveReply) => this.pending.set(id, { method, resolve: resolveReply }));
    this.send({ id, method, params });
    return reply;
  }

  notify(method: string): void {
    this.send({ method });
  }

  /** Resolves with the first later notification matching `predicate`. */
  waitFor(predicate: (message: Message) => boolean): Promise<Message> {
    return new Promise((resolveWait) => this.waiters.push({ predicate, resolve: resolveWait }));
  }

  private send(message: Message): void {
    this.child.stdin.write(`${JSON.stringify(message)}\n`);
  }

  private onLine(line: string): void {
    const message = JSON.parse(line) as Message;
    const method = typeof message['method'] === 'string' ? message['method'] : undefined;
    if (method !== undefined && 'id' in message) {
      this.samples.push({ kind: 'serverRequest', method, message });
      const result = this.answer(method, (message['params'] ?? {}) as Message);
      this.samples.push({ kind: 'serverRequestResult', method, result });
      this.send({ id: message['id'], result });
      return;
    }
    if (method !== undefined) {
      this.samples.push({ kind: 'notification', method, message });
      for (const waiter of [...this.waiters]) {
        if (waiter.predicate(message)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(message);
        }
      }
      return;
    }
    const pending = this.pending.get(message['id'] as number);
    if (pending === undefined) return;
    this.pending.delete(message['id'] as number);
    this.samples.push({ kind: 'clientResponse', method: pending.method, message });
    pending.resolve(message);
  }
}

/** Answers the server requests the scenario provokes. */
function answerServerRequest(method: string): unknown {
  switch (method) {
    case 'item/commandExecution/requestApproval':
    case 'item/fileChange/requestApproval':
      return { decision: 'accept' };
    case 'item/tool/call':
      return { contentItems: [{ type: 'inputText', text: 'Ticket ABC-123 is OPEN' }], success: true };
    default:
      throw new Error(`capture: unexpected server request ${method}`);
  }
}

const isMethod = (name: string) => (message: Message) => message['method'] === name;

/**
 * Runs the scenario and returns the recorded messages.
 *
 * @param codexPath - the binary (default: the pinned one)
 */
export async function captureWireSamples(codexPath?: string): Promise<WireSample[]> {
  const binary = await codegenBinary(codexPath);
  await using server = await createScriptedModelServer();
  await using home = await createCodexHome({ server });
  const child = spawn(binary.path, ['app-server'], { cwd: home.workspace, env: { ...home.env }, stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  child.stderr.resume();
  const timer = setTimeout(() => child.kill('SIGKILL'), SCENARIO_TIMEOUT_MS);
  try {
    const rpc = new Recorder(child, answerServerRequest);
    await rpc.request('initialize', {
      clientInfo: { name: 'codex_actors_capture', title: 'codex-actors capture', version: '0.0.0' },
      capabilities: { experimentalApi: true },
    });
    rpc.notify('initialized');
    const started = await rpc.request('thread/start', {
      cwd: home.workspace,
      approvalPolicy: 'untrusted',
      sandbox: 'read-only',
      config: { model_reasoning_summary: 'detailed' },
      dynamicTools: [
        {
          type: 'function',
          name: 'lookup_ticket',
          description: 'Fetch a ticket by id',
          inputSchema: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'], additionalProperties: false },
        },
      ],
    });
    const threadId = ((started['result'] as Message)['thread'] as Message)['id'] as string;

    const turn = async (text: string, ...scripted: Parameters<typeof server.enqueue>): Promise<void> => {
      server.enqueue(...scripted);
      const completed = rpc.waitFor(isMethod('turn/completed'));
      await rpc.request('turn/start', { threadId, input: [{ type: 'text', text }] });
      await completed;
    };

    await turn('hi there', responses.reasoning(['Thinking hard'], 'Hello, world', { stream: true }));
    await turn('run a command', responses.shellCall('echo ok'), responses.message('It printed ok.', { phase: 'final_answer' }));
    await turn(
      'add a file',
      responses.shellCall("apply_patch <<'EOF'\n*** Begin Patch\n*** Add File: new.txt\n+hello world\n*** End Patch\nEOF\n"),
      responses.message('Added new.txt.'),
    );
    await turn('look up ABC-123', responses.dynamicToolCall('lookup_ticket', { id: 'ABC-123' }), responses.message('It is open.'));
    await turn('rate limited', responses.rateLimited());
    await turn('server error', responses.serverError());
    await rpc.request('thread/read', { threadId, includeTurns: true });
    await rpc.request('thread/list', { limit: 5 });
    child.stdin.end();
    await exited;
    server.assertNoMisses();
    return rpc.samples;
  } finally {
    clearTimeout(timer);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const out = process.argv[2] ?? WIRE_SAMPLES_PATH;
  const samples = await captureWireSamples();
  await writeFile(out, `${JSON.stringify(samples, null, 2)}\n`);
  process.stdout.write(`capture: wrote ${samples.length} messages to ${out}\n`);
}
