import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp('/var/tmp/codex-actors-examples-');
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Runs `npx tsx examples/<name>.ts` as a user would and returns its stdout. */
async function runExample(name: string): Promise<string> {
  const run = await execa('node', ['--import', 'tsx', `examples/${name}.ts`], { reject: false, timeout: 60_000, env: { CODEX_ACTORS_EXAMPLES_TMP: tmp } });
  expect(run.exitCode, `${name} failed:\n${run.stderr}`).toBe(0);
  expect(await leftoverProcesses()).toEqual([]);
  return run.stdout;
}

/** Live processes whose CODEX_HOME is under this test's temporary dir. */
async function leftoverProcesses(): Promise<string[]> {
  const found: string[] = [];
  for (const pid of (await readdir('/proc')).filter((p) => /^\d+$/.test(p))) {
    const environ = await readFile(`/proc/${pid}/environ`, 'latin1').catch(() => '');
    const stat = await readFile(`/proc/${pid}/stat`, 'latin1').catch(() => '');
    if (stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z') continue;
    if (environ.split('\0').some((v) => v.startsWith(`CODEX_HOME=${tmp}/`))) found.push(pid);
  }
  return found;
}

describe('examples/ run against the scripted model', () => {
  it('quickstart: one turn, its answer and usage', async () => {
    const out = await runExample('quickstart');
    expect(out).toContain('answer: This workspace is an empty git repository.');
    expect(out).toMatch(/thread: [0-9a-f-]{36}, tokens in\/out: \d+\/\d+/);
  });

  it('streaming: SDK-shaped events with deltas, and the same stream on events$', async () => {
    const out = await runExample('streaming');
    const lines = out.split('\n');
    expect(lines[0]).toBe('[thread.started]');
    expect(lines.filter((l) => l.startsWith('[delta]'))).toHaveLength(5);
    expect(out).toContain('[events$] completed agent_message');
    expect(lines.filter(Boolean).at(-1)).toMatch(/^\[turn\.completed\] output tokens: \d+$/);
  });

  it('approvals: the policy accepts echo and declines rm', async () => {
    const out = await runExample('approvals');
    expect(out).toMatch(/codex asks: command .*echo "release notes" > notes\.txt'\ndecision: accept \(handler\)/);
    expect(out).toMatch(/codex asks: command .*rm -rf \.git'\ndecision: decline \(handler\)/);
    expect(out).toMatch(/notes\.txt'" → completed/);
    expect(out).not.toMatch(/rm -rf \.git'" → completed/);
  });

  it('tools: the zod-typed tool runs and its output reaches the answer', async () => {
    const out = await runExample('tools');
    expect(out).toContain('tool.called lookup_ticket {"id":"ABC-123"}');
    expect(out).toContain('tool.completed lookup_ticket success=true output={"id":"ABC-123","title":"Login fails on Safari","status":"open"}');
    expect(out).toContain('answer: ABC-123 ("Login fails on Safari") is still open.');
  });

  it('structuredOutput: result.output parsed by the zod schema', async () => {
    const out = await runExample('structuredOutput');
    expect(out).toBe('verdict: request_changes\nissue: src/app.ts:12 unchecked null');
  });

  it('supervision: kill -9, restart, same thread id, history kept', async () => {
    const out = await runExample('supervision');
    expect(out).toMatch(/supervisor: supervisor\.child_crashed\nsupervisor: supervisor\.restarting\nsupervisor: supervisor\.child_restarted/);
    expect(out).toContain('thread.restarted: generation 2, same thread id: true, new pid: true');
    expect(out).toContain('answer after restart: Friday 18:00.');
    expect(out).toContain('restarts: 1');
  });

  it('concurrency: three threads at once, a thread’s turns in order', async () => {
    const out = await runExample('concurrency');
    for (const file of ['api.ts', 'db.ts', 'ui.ts']) expect(out).toContain(`parallel: Review ${file}: looks fine.`);
    expect(out).toContain('in order: Check the tests: looks fine. / Check the docs: looks fine.');
    expect(out).toContain('second started after the first completed: true');
    expect(out).toMatch(/\(3 threads on codex\.events\$\)/);
  });

  it('telemetry: invoke_agent and execute_tool spans and GenAI metrics on the console exporters', async () => {
    const out = await runExample('telemetry');
    expect(out).toContain("name: 'execute_tool current_time'");
    expect(out).toContain("name: 'invoke_agent codex'");
    expect(out).toContain("'gen_ai.operation.name': 'invoke_agent'");
    expect(out.split("name: 'gen_ai.client.token.usage'")).toHaveLength(2);
    expect(out).toContain('answer: It is a good time to ship.');
  });

  it('telemetry | head -n 1: a closed stdout ends the example quietly (exit 0, nothing on stderr), cleaned up', async () => {
    const own = await mkdtemp(`${tmp}/piped-`);
    const run = await execa('bash', ['-c', 'node --import tsx examples/telemetry.ts | head -n 1; exit "${PIPESTATUS[0]}"'], { reject: false, timeout: 60_000, env: { CODEX_ACTORS_EXAMPLES_TMP: own } });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout.split('\n')).toHaveLength(1);
    expect(await readdir(own)).toEqual([]);
    expect(await leftoverProcesses()).toEqual([]);
  });

  it('httpService: POST /turns answers, GET /events streams the thread over SSE', async () => {
    const out = await runExample('httpService');
    expect(out).toMatch(/POST \/turns → 200 \{"status":"completed","finalResponse":"Hello over HTTP!"/);
    const sse = out.split('\n').filter((l) => l.startsWith('SSE event: ')).map((l) => l.slice('SSE event: '.length));
    expect(sse[0]).toBe('thread.started');
    expect(sse).toContain('item.delta');
    expect(sse.at(-1)).toBe('turn.completed');
  });

  it('testing/: a user-style vitest suite tests an agent offline with codex-actors/testing', async () => {
    const run = await execa('node', ['node_modules/vitest/vitest.mjs', 'run', '--config', 'examples/testing/vitest.config.ts'], {
      reject: false,
      timeout: 120_000,
      env: { NO_COLOR: '1' },
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Tests\s+3 passed/);
  });
});
