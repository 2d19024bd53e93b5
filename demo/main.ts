/**
 * `npm run demo`: codex-actors in five minutes. Two supervised threads on the
 * real pinned codex binary stream an answer, run an approved shell command,
 * call a typed tool, return zod-validated structured output, then survive a
 * `kill -9` of their codex process: the supervisor restarts it and resumes the
 * thread, and the next turn succeeds.
 *
 * By default the model is a script served on 127.0.0.1 (no credentials, no
 * network); the agent, its tools and sandbox are real. See `--help`.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import type { Codex } from '../src/index.js';
import { startInspector, type Inspector } from '../src/inspector/index.js';
import { createDemoEnvironment } from './demoEnvironment.js';
import type { DemoReporter } from './demoReporter.js';
import { createJsonReporter } from './jsonReporter.js';
import { runDemo } from './runDemo.js';
import { runClusterDemo } from './runClusterDemo.js';
import { createTerminalReporter } from './terminalReporter.js';
import { watchStdoutClosed } from './watchStdoutClosed.js';

const USAGE = `Usage: npm run demo -- [options]

  --cluster              run the threads on a local cluster: NATS and three host agents on loopback
  --json                 print the raw event stream (one JSON object per line) instead of the live view
  --inspect              serve the live inspector page on 127.0.0.1 while the demo runs
  --port <n>             inspector port (default 4781; 0 = any free port)
  --model-server <url>   use an OpenAI-compatible Responses API instead of the scripted model
  --model <name>         the model for --model-server / --real
  --api-key-env <VAR>    environment variable holding the --model-server API key (default OPENAI_API_KEY)
  --real                 use your own codex configuration and login (~/.codex) instead of the scripted model
  --pace-ms <n>          pause between steps (default 0, or 1500 with --inspect)
  --timeout-ms <n>       fail if the demo takes longer (default 120000; 600000 with a real model)
  -h, --help             this text
`;

async function main(): Promise<number> {
  const stdoutClosed = watchStdoutClosed(process.stdout);
  let flags;
  try {
    flags = parseArgs({
      options: {
        json: { type: 'boolean' },
        cluster: { type: 'boolean' },
        inspect: { type: 'boolean' },
        port: { type: 'string' },
        'model-server': { type: 'string' },
        model: { type: 'string' },
        'api-key-env': { type: 'string' },
        real: { type: 'boolean' },
        'pace-ms': { type: 'string' },
        'timeout-ms': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (flags.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const realModel = flags.real === true || flags['model-server'] !== undefined;
  const paceMs = Number(flags['pace-ms'] ?? (flags.inspect ? 1500 : 0));
  const timeoutMs = Number(flags['timeout-ms'] ?? (realModel ? 600_000 : 120_000));
  const reporter: DemoReporter = flags.json ? createJsonReporter((line) => process.stdout.write(line)) : createTerminalReporter(process.stdout);
  const say = (text: string, data?: Record<string, unknown>) => (flags.json ? reporter.note(text, data) : process.stdout.write(`${text}\n`));

  if (flags.cluster) return clusterMain(reporter, stdoutClosed, Number(flags['timeout-ms'] ?? 180_000));

  await using environment = await createDemoEnvironment({
    ...(flags['model-server'] !== undefined ? { modelServer: flags['model-server'] } : {}),
    ...(flags.model !== undefined ? { model: flags.model } : {}),
    apiKeyEnv: flags['api-key-env'] ?? 'OPENAI_API_KEY',
    real: flags.real === true,
    streamDelayMs: flags.inspect ? 60 : 25,
  });
  let inspector: Inspector | null = null;
  if (flags.inspect) {
    inspector = await startInspector({ port: Number(flags.port ?? 4781), title: 'codex-actors demo' });
    say(`inspector: ${inspector.url}`, { inspectorUrl: inspector.url });
    if (process.stdin.isTTY && !flags.json) {
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      await rl.question('Open the page, then press Enter to start the demo. ');
      rl.close();
    }
  }
  say(`model: ${environment.description}`, { codexHome: environment.codexHome, workspace: environment.workspace });

  const live = inspector;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`the demo did not finish within ${timeoutMs} ms`)), timeoutMs);
  let ok = false;
  try {
    const summary = await runDemo(
      {
        codexOptions: { ...environment.codexOptions, ...(inspector ? { inspect: inspector.inspect } : {}) },
        workspace: environment.workspace,
        scripted: environment.scripted,
        paceMs,
        waitMs: realModel ? 120_000 : 30_000,
        signal: AbortSignal.any([controller.signal, stdoutClosed]),
        ...(live ? { onCodex: (codex: Codex) => void live.watch(codex) } : {}),
      },
      reporter,
    );
    environment.verify();
    ok = true;
    reporter.finish({ ok, summary });
  } catch (error) {
    reporter.finish({ ok, error: controller.signal.aborted ? controller.signal.reason : error, summary: {} });
  } finally {
    clearTimeout(timer);
  }
  if (inspector) {
    if (process.stdin.isTTY && !flags.json && !stdoutClosed.aborted) {
      say(`The inspector keeps showing the final state at ${inspector.url}; press Ctrl-C to quit.`);
      await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
    }
    await inspector.close();
  }
  // A reader that stopped reading (`| head`) is not a failure of the demo.
  return ok || stdoutClosed.aborted ? 0 : 1;
}

/** `--cluster`: the scripted model only (the hosts' CODEX_HOMEs point at it). */
async function clusterMain(reporter: DemoReporter, stdoutClosed: AbortSignal, timeoutMs: number): Promise<number> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`the demo did not finish within ${timeoutMs} ms`)), timeoutMs);
  try {
    const summary = await runClusterDemo({ streamDelayMs: 25, signal: AbortSignal.any([controller.signal, stdoutClosed]) }, reporter);
    reporter.finish({ ok: true, summary });
    return 0;
  } catch (error) {
    reporter.finish({ ok: false, error: controller.signal.aborted ? controller.signal.reason : error, summary: {} });
    return stdoutClosed.aborted ? 0 : 1;
  } finally {
    clearTimeout(timer);
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`demo failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
