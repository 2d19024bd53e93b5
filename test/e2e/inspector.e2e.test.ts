/**
 * The inspector page in a real browser (Debian's headless chromium through
 * playwright-core), fed by the real codex binary against the scripted model:
 * state charts laid out by elkjs, labels, event payloads, a turn's sequence,
 * time travel, recordings, stopped actors, reconnection, and 64 threads.
 * Screenshots land in .tmp/e2e/inspector/ for a person to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import path from 'node:path';
import { execa, type ResultPromise } from 'execa';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Codex, defineTool, type ApprovalDecision, type ThreadEvent } from '../../src/index.js';
import { turnMachine } from '../../machines/turn/turnMachine.js';
import { connectInspector, startInspector, toMachineGraph, type Inspector, type InspectorRecord } from '../../src/inspector/index.js';
import { createGate, responses } from '../../src/testing/index.js';
import { createScriptedCodex, type ScriptedCodex } from '../support/index.js';

// Debian's chromium package; `npm test` installs it (scripts/ensure-chromium.sh). CHROMIUM_PATH points elsewhere if needed.
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const SHOTS = path.resolve('.tmp/e2e/inspector');

let browser: Browser;
let fixture: ScriptedCodex | null = null;
let codex: Codex | null = null;
let inspector: Inspector | null = null;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM });
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await codex?.close();
  await inspector?.close();
  await fixture?.dispose();
  codex = null;
  inspector = null;
  fixture = null;
});

async function openPage(url: string, size = { width: 1500, height: 950 }): Promise<{ page: Page; errors: Error[] }> {
  const page = await browser.newPage({ viewport: size, acceptDownloads: true });
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(url);
  await page.locator('#live.on').waitFor();
  return { page, errors };
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
/** The chart card of the (newest) turn actor on the page. */
const turnChart = 'figure.chart-card[data-machine="turn"]';
const edge = (source: string, target: string) => `${turnChart} g.edge[data-source="${source}"][data-target="${target}"]`;

const lookupTicket = defineTool({
  name: 'lookup_ticket',
  description: 'Fetch a support ticket by id',
  parameters: z.object({ id: z.string() }),
  execute: async ({ id }) => `Ticket ${id} is OPEN`,
});

/** A labelled thread whose turn asks for an approval (held until `decide`), then calls a tool (held until `toolGate`), then answers. */
async function approvalAndToolTurn() {
  fixture = await createScriptedCodex({ modelCatalog: true });
  inspector = await startInspector();
  codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, inspect: inspector.inspect });
  inspector.watch(codex);
  const toolGate = createGate();
  const tool = defineTool({ ...lookupTicket, execute: async (args, ctx) => (await toolGate.wait(), lookupTicket.execute(args, ctx)) });
  let decide!: (decision: ApprovalDecision) => void;
  const decision = new Promise<ApprovalDecision>((resolve) => (decide = resolve));
  fixture.server.enqueue(
    responses.shellCall('echo inspected > seen.txt', { callId: 'c1' }),
    responses.dynamicToolCall('lookup_ticket', { id: 'ABC-123' }, { callId: 't1' }),
    responses.message('Wrote seen.txt; ABC-123 is open.'),
  );
  const thread = codex.startThread({ cwd: fixture.home.workspace, approvalMode: 'ask', onApproval: () => decision, tools: [tool], label: 'writer' });
  const events: ThreadEvent[] = [];
  thread.events$.subscribe((e) => events.push(e));
  return { thread, decide, toolGate, events };
}

