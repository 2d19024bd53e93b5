import { parseArgs } from 'node:util';

import { collectDoctorReport } from './doctor.js';
import { formatDoctorReport } from './formatDoctorReport.js';
import { runInspect } from './inspect.js';
import { packageVersion } from './packageVersion.js';
import { PINNED_CODEX_VERSION } from '../../native/index.js';
import { runHost } from './host.js';

/** Where the CLI writes and what it reads; injectable so tests run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
}

/** The usage text printed by `--help` and after a usage error. */
export const USAGE = `Usage: codex-actors <command> [options]

Commands:
  doctor [--json] [--codex-path <path>]
      Check the codex binary (path, source, version against the pin), CODEX_HOME,
      credentials (presence only, never values) and Node. Exits 0 when healthy,
      1 when something must be fixed.
  inspect [--port <n>]
      Serve the live inspector page on 127.0.0.1 (default port 4781): the
      supervision tree, state charts and last events of every program that
      feeds it (connectInspector from codex-actors/inspector). Ctrl-C stops.

  host --nats <urls> --cluster <name> --capacity <n> [--pool <m>] [--codex-home <dir>] [--host-id <id>]
      Run a cluster host agent (see docs/cluster.md). SIGTERM stops it cleanly.

Options:
  -h, --help       Show this help.
  -v, --version    Print the versions of codex-actors, its pinned codex and Node.
`;

/** Exit codes: 0 healthy/help, 1 the checks found problems, 2 the command line was wrong. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/**
 * Runs the `codex-actors` command line with `argv` (without `node` and the script
 * path) and resolves to the process exit code. Never calls `process.exit`, so
 * pending output is flushed and tests can call it directly.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), {
 *   stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), env: process.env,
 * });
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (command === '-v' || command === '--version' || command === 'version') {
    io.stdout(`codex-actors ${packageVersion()} (pinned codex ${PINNED_CODEX_VERSION}, Node ${process.version})\n`);
    return EXIT.ok;
  }
  if (command === 'doctor') return runDoctor(rest, io);
  if (command === 'inspect') return runInspect(rest, io);
  if (command === 'host') return runHost(rest, io);
  io.stderr(`${command === undefined ? 'No command given.' : `Unknown command: ${command}`}\n\n${USAGE}`);
  return EXIT.usage;
}

async function runDoctor(args: readonly string[], io: CliIo): Promise<number> {
  let flags: { json?: boolean; help?: boolean; 'codex-path'?: string };
  try {
    flags = parseArgs({
      args: [...args],
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, 'codex-path': { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (flags.help === true) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const report = await collectDoctorReport({
    env: io.env,
    ...(flags['codex-path'] === undefined ? {} : { codexPath: flags['codex-path'], codexPathName: '--codex-path' }),
  });
  io.stdout(flags.json === true ? `${JSON.stringify(report, null, 2)}\n` : formatDoctorReport(report));
  return report.ok ? EXIT.ok : EXIT.problems;
}
