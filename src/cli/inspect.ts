import { parseArgs } from 'node:util';
import { startInspector } from '../inspector/startInspector.js';
import type { CliIo } from './runCli.js';

/** Help of `codex-actors inspect`. */
export const INSPECT_USAGE = `Usage: codex-actors inspect [--port <n>]

Serves the live inspector page on http://127.0.0.1:<port>/ (default 4781) and
shows every program that feeds it: the supervision tree, each state machine's
chart with its current state and last transition, event payloads, a turn's
sequence, and a time slider over the recorded history. In your program:

  import { connectInspector } from 'codex-actors/inspector';
  await using feed = connectInspector('http://127.0.0.1:4781');
  const codex = new Codex({ inspect: feed.inspect });
  feed.watch(codex); // also codex.events$: payloads and turn sequences

See docs/inspector.md.

Stop with Ctrl-C.
`;

/**
 * `codex-actors inspect`: runs the inspector server until `signal` aborts
 * (SIGINT/SIGTERM when run from the command line). Exit code 0 after a clean
 * stop, 1 when the port cannot be used, 2 for a bad command line.
 *
 * @example
 * ```ts
 * const stop = new AbortController();
 * const exit = runInspect(['--port', '0'], io, stop.signal);
 * stop.abort();
 * await exit; // 0
 * ```
 */
export async function runInspect(args: readonly string[], io: CliIo, signal: AbortSignal = processSignals()): Promise<number> {
  let flags: { port?: string; help?: boolean };
  try {
    flags = parseArgs({ args: [...args], options: { port: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false }).values;
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${INSPECT_USAGE}`);
    return 2;
  }
  if (flags.help === true) {
    io.stdout(INSPECT_USAGE);
    return 0;
  }
  const port = Number(flags.port ?? 4781);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.stderr(`--port must be an integer from 0 to 65535; got ${JSON.stringify(flags.port)}\n`);
    return 2;
  }
  let inspector;
  try {
    inspector = await startInspector({ port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr(code === 'EADDRINUSE' ? `Port ${port} is in use; pick another with --port (0 = any free port).\n` : `Could not start the inspector: ${(error as Error).message}\n`);
    return 1;
  }
  io.stdout(`codex-actors inspector: ${inspector.url}\nFeed it with connectInspector('${inspector.url}') (codex-actors/inspector). Ctrl-C to stop.\n`);
  if (!signal.aborted) await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  await inspector.close();
  return 0;
}

function processSignals(): AbortSignal {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return controller.signal;
}
