/**
 * `npm run demo -- --cluster`: the same agent features on a cluster. A NATS
 * server and three host agents (separate processes, each its own CODEX_HOME)
 * start on loopback; three threads are placed across them; an approval and a
 * tool are answered here, in the client, across the network; a second client
 * resumes a thread on another host (its rollout restored from the object
 * store) and the history is kept; `listThreads` sees every host. Every step
 * checks what it shows and throws {@link DemoCheckError} otherwise.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Codex, defineTool, type ApprovalRequest, type CodexEvent } from '../src/index.js';
import { createScriptedModelServer, startTestCluster } from '../src/testing/index.js';
import type { DemoReporter } from './demoReporter.js';
import { GREETING_FILE, GREETING_TEXT, PROMPTS, WEATHER } from './demoPrompts.js';
import { DemoCheckError } from './runDemo.js';
import { answer, unexpected } from './scriptedModel.js';

/** Model requests of the cluster demo: hello 1, approval 2, tool 2, recall on another host 1. */
const CLUSTER_REQUESTS = 6;

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new DemoCheckError(message);
}

/** Runs the cluster demo; resolves with a summary, rejects with the first failed check. */
export async function runClusterDemo(options: { streamDelayMs: number; signal?: AbortSignal }, reporter: DemoReporter): Promise<Record<string, unknown>> {
  const began = Date.now();
  const server = await createScriptedModelServer();
  for (let i = 0; i < CLUSTER_REQUESTS; i++) server.enqueue((request) => answer(request, { delayMs: options.streamDelayMs }));
  reporter.step(1, 'A NATS server (JetStream) and three host agents on loopback, each its own process and CODEX_HOME');
  await using cluster = await startTestCluster({ hosts: 3, server, name: 'demo', nats: { user: 'demo', pass: 'demo-secret' } });
  const approvals: ApprovalRequest[] = [];
  const toolCalls: string[] = [];
  const getWeather = defineTool({
    name: 'get_weather',
    description: 'The current weather in a city.',
    parameters: z.object({ city: z.string() }),
    execute: async ({ city }) => (toolCalls.push(city), JSON.stringify({ ...WEATHER, city })),
  });
  await using codex = new Codex({ cluster: cluster.clusterOptions });
  options.signal?.addEventListener('abort', () => void codex.close(), { once: true });
  const events: CodexEvent[] = [];
  const subscription = codex.events$.subscribe((event) => (events.push(event), reporter.event(event)));
  try {
    const hosts = await codex.cluster.hosts();
    check(hosts.length === 3, `3 hosts should be registered; found ${hosts.length}`);
    reporter.note(`hosts: ${hosts.map((h) => `${h.id} (capacity ${h.capacity}, codex ${h.codexVersion}, pid ${h.pid})`).join(', ')}`, { hosts: hosts.map((h) => h.id) });

    reporter.step(2, 'Three threads, placed on the least-loaded hosts');
    const streamer = codex.startThread({ cwd: cluster.workspace });
    const writer = codex.startThread({
      cwd: cluster.workspace,
      sandbox: 'workspace-write',
      approvalMode: 'ask',
      onApproval: (request) => (approvals.push(request), reporter.approval('writer', request, 'accept'), 'accept'),
    });
    const analyst = codex.startThread({ cwd: cluster.workspace, sandbox: 'read-only', tools: [getWeather] });
    reporter.watch('streamer', streamer);
    reporter.watch('writer', writer);
    reporter.watch('analyst', analyst);
    for (const thread of [streamer, writer, analyst]) await thread.ready();
    const placed = [streamer.host, writer.host, analyst.host];
    check(new Set(placed).size === 3, `the three threads should run on three hosts; they run on ${placed.join(', ')}`);
    reporter.note(`streamer → ${streamer.host}, writer → ${writer.host}, analyst → ${analyst.host}`, { placed });

    reporter.step(3, 'At once: a streamed answer, a shell command approved here, a tool executed here — the codex processes run on the hosts');
    const [hello, written, weather] = await Promise.all([streamer.run(PROMPTS.hello), writer.run(PROMPTS.approval), analyst.run(PROMPTS.tool)]);
    check(hello.status === 'completed' && hello.finalResponse, `the streaming turn ended ${hello.status}`);
    const deltas = events.filter((e) => e.type === 'item.delta' && e.meta?.threadId === streamer.id).length;
    check(deltas > 1, `the answer should arrive as several deltas across the network; got ${deltas}`);
    check(written.status === 'completed', `the approval turn ended ${written.status}`);
    check(approvals.some((a) => a.kind === 'command'), 'onApproval was not asked (in this process)');
    const greeting = join(cluster.workspace, GREETING_FILE);
    check(existsSync(greeting) && readFileSync(greeting, 'utf8').includes(GREETING_TEXT), `the approved command did not write ${GREETING_FILE}`);
    check(weather.status === 'completed' && toolCalls.includes('Paris'), 'get_weather did not run in this process');
    reporter.note(`${deltas} deltas streamed from ${streamer.host}; ${GREETING_FILE} written by codex on ${writer.host} after the approval given here; get_weather ran here for ${analyst.host}`);

    reporter.step(4, 'A second client resumes the analyst on another host: its rollout is restored from the object store, the history kept');
    const threadId = analyst.id!;
    const firstHost = analyst.host!;
    await analyst.close();
    const otherHost = hosts.map((h) => h.id).find((id) => id !== firstHost)!;
    await using second = new Codex({ cluster: cluster.clusterOptions });
    const resumed = second.resumeThread(threadId, { cwd: cluster.workspace, sandbox: 'read-only', placement: { host: otherHost } });
    const recall = await resumed.run(PROMPTS.afterCrash);
    check(resumed.host === otherHost, `the resumed thread runs on ${resumed.host}, not ${otherHost}`);
    check(/paris/i.test(recall.finalResponse ?? ''), `the resumed thread should remember Paris; answered ${JSON.stringify(recall.finalResponse)}`);
    const restoreLine = cluster.hosts.find((h) => h.id === otherHost)!.log.find((l) => l.includes(`restore thread=${threadId}`));
    check(restoreLine, `host ${otherHost} did not log a restore of ${threadId}`);
    reporter.note(`${threadId} moved ${firstHost} → ${otherHost}: ${restoreLine}`);
    reporter.note(`the analyst remembers: ${JSON.stringify(recall.finalResponse)}`);
    await second.close();

    reporter.step(5, 'listThreads is cluster-wide');
    const list = await codex.listThreads({ limit: 50 });
    const ids = new Set<string | null>(list.data.map((t) => t.id));
    check([streamer.id, writer.id, threadId].every((id) => ids.has(id)), 'listThreads misses a thread of another host');
    reporter.note(`${list.data.length} threads: ${list.data.map((t) => `${String(t.id).slice(0, 8)}… on ${String(t.host)}`).join(', ')}`);

    if (unexpected.length > 0) throw new DemoCheckError(`the scripted model got requests it had no answer for: ${unexpected.join('; ')}`);
    server.assertNoMisses();
    return { hosts: hosts.length, threads: 3, placed, approvals: approvals.length, toolCalls: toolCalls.length, movedTo: otherHost, durationMs: Date.now() - began };
  } finally {
    subscription.unsubscribe();
    await codex.close();
    await server.close();
  }
}