describe('inspector page in headless Chromium', () => {
  it('draws the turn chart from its definition: nested states, labelled arrows, the current state and the transition just taken', async () => {
    const { thread, decide, toolGate, events } = await approvalAndToolTurn();
    const { page, errors } = await openPage(inspector!.url);
    const result = thread.run('write seen.txt, then look up ABC-123');
    result.catch(() => undefined); // awaited below; a failed assertion must not leave it unhandled

    // Awaiting the approval: the state is lit and the arrow into it is the one just taken.
    await page.locator(`${turnChart}[data-state="active.awaitingApproval"] g.state.active[data-path="active.awaitingApproval"]`).waitFor();
    await page.locator(`${edge('active.running', 'active.awaitingApproval')}.taken`).waitFor();
    // running → awaitingApproval is an eventless transition guarded by hasApproval (the server request spawned a handler).
    expect(await page.locator(edge('active.running', 'active.awaitingApproval')).getAttribute('data-events')).toBe('(always)');
    expect(await page.locator(edge('active.running', 'active.awaitingApproval')).getAttribute('data-guards')).toBe('hasApproval');
    expect(await page.locator(`${turnChart} .root-events`).textContent()).toContain('wire.serverRequest');
    // The thread row shows its label and its system id; the tree nests supervisor → thread → turn.
    expect(await page.locator('#tree .row[data-machine="thread"]').getAttribute('data-label')).toBe('writer');
    expect(await page.locator('#tree .row[data-machine="thread"] .sub').first().textContent()).toBe('thread:1');
    expect(await page.locator('.detail-head .title').textContent()).toBe('writer');
    await shot(page, 'chart-awaiting-approval');
    // Selecting the turn makes its chart the big one.
    await page.locator('#tree .row[data-machine="turn"]').click();
    await page.locator(`figure.chart-card.big[data-machine="turn"] g.state.active[data-path="active.awaitingApproval"]`).waitFor();
    await shot(page, 'turn-awaiting-approval');
    decide('accept');

    // Then the tool: runningTool lit, reached from running.
    await page.locator(`${turnChart} g.state.active[data-path="active.runningTool"]`).waitFor();
    await page.locator(`${edge('active.running', 'active.runningTool')}.taken`).waitFor();
    await shot(page, 'chart-running-tool');
    toolGate.release();

    expect((await result).status).toBe('completed');
    await page.locator(`${turnChart}[data-status="done"] g.state.done[data-path="completed"]`).waitFor();
    // Every state of the definition is a box, nested as in the machine; final states are marked.
    const paths = await page.locator(`${turnChart} g.state[data-path]`).evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-path')));
    expect(paths).toEqual(expect.arrayContaining(['starting', 'active', 'active.running', 'active.awaitingApproval', 'active.runningTool', 'completed', 'failed', 'interrupted', 'crashed']));
    expect(await page.locator(`${turnChart} g.state.final[data-path="completed"]`).count()).toBe(1);
    expect(await page.locator(`${turnChart} g.edge.initial[data-target="${toMachineGraph(turnMachine).root.initial}"]`).count()).toBe(1);
    expect(await page.locator(`${turnChart} g.edge[data-source="active.awaitingApproval"][data-target="active.running"]`).count()).toBe(1);
    expect(await page.locator('.legend').textContent()).toContain('transition just taken');

    // The sequence view of the turn: your code ↔ turn actor ↔ codex.
    const sequence = await page.locator('.sequence svg .msg').evaluateAll((nodes) => nodes.map((n) => n.querySelector('text')!.textContent));
    expect(sequence).toEqual(expect.arrayContaining(['turn/start', 'item/commandExecution/requestApproval', 'approval.requested (command)', 'decision: accept', 'tool.called: lookup_ticket', 'result: completed']));
    expect(sequence.indexOf('approval.requested (command)')).toBeLessThan(sequence.indexOf('tool.called: lookup_ticket'));
    await shot(page, 'chart-completed-with-sequence');
    await page.locator('.sequence').screenshot({ path: path.join(SHOTS, 'turn-sequence.png') });

    // The label reached the events' meta too.
    expect(events.find((e) => e.type === 'turn.completed')?.meta?.label).toBe('writer');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists events per thread with xstate.* hidden; clicking one shows its payload; filters by thread, turn and type', async () => {
    const { thread, decide, toolGate } = await approvalAndToolTurn();
    decide('accept');
    toolGate.release();
    await thread.run('write seen.txt, then look up ABC-123');
    const { page, errors } = await openPage(inspector!.url);
    await page.locator('#events li[data-type="approval.requested"]').first().waitFor();

    expect(await page.locator('#events li[data-type^="xstate."]').count()).toBe(0);
    await page.locator('#events li[data-type="approval.requested"] .line').first().click();
    const payload = page.locator('#events li[data-type="approval.requested"] pre.payload').first();
    expect(await payload.textContent()).toContain('echo inspected > seen.txt');
    expect(await payload.textContent()).toContain('"label": "writer"');
    await shot(page, 'event-payload');
    await page.locator('main > aside').screenshot({ path: path.join(SHOTS, 'event-payload-panel.png') });

    await page.locator('#f-internal').check();
    await page.locator('#events li[data-type^="xstate."]').first().waitFor();
    await page.locator('#f-type').fill('tool.');
    await expect.poll(() => page.locator('#events li').evaluateAll((nodes) => [...new Set(nodes.map((n) => n.getAttribute('data-type')))].sort())).toEqual(['tool.called', 'tool.completed']);
    // The turn filter offers the turn by its codex id.
    const turnOption = await page.locator('#f-turn option').nth(1).getAttribute('value');
    await page.locator('#f-turn').selectOption(turnOption!);
    expect(await page.locator('#events li[data-type="tool.called"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('time travel shows the system as it was; a recording exports to JSON and imports into another page', async () => {
    const { thread, decide, toolGate } = await approvalAndToolTurn();
    decide('accept');
    toolGate.release();
    await thread.run('write seen.txt, then look up ABC-123');
    const { page, errors } = await openPage(inspector!.url);
    await page.locator(`${turnChart}[data-state="completed"]`).waitFor();

    // The history index at which the turn entered awaitingApproval.
    const index = await page.evaluate<number>(
      `codexInspector.store.history.findIndex((r) => r.kind === 'snapshot' && JSON.stringify(r.value) === '{"active":"awaitingApproval"}')`,
    );
    expect(index).toBeGreaterThan(0);
    await page.locator('#time').fill(String(index));
    await page.locator(`${turnChart}[data-state="active.awaitingApproval"] g.state.active[data-path="active.awaitingApproval"]`).waitFor();
    expect(await page.locator('#banner').textContent()).toContain('Time travel');
    await shot(page, 'time-travel');

    const download = page.waitForEvent('download');
    await page.locator('#export').click();
    const file = path.join(SHOTS, 'recording.json');
    await (await download).saveAs(file);
    const recording = JSON.parse(readFileSync(file, 'utf8')) as { format: string; records: InspectorRecord[] };
    expect(recording.format).toBe('codex-actors-inspector-recording');
    expect(recording.records.some((r) => r.kind === 'published' && r.type === 'tool.called')).toBe(true);

    await page.locator('#back-live').click();
    await page.locator(`${turnChart}[data-state="completed"]`).waitFor();
    await page.close();

    // Another page opens the file: it shows the recording (not live) and can travel in it.
    const other = await openPage(inspector!.url);
    await other.page.locator('#import').setInputFiles(file);
    await other.page.locator('#live.file').waitFor();
    await other.page.locator(`${turnChart}[data-state="completed"]`).waitFor();
    await other.page.locator('#time').fill(String(index));
    await other.page.locator(`${turnChart}[data-state="active.awaitingApproval"]`).waitFor();
    expect(errors.concat(other.errors)).toEqual([]);
    await other.page.close();
  });

  it('shows stopped actors as stopped, and reconnects cleanly when the program (and its inspector) restarts', async () => {
    fixture = await createScriptedCodex({ modelCatalog: true });
    inspector = await startInspector();
    const port = inspector.port;
    codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, inspect: inspector.inspect });
    fixture.server.enqueue(responses.message('one'), responses.message('two'));
    await codex.startThread({ cwd: fixture.home.workspace, label: 'first run' }).run('hi');
    const { page, errors } = await openPage(inspector.url);
    await page.locator('#tree .row[data-label="first run"]').waitFor();
    await codex.close();
    codex = null;
    // The connection stays on the page, stopped in the state it was in, not lit as current.
    await page.locator('#tree .row[data-machine="connection"][data-status="stopped"]').waitFor();
    // The thread itself ended in its final state.
    await page.locator('#tree .row[data-machine="thread"][data-status="done"][data-state="closed"]').waitFor();
    await page.locator('figure.chart-card[data-machine="connection"][data-status="stopped"] g.state.stopped').first().waitFor();
    expect(await page.locator('figure.chart-card[data-machine="connection"] g.state.active').count()).toBe(0);
    await shot(page, 'stopped');

    // The program restarts: a new inspector on the same port, a new Codex.
    await inspector.close();
    await page.locator('#live.off').waitFor();
    inspector = await startInspector({ port });
    codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, inspect: inspector.inspect });
    await codex.startThread({ cwd: fixture.home.workspace, label: 'second run' }).run('hi');
    await page.locator('#live.on').waitFor();
    await page.locator('#tree .row[data-label="second run"]').waitFor();
    expect(await page.locator('#tree .row[data-label="first run"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps up with 64 live threads in pool mode (frame time measured, reported, not asserted)', async () => {
    fixture = await createScriptedCodex({ modelCatalog: true });
    inspector = await startInspector();
    codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, inspect: inspector.inspect, processModel: { pool: 2 } });
    inspector.watch(codex);
    const { page, errors } = await openPage(inspector.url);
    // Frame times as the page lives them: the gap between consecutive animation frames.
    await page.evaluate(`window.frameTimes = []; (() => { let last = performance.now(); const tick = (now) => { frameTimes.push(now - last); last = now; requestAnimationFrame(tick); }; requestAnimationFrame(tick); })()`);
    const count = 64;
    for (let i = 0; i < count; i++) fixture.server.enqueue(responses.message(`answer number ${i} `.repeat(20)));
    const threads = Array.from({ length: count }, (_, i) => codex!.startThread({ cwd: fixture!.home.workspace, label: `worker ${i}` }));
    const results = await Promise.all(threads.map((t, i) => t.run(`task ${i}`)));
    expect(results.every((r) => r.status === 'completed')).toBe(true);
    await expect.poll(() => page.locator('#tree .row[data-machine="thread"]').count()).toBe(count);
    await expect.poll(() => page.locator('#tree .row[data-machine="turn"][data-status="done"]').count()).toBe(count);
    const frames = await page.evaluate<number[]>('frameTimes.slice(1)');
    const sorted = [...frames].sort((a, b) => a - b);
    const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
    // The page's own cost, measured once the run is over (during it, 64 threads' codex processes share the 2 cores with the browser).
    const quiet = await page.evaluate<number[]>('(() => { const out = []; for (let i = 0; i < 10; i++) { codexInspector.ui.lastEventsKey = ""; const t = performance.now(); codexInspector.render(); out.push(performance.now() - t); } return out; })()');
    const renders = await page.evaluate<number[]>('codexInspector.frames.renderMs');
    console.log(
      `inspector with ${count} threads: during the run ${frames.length} frames, median ${pick(0.5)} ms, p95 ${pick(0.95)} ms, max ${pick(1)} ms between frames; ` +
        `${renders.length} renders, longest ${Math.max(...renders).toFixed(1)} ms; afterwards a full render of ${await page.locator('#tree .row').count()} actors takes ${Math.max(...quiet).toFixed(1)} ms at most`,
    );
    await shot(page, 'sixty-four-threads');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses non-loopback Host headers', async () => {
    inspector = await startInspector();
    // fetch() may not set Host; node:http can, as a DNS-rebinding page's browser would.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      get(inspector!.url, { headers: { host: `evil.example:${inspector!.port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      }).on('error', reject);
    });
    expect(status).toBe(403);
  });
});

