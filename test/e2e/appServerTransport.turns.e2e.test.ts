import type { ThreadStartParams } from '../../src/protocol/generated/types.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { filter, firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { functionCallOutputs, responses, userTexts } from '../../src/testing/index.js';
import { startAppServer, type AppServerTransport } from '../../src/transport/appServerTransport.js';
import type { RpcNotification, ServerRequest } from '../../src/transport/types.js';
import { createScriptedCodex, type ScriptedCodex } from '../support/index.js';

interface Item {
  type: string;
  id: string;
  status?: string;
  aggregatedOutput?: string | null;
  text?: string;
}

/** A started transport that records every notification from the first byte on. */
async function connect(codex: ScriptedCodex): Promise<{ t: AppServerTransport; seen: RpcNotification[] }> {
  const t = await startAppServer({ codexPath: codex.codexPath, env: codex.home.env, cwd: codex.home.workspace });
  const seen: RpcNotification[] = [];
  t.notifications$.subscribe((n) => seen.push(n));
  return { t, seen };
}

/** Registers the wait before the request that triggers it (turn/completed can share a chunk with a response). */
function waitFor(t: AppServerTransport, method: string): Promise<RpcNotification> {
  return firstValueFrom(t.notifications$.pipe(filter((n) => n.method === method)));
}

async function startThread(t: AppServerTransport, codex: ScriptedCodex, params: ThreadStartParams = {}): Promise<string> {
  const { thread } = await t.request('thread/start', { cwd: codex.home.workspace, ...params });
  return thread.id;
}

async function runTurn(t: AppServerTransport, threadId: string, text: string): Promise<{ turn: { id: string; status: string } }> {
  const completed = waitFor(t, 'turn/completed');
  await t.request('turn/start', { threadId, input: [{ type: 'text', text }] });
  return (await completed).params as { turn: { id: string; status: string } };
}

const itemsOf = (seen: RpcNotification[], method: 'item/started' | 'item/completed', type: string): Item[] =>
  seen.filter((n) => n.method === method).map((n) => (n.params as { item: Item }).item).filter((item) => item.type === type);

