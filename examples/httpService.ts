/**
 * Embedding in an HTTP service: a node:http server exposes one thread.
 * `POST /turns {"input": "..."}` runs a turn and answers with its result;
 * `GET /events` streams the thread's events to any number of clients over
 * server-sent events, straight from `thread.events$`.
 *
 *   npx tsx examples/httpService.ts            # serves, calls itself once, exits
 *   npx tsx examples/httpService.ts --serve    # keeps serving on http://127.0.0.1:8787
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Codex, isCodexError, type Thread } from 'codex-actors';
import { responses } from 'codex-actors/testing';
import { exampleEnvironment } from './support/exampleEnvironment.js';

const serve = process.argv.includes('--serve');

await using env = await exampleEnvironment((server) => {
  server.enqueue(responses.message('Hello over HTTP!', { stream: true, phase: 'final_answer' }));
});
await using codex = new Codex({ ...env.codexOptions });
const thread = codex.startThread({ workingDirectory: env.workspace, sandbox: 'read-only' });

function streamEvents(thread: Thread, res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
  res.write(': connected\n\n');
  const subscription = thread.events$.subscribe({
    next: (event) => res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`),
    complete: () => res.end(),
  });
  res.on('close', () => subscription.unsubscribe());
}

async function runTurn(thread: Thread, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let body: { input?: unknown };
  try {
    body = JSON.parse(await readBody(req)) as { input?: unknown };
  } catch {
    return void res.writeHead(400).end('body must be JSON');
  }
  if (typeof body.input !== 'string') return void res.writeHead(400).end('{"input": string} expected');
  try {
    const result = await thread.run(body.input);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: result.status, finalResponse: result.finalResponse, usage: result.usage }));
  } catch (error) {
    // Typed errors carry a stable code the client can act on.
    const code = isCodexError(error) ? error.code : 'INTERNAL';
    res.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ error: code, message: (error as Error).message }));
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const http = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/events') return streamEvents(thread, res);
  if (req.method === 'POST' && req.url === '/turns') return void runTurn(thread, req, res);
  res.writeHead(404).end();
});
await new Promise<void>((resolve) => http.listen(serve ? 8787 : 0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
console.log(`listening on ${base}`);

if (!serve) {
  // Act as a client once: subscribe to the events, run a turn, print what came over the wire.
  const events = await fetch(`${base}/events`);
  const received = readSse(events.body!);
  const reply = await fetch(`${base}/turns`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ input: 'Say hello.' }) });
  console.log(`POST /turns → ${reply.status} ${await reply.text()}`);
  for await (const type of received) {
    console.log(`SSE event: ${type}`);
    if (type === 'turn.completed') break;
  }
  http.closeAllConnections();
  http.close();
}

/** The `event:` names of an SSE body. */
async function* readSse(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body) {
    buffer += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const message = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const name = /^event: (.+)$/m.exec(message)?.[1];
      if (name) yield name;
    }
  }
}
