/**
 * A whole cluster on loopback for tests: a NATS server, N host agents as
 * separate processes (each its own CODEX_HOME pointing at one scripted model
 * server) and the options a client needs.
 *
 * @module
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CodexError } from '../errors/index.js';
import { createCodexHome, type CodexHome, type CodexHomeOptions } from './codexHome.js';
import { startNatsServer, type NatsServer, type NatsServerOptions } from './natsServer.js';
import { createScriptedModelServer, type ScriptedModelServer } from './scriptedModelServer.js';

/** Options of {@link startTestCluster}. */
export interface TestClusterOptions {
  /** How many host agents (default 2). */
  hosts?: number;
  /** Each host's capacity (default 8). */
  capacity?: number;
  /** `--pool` of each host (default: one process per thread). */
  pool?: number;
  /** Cluster name (default `test`). */
  name?: string;
  /** Use this scripted model server (default: a new one, closed with the cluster). */
  server?: ScriptedModelServer;
  /** NATS auth the server requires (and the hosts use). */
  nats?: Pick<NatsServerOptions, 'token' | 'user' | 'pass'>;
  /** Options of each host's CODEX_HOME (default: the mock model in its catalog). */
  home?: Omit<CodexHomeOptions, 'server'>;
  /** Heartbeat of the hosts (default 1000 ms, the host agent's own default). */
  heartbeatMs?: number;
  /**
   * Node arguments that run the `codex-actors` CLI for the hosts, e.g. `['dist/src/cli/main.js']`
   * (default: the CLI next to this module; its TypeScript source through tsx in a checkout).
   */
  hostCommand?: readonly string[];
  /** How long to wait for each host to register (default 30 000 ms). */
  startTimeoutMs?: number;
}

/** One host agent process of a test cluster. */
export interface TestClusterHost {
  readonly id: string;
  readonly home: CodexHome;
  readonly pid: number;
  /** Its log lines so far (placement, checkpoint, restore, attach…). */
  readonly log: readonly string[];
  /** SIGTERM and wait: a clean shutdown. */
  stop(): Promise<void>;
  /** SIGKILL the agent's whole process group (fault injection) and wait. */
  kill(): Promise<void>;
}

/** A running test cluster. */
export interface TestCluster extends AsyncDisposable {
  readonly nats: NatsServer;
  readonly server: ScriptedModelServer;
  readonly hosts: readonly TestClusterHost[];
  /** `cluster` option of a client: `new Codex({ cluster: testCluster.clusterOptions })`. */
  readonly clusterOptions: { servers: string; name: string; token?: string; user?: string; pass?: string };
  /** A directory every host sees (they share this machine): use it as `workingDirectory`. */
  readonly workspace: string;
  /** Stops every host (SIGTERM), the NATS server, the model server (if it made it) and deletes the homes. */
  close(): Promise<void>;
}

/**
 * Starts NATS and `hosts` host agents on this machine.
 *
 * @example
 * ```ts
 * await using cluster = await startTestCluster({ hosts: 2 });
 * cluster.server.enqueue(responses.message('hi'));
 * await using codex = new Codex({ cluster: cluster.clusterOptions });
 * await codex.startThread({ workingDirectory: cluster.workspace }).run('hello');
 * ```
 */
export async function startTestCluster(options: TestClusterOptions = {}): Promise<TestCluster> {
  const name = options.name ?? 'test';
  const nats = await startNatsServer(options.nats ?? {});
  const ownServer = options.server === undefined;
  const server = options.server ?? (await createScriptedModelServer());
  const hosts: Array<TestClusterHost & { home: CodexHome }> = [];
  const close = async () => {
    await Promise.all(hosts.map((h) => h.stop()));
    await nats.stop();
    if (ownServer) await server.close();
    await Promise.all(hosts.map((h) => h.home.cleanup()));
  };
  try {
    const count = options.hosts ?? 2;
    const started = await Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const home = await createCodexHome({ modelCatalog: true, ...options.home, server });
        return startHostProcess({ id: `host-${i + 1}`, home, nats, name, options });
      }),
    );
    hosts.push(...started);
  } catch (error) {
    await close();
    throw error;
  }
  const auth = options.nats ?? {};
  return {
    nats,
    server,
    hosts,
    clusterOptions: { servers: nats.url, name, ...auth },
    workspace: hosts[0]!.home.workspace,
    close,
    [Symbol.asyncDispose]: close,
  };
}

/** The CLI entry to run a host with: the built one next to this file, or the TypeScript source through tsx. */
function hostCommand(): { args: string[] } {
  const here = import.meta.url;
  const main = fileURLToPath(new URL(here.endsWith('.ts') ? '../cli/main.ts' : '../cli/main.js', here));
  if (here.endsWith('.ts')) return { args: ['--import', import.meta.resolve('tsx'), main] };
  return { args: [main] };
}

async function startHostProcess(spec: { id: string; home: CodexHome; nats: NatsServer; name: string; options: TestClusterOptions }): Promise<TestClusterHost & { home: CodexHome }> {
  const { id, home, nats, name, options } = spec;
  const args = [...(options.hostCommand ?? hostCommand().args), 'host', '--nats', nats.url, '--cluster', name, '--capacity', String(options.capacity ?? 8), '--codex-home', home.path, '--host-id', id];
  args.push('--heartbeat-ms', String(options.heartbeatMs ?? 1000));
  if (options.pool !== undefined) args.push('--pool', String(options.pool));
  const env: Record<string, string> = { ...home.env };
  if (options.nats?.token) env.NATS_TOKEN = options.nats.token;
  if (options.nats?.user) Object.assign(env, { NATS_USER: options.nats.user, NATS_PASSWORD: options.nats.pass ?? '' });
  // Its own process group, so kill() takes its codex processes with it, like a lost machine.
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const log: string[] = [];
  let stderr = '';
  let buffered = '';
  let onReady: (() => void) | null = null;
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      log.push(line);
      if (/\] ready /.test(line)) onReady?.();
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let timer: NodeJS.Timeout | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    onReady = resolve;
    timer = setTimeout(() => reject(new CodexError('TIMEOUT', `host ${id} did not register within ${options.startTimeoutMs ?? 30_000} ms:\n${stderr}`)), options.startTimeoutMs ?? 30_000);
    void exited.then(() => reject(new CodexError('CODEX_SPAWN_FAILED', `host ${id} exited before it was ready (code ${child.exitCode}):\n${stderr}\n${log.join('\n')}`)));
  });
  try {
    await ready;
    clearTimeout(timer);
  } catch (error) {
    clearTimeout(timer);
    killGroup(child, 'SIGKILL');
    await exited;
    throw error;
  }
  return {
    id,
    home,
    pid: child.pid!,
    log,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
      // Whatever the agent's codex processes left in its group goes with it, before the homes are deleted.
      killGroup(child, 'SIGKILL');
    },
    kill: async () => {
      killGroup(child, 'SIGKILL');
      await exited;
    },
  };
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // Already gone.
  }
}
