import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { filter, firstValueFrom, map } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ClusterAuthError,
  Codex,
  WorkingDirectoryNotVisibleError,
  defineTool,
  type ApprovalRequest,
  type ThreadEvent,
} from '../../src/index.js';
import { functionCallOutputs, responses, startTestCluster, userTexts, type TestCluster } from '../../src/testing/index.js';

const run = promisify(execFile);
const auth = { user: 'codex', pass: 'cluster-secret' };

let cluster: TestCluster;
const clients: Codex[] = [];

/** A client of the test cluster, closed after the suite. */
function client(extra: Partial<ConstructorParameters<typeof Codex>[0]> = {}): Codex {
  const codex = new Codex({ cluster: cluster.clusterOptions, ...extra });
  clients.push(codex);
  return codex;
}

function record(thread: { events$: { subscribe(o: (e: ThreadEvent) => void): unknown } }): ThreadEvent[] {
  const events: ThreadEvent[] = [];
  thread.events$.subscribe((e) => events.push(e));
  return events;
}

beforeAll(async () => {
  cluster = await startTestCluster({ hosts: 2, nats: auth });
}, 120_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await cluster?.close();
}, 120_000);

describe('cluster mode: threads on host agents over NATS (2 hosts, separate processes)', () => {
  it('placement spreads threads over the hosts; thread.host and thread.placed say where each runs', async () => {
    const codex = client();
    const hosts = await codex.cluster.hosts();
    expect(hosts.map((h) => h.id).sort()).toEqual(['host-1', 'host-2']);
    for (let i = 0; i < 4; i += 1) cluster.server.enqueue(responses.message(`answer`));
    const threads = Array.from({ length: 4 }, () => codex.startThread({ workingDirectory: cluster.workspace }));
    const placed = threads.map((t) => record(t));
    // One at a time: each placement sees the load the previous ones left (hosts report it every heartbeat).
    for (const thread of threads) await thread.ready();
    const results = await Promise.all(threads.map((t) => t.run('hello')));
    expect(results.map((r) => r.status)).toEqual(['completed', 'completed', 'completed', 'completed']);
    const where = threads.map((t) => t.host);
    expect(new Set(where)).toEqual(new Set(['host-1', 'host-2']));
    placed.forEach((events, i) => expect(events.find((e) => e.type === 'thread.placed')).toMatchObject({ host: where[i] }));
    for (const id of new Set(where)) {
      const host = cluster.hosts.find((h) => h.id === id)!;
      expect(host.log.some((line) => / placement thread=/.test(line))).toBe(true);
    }
    await Promise.all(threads.map((t) => t.close()));
  });

  it('a turn with an approval and a defineTool tool: both handlers run in the client process, the answers reach codex on the host', async () => {
    const codex = client();
    const approvals: ApprovalRequest[] = [];
    const calls: unknown[] = [];
    const lookup = defineTool({
      name: 'lookup_ticket',
      description: 'Fetch a support ticket by id',
      parameters: z.object({ id: z.string() }),
      execute: async ({ id }) => (calls.push({ id, pid: process.pid }), `Ticket ${id} is OPEN`),
    });
    cluster.server.enqueue(
      responses.shellCall('touch cluster-approved.txt && echo created', { callId: 'call_ok', sandboxPermissions: 'require_escalated', justification: 'write a file' }),
      responses.dynamicToolCall('lookup_ticket', { id: 'ABC-1' }, { callId: 'call_tool' }),
      responses.message('all done'),
    );
    const thread = codex.startThread({
      workingDirectory: cluster.workspace,
      sandbox: 'read-only',
      approvalMode: 'ask',
      tools: [lookup],
      onApproval: (request) => (approvals.push(request), 'accept'),
    });
    const events = record(thread);
    const result = await thread.run('make a file, then look up ABC-1');
    expect(result.status).toBe('completed');
    expect(result.finalResponse).toBe('all done');
    expect(approvals).toHaveLength(1);
    expect(approvals[0]).toMatchObject({ kind: 'command', itemId: expect.stringMatching(/^item_\d+$/), raw: { itemId: 'call_ok' } });
    expect(existsSync(path.join(cluster.workspace, 'cluster-approved.txt'))).toBe(true);
    expect(calls).toEqual([{ id: 'ABC-1', pid: process.pid }]);
    const outputs = cluster.server.requests.flatMap((r) => functionCallOutputs(r));
    expect(outputs.find((o) => o.callId === 'call_tool')?.output).toBe('Ticket ABC-1 is OPEN');
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['approval.requested', 'approval.resolved', 'tool.called', 'tool.completed', 'turn.completed']));
    await thread.close();
  });

  it('default-deny holds across the network: no approval handler → the command is declined', async () => {
    const codex = client();
    cluster.server.enqueue(responses.shellCall('touch cluster-denied.txt', { callId: 'call_no', sandboxPermissions: 'require_escalated', justification: 'x' }), responses.message('not allowed'));
    const thread = codex.startThread({ workingDirectory: cluster.workspace, sandbox: 'read-only', approvalMode: 'ask' });
    const result = await thread.run('make a file');
    expect(result.status).toBe('completed');
    expect(existsSync(path.join(cluster.workspace, 'cluster-denied.txt'))).toBe(false);
    await thread.close();
  });

  it('two clients attached to one thread both see its events; the second runs a turn on the same host', async () => {
    const first = client();
    const second = client();
    cluster.server.enqueue(responses.message('first turn'));
    const a = first.startThread({ workingDirectory: cluster.workspace });
    await a.run('one');
    // A's client has its own NATS connection: its copy of the events may land after B's turn resolved.
    const aSawTurn = firstValueFrom(a.notifications$.pipe(filter((n) => n.method === 'turn/completed'), map((n) => n.params)));
    cluster.server.enqueue(responses.message('second turn'));
    const b = second.resumeThread(a.id!, { workingDirectory: cluster.workspace });
    const result = await b.run('two');
    expect(result.finalResponse).toBe('second turn');
    expect(b.host).toBe(a.host);
    expect(await aSawTurn).toMatchObject({ threadId: a.id, turn: { id: result.id } });
    const host = cluster.hosts.find((h) => h.id === a.host)!;
    expect(host.log.some((line) => line.includes(`attach thread=${a.id}`))).toBe(true);
    await b.close();
    await a.close();
  });

  it('resumeThread from a second Codex in another process, on the other host: the rollout is restored there and the history kept', async () => {
    const codex = client();
    cluster.server.enqueue(responses.message('remembered'));
    const thread = codex.startThread({ workingDirectory: cluster.workspace });
    await thread.run('the secret word is pelican');
    const firstHost = thread.host!;
    const id = thread.id!;
    await thread.close();
    const other = cluster.hosts.find((h) => h.id !== firstHost)!;
    cluster.server.enqueue(responses.message('it was pelican'));
    const script = path.resolve('test/fixtures/cluster-resume-client.ts');
    const { stdout } = await run(process.execPath, ['--import', 'tsx', script, JSON.stringify(cluster.clusterOptions), id, 'what was the word?', other.id], { timeout: 60_000 });
    expect(JSON.parse(stdout.trim())).toEqual({ id, host: other.id, status: 'completed', finalResponse: 'it was pelican' });
    expect(other.log.some((line) => line.includes(`restore thread=${id}`))).toBe(true);
    const last = cluster.server.requests.at(-1)!;
    expect(userTexts(last)).toEqual(expect.arrayContaining(['the secret word is pelican', 'what was the word?']));
  });

  it('listThreads is cluster-wide: threads of both hosts, each once', async () => {
    const codex = client();
    cluster.server.enqueue(responses.message('x'), responses.message('y'));
    const one = codex.startThread({ workingDirectory: cluster.workspace, placement: { host: 'host-1' } });
    const two = codex.startThread({ workingDirectory: cluster.workspace, placement: { host: 'host-2' } });
    await Promise.all([one.run('on one'), two.run('on two')]);
    expect([one.host, two.host]).toEqual(['host-1', 'host-2']);
    const list = await codex.listThreads({ limit: 100 });
    const ids = list.data.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining([one.id, two.id]));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a workingDirectory the host cannot see: the placement is refused with a typed error naming the path', async () => {
    const codex = client();
    const missing = path.join(cluster.workspace, 'not-mounted-here', 'repo');
    const thread = codex.startThread({ workingDirectory: missing, skipGitRepoCheck: true });
    const error = await thread.run('hi').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkingDirectoryNotVisibleError);
    expect(error).toMatchObject({ code: 'WORKING_DIRECTORY_NOT_VISIBLE', path: missing });
    expect((error as Error).message).toContain(missing);
  });

  it('wrong NATS credentials: a typed ClusterAuthError that says so', async () => {
    const codex = client({ cluster: { ...cluster.clusterOptions, pass: 'wrong' } });
    const error = await codex.cluster.hosts().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClusterAuthError);
    expect(error).toMatchObject({ code: 'CLUSTER_AUTH_FAILED' });
    expect((error as Error).message).toMatch(/refused the credentials/);
    const turn = await codex.startThread({ workingDirectory: cluster.workspace }).run('hi').catch((e: unknown) => e);
    expect(turn).toBeInstanceOf(ClusterAuthError);
  });
});
