/**
 * Credentials and the network with codex's own model provider (OpenAI auth),
 * the model served by the scripted server through `baseUrl`: no credential at
 * all fails fast with AuthError before anything is sent; the `apiKey` option
 * really reaches the model as a bearer token without being written to disk;
 * and an unreachable model shows as typed retry notices while the turn is
 * bounded by a signal or `turnTimeoutMs` (docs/errors.md).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { AbortError, AuthError, Codex, TimeoutError, type CodexOptions, type ThreadErrorEvent } from '../../src/index.js';
import { createScriptedModelServer, responses, type ScriptedModelServer } from '../../src/testing/index.js';
import { codexBinaryPath, listCodexProcesses } from '../support/index.js';

let server: ScriptedModelServer | null = null;
let codex: Codex | null = null;
let home: string | null = null;

afterEach(async () => {
  await codex?.close();
  await server?.close();
  if (home) await rm(home, { recursive: true, force: true });
  codex = server = home = null;
});

/** An empty CODEX_HOME (not signed in), codex's built-in OpenAI provider pointed at the scripted server. */
async function setup(options: Partial<CodexOptions> = {}, env: Record<string, string> = {}) {
  server = await createScriptedModelServer();
  home = await mkdtemp('/var/tmp/codex-actors-credentials-');
  codex = new Codex({
    codexPath: codexBinaryPath(),
    codexHome: home,
    baseUrl: `${server.url}/v1`,
    // As in the testing kit: no login-shell snapshot, no plugin sync.
    config: { features: { shell_snapshot: false, plugins: false } },
    env: { HOME: home, PATH: process.env['PATH'] ?? '', ...env },
    ...options,
  });
  return { server, codex, home, thread: codex.startThread({ cwd: home, skipGitRepoCheck: true }) };
}

const modelRequests = (s: ScriptedModelServer) => s.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/responses'));

it('no credential at all → AuthError at once, nothing sent to the model, no process left; signing in still works', async () => {
  const { server, codex, home, thread } = await setup({}, { OPENAI_API_KEY: 'sk-ignored-by-app-server' });
  server.enqueue(responses.message('never'));
  const error = await thread.run('hi').then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AuthError);
  expect((error as AuthError).message).toContain(path.join(home, 'auth.json'));
  expect((error as AuthError).message).toContain('does not read OPENAI_API_KEY from its environment: pass it as the apiKey option');
  expect((error as AuthError).message).not.toContain('sk-ignored-by-app-server');
  expect(modelRequests(server)).toEqual([]);
  expect(listCodexProcesses(home)).toEqual([]);
  expect(await codex.account()).toMatchObject({ account: null, requiresOpenaiAuth: true });
});

it('the apiKey option signs each process in: the model gets the bearer token, and auth.json is never written', async () => {
  const { server, home, thread } = await setup({ apiKey: 'sk-option-key-12345678' });
  server.enqueue(responses.message('signed in'));
  expect((await thread.run('hi')).finalResponse).toBe('signed in');
  expect(modelRequests(server).map((r) => r.headers['authorization'])).toEqual(['Bearer sk-option-key-12345678']);
  expect(existsSync(path.join(home, 'auth.json'))).toBe(false);
});

/** A loopback port nothing listens on: every connection is refused at once, as with no route out. */
const UNREACHABLE = 'http://127.0.0.1:9/v1';

it('an unreachable model: codex retries with typed notices (attempt, limit, reason) until a signal stops the turn', async () => {
  const { thread } = await setup({ apiKey: 'sk-option-key-12345678', baseUrl: UNREACHABLE });
  const controller = new AbortController();
  const notices: ThreadErrorEvent[] = [];
  thread.events$.subscribe((e) => {
    if (e.type !== 'error' || !e.willRetry) return;
    notices.push(e);
    controller.abort(new Error('seen a retry notice'));
  });
  const error = await thread.run('hi', { signal: controller.signal }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AbortError);
  expect(notices[0]!.message).toMatch(/^Reconnecting\.\.\. /);
  expect(notices[0]!.retry).toMatchObject({ attempt: expect.any(Number), maxAttempts: expect.any(Number), waitingForNetwork: false, reason: expect.any(String) });
});

it('an unreachable model: turnTimeoutMs ends the turn with TimeoutError', async () => {
  const { thread } = await setup({ apiKey: 'sk-option-key-12345678', baseUrl: UNREACHABLE, turnTimeoutMs: 1500 });
  const error = await thread.run('hi').then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TimeoutError);
});
