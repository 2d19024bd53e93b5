import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AbortError, CodexSpawnError, InvalidOptionsError, TimeoutError, TransportClosedError } from '../../../src/errors/index.js';
import { DEFAULT_CLIENT_INFO, startAppServer } from '../../../src/transport/appServerTransport.js';
import { PROCESS_TAG_ENV } from '../../../src/transport/orphanReaper.js';
import packageJson from '../../../package.json' with { type: 'json' };
import { CRASH_SERVER, HANG_SERVER, childrenRunning, useFakeAppServers } from './fakeAppServer.js';

interface FakeInit {
  userAgent: string;
  argv: string[];
  cwd: string;
  envKeys: string[];
  codexHome: string | null;
  params: { clientInfo: unknown; capabilities: Record<string, unknown> };
}

describe('startAppServer handshake', () => {
  const start = useFakeAppServers();

  it('sends initialize with the default clientInfo and experimentalApi, then initialized', async () => {
    const t = await start();
    const init = t.initializeResult as unknown as FakeInit;
    expect(init.params.clientInfo).toEqual({ name: 'codex-actors', title: 'codex-actors', version: packageJson.version });
    expect(DEFAULT_CLIENT_INFO.version).toBe(packageJson.version);
    expect(init.params.capabilities).toEqual({ experimentalApi: true });
    expect(init.userAgent).toBe('codex-actors/fake');
    await expect(t.requestUnchecked('wasInitialized')).resolves.toEqual({ initialized: true });
    expect(t.pid).toBeGreaterThan(0);
  });

  it('passes clientInfo, capabilities, args after `app-server`, cwd and env', async () => {
    const t = await start({
      clientInfo: { name: 'my_client', title: 'Mine', version: '9.9.9' },
      experimentalApi: false,
      optOutNotificationMethods: ['remoteControl/status/changed'],
      args: ['-c', 'model="o3"', '--enable', 'x'],
      cwd: '/var/tmp',
      env: { PATH: process.env.PATH, CODEX_HOME: '/somewhere/home' },
    });
    const init = t.initializeResult as unknown as FakeInit;
    expect(init.params.clientInfo).toEqual({ name: 'my_client', title: 'Mine', version: '9.9.9' });
    expect(init.params.capabilities).toEqual({ experimentalApi: false, optOutNotificationMethods: ['remoteControl/status/changed'] });
    expect(init.argv).toEqual(['app-server', '-c', 'model="o3"', '--enable', 'x']);
    expect(init.cwd).toBe('/var/tmp');
    expect(init.codexHome).toBe('/somewhere/home');
    // env replaces process.env: only what was given, plus the process tag used to reap orphans.
    expect(init.envKeys.filter((k) => k !== 'PATH' && k !== 'CODEX_HOME' && k !== PROCESS_TAG_ENV && k !== '_')).toEqual([]);
    expect(init.envKeys).toContain(PROCESS_TAG_ENV);
  });

  it('inherits process.env when env is not given', async () => {
    process.env.CODEX_ACTORS_TEST_MARKER = 'inherited';
    try {
      const t = await start();
      expect((t.initializeResult as unknown as FakeInit).envKeys).toContain('CODEX_ACTORS_TEST_MARKER');
    } finally {
      delete process.env.CODEX_ACTORS_TEST_MARKER;
    }
  });

  it('replays notifications and protocol errors emitted before anyone subscribed', async () => {
    const t = await start({ env: { ...process.env, FAKE_STARTUP_GARBAGE: '1' } });
    const errors: string[] = [];
    t.protocolErrors$.subscribe((e) => errors.push(e.line));
    expect(errors).toEqual(['this is not json']);
  });
});

describe('startAppServer failures', () => {
  it('rejects a missing binary with CodexSpawnError (ENOENT)', async () => {
    const error = await startAppServer({ codexPath: '/nonexistent/codex' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodexSpawnError);
    expect((error as CodexSpawnError).message).toContain('ENOENT');
    expect((error as CodexSpawnError).path).toBe('/nonexistent/codex');
    expect((error as CodexSpawnError).args).toEqual(['app-server']);
  });

  it('rejects a non-executable file with CodexSpawnError (EACCES)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'codex-actors-eacces-'));
    const file = join(dir, 'codex');
    writeFileSync(file, '#!/bin/sh\n', { mode: 0o644 });
    const error = await startAppServer({ codexPath: file }).catch((e: unknown) => e);
    rmSync(dir, { recursive: true });
    expect(error).toBeInstanceOf(CodexSpawnError);
    expect((error as Error).message).toContain('EACCES');
  });

  it('names a missing working directory', async () => {
    const error = await startAppServer({ codexPath: CRASH_SERVER, cwd: '/nonexistent/dir' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodexSpawnError);
    expect((error as Error).message).toContain('working directory /nonexistent/dir does not exist');
  });

  it('validates options', async () => {
    await expect(startAppServer({ codexPath: '' })).rejects.toBeInstanceOf(InvalidOptionsError);
    await expect(startAppServer({ codexPath: CRASH_SERVER, requestTimeoutMs: -1 })).rejects.toThrow(/requestTimeoutMs/);
    await expect(startAppServer({ codexPath: CRASH_SERVER, shutdownTimeoutMs: Number.POSITIVE_INFINITY })).rejects.toThrow(/shutdownTimeoutMs/);
  });

  it('a process that exits during startup rejects with TransportClosedError, exit code and redacted stderr', async () => {
    const error = await startAppServer({
      codexPath: CRASH_SERVER,
      env: { PATH: process.env.PATH, FAKE_SECRET_KEY: 'zz-very-secret-42' },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportClosedError);
    const closed = error as TransportClosedError;
    expect(closed.exitCode).toBe(3);
    expect(closed.signal).toBeNull();
    expect(closed.message).toContain('before completing the initialize handshake');
    expect(closed.stderrTail).toContain('invalid value for `model_provider`');
    expect(closed.stderrTail).toContain('Bearer ***');
    expect(closed.stderrTail).toContain('api_key=***');
    expect(closed.stderrTail).not.toContain('sk-proj-abcdef');
    expect(closed.stderrTail).not.toContain('supersecretvalue');
    expect(closed.stderrTail).not.toContain('zz-very-secret-42');
    expect(closed.message).not.toContain('supersecretvalue');
  });

  it('an unanswered initialize times out, and the process is killed', async () => {
    const error = await startAppServer({ codexPath: HANG_SERVER, initializeTimeoutMs: 200 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).message).toContain('initialize');
    expect(childrenRunning(HANG_SERVER)).toEqual([]);
  });

  it('an AbortSignal cancels startup with AbortError, and the process is gone', async () => {
    const controller = new AbortController();
    const pending = startAppServer({ codexPath: HANG_SERVER, signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user gave up')), 100);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).name).toBe('AbortError');
    expect((error as AbortError).code).toBe('ABORT_ERR');
    expect(((error as AbortError).cause as Error).message).toBe('user gave up');
    expect(childrenRunning(HANG_SERVER)).toEqual([]);
  });

  it('an already-aborted signal spawns nothing', async () => {
    await expect(startAppServer({ codexPath: HANG_SERVER, signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
  });

});