describe('app-server transport: turns on the real binary', () => {
  it('thread/start + turn/start: responses, then notifications in wire order with emittedAtMs', async () => {
    await using codex = await createScriptedCodex();
    const { t, seen } = await connect(codex);
    try {
      codex.server.enqueue(responses.message('Hello from the model'));
      const started = waitFor(t, 'thread/started');
      const threadId = await startThread(t, codex, { approvalPolicy: 'never', sandbox: 'read-only' });
      // thread/started arrives after the thread/start response (reference §3.4).
      expect(((await started).params as { thread: { id: string } }).thread.id).toBe(threadId);

      const { turn } = await runTurn(t, threadId, 'hi there');
      expect(turn.status).toBe('completed');

      const methods = seen.map((n) => n.method).filter((m) => m.startsWith('turn/') || m.startsWith('item/'));
      expect(methods).toEqual(['turn/started', 'item/started', 'item/completed', 'item/started', 'item/completed', 'turn/completed']);
      expect(itemsOf(seen, 'item/completed', 'userMessage')).toHaveLength(1);
      expect(itemsOf(seen, 'item/completed', 'agentMessage').map((i) => i.text)).toEqual(['Hello from the model']);
      const turnNotifications = seen.filter((n) => n.method.startsWith('turn/') || n.method.startsWith('item/'));
      for (const n of turnNotifications) {
        expect(n.emittedAtMs).toEqual(expect.any(Number));
        expect(n.params).toMatchObject({ threadId });
      }
      expect(userTexts(codex.server.requests[0]!)).toEqual(['hi there']);
      // clientInfo.name is the originator header of model requests.
      expect(codex.server.requests[0]!.headers['originator']).toBe('codex-actors');
      codex.server.assertNoMisses();
    } finally {
      await t.close();
    }
  });

  for (const decision of ['accept', 'decline'] as const) {
    it(`command approval ${decision}: the server request reaches the handler and ${decision === 'accept' ? 'the command runs' : 'nothing runs'}`, async () => {
      await using codex = await createScriptedCodex();
      const { t, seen } = await connect(codex);
      try {
        const requests: ServerRequest[] = [];
        t.setServerRequestHandler(async (request) => {
          requests.push(request);
          return { decision };
        });
        // The model asks for an unsandboxed run. Without that, codex 0.169 runs an approved
        // command in the read-only sandbox first and retries unsandboxed only if it detects
        // the sandbox denial, which it misses under CPU load (the command then just fails
        // with "Read-only file system"): a codex race, not something this test should depend on.
        codex.server.enqueue(
          responses.shellCall('touch made-by-accept.txt && echo created', {
            callId: `call_${decision}`,
            sandboxPermissions: 'require_escalated',
            justification: 'needs to write a file',
          }),
          responses.message('done'),
        );
        const threadId = await startThread(t, codex, { approvalPolicy: 'untrusted', sandbox: 'read-only' });
        const { turn } = await runTurn(t, threadId, 'make the file');
        expect(turn.status).toBe('completed');

        expect(requests).toHaveLength(1);
        expect(requests[0]).toMatchObject({
          method: 'item/commandExecution/requestApproval',
          id: 0,
          params: { threadId, itemId: `call_${decision}`, reason: 'needs to write a file', command: expect.stringContaining('touch made-by-accept.txt') },
        });
        expect(seen.find((n) => n.method === 'serverRequest/resolved')?.params).toMatchObject({ threadId, requestId: 0 });

        const command = itemsOf(seen, 'item/completed', 'commandExecution');
        const created = existsSync(join(codex.home.workspace, 'made-by-accept.txt'));
        const output = functionCallOutputs(codex.server.requests[1]!);
        if (decision === 'accept') {
          expect(created).toBe(true);
          expect(command).toMatchObject([{ status: 'completed', aggregatedOutput: 'created\n' }]);
          expect(output[0]?.output).toContain('created');
        } else {
          expect(created).toBe(false);
          expect(command).toMatchObject([{ status: 'declined', aggregatedOutput: null }]);
          expect(output[0]?.output).toContain('rejected by user');
        }
        codex.server.assertNoMisses();
      } finally {
        await t.close();
      }
    });
  }

  it('without a handler the approval request is answered -32601: the command fails without running, the turn goes on', async () => {
    await using codex = await createScriptedCodex();
    const { t, seen } = await connect(codex);
    try {
      codex.server.enqueue(responses.shellCall('touch made-without-handler.txt', { callId: 'call_nohandler' }), responses.message('done'));
      const threadId = await startThread(t, codex, { approvalPolicy: 'untrusted', sandbox: 'read-only' });
      const { turn } = await runTurn(t, threadId, 'make the file');
      expect(existsSync(join(codex.home.workspace, 'made-without-handler.txt'))).toBe(false);
      // codex treats an error answer as a failed (not declined) approval: item `failed`,
      // the model is told the request failed, and the turn goes on.
      expect(turn.status).toBe('completed');
      expect(itemsOf(seen, 'item/completed', 'commandExecution')).toMatchObject([{ id: 'call_nohandler', status: 'failed', aggregatedOutput: null }]);
      expect(functionCallOutputs(codex.server.requests[1]!)[0]?.output).toContain('approval request failed');
    } finally {
      await t.close();
    }
  });

  it('experimentalApi is on by default: a dynamic tool call reaches the handler and its answer reaches the model', async () => {
    await using codex = await createScriptedCodex();
    const { t } = await connect(codex);
    try {
      t.setServerRequestHandler(async (request) => {
        const params = request.params as { tool: string; arguments: { id: string } };
        return { contentItems: [{ type: 'inputText', text: `Ticket ${params.arguments.id} is OPEN (${params.tool})` }], success: true };
      });
      codex.server.enqueue(responses.dynamicToolCall('lookup_ticket', { id: 'ABC-123' }, { callId: 'call_dyn1' }), responses.message('It is open.'));
      const threadId = await startThread(t, codex, {
        approvalPolicy: 'never',
        dynamicTools: [
          {
            type: 'function',
            name: 'lookup_ticket',
            description: 'Fetch a ticket by id',
            inputSchema: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'], additionalProperties: false },
          },
        ],
      });
      const { turn } = await runTurn(t, threadId, 'check ABC-123');
      expect(turn.status).toBe('completed');
      expect(functionCallOutputs(codex.server.requests[1]!)).toMatchObject([{ callId: 'call_dyn1', output: 'Ticket ABC-123 is OPEN (lookup_ticket)' }]);
    } finally {
      await t.close();
    }
  });
});