describe('npm run demo -- --inspect', () => {
  let demo: ResultPromise | null = null;
  afterEach(async () => {
    demo?.kill('SIGTERM');
    await demo?.catch(() => undefined);
    demo = null;
  });

  it("shows the demo's labelled threads as state charts, and the page keeps the run for time travel after the demo ends", async () => {
    demo = execa('node', ['--import', 'tsx', 'demo/main.ts', '--inspect', '--port', '0', '--json', '--pace-ms', '300'], { reject: false, env: { NO_COLOR: '1' } });
    const url = await new Promise<string>((resolve, reject) => {
      demo!.stdout!.on('data', (chunk: Buffer) => {
        const match = /"inspectorUrl":"(http:\/\/127\.0\.0\.1:\d+\/)"/.exec(chunk.toString());
        if (match) resolve(match[1]!);
      });
      void demo!.then((r) => reject(new Error(`the demo exited before serving the page: ${r.stderr}`)));
    });
    const { page, errors } = await openPage(url);
    await page.locator('#tree .row[data-machine="thread"][data-label="writer"]').waitFor();
    await page.locator('#tree .row[data-machine="thread"][data-label="analyst"]').waitFor();
    await page.locator('figure.chart-card[data-machine="thread"] g.state[data-path="restarting.backoff"]').first().waitFor();
    const run = await demo;
    expect(JSON.parse(String(run.stdout).trim().split('\n').at(-1)!)).toMatchObject({ type: 'demo.finished', ok: true });
    // The demo closed its inspector; the page still holds the whole run. Back to the analyst's restart:
    await page.locator('#live.off').waitFor();
    const index = await page.evaluate<number>(`codexInspector.store.history.findIndex((r) => r.kind === 'snapshot' && JSON.stringify(r.value) === '{"restarting":"backoff"}')`);
    expect(index).toBeGreaterThan(0);
    await page.locator('#time').fill(String(index));
    await page.locator('#tree .row[data-machine="thread"][data-label="analyst"][data-state="restarting.backoff"]').waitFor();
    await page.locator('#tree .row[data-machine="thread"][data-label="analyst"]').click();
    await page.locator('figure.chart-card.big[data-machine="thread"] g.state.active[data-path="restarting.backoff"]').waitFor();
    await shot(page, 'demo-analyst-restarting');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('codex-actors inspect (the command)', () => {
  let cli: ResultPromise | null = null;
  afterEach(async () => {
    cli?.kill('SIGTERM');
    await cli?.catch(() => undefined);
    cli = null;
  });

  it('serves a page that another process feeds with connectInspector, and stops cleanly on SIGTERM', async () => {
    cli = execa('node', ['--import', 'tsx', 'src/cli/main.ts', 'inspect', '--port', '0'], { reject: false });
    const url = await new Promise<string>((resolve, reject) => {
      cli!.stdout!.on('data', (chunk: Buffer) => {
        const match = /codex-actors inspector: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(chunk.toString());
        if (match) resolve(match[1]!);
      });
      void cli!.then((r) => reject(new Error(`inspect exited early: ${r.stderr}`)));
    });

    fixture = await createScriptedCodex({ modelCatalog: true });
    const feed = connectInspector(url);
    codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, inspect: feed.inspect });
    feed.watch(codex);
    fixture.server.enqueue(responses.message('fed'));
    await codex.startThread({ cwd: fixture.home.workspace, label: 'fed' }).run('hi');
    await feed.close();

    const records = (await (await fetch(new URL('records', url))).json()) as InspectorRecord[];
    const machines = records.filter((r) => r.kind === 'machine').map((r) => r.key);
    expect(machines).toEqual(expect.arrayContaining(['supervisor', 'thread', 'connection', 'turn']));
    const turn = records.filter((r) => r.kind === 'actor' && r.machine === 'turn').at(-1)!;
    expect(records.filter((r) => r.kind === 'snapshot' && r.actor === (turn as { actor: string }).actor).at(-1)).toMatchObject({ status: 'done', value: 'completed' });
    expect(records.find((r) => r.kind === 'published' && r.type === 'turn.completed')).toMatchObject({ label: 'fed' });

    const { page, errors } = await openPage(url);
    await page.locator(`#tree .row[data-machine="turn"][data-state="completed"]`).waitFor();
    await page.locator('#tree .row[data-label="fed"]').waitFor();
    expect(errors).toEqual([]);
    await page.close();

    cli.kill('SIGTERM');
    expect((await cli).exitCode).toBe(0);
  });
});
