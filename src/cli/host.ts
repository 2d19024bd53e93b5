import { parseArgs } from 'node:util';
import { isCodexError } from '../errors/index.js';
import { startHost } from '../cluster/host/startHost.js';
import type { HostOptions } from '../cluster/host/hostOptions.js';
import type { CliIo } from './runCli.js';

/** Help of `codex-actors host`. */
export const HOST_USAGE = `Usage: codex-actors host --nats <urls> --cluster <name> --capacity <n> [options]

Runs a cluster host agent: this machine's codex app-server processes, serving
threads to clients of new Codex({ cluster: { servers, name } }).

  --nats <urls>         NATS server URL(s), comma-separated (nats://127.0.0.1:4222)
  --cluster <name>      cluster name (namespaces subjects and buckets)
  --capacity <n>        threads this host takes at most
  --pool <m>            share m app-server processes (default: one per thread)
  --codex-home <dir>    CODEX_HOME of the codex processes (default $CODEX_HOME or ~/.codex)
  --host-id <id>        this host's id (default <hostname>-<pid>)
  --codex-path <path>   the codex binary (default: the pinned @openai/codex package)
  --heartbeat-ms <ms>   heartbeat interval (default 1000)
  --insecure            allow a non-loopback NATS URL without credentials
NATS credentials come from the environment, never the command line:
  NATS_TOKEN, NATS_USER + NATS_PASSWORD, NATS_CREDS (creds file), NATS_NKEY_SEED.

Stops cleanly on SIGTERM / SIGINT: threads checkpointed, processes stopped,
registration removed.
`;

/**
 * `codex-actors host`: runs a host agent until `signal` aborts (SIGTERM/SIGINT
 * from the command line). Exit code 0 after a clean stop, 1 when it cannot
 * start (NATS refused, no codex binary…), 2 for a bad command line.
 */
export async function runHost(args: readonly string[], io: CliIo, signal: AbortSignal = processSignals()): Promise<number> {
  let options: HostOptions;
  try {
    options = parseHostArgs(args, io.env);
  } catch (error) {
    if ((error as Error).message === 'help') {
      io.stdout(HOST_USAGE);
      return 0;
    }
    io.stderr(`${(error as Error).message}\n\n${HOST_USAGE}`);
    return 2;
  }
  let host;
  try {
    host = await startHost({ ...options, log: (line) => io.stdout(`${line}\n`) });
  } catch (error) {
    io.stderr(`codex-actors host could not start: ${isCodexError(error) ? `${error.code}: ` : ''}${(error as Error).message}\n`);
    return 1;
  }
  if (!signal.aborted) await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  await host.close();
  return 0;
}

function parseHostArgs(args: readonly string[], env: Record<string, string | undefined>): HostOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      nats: { type: 'string' },
      cluster: { type: 'string' },
      capacity: { type: 'string' },
      pool: { type: 'string' },
      'codex-home': { type: 'string' },
      'host-id': { type: 'string' },
      'codex-path': { type: 'string' },
      'heartbeat-ms': { type: 'string' },
      insecure: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help === true) throw new Error('help');
  if (!values.nats) throw new Error('--nats is required');
  if (!values.cluster) throw new Error('--cluster is required');
  if (!values.capacity) throw new Error('--capacity is required');
  const options: HostOptions = { servers: values.nats.split(','), cluster: values.cluster, capacity: Number(values.capacity) };
  if (values.pool !== undefined) options.pool = Number(values.pool);
  if (values['codex-home'] !== undefined) options.codexHome = values['codex-home'];
  if (values['host-id'] !== undefined) options.hostId = values['host-id'];
  if (values['codex-path'] !== undefined) options.codexPath = values['codex-path'];
  if (values['heartbeat-ms'] !== undefined) options.heartbeatMs = Number(values['heartbeat-ms']);
  if (values.insecure === true) options.insecure = true;
  if (env.NATS_TOKEN) options.token = env.NATS_TOKEN;
  if (env.NATS_USER) Object.assign(options, { user: env.NATS_USER, pass: env.NATS_PASSWORD ?? '' });
  if (env.NATS_CREDS) options.credsFile = env.NATS_CREDS;
  if (env.NATS_NKEY_SEED) options.nkeySeed = env.NATS_NKEY_SEED;
  return options;
}

function processSignals(): AbortSignal {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return controller.signal;
}
