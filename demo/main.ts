/**
 * `npm run demo`: one real `codex exec --json` turn against the scripted model
 * server embedded from `codex-actors/testing`. No API key or network needed:
 * the "model" is a script, but the agent, its tools and the sandbox are the
 * real pinned codex binary.
 *
 * The script: the model reasons, runs a shell command, reads its output (the
 * binary sends it back in a second request) and answers.
 */
import { execa } from 'execa';
import { resolveCodexBinary } from '../native/index.js';
import { createCodexHome, createScriptedModelServer, functionCallOutputs, responses, sse } from '../src/testing/index.js';

const color = process.stdout.isTTY && !process.env['NO_COLOR'];
const dim = (text: string) => (color ? `\x1b[2m${text}\x1b[22m` : text);
const bold = (text: string) => (color ? `\x1b[1m${text}\x1b[22m` : text);

interface ExecEvent {
  type: string;
  [field: string]: unknown;
}

/** One line per exec event, readable at a glance. */
function describe(event: ExecEvent): string {
  const item = event['item'] as { type?: string; text?: string; command?: string; exit_code?: number | null; status?: string } | undefined;
  switch (event.type) {
    case 'thread.started':
      return `thread ${String(event['thread_id'])}`;
    case 'item.started':
    case 'item.completed':
      if (item?.type === 'command_execution') return `${item.type} ${item.command} → ${item.status}${item.exit_code == null ? '' : ` (exit ${item.exit_code})`}`;
      return `${item?.type}: ${JSON.stringify(item?.text ?? '')}`;
    case 'turn.completed':
      return `usage ${JSON.stringify(event['usage'])}`;
    case 'turn.failed':
      return `error ${JSON.stringify(event['error'])}`;
    default:
      return '';
  }
}

async function main(): Promise<number> {
  const codex = await resolveCodexBinary();
  await using server = await createScriptedModelServer();
  await using home = await createCodexHome({ server, modelCatalog: true, sandbox: 'workspace-write' });

  server.enqueue(
    responses.stream([sse.reasoning('The user wants a greeting from the shell; run echo.'), sse.shellCall('echo "hello from a real codex sandbox"', { callId: 'call_demo' })], {
      usage: { inputTokens: 1200, cachedInputTokens: 0, outputTokens: 40, reasoningOutputTokens: 12 },
    }),
    responses.message('The shell said: hello from a real codex sandbox.', {
      phase: 'final_answer',
      stream: true,
      usage: { inputTokens: 1300, cachedInputTokens: 1200, outputTokens: 15, reasoningOutputTokens: 0 },
    }),
  );

  console.log(bold(`codex ${codex.version}`), dim(codex.path));
  console.log(dim(`scripted model at ${server.url}, CODEX_HOME ${home.path}`));
  console.log();

  const started = Date.now();
  // stdin carries the prompt and is then closed: exec reads stdin to EOF and would hang on an open pipe.
  const child = execa(codex.path, ['exec', '--json', '-'], { cwd: home.workspace, env: home.env, extendEnv: false, input: 'Say hello from the shell.', reject: false });
  const events: ExecEvent[] = [];
  for await (const line of child.iterable({ from: 'stdout' })) {
    if (line.trim() === '') continue;
    const event = JSON.parse(line) as ExecEvent;
    events.push(event);
    console.log(`${dim(`${String(Date.now() - started).padStart(5)} ms`)}  ${bold(event.type.padEnd(15))} ${describe(event)}`);
  }
  const result = await child;

  const completed = events.at(-1)?.type === 'turn.completed';
  const answer = events.filter((e) => e.type === 'item.completed' && (e['item'] as { type?: string }).type === 'agent_message').at(-1);
  const toolOutput = server.requests[1] ? functionCallOutputs(server.requests[1])[0]?.output : undefined;
  console.log(`\n${bold('summary')}`);
  console.log(`  turn        ${completed ? 'completed' : 'did not complete'} in ${Date.now() - started} ms (exit code ${result.exitCode})`);
  console.log(`  answer      ${JSON.stringify((answer?.['item'] as { text?: string } | undefined)?.text ?? null)}`);
  console.log(`  model calls ${server.requests.length} (the second carried the tool output back: ${JSON.stringify(toolOutput?.split('Output:\n')[1] ?? '')})`);
  console.log(`  usage       ${JSON.stringify(events.at(-1)?.['usage'] ?? null)}`);
  if (!completed) console.error(String(result.stderr));
  server.assertNoMisses();
  return completed ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
