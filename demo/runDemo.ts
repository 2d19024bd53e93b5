/**
 * The demo's script: two threads under one supervisor, streaming, an approved
 * shell command, a typed tool, structured output, then a killed codex process
 * that the supervisor restarts and resumes. Every step checks that what it
 * shows really happened and throws {@link DemoCheckError} otherwise: the demo
 * fails loudly instead of faking a feature.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { filter, firstValueFrom, timeout, type Observable } from 'rxjs';
import { z } from 'zod';
import { Codex, defineTool, type ApprovalRequest, type CodexEvent, type CodexOptions, type Thread, type ThreadEvent } from '../src/index.js';
import type { DemoReporter } from './demoReporter.js';
import { GREETING_FILE, GREETING_TEXT, PROMPTS, WEATHER } from './demoPrompts.js';
import { findCodexPid, isAlive } from './findCodexPid.js';

/** Where and how the demo runs (built by `demoEnvironment.ts`). */
export interface DemoSetup {
  codexOptions: CodexOptions;
  /** The workspace both threads work in. */
  workspace: string;
  /** True against the scripted model: answers are known, so checks are exact. */
  scripted: boolean;
  /** A pause between steps, so a person watching the inspector can follow. */
  paceMs: number;
  /** Limit for each wait on an event (restart, supervisor), in ms. */
  waitMs: number;
  /** Aborting closes the Codex instance, which ends every pending turn: the demo then fails. */
  signal?: AbortSignal;
  /** Called with the Codex once it exists (the inspector records its published events). */
  onCodex?: (codex: Codex) => void;
}

/** A step did not show what it claims. */
export class DemoCheckError extends Error {
  override readonly name = 'DemoCheckError';
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new DemoCheckError(message);
}

/** The weather report the structured-output step asks for. */
const WeatherReport = z.object({ city: z.string(), temperatureC: z.number(), conditions: z.string() });

