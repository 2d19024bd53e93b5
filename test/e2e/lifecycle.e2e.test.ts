import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { InvalidOptionsError, JsonRpcError } from '../../src/index.js';
import { inputMessages, messageTexts, responses, userTexts, type RecordedRequest } from '../../src/testing/index.js';
import { listCodexProcesses } from '../support/listCodexProcesses.js';
import { useScriptedCodex } from '../support/useScriptedCodex.js';

const setup = useScriptedCodex();

function assistantTexts(request: RecordedRequest): string[] {
  return inputMessages(request, 'assistant').flatMap(messageTexts);
}

describe('thread lifecycle', () => {
  it('startThread is synchronous and lazy; ready() boots the process and the codex thread without a model request', async () => {
    const { fixture, codex } = await setup();
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    expect(thread.id).toBeNull();
    expect(listCodexProcesses(fixture.home.path)).toEqual([]);
    await thread.ready();
    expect(thread.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(listCodexProcesses(fixture.home.path).length).toBeGreaterThan(0);
    expect(fixture.server.requests).toHaveLength(0);
  });

  it('resumeThread continues the same thread in a new Codex: same id, history reaches the model', async () => {
    const { fixture, codex, newCodex } = await setup();
    fixture.server.enqueue(responses.message('the secret is 42'), responses.message('you asked about the secret'));
    const first = codex.startThread({ cwd: fixture.home.workspace });
    await first.run('remember the secret');
    const id = first.id!;
    await codex.close();

    const resumed = newCodex().resumeThread(id, { cwd: fixture.home.workspace });
    expect(resumed.id).toBe(id);
    const result = await resumed.run('what did I ask?');
    expect(result.finalResponse).toBe('you asked about the secret');
    expect(resumed.id).toBe(id);
    const request = fixture.server.requests[1]!;
    expect(userTexts(request)).toEqual(['remember the secret', 'what did I ask?']);
    expect(assistantTexts(request)).toEqual(['the secret is 42']);
    expect(request.headers['session-id'] ?? request.headers['thread-id']).toBe(id);
  });

  it('resumeThread rejects an empty id before anything starts', async () => {
    const { fixture, codex } = await setup();
    expect(() => codex.resumeThread('')).toThrow(InvalidOptionsError);
    expect(listCodexProcesses(fixture.home.path)).toEqual([]);
  });

  it('forkThread returns a thread with a distinct id whose model requests carry the copied history', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.message('original answer'), responses.message('fork answer'));
    const original = codex.startThread({ cwd: fixture.home.workspace });
    await original.run('original question');
    const fork = await codex.forkThread(original.id!, { cwd: fixture.home.workspace });
    expect(fork.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(fork.id).not.toBe(original.id);
    await fork.run('fork question');
    const request = fixture.server.requests[1]!;
    expect(userTexts(request)).toEqual(['original question', 'fork question']);
    expect(assistantTexts(request)).toEqual(['original answer']);
    expect(request.headers['session-id'] ?? request.headers['thread-id']).toBe(fork.id);
    const read = await fork.read();
    expect((read.thread as { forkedFromId?: string }).forkedFromId).toBe(original.id);
  });

  it('listThreads pages with limit and cursor and filters archived threads', async () => {
    const { fixture, codex } = await setup();
    const ids: string[] = [];
    for (const name of ['alpha', 'beta', 'gamma']) {
      fixture.server.enqueue(responses.message(`${name} done`));
      const thread = codex.startThread({ cwd: fixture.home.workspace });
      await thread.run(`task ${name}`);
      ids.push(thread.id!);
    }
    const page1 = await codex.listThreads({ limit: 2 });
    expect(page1.data).toHaveLength(2);
    expect(page1.nextCursor).toEqual(expect.any(String));
    const page2 = await codex.listThreads({ limit: 2, cursor: page1.nextCursor });
    const listed = [...page1.data, ...page2.data].map((t) => t.id);
    expect(listed.sort()).toEqual([...ids].sort());
    expect(page2.nextCursor).toBeNull();

    await codex.archiveThread(ids[0]!);
    const active = await codex.listThreads({});
    expect(active.data.map((t) => t.id)).not.toContain(ids[0]);
    const archived = await codex.listThreads({ archived: true });
    expect(archived.data.map((t) => t.id)).toEqual([ids[0]]);
    expect(archived.data[0]!.preview).toBe('task alpha');
  });

  it('an archived thread refuses turns until unarchived, then resumes transparently with its history', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.message('before archive'), responses.message('after unarchive'));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    await thread.run('first');
    const id = thread.id!;
    await thread.archive();
    // codex unloads the archived thread, so its process is stopped (no control process was needed).
    expect(listCodexProcesses(fixture.home.path)).toEqual([]);

    const refused = await thread.run('while archived').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(JsonRpcError);
    expect((refused as Error).message).toMatch(/archived/);
    expect(fixture.server.requests).toHaveLength(1);

    await codex.unarchiveThread(id);
    const result = await thread.run('second');
    expect(result.finalResponse).toBe('after unarchive');
    expect(thread.id).toBe(id);
    const request = fixture.server.requests[1]!;
    expect(userTexts(request)).toEqual(['first', 'second']);
    expect(assistantTexts(request)).toEqual(['before archive']);
  });

  it('read({ includeTurns }) returns the turns with their items; setName round-trips through read and listThreads', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.message('hello back'));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    await thread.run('hello');
    const bare = await thread.read();
    expect((bare.thread as { id: string }).id).toBe(thread.id);
    expect((bare.thread as { turns?: unknown[] }).turns ?? []).toEqual([]);

    await thread.setName('My thread');
    const full = await thread.read({ includeTurns: true });
    const t = full.thread as { name: string; turns: Array<{ status: string; items: Array<{ type: string; text?: string }> }> };
    expect(t.name).toBe('My thread');
    expect(t.turns).toHaveLength(1);
    expect(t.turns[0]!.status).toBe('completed');
    expect(t.turns[0]!.items.map((i) => i.type)).toEqual(['userMessage', 'agentMessage']);
    expect(t.turns[0]!.items[1]!.text).toBe('hello back');
    const listed = await codex.listThreads({});
    expect(listed.data.find((x) => x.id === thread.id)?.name).toBe('My thread');
    await expect(thread.setName('  ')).rejects.toBeInstanceOf(InvalidOptionsError);
  });

  it('compact() runs codex compaction (thread/compact/start) and later turns see the summary, not the full history', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.message('long answer'), responses.message('SUMMARY: the user said hi'), responses.message('next answer'));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    await thread.run('hi');
    await thread.compact();
    const compaction = fixture.server.requests[1]!;
    expect(userTexts(compaction).join('\n')).toMatch(/CONTEXT CHECKPOINT COMPACTION/);
    await thread.run('after compaction');
    const next = fixture.server.requests[2]!;
    expect(userTexts(next).join('\n')).toContain('SUMMARY: the user said hi');
    expect(assistantTexts(next)).not.toContain('long answer');
  });

  it('models() lists the models codex offers', async () => {
    const { codex } = await setup();
    const models = await codex.models();
    expect(models.data.length).toBeGreaterThan(0);
    expect(models.data.map((m) => m.model ?? m.id)).toContain('mock-model');
  });
});

