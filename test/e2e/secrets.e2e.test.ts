/**
 * Redaction: a known API key (the `apiKey` option and the provider's env key)
 * and the contents of auth.json are seeded, a run fails in every way that
 * carries text back (a 401 whose body quotes the key, a command that prints
 * a secret, an agent message quoting a token, a killed process), and
 * everything emitted is scanned: events, errors (messages, stacks, causes,
 * fields, attached results), stderr tails, spans, console output and
 * `codex-actors doctor`.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { Codex, type CodexEvent } from '../../src/index.js';
import { createGate, responses } from '../../src/testing/index.js';
import { createScriptedCodex, listCodexProcesses, type ScriptedCodex } from '../support/index.js';

const API_KEY = 'sk-proj-CANARYkey0123456789abcdefXYZ';
const AUTH_JSON_KEY = 'sk-auth-CANARY9876543210zyxwvuts';
const ACCESS_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJjYW5hcnkiOiJ5ZXMifQ.CANARYsignature123456';
const REFRESH_TOKEN = 'rt-CANARY-refresh-0123456789';
const SECRETS = [API_KEY, AUTH_JSON_KEY, ACCESS_TOKEN, REFRESH_TOKEN];

let fixture: ScriptedCodex | null = null;
let codex: Codex | null = null;

afterEach(async () => {
  vi.restoreAllMocks();
  await codex?.close();
  await fixture?.dispose();
  codex = null;
  fixture = null;
});

/** Every string reachable from `value`, including non-enumerable error fields, causes and stacks. */
function strings(value: unknown, out: string[] = [], seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return out;
  else if (typeof value === 'object' || typeof value === 'function') {
    if (seen.has(value)) return out;
    seen.add(value);
    for (const key of Object.getOwnPropertyNames(value)) {
      let item: unknown;
      try {
        item = (value as Record<string, unknown>)[key];
      } catch {
        continue;
      }
      strings(item, out, seen);
    }
  }
  return out;
}

function leaks(texts: readonly string[]): string[] {
  return texts.filter((t) => SECRETS.some((s) => t.includes(s)));
}

