import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { Codex, type ApprovalRequest, type Thread, type CodexOptions, type ElicitationRequest, type ThreadEvent } from '../../src/index.js';
import { functionCallOutputs, responses, toolNames } from '../../src/testing/index.js';
import { createScriptedCodex, type ScriptedCodex } from '../support/index.js';
// @ts-expect-error -- plain ESM fixture without types
import { startMcpHttpServer } from '../support/mcpServer.mjs';

const MCP_SERVER = fileURLToPath(new URL('../support/mcpServer.mjs', import.meta.url));
/** The demo server, started by codex over stdio (absolute node: codex gives MCP servers a minimal env). */
const demo = { command: process.execPath, args: [MCP_SERVER] };

let fixture: ScriptedCodex | null = null;
let codex: Codex | null = null;
let httpServer: { url: string; close(): Promise<void> } | null = null;

afterEach(async () => {
  await codex?.close();
  await fixture?.dispose();
  await httpServer?.close();
  codex = null;
  fixture = null;
  httpServer = null;
});

async function setup(config?: CodexOptions['config']) {
  // Fallback model metadata on purpose: with catalog metadata (tool_search support) codex
  // defers MCP tools behind `tool_search`; with fallback metadata it offers them directly as
  // the namespace `mcp__<server>` holding the server's tools.
  fixture = await createScriptedCodex();
  codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, ...(config ? { config } : {}) });
  return { fixture, codex };
}

/**
 * Waits until codex reports the thread's MCP server `name` started with its tools listed. Since
 * 0.171.0 codex does not hold a thread's first turn for its MCP servers: under load the first model
 * request can go out before a stdio server has answered `initialize`, and the model's call then
 * comes back "unsupported call". A program that needs the tools on the first turn waits like this.
 */