/** Runs every step; resolves with a summary, rejects with the first failed check or error. */
export async function runDemo(setup: DemoSetup, reporter: DemoReporter): Promise<Record<string, unknown>> {
  const began = Date.now();
  const approvals: ApprovalRequest[] = [];
  const toolCalls: Array<{ city: string }> = [];
  const events: CodexEvent[] = [];
  const getWeather = defineTool({
    name: 'get_weather',
    description: 'The current weather in a city.',
    parameters: z.object({ city: z.string().describe('City name, e.g. Paris') }),
    execute: async ({ city }) => {
      toolCalls.push({ city });
      return JSON.stringify({ ...WEATHER, city });
    },
  });

  await using codex = new Codex(setup.codexOptions);
  setup.onCodex?.(codex);
  setup.signal?.addEventListener('abort', () => void codex.close(), { once: true });
  const subscription = codex.events$.subscribe((event) => {
    events.push(event);
    reporter.event(event);
  });
  const pace = () => (setup.paceMs > 0 ? sleep(setup.paceMs) : Promise.resolve());
  const waitFor = <T extends CodexEvent>(source: Observable<CodexEvent | ThreadEvent>, predicate: (e: CodexEvent) => e is T, what: string): Promise<T> =>
    firstValueFrom(
      source.pipe(
        filter((e): e is T => predicate(e as CodexEvent)),
        timeout({ first: setup.waitMs, with: () => Promise.reject(new DemoCheckError(`${what} did not happen within ${setup.waitMs} ms`)) }),
      ),
    );

  try {
    reporter.step(1, 'One supervisor, two threads (each thread owns a codex app-server process)');
    const writer = codex.startThread({
      label: 'writer',
      cwd: setup.workspace,
      sandbox: 'workspace-write',
      approvalMode: 'ask',
      onApproval: (request) => {
        approvals.push(request);
        const decision = 'accept' as const;
        reporter.approval('writer', request, decision);
        return decision;
      },
    });
    const analyst = codex.startThread({ label: 'analyst', cwd: setup.workspace, sandbox: 'read-only', tools: [getWeather] });
    reporter.watch('writer', writer);
    reporter.watch('analyst', analyst);
    await Promise.all([writer.ready(), analyst.ready()]);
    const tree = codex.supervisor.tree();
    check(tree.children.length === 2, `the supervisor should have 2 children, has ${tree.children.length}`);
    reporter.note(`supervisor (${tree.strategy}) runs ${tree.children.map((c) => `${c.id} [${c.status}]`).join(', ')}`, { tree });
    await pace();

    reporter.step(2, 'writer: a turn that streams its answer');
    const turn = await writer.turn(PROMPTS.hello);
    let deltas = 0;
    let streamed = '';
    for await (const event of turn) {
      if (event.type === 'item.delta' && event.kind === 'agent_message') {
        deltas++;
        streamed += event.delta;
      }
    }
    const hello = await turn.result();
    check(hello.status === 'completed', `the streaming turn ended ${hello.status}`);
    check(deltas > 1 && streamed.length > 0, `the answer should arrive as several deltas; got ${deltas}`);
    check(hello.finalResponse?.trim(), 'the streaming turn has no final answer');
    reporter.note(`streamed ${deltas} deltas; final answer ${JSON.stringify(hello.finalResponse)}`, { deltas });
    await pace();

    reporter.step(3, 'at the same time: writer runs a shell command that needs approval, analyst calls a defineTool tool');
    const [written, weather] = await Promise.all([writer.run(PROMPTS.approval), analyst.run(PROMPTS.tool)]);
    check(written.status === 'completed', `the approval turn ended ${written.status}`);
    check(approvals.some((a) => a.kind === 'command' && a.command?.includes(GREETING_FILE)), `onApproval was not asked about the command writing ${GREETING_FILE}`);
    const resolved = events.filter((e) => e.type === 'approval.resolved');
    check(resolved.some((e) => e.type === 'approval.resolved' && e.decision === 'accept' && e.reason === 'handler'), 'no approval.resolved event with the handler\u2019s accept');
    const greeting = join(setup.workspace, GREETING_FILE);
    check(existsSync(greeting) && readFileSync(greeting, 'utf8').includes(GREETING_TEXT), `the approved command did not write ${GREETING_FILE}`);
    reporter.note(`${GREETING_FILE} contains ${JSON.stringify(readFileSync(greeting, 'utf8').trim())}`);
    check(weather.status === 'completed', `the tool turn ended ${weather.status}`);
    check(toolCalls.length > 0, 'the model never called get_weather');
    check(events.some((e) => e.type === 'tool.completed' && e.tool === 'get_weather' && e.success), 'no successful tool.completed event for get_weather');
    reporter.note(`analyst answered ${JSON.stringify(weather.finalResponse)}`);
    await pace();

    reporter.step(4, 'analyst: structured output validated by a zod schema');
    const report = await analyst.run<z.infer<typeof WeatherReport>>(PROMPTS.json, { outputSchema: WeatherReport });
    check(report.status === 'completed', `the structured-output turn ended ${report.status}`);
    const parsed = WeatherReport.safeParse(report.output);
    check(parsed.success, `result.output does not match the schema: ${JSON.stringify(report.output)}`);
    if (setup.scripted) check(JSON.stringify(report.output) === JSON.stringify(WEATHER), `unexpected output ${JSON.stringify(report.output)}`);
    reporter.note(`result.output = ${JSON.stringify(report.output)} (typed as { city: string; temperatureC: number; conditions: string })`, { output: report.output });
    await pace();

    reporter.step(5, 'kill -9 the analyst\u2019s codex process: the supervisor restarts it and resumes the thread');
    const threadId = analyst.id;
    check(threadId, 'the analyst has no codex thread id');
    const pid = analyst.processId;
    check(pid !== undefined, 'thread.processId is not set for the analyst');
    // Independent check through /proc: the process holding the thread's writer lock is the one we are about to kill.
    const owner = findCodexPid(threadId);
    check(owner === null || owner === pid, `thread.processId (${pid}) is not the process that owns the thread (${owner})`);
    const restarted = waitFor(analyst.events$ as Observable<CodexEvent>, (e): e is Extract<CodexEvent, { type: 'thread.restarted' }> => e.type === 'thread.restarted', 'thread.restarted');
    const supervised = waitFor(codex.events$, (e): e is CodexEvent => e.type === 'supervisor.child_restarted', 'supervisor.child_restarted');
    reporter.note(`process.kill(${pid}, 'SIGKILL')`, { pid });
    process.kill(pid, 'SIGKILL');
    const restart = await restarted;
    await supervised;
    check(restart.thread_id === threadId, `the restart resumed ${restart.thread_id}, not ${threadId}`);
    check(!isAlive(pid), `the killed process ${pid} is still alive`);
    const newPid = analyst.processId;
    check(newPid !== undefined && newPid !== pid && isAlive(newPid), `expected a new, live codex process for the thread; found ${newPid}`);
    const after = codex.supervisor.tree();
    const analystChild = after.children.find((c) => c.generation > 1);
    const writerChild = after.children.find((c) => c !== analystChild);
    check(analystChild?.restarts === 1, `the restarted child should show 1 restart: ${JSON.stringify(after.children)}`);
    check(writerChild?.generation === 1 && writerChild.restarts === 0, 'one_for_one: the writer must not be restarted');
    reporter.note(`new codex process ${newPid}; supervisor: ${after.children.map((c) => `${c.id} gen ${c.generation}, ${c.restarts} restart(s)`).join('; ')}`, { newPid, tree: after });
    await pace();

    reporter.step(6, 'analyst: the next turn succeeds on the resumed thread, with its history');
    const recall = await analyst.run(PROMPTS.afterCrash);
    check(recall.status === 'completed', `the turn after the restart ended ${recall.status}`);
    check(analyst.id === threadId, 'the thread id changed across the restart');
    check(/paris/i.test(recall.finalResponse ?? ''), `the resumed thread should remember Paris; answered ${JSON.stringify(recall.finalResponse)}`);
    reporter.note(`analyst remembers: ${JSON.stringify(recall.finalResponse)}`);

    return {
      threads: 2,
      turns: events.filter((e) => e.type === 'turn.completed').length,
      approvals: approvals.length,
      toolCalls: toolCalls.length,
      output: report.output,
      restarts: analystChild.restarts,
      durationMs: Date.now() - began,
    };
  } finally {
    await codex.close();
    subscription.unsubscribe();
  }
}
