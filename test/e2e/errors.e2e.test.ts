/**
 * Every error class a caller can meet in normal operation, each produced by a
 * real failure of the pinned binary (or of the machine around it), with its
 * stable code and typed fields.
 */
import { mkdtemp, rm, writeFile, chmod } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PINNED_CODEX_VERSION } from '../../native/index.js';
import {
  AbortError,
  AuthError,
  Codex,
  CodexNotFoundError,
  CodexProcessCrashedError,
  CodexVersionError,
  InvalidParamsError,
  TurnFailedError,
  isCodexError,
  isRetryableError,
  type CodexOptions,
  type ThreadErrorEvent,
  type ThreadEvent,
} from '../../src/index.js';
import { createGate, responses, type CodexHomeOptions } from '../../src/testing/index.js';
import { createScriptedCodex, listCodexProcesses, type ScriptedCodex } from '../support/index.js';

let fixture: ScriptedCodex | null = null;
let codex: Codex | null = null;
let scratch: string | null = null;

afterEach(async () => {
  await codex?.close();
  await fixture?.dispose();
  if (scratch) await rm(scratch, { recursive: true, force: true });
  codex = null;
  fixture = null;
  scratch = null;
});

async function setup(options: CodexOptions = {}, home: Omit<CodexHomeOptions, 'server'> = {}) {
  fixture = await createScriptedCodex({ modelCatalog: true, ...home });
  codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, ...options });
  return { fixture, codex, thread: codex.startThread({ cwd: fixture.home.workspace }) };
}

const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e);

