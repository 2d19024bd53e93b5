// A small but real MCP server built with the official @modelcontextprotocol/sdk,
// for the MCP e2e tests. Tools:
// - `add` {a, b}            → "sum=<a+b>" (plus structured content)
// - `echo` {text}           → the text
// - `confirm` {question}    → asks the client through an MCP elicitation and reports the answer
//
// stdio (codex starts it): `node mcpServer.mjs`
// streamable HTTP (tests start it in-process): `startMcpHttpServer()`.
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { z } from 'zod';

/** A fresh MCP server with the demo tools (one per connection: the SDK binds a server to one transport). */
export function createDemoMcpServer() {
  const server = new McpServer({ name: 'codex-actors-demo', version: '1.0.0' });
  server.registerTool(
    'add',
    { description: 'Add two numbers', inputSchema: { a: z.number(), b: z.number() } },
    async ({ a, b }) => ({ content: [{ type: 'text', text: `sum=${a + b}` }], structuredContent: { sum: a + b } }),
  );
  server.registerTool('echo', { description: 'Echo a text back', inputSchema: { text: z.string() } }, async ({ text }) => ({
    content: [{ type: 'text', text }],
  }));
  server.registerTool('confirm', { description: 'Ask the user to confirm something', inputSchema: { question: z.string() } }, async ({ question }) => {
    const answer = await server.server.elicitInput({
      message: question,
      requestedSchema: { type: 'object', properties: { confirmed: { type: 'boolean' } }, required: ['confirmed'] },
    });
    return { content: [{ type: 'text', text: `action=${answer.action} content=${JSON.stringify(answer.content ?? null)}` }] };
  });
  return server;
}

/**
 * Serves the demo tools over streamable HTTP on 127.0.0.1 (random port).
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function startMcpHttpServer() {
  /** @type {Map<string, StreamableHTTPServerTransport>} */
  const sessions = new Map();
  const http = createServer(async (req, res) => {
    try {
      const sessionId = req.headers['mcp-session-id'];
      let transport = typeof sessionId === 'string' ? sessions.get(sessionId) : undefined;
      if (!transport) {
        transport = new StreamableHTTPServerTransport({
          sessionIdGenerator: () => randomUUID(),
          onsessioninitialized: (id) => sessions.set(id, transport),
        });
        transport.onclose = () => transport.sessionId && sessions.delete(transport.sessionId);
        await createDemoMcpServer().connect(transport);
      }
      await transport.handleRequest(req, res);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500).end(String(error));
    }
  });
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (http.address());
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    async close() {
      await Promise.all([...sessions.values()].map((t) => t.close()));
      http.closeAllConnections();
      await new Promise((resolve) => http.close(() => resolve(undefined)));
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await createDemoMcpServer().connect(new StdioServerTransport());
}