async function mcpServerReady(thread: Thread, name: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const server = (await thread.mcpStatus()).find((s) => s.name === name);
    if (server && Object.keys(server.tools).length > 0) return;
    if (Date.now() > deadline) throw new Error(`MCP server ${name} did not start within 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function record(thread: { events$: { subscribe(o: (e: ThreadEvent) => void): unknown } }): ThreadEvent[] {
  const events: ThreadEvent[] = [];
  thread.events$.subscribe((e) => events.push(e));
  return events;
}

describe('MCP servers through codex (a real @modelcontextprotocol/sdk server)', () => {
  it('stdio: the model calls mcp__demo.add, onApproval is asked (kind mcp_tool_call), the result reaches the next request', async () => {
    const { fixture, codex } = await setup();
    const approvals: ApprovalRequest[] = [];
    fixture.server.enqueue(responses.functionCall('add', { a: 2, b: 3 }, { callId: 'call_add', namespace: 'mcp__demo' }), responses.message('2 + 3 = 5'));
    const thread = codex.startThread({ cwd: fixture.home.workspace, mcpServers: { demo }, onApproval: (r) => (approvals.push(r), 'accept') });
    const events = record(thread);
    const turnStates: string[] = [];
    thread.state$.subscribe((s) => {
      if (s.turnState && turnStates.at(-1) !== s.turnState) turnStates.push(s.turnState);
    });
    await mcpServerReady(thread, 'demo');
    const result = await thread.run('add 2 and 3');
    expect(turnStates).toContain('active.awaitingApproval');
    expect(result.finalResponse).toBe('2 + 3 = 5');
    const offered = fixture.server.requests[0]!.body!.tools!.find((t) => t['name'] === 'mcp__demo')!;
    expect(offered).toMatchObject({ type: 'namespace' });
    expect((offered['tools'] as Array<{ name: string }>).map((t) => t.name).sort()).toEqual(['add', 'confirm', 'echo']);
    expect(approvals).toEqual([expect.objectContaining({ kind: 'mcp_tool_call', server: 'demo', tool: 'add', arguments: { a: 2, b: 3 } })]);
    expect(events.find((e) => e.type === 'approval.resolved')).toMatchObject({ kind: 'mcp_tool_call', decision: 'accept', reason: 'handler' });
    const item = result.items.find((i) => i.type === 'mcp_tool_call');
    expect(item).toMatchObject({ id: expect.stringMatching(/^item_\d+$/), server: 'demo', tool: 'add', arguments: { a: 2, b: 3 }, status: 'completed' });
    expect(JSON.stringify(item)).toContain('sum=5');
    const output = functionCallOutputs(fixture.server.requests[1]!).find((o) => o.callId === 'call_add')!;
    expect(output.output).toContain('{"sum":5}');
  });

  it('no handler: the MCP tool call is declined (codex asks before running MCP tools) and never reaches the server', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.functionCall('echo', { text: 'hello' }, { callId: 'call_echo', namespace: 'mcp__demo' }), responses.message('declined'));
    const thread = codex.startThread({ cwd: fixture.home.workspace, mcpServers: { demo } });
    const events = record(thread);
    await mcpServerReady(thread, 'demo');
    const result = await thread.run('echo');
    expect(result.status).toBe('completed');
    expect(events.find((e) => e.type === 'approval.resolved')).toMatchObject({ kind: 'mcp_tool_call', decision: 'decline', reason: 'no_handler' });
    const output = functionCallOutputs(fixture.server.requests[1]!).find((o) => o.callId === 'call_echo')!;
    expect(output.output).not.toContain('hello');
    expect(output.output).toMatch(/declined|rejected|denied/i);
    expect(result.items.find((i) => i.type === 'mcp_tool_call')).toMatchObject({ status: 'failed' });
  });

  it('an elicitation from the MCP server is answered by onElicitation; no handler declines', async () => {
    const { fixture, codex } = await setup();
    const asked: ElicitationRequest[] = [];
    let approvals = 0;
    fixture.server.enqueue(
      responses.functionCall('confirm', { question: 'Deploy to prod?' }, { callId: 'call_c1', namespace: 'mcp__demo' }),
      responses.message('confirmed'),
      responses.functionCall('confirm', { question: 'Again?' }, { callId: 'call_c2', namespace: 'mcp__demo' }),
      responses.message('declined'),
    );
    const thread = codex.startThread({
      cwd: fixture.home.workspace,
      mcpServers: { demo },
      onApproval: () => (approvals++, 'acceptForSession'),
      onElicitation: (r) => (asked.push(r), { action: 'accept', content: { confirmed: true } }),
    });
    await mcpServerReady(thread, 'demo');
    await thread.run('deploy');
    expect(asked).toEqual([expect.objectContaining({ serverName: 'demo', mode: 'form', message: 'Deploy to prod?', requestedSchema: expect.objectContaining({ required: ['confirmed'] }) })]);
    expect(functionCallOutputs(fixture.server.requests[1]!).find((o) => o.callId === 'call_c1')!.output).toContain('action=accept content={"confirmed":true}');
    await thread.run('again', { onElicitation: () => undefined });
    expect(functionCallOutputs(fixture.server.requests[3]!).find((o) => o.callId === 'call_c2')!.output).toContain('action=decline');
    // acceptForSession (sent as `_meta.persist: "session"`): codex did not ask again for the second call.
    expect(approvals).toBe(1);
  });

  it('thread.mcpStatus() lists the server and its tools; thread.callMcpTool() calls a tool without a model turn', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.message('ready'));
    const thread = codex.startThread({ cwd: fixture.home.workspace, mcpServers: { demo } });
    await thread.run('warm up');
    const status = await thread.mcpStatus();
    const server = status.find((s) => s.name === 'demo')!;
    expect(Object.keys(server.tools).sort()).toEqual(['add', 'confirm', 'echo']);
    const result = await thread.callMcpTool('demo', 'add', { a: 40, b: 2 });
    expect(result.content).toEqual([{ type: 'text', text: 'sum=42' }]);
    expect(result.structuredContent).toEqual({ sum: 42 });
    expect(fixture.server.requests).toHaveLength(1);
  });

  it('streamable HTTP: a url server works the same way', async () => {
    httpServer = (await startMcpHttpServer()) as { url: string; close(): Promise<void> };
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.functionCall('echo', { text: 'over http' }, { callId: 'call_http', namespace: 'mcp__remote' }), responses.message('echoed'));
    const thread = codex.startThread({ cwd: fixture.home.workspace, mcpServers: { remote: { url: httpServer.url } }, onApproval: () => 'accept' });
    await mcpServerReady(thread, 'remote');
    const result = await thread.run('echo over http');
    expect(result.finalResponse).toBe('echoed');
    expect(toolNames(fixture.server.requests[0]!)).toContain('mcp__remote.echo');
    expect(functionCallOutputs(fixture.server.requests[1]!).find((o) => o.callId === 'call_http')!.output).toContain('over http');
  });

  it('codex.mcp.status() reports the servers of the Codex-level config', async () => {
    const { codex } = await setup({ mcp_servers: { demo } });
    const status = await codex.mcp.status();
    expect(status.map((s) => s.name)).toEqual(['demo']);
  });
});