describe('errors from real failures', () => {
  it('a codexPath that does not exist → CodexNotFoundError listing what was tried', async () => {
    fixture = await createScriptedCodex();
    codex = new Codex({ codexPath: '/nonexistent/bin/codex', env: fixture.home.env });
    const error = (await failure(codex.startThread({ cwd: fixture.home.workspace }).run('hi'))) as CodexNotFoundError;
    expect(error).toBeInstanceOf(CodexNotFoundError);
    expect(error.code).toBe('CODEX_NOT_FOUND');
    expect(error.tried[0]).toMatchObject({ path: '/nonexistent/bin/codex' });
    expect(error.message).toContain('/nonexistent/bin/codex');
  });

  it('a binary of another version → CodexVersionError with expected and actual', async () => {
    fixture = await createScriptedCodex();
    scratch = await mkdtemp('/var/tmp/codex-actors-fake-');
    const fake = path.join(scratch, 'codex');
    await writeFile(fake, '#!/bin/sh\necho "codex-cli 0.1.0"\n');
    await chmod(fake, 0o755);
    codex = new Codex({ codexPath: fake, env: fixture.home.env });
    const error = (await failure(codex.startThread({ cwd: fixture.home.workspace }).run('hi'))) as CodexVersionError;
    expect(error).toBeInstanceOf(CodexVersionError);
    expect(error).toMatchObject({ code: 'CODEX_VERSION_MISMATCH', path: fake, expected: PINNED_CODEX_VERSION, actual: '0.1.0' });
    expect(error.message).toMatch(/versionCheck: 'warn'/);
  });

  it('the codex process killed mid-turn → CodexProcessCrashedError with the signal', async () => {
    const { fixture, thread } = await setup();
    const held = createGate();
    fixture.server.enqueue(responses.message('never', { gate: held }));
    const turn = failure(thread.run('hang on'));
    await held.reached;
    const [appServer] = listCodexProcesses(fixture.home.path).filter((p) => p.command.includes('app-server'));
    process.kill(appServer!.pid, 'SIGKILL');
    const error = (await turn) as CodexProcessCrashedError;
    expect(error).toBeInstanceOf(CodexProcessCrashedError);
    expect(error).toMatchObject({ code: 'CODEX_PROCESS_CRASHED', signal: 'SIGKILL', exitCode: null });
    expect(typeof error.stderrTail).toBe('string');
    expect(isRetryableError(error)).toBe(false);
  });

  it('model HTTP 500 with retries off → TurnFailedError with codexErrorInfo internalServerError (retryable)', async () => {
    const { fixture, thread } = await setup();
    fixture.server.enqueue(responses.serverError({ message: 'Internal boom' }));
    const error = (await failure(thread.run('hi'))) as TurnFailedError & { result: { status: string } };
    expect(error).toBeInstanceOf(TurnFailedError);
    expect(error).toMatchObject({ code: 'TURN_FAILED', codexErrorInfo: 'internalServerError', turnId: expect.any(String) });
    expect(error.result.status).toBe('failed');
    expect(isRetryableError(error)).toBe(true);
  });

  it('model HTTP 429 after codex gave up → TurnFailedError with responseTooManyFailedAttempts 429 (retryable)', async () => {
    const { fixture, thread } = await setup();
    fixture.server.enqueue(responses.rateLimited());
    const error = (await failure(thread.run('hi'))) as TurnFailedError;
    expect(error).toBeInstanceOf(TurnFailedError);
    expect(error.codexErrorInfo).toEqual({ responseTooManyFailedAttempts: { httpStatusCode: 429 } });
    expect(isRetryableError(error)).toBe(true);
  });

  it('model 429 and 500 are retried by codex under stream_max_retries: error events with willRetry, then the turn completes', async () => {
    // In app-server, HTTP 429/500 from the model go through codex's stream retry loop
    // (stream_max_retries), not request_max_retries: with request retries 1 and stream
    // retries 0 a 429 fails the turn at once.
    const { fixture, thread } = await setup({}, { streamMaxRetries: 2 });
    fixture.server.enqueue(responses.rateLimited({ retryAfterSeconds: 0 }), responses.message('ok after 429'), responses.serverError(), responses.message('ok after 500'));
    const events: ThreadEvent[] = [];
    thread.events$.subscribe((e) => events.push(e));
    expect((await thread.run('one')).finalResponse).toBe('ok after 429');
    expect((await thread.run('two')).finalResponse).toBe('ok after 500');
    expect(fixture.server.requests).toHaveLength(4);
    const errors = events.filter((e): e is ThreadErrorEvent => e.type === 'error');
    expect(errors.map((e) => [e.message, e.willRetry])).toEqual([
      ['Reconnecting... 1/2', true],
      ['Reconnecting... 1/2', true],
    ]);
  });

  it('model HTTP 401 → AuthError with the status (not retryable)', async () => {
    const { fixture, thread } = await setup();
    fixture.server.enqueue(responses.unauthorized());
    const error = (await failure(thread.run('hi'))) as AuthError;
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ code: 'AUTH_ERROR', httpStatusCode: 401 });
    expect(error.message).toMatch(/apiKey option/);
    expect(isRetryableError(error)).toBe(false);
  });

  it('bad params on a raw request → InvalidParamsError with the method and codex’s message', async () => {
    const { codex } = await setup();
    // Deliberately ill-typed: what codex answers to a wrong param type.
    const error = (await failure(codex.listThreads({ limit: 'ten' as unknown as number }))) as InvalidParamsError;
    expect(error).toBeInstanceOf(InvalidParamsError);
    expect(error).toMatchObject({ code: 'JSON_RPC_INVALID_PARAMS', method: 'thread/list', rpcCode: -32600 });
    expect(error.rpcMessage).toMatch(/invalid type/);
  });

  it('abort → AbortError (name AbortError, code ABORT_ERR, cause = the reason) and the turn is interrupted', async () => {
    const { fixture, thread } = await setup();
    const held = createGate();
    fixture.server.enqueue(responses.message('never', { gate: held }));
    const controller = new AbortController();
    const turn = failure(thread.run('stop me', { signal: controller.signal }));
    await held.reached;
    const reason = new Error('user pressed stop');
    controller.abort(reason);
    const error = (await turn) as AbortError;
    expect(error).toBeInstanceOf(AbortError);
    expect(error.name).toBe('AbortError');
    expect(error.code).toBe('ABORT_ERR');
    expect(error.cause).toBe(reason);
    expect(isCodexError(error)).toBe(true);
  });

  it('codex’s own stream retries (stream_max_retries) surface as error events with willRetry, then the turn completes', async () => {
    const { fixture, thread } = await setup({}, { streamMaxRetries: 2 });
    fixture.server.enqueue(responses.message('partial', { truncateAfter: 2 }), responses.message('recovered'));
    const events: ThreadEvent[] = [];
    thread.events$.subscribe((e) => events.push(e));
    const result = await thread.run('hi');
    expect(result.finalResponse).toBe('recovered');
    const errors = events.filter((e): e is ThreadErrorEvent => e.type === 'error');
    expect(errors).toEqual([
      expect.objectContaining({ willRetry: true, message: expect.stringMatching(/Reconnecting\.\.\. 1\/2/), retry: expect.objectContaining({ attempt: 1, maxAttempts: 2, waitingForNetwork: false }) }),
    ]);
    expect((errors[0]!.retry?.reason ?? '')).toMatch(/stream/i);
  });
});
