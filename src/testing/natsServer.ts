/**
 * A throwaway NATS server with JetStream for tests: Debian's `nats-server` on
 * 127.0.0.1, a random port, a temporary store, stopped by pid.
 *
 * @module
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CodexError } from '../errors/index.js';

/** Options of {@link startNatsServer}. */
export interface NatsServerOptions {
  /** Require this token. */
  token?: string;
  /** Require this user and password. */
  user?: string;
  pass?: string;
  /** The `nats-server` binary (default `$NATS_SERVER_PATH`, else `nats-server` on PATH). */
  binary?: string;
  /** How long to wait for it to listen (default 10 000 ms). */
  startTimeoutMs?: number;
}

/** A running test NATS server. */
export interface NatsServer extends AsyncDisposable {
  /** `nats://127.0.0.1:<port>`. */
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  /** The temporary JetStream store directory. */
  readonly storeDir: string;
  /** Stops it (SIGTERM, then SIGKILL) and deletes its store. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Starts `nats-server -js` on 127.0.0.1 with a random port and a temporary store.
 *
 * @throws CodexError when `nats-server` is missing (install it: `apt-get install nats-server`) or does not start.
 * @example
 * ```ts
 * await using nats = await startNatsServer();
 * const codex = new Codex({ cluster: { servers: nats.url, name: 'test' } });
 * ```
 */
export async function startNatsServer(options: NatsServerOptions = {}): Promise<NatsServer> {
  const binary = options.binary ?? process.env.NATS_SERVER_PATH ?? 'nats-server';
  const dir = await mkdtemp(join(tmpdir(), 'codex-actors-nats-'));
  const storeDir = join(dir, 'store');
  const args = ['-a', '127.0.0.1', '-p', '-1', '-js', '-sd', storeDir, '--ports_file_dir', dir];
  if (options.token) args.push('--auth', options.token);
  if (options.user) args.push('--user', options.user, '--pass', options.pass ?? '');
  const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const failed = new Promise<never>((_, reject) =>
    child.once('error', (error) =>
      reject(new CodexError('CODEX_SPAWN_FAILED', `cannot start ${binary} (${error.message}). Install it: apt-get install nats-server (or set NATS_SERVER_PATH).`, { cause: error })),
    ),
  );
  let port: number;
  try {
    port = await Promise.race([waitForPort(dir, child, options.startTimeoutMs ?? 10_000, () => stderr), failed]);
  } catch (error) {
    child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      await stopChild(child, exited);
      await rm(dir, { recursive: true, force: true });
    })());
  return { url: `nats://127.0.0.1:${port}`, port, pid: child.pid!, storeDir, stop, [Symbol.asyncDispose]: stop };
}

async function waitForPort(dir: string, child: ChildProcess, timeoutMs: number, stderr: () => string): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new CodexError('CODEX_SPAWN_FAILED', `nats-server exited with code ${child.exitCode}: ${stderr().trim()}`);
    const file = (await readdir(dir)).find((f) => f.endsWith('.ports'));
    if (file) {
      const text = await readFile(join(dir, file), 'utf8').catch(() => '');
      const url = (JSON.parse(text || '{}') as { nats?: string[] }).nats?.[0];
      if (url) return Number(new URL(url).port);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new CodexError('TIMEOUT', `nats-server did not start listening within ${timeoutMs} ms: ${stderr().trim()}`);
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