describe('login and account', () => {
  let auth: Server | null = null;
  afterEach(async () => {
    await new Promise<void>((resolve) => (auth ? auth.close(() => resolve()) : resolve()));
    auth = null;
  });

  /** A stand-in for the ChatGPT auth issuer: hands out a device code, then reports "pending" forever. */
  async function startAuthIssuer(): Promise<string> {
    auth = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        if (req.url?.endsWith('/deviceauth/usercode')) {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ device_auth_id: 'dev-1', user_code: 'ABCD-EFGH', interval: '5' }));
        } else {
          res.writeHead(403, { 'content-type': 'application/json' });
          res.end('{"error":"authorization_pending"}');
        }
      });
    });
    await new Promise<void>((resolve) => auth!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(auth.address() as AddressInfo).port}`;
  }

  it('apiKey login completes; account() and logout() answer', async () => {
    const { codex } = await setup();
    const before = await codex.account();
    expect(before).toMatchObject({ requiresOpenaiAuth: expect.any(Boolean) });
    await expect(codex.login.apiKey('sk-test-not-real')).resolves.toEqual({ success: true, error: null, loginId: null });
    await expect(codex.logout()).resolves.toBeUndefined();
    const after = await codex.account();
    expect(after.account ?? null).toBeNull();
    await expect(codex.login.apiKey('')).rejects.toBeInstanceOf(InvalidOptionsError);
  });

  it('chatgpt and deviceCode handles: start, cancel, and each only sees its own login id', async () => {
    const issuer = await startAuthIssuer();
    const { fixture, newCodex } = await setup();
    // CODEX_APP_SERVER_LOGIN_ISSUER points codex's login flows at our stand-in, so nothing leaves the machine.
    const codex = newCodex({ env: { ...fixture.home.env, CODEX_APP_SERVER_LOGIN_ISSUER: issuer } });

    const device = await codex.login.deviceCode();
    expect(device.userCode).toBe('ABCD-EFGH');
    expect(device.verificationUrl).toMatch(/^http:\/\/127\.0\.0\.1/);
    expect(device.loginId).toEqual(expect.any(String));

    // codex ends the device attempt when a new one starts; that completion carries the device id.
    const browser = await codex.login.chatgpt();
    expect(browser.authUrl).toContain(`${issuer}/oauth/authorize`);
    expect(browser.loginId).not.toBe(device.loginId);
    const deviceResult = await device.wait();
    expect(deviceResult).toMatchObject({ loginId: device.loginId, success: false });

    // The browser handle ignored the device completion: it is still pending until cancelled.
    let browserSettled = false;
    const browserResult = browser.wait().then((r) => ((browserSettled = true), r));
    await codex.account(); // a round trip to the same process: any stray completion would have arrived
    expect(browserSettled).toBe(false);
    await expect(browser.cancel()).resolves.toEqual({ status: 'canceled' });
    await expect(browserResult).resolves.toMatchObject({ loginId: browser.loginId, success: false, error: expect.stringMatching(/not completed/) });
    await expect(device.cancel()).resolves.toEqual({ status: 'notFound' });
  });
});