describe('secrets never leave codex-actors', () => {
  it('a failing run with a seeded key: events, errors, stderr tails, spans, console and doctor are clean', async () => {
    fixture = await createScriptedCodex({ modelCatalog: true, apiKey: API_KEY });
    await writeFile(
      path.join(fixture.home.path, 'auth.json'),
      JSON.stringify({ OPENAI_API_KEY: AUTH_JSON_KEY, tokens: { id_token: ACCESS_TOKEN, access_token: ACCESS_TOKEN, refresh_token: REFRESH_TOKEN, account_id: 'acct' }, last_refresh: '2026-01-01T00:00:00Z' }),
    );
    const console$: string[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void console$.push(...strings(args)));
    }
    const exporter = new InMemorySpanExporter();
    const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, apiKey: API_KEY, tracerProvider });
    const events: CodexEvent[] = [];
    codex.events$.subscribe((e) => events.push(e));
    const errors: unknown[] = [];
    const thread = codex.startThread({ cwd: fixture.home.workspace });

    // 1. The provider rejects the key and quotes it back (as real providers partly do).
    fixture.server.enqueue(responses.unauthorized({ message: `Incorrect API key provided: ${API_KEY}. Sent header: Bearer ${API_KEY}` }));
    await thread.run('hi').catch((e: unknown) => errors.push(e));
    expect(errors[0]).toMatchObject({ code: 'AUTH_ERROR' });
    expect((errors[0] as Error).message).toContain('Incorrect API key provided: ');
    expect((errors[0] as Error).message).toContain('***');

    // 2. A command prints secrets and the model quotes a token; then the model fails with a message containing the key.
    fixture.server.enqueue(
      responses.shellCall(`echo ${AUTH_JSON_KEY} ${REFRESH_TOKEN}`, { callId: 'call_leak' }),
      responses.message(`The token is ${ACCESS_TOKEN}`),
    );
    const printed = await thread.run('print it');
    const command = printed.items.find((i) => i.type === 'command_execution');
    expect(command && 'aggregated_output' in command ? command.aggregated_output : '').toContain('***');
    expect(printed.finalResponse).toBe('The token is ***');
    fixture.server.enqueue(responses.failed('server_error', `upstream said: api_key=${API_KEY}`));
    await thread.run('fail').catch((e: unknown) => errors.push(e));
    expect(errors[1]).toMatchObject({ code: 'TURN_FAILED' });

    // 3. The process dies mid-turn: the crash error carries a stderr tail.
    const held = createGate();
    fixture.server.enqueue(responses.message('never', { gate: held }));
    const crashed = thread.run('hang').catch((e: unknown) => errors.push(e));
    await held.reached;
    for (const p of listCodexProcesses(fixture.home.path).filter((p) => p.command.includes('app-server'))) process.kill(p.pid, 'SIGKILL');
    await crashed;
    expect(errors[2]).toMatchObject({ code: 'CODEX_PROCESS_CRASHED' });
    await codex.close();
    // Read before shutdown: shutting the provider down empties the in-memory exporter.
    const spans = exporter.getFinishedSpans().map((s) => ({ name: s.name, attributes: s.attributes, events: s.events, status: s.status }));
    await tracerProvider.shutdown();

    // The key was really in use: codex sent it to the model server.
    expect(fixture.server.requests[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);

    // 4. doctor, with the key in its environment.
    const doctor: string[] = [];
    const io = { stdout: (t: string) => void doctor.push(t), stderr: (t: string) => void doctor.push(t), env: { ...fixture.home.env, OPENAI_API_KEY: API_KEY, CODEX_API_KEY: API_KEY } };
    await runCli(['doctor', '--json'], io);
    await runCli(['doctor'], io);
    expect(doctor.join('')).toContain('auth.json');

    expect(spans.length).toBeGreaterThanOrEqual(4);
    const scanned = {
      events: leaks(strings(events)),
      errors: leaks(strings(errors)),
      spans: leaks(strings(spans)),
      console: leaks(console$),
      doctor: leaks(doctor),
    };
    expect(scanned).toEqual({ events: [], errors: [], spans: [], console: [], doctor: [] });
    // Not vacuous: the scans saw the redacted texts.
    expect(strings(events).some((t) => t.includes('Incorrect API key provided: ***'))).toBe(true);
    expect(strings(spans).some((t) => t.includes('echo ***'))).toBe(true);
  });

  it('a key given to login.apiKey() is redacted by value; thread.notifications$ and errors of thread-less requests, read() and ready() are redacted', async () => {
    // Not shaped like a key: only its value can give it away.
    const LOGIN_KEY = 'plain-CANARY-login-value-42';
    fixture = await createScriptedCodex({ modelCatalog: true });
    codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env });
    await expect(codex.login.apiKey(LOGIN_KEY)).resolves.toMatchObject({ success: true });
    const events: CodexEvent[] = [];
    codex.events$.subscribe((e) => events.push(e));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const notifications: unknown[] = [];
    thread.notifications$.subscribe((n) => notifications.push(n));

    fixture.server.enqueue(responses.message(`The key is ${LOGIN_KEY}`, { stream: true }));
    const result = await thread.run('quote it');
    expect(result.finalResponse).toBe('The key is ***');
    expect(notifications.length).toBeGreaterThan(3);
    expect(strings(notifications).some((t) => t.includes('The key is ***'))).toBe(true);

    // codex quotes what it was given in these errors: ids and cursors carrying the key.
    const errors: unknown[] = [];
    const capture = (work: Promise<unknown>) => work.then(() => errors.push(new Error('resolved')), (e: unknown) => errors.push(e));
    await capture(codex.listThreads({ cursor: LOGIN_KEY }));
    await capture(codex.models({ cursor: LOGIN_KEY }));
    await capture(codex.archiveThread(LOGIN_KEY));
    const missing = codex.resumeThread(LOGIN_KEY);
    await capture(missing.ready());
    await capture(missing.read());
    expect(errors.map((e) => (e as { code?: unknown }).code)).toEqual(Array(5).fill('JSON_RPC_INVALID_REQUEST'));
    expect((errors[0] as Error).message).toMatch(/thread\/list: invalid cursor: \*\*\*/);
    expect((errors[1] as Error).message).toMatch(/model\/list: invalid cursor: \*\*\*/);
    const texts = strings(errors);
    const scanned = { events: strings(events).filter((t) => t.includes(LOGIN_KEY)), notifications: strings(notifications).filter((t) => t.includes(LOGIN_KEY)), errors: texts.filter((t) => t.includes(LOGIN_KEY)) };
    expect(scanned).toEqual({ events: [], notifications: [], errors: [] });
  });
});
