import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AbortError, CodexProcessCrashedError, CodexSpawnError, InvalidOptionsError, type ProtocolError } from '../../../src/errors/index.js';
import type { ExecThreadEvent } from '../../../src/protocol/execEvents.js';
import { runExecTurn, type ExecTurn, type ExecTurnOptions } from '../../../src/transport/exec.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const fake = (name: string) => join(fixtures, `fake-codex-exec-${name}.mjs`);

interface Recorded {
  args: string[];
  stdin: string;
  pid: number;
  env: Record<string, string>;
  outputSchema: unknown;
}

let dir: string;
let recordFile: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'exec-transport-'));
  recordFile = join(dir, 'record.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function turnWith(name: string, options: Partial<ExecTurnOptions> = {}): ExecTurn {
  const { env, ...rest } = options;
  return runExecTurn({
    codexPath: fake(name),
    input: 'hello',
    ...rest,
    env: { PATH: process.env['PATH'] ?? '', FAKE_CODEX_RECORD: recordFile, ...env },
  });
}

const recorded = (): Recorded => JSON.parse(readFileSync(recordFile, 'utf8')) as Recorded;

async function collect(turn: ExecTurn): Promise<ExecThreadEvent[]> {
  const events: ExecThreadEvent[] = [];
  for await (const event of turn) events.push(event);
  return events;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits until the fake has written its record (it does so after reading stdin to EOF). */
async function nextEvent(turn: ExecTurn, type: ExecThreadEvent['type']): Promise<void> {
  for (;;) {
    const { value, done } = await turn.events.next();
    if (done) throw new Error(`stream ended before ${type}`);
    if (value.type === type) return;
  }
}

describe('runExecTurn: a normal turn', () => {
  it('streams the events, writes the prompt to stdin and closes it, and exits 0', async () => {
    const turn = turnWith('ok', { input: 'multi\nline "prompt" ✓', model: 'm', skipGitRepoCheck: true });
    const events = await collect(turn);
    expect(events.map((e) => e.type)).toEqual(['thread.started', 'turn.started', 'item.completed', 'turn.completed']);
    expect(events[2]).toEqual({ type: 'item.completed', item: { id: 'item_0', type: 'agent_message', text: 'echo: multi\nline "prompt" ✓' } });
    const rec = recorded();
    expect(rec.stdin).toBe('multi\nline "prompt" ✓');
    expect(rec.args).toEqual(['exec', '--experimental-json', '--model', 'm', '--skip-git-repo-check']);
    expect(turn.args).toEqual(rec.args);
    expect(turn.pid).toBe(rec.pid);
    await expect(turn.exited).resolves.toEqual({ exitCode: 0, signal: null, stderrTail: '' });
  });

  it('closes stdin even for an empty prompt (codex would wait for EOF forever)', async () => {
    const events = await collect(turnWith('ok', { input: '' }));
    expect(events.at(-1)?.type).toBe('turn.completed');
    expect(recorded().stdin).toBe('');
  });

  it('passes env, originator and CODEX_API_KEY to the process and nothing from process.env', async () => {
    process.env['CODEX_ACTORS_LEAK_CHECK'] = 'leak';
    try {
      await collect(turnWith('ok', { apiKey: 'sk-abcdef123456', env: { CUSTOM: 'yes' } }));
    } finally {
      delete process.env['CODEX_ACTORS_LEAK_CHECK'];
    }
    const { env } = recorded();
    expect(env['CUSTOM']).toBe('yes');
    expect(env['CODEX_API_KEY']).toBe('sk-abcdef123456');
    expect(env['CODEX_INTERNAL_ORIGINATOR_OVERRIDE']).toBe('codex_sdk_ts');
    expect(env['CODEX_ACTORS_LEAK_CHECK']).toBeUndefined();
  });
});

describe('runExecTurn: output schema file', () => {
  const schema = { type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'], additionalProperties: false };

  it('writes the schema for --output-schema and deletes it after the turn', async () => {
    const turn = turnWith('ok', { outputSchema: schema });
    await collect(turn);
    const rec = recorded();
    expect(rec.outputSchema).toEqual(schema);
    const path = rec.args[rec.args.indexOf('--output-schema') + 1]!;
    expect(existsSync(path)).toBe(false);
    expect(existsSync(dirname(path))).toBe(false);
  });

  it('deletes it after a crash', async () => {
    const err = await failure(collect(turnWith('crash', { outputSchema: schema })));
    expect(err).toBeInstanceOf(CodexProcessCrashedError);
    const rec = recorded();
    expect(existsSync(rec.args[rec.args.indexOf('--output-schema') + 1]!)).toBe(false);
  });

  it('deletes it after an abort', async () => {
    const controller = new AbortController();
    const turn = turnWith('hang', { outputSchema: schema, signal: controller.signal });
    await nextEvent(turn, 'turn.started');
    const path = recorded().args.at(recorded().args.indexOf('--output-schema') + 1)!;
    expect(existsSync(path)).toBe(true);
    controller.abort();
    expect(await failure(turn.events.next())).toBeInstanceOf(AbortError);
    expect(existsSync(path)).toBe(false);
  });

  it('rejects a schema that is not an object before spawning anything', () => {
    expect(() => turnWith('ok', { outputSchema: 'nope' })).toThrow(InvalidOptionsError);
    expect(existsSync(recordFile)).toBe(false);
  });
});

describe('runExecTurn: invalid output lines', () => {
  it('reports them on protocolErrors$, passes mis-shaped JSON and unknown types on as unknown, and goes on', async () => {
    const turn = turnWith('garbage');
    const errors: ProtocolError[] = [];
    turn.protocolErrors$.subscribe((e) => errors.push(e));
    const events = await collect(turn);
    expect(events.map((e) => e.type)).toEqual(['thread.started', 'turn.started', 'unknown', 'unknown', 'item.completed', 'turn.completed']);
    expect(events[2]).toEqual({ type: 'unknown', raw: { type: 'item.completed', item: { id: 'item_0', type: 'agent_message', text: 42 } } });
    expect(events[3]).toEqual({ type: 'unknown', raw: { type: 'turn.paused', reason: 'new in a later codex' } });
    expect(errors.map((e) => e.line)).toEqual(['this is not json', '{"type":"item.completed","item":{"id":"item_0","type":"agent_message","text":42}}', '{"type":"item.comp']);
    expect(errors.every((e) => e.code === 'PROTOCOL_ERROR')).toBe(true);
    await expect(turn.exited).resolves.toMatchObject({ exitCode: 0 });
  });
});

describe('runExecTurn: process failures', () => {
  it('throws CodexProcessCrashedError with the stderr tail, secrets redacted, after the events', async () => {
    const turn = turnWith('crash', { apiKey: 'sk-supersecret-123456' });
    const events: string[] = [];
    const err = await failure(
      (async () => {
        for await (const event of turn) events.push(event.type);
      })(),
    );
    expect(events).toEqual(['thread.started', 'turn.started']);
    expect(err).toBeInstanceOf(CodexProcessCrashedError);
    const crash = err as CodexProcessCrashedError;
    expect(crash.exitCode).toBe(3);
    expect(crash.signal).toBeNull();
    expect(crash.stderrTail).toContain('thread panicked: the model exploded');
    expect(crash.message).toContain('exited with code 3');
    for (const text of [crash.stderrTail, crash.message]) {
      expect(text).not.toContain('sk-supersecret-123456');
      expect(text).not.toContain('abcdefghijklmnop1234');
    }
    expect(crash.stderrTail).toContain('Bearer ***');
  });

  it('ends normally when codex exits 1 right after turn.failed (the failure is data)', async () => {
    const turn = turnWith('turn-failed');
    const events = await collect(turn);
    expect(events.at(-1)).toEqual({ type: 'turn.failed', error: { message: 'stream disconnected before completion: The model exploded' } });
    await expect(turn.exited).resolves.toMatchObject({ exitCode: 1, signal: null });
  });

  it('throws CodexSpawnError when the executable does not exist', async () => {
    const turn = runExecTurn({ codexPath: join(dir, 'missing-codex'), input: 'x', env: {} });
    const err = await failure(collect(turn));
    expect(err).toBeInstanceOf(CodexSpawnError);
    expect((err as CodexSpawnError).message).toContain('ENOENT');
    const withSecret = runExecTurn({ codexPath: join(dir, 'missing-codex'), input: 'x', env: {}, apiKey: 'sk-never-shown-12345', configOverrides: ['model_providers.p.http_headers.Authorization="Bearer tok_abcdefgh12345"'] });
    const spawnError = (await failure(collect(withSecret))) as CodexSpawnError;
    expect(JSON.stringify(spawnError.args)).not.toMatch(/tok_abcdefgh12345|sk-never-shown/);
    await expect(turn.exited).resolves.toBeNull();
  });

  it('rejects options that can never work synchronously', () => {
    expect(() => runExecTurn({ codexPath: '', input: 'x' })).toThrow(InvalidOptionsError);
    expect(() => runExecTurn({ codexPath: fake('ok'), input: 'x', config: { a: Number.NaN } })).toThrow(/config\.a/);
    expect(() => runExecTurn({ codexPath: fake('ok'), input: 'x', killTimeoutMs: -1 })).toThrow(/killTimeoutMs/);
    expect(() => runExecTurn({ codexPath: fake('ok'), input: 'x', approvalPolicy: 'untrusted' })).toThrow(/approvalPolicy/);
  });
});

describe('runExecTurn: abort and early exit', () => {
  it('throws AbortError without spawning when the signal is already aborted', async () => {
    const reason = new Error('user gave up');
    const turn = turnWith('ok', { signal: AbortSignal.abort(reason), outputSchema: { type: 'object' } });
    const err = await failure(turn.events.next());
    expect(err).toBeInstanceOf(AbortError);
    expect(err).toMatchObject({ name: 'AbortError', code: 'ABORT_ERR', cause: reason });
    expect(turn.pid).toBeUndefined();
    expect(existsSync(recordFile)).toBe(false);
    await expect(turn.exited).resolves.toBeNull();
  });

  it('kills the process promptly on abort mid-turn and throws AbortError with the reason', async () => {
    const controller = new AbortController();
    const turn = turnWith('hang', { signal: controller.signal });
    await nextEvent(turn, 'turn.started');
    const { pid } = recorded();
    expect(isAlive(pid)).toBe(true);
    const pending = turn.events.next(); // blocked waiting for output
    const started = Date.now();
    controller.abort('stop now');
    const err = await failure(pending);
    expect(err).toMatchObject({ name: 'AbortError', code: 'ABORT_ERR', cause: 'stop now' });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(isAlive(pid)).toBe(false);
    await expect(turn.exited).resolves.toMatchObject({ signal: 'SIGTERM' });
  });

  it('escalates to SIGKILL when the process ignores SIGTERM', async () => {
    const controller = new AbortController();
    const turn = turnWith('hang', { signal: controller.signal, killTimeoutMs: 200, env: { FAKE_CODEX_IGNORE_SIGTERM: '1' } });
    await nextEvent(turn, 'turn.started');
    const { pid } = recorded();
    controller.abort();
    expect(await failure(turn.events.next())).toBeInstanceOf(AbortError);
    expect(isAlive(pid)).toBe(false);
    await expect(turn.exited).resolves.toMatchObject({ signal: 'SIGKILL' });
  });

  it('kills the process when the consumer leaves the loop early', async () => {
    const turn = turnWith('hang');
    for await (const event of turn) {
      if (event.type === 'turn.started') break;
    }
    expect(isAlive(recorded().pid)).toBe(false);
    await expect(turn.exited).resolves.toMatchObject({ signal: 'SIGTERM' });
  });

  it('settles exited with null when closed before it started, and supports await using', async () => {
    const turn = turnWith('ok');
    await turn.events.return();
    await expect(turn.exited).resolves.toBeNull();
    expect(existsSync(recordFile)).toBe(false);

    let pid: number | undefined;
    {
      await using disposable = turnWith('hang');
      await nextEvent(disposable, 'turn.started');
      pid = disposable.pid;
    }
    expect(pid).toBeDefined();
    expect(isAlive(pid!)).toBe(false);
  });
});
