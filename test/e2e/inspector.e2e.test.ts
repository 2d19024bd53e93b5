import { get } from 'node:http';
import { execa, type ResultPromise } from 'execa';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Codex, type ApprovalDecision } from '../../src/index.js';
import { connectInspector, startInspector, type Inspector, type InspectorRecord } from '../../src/inspector/index.js';
import { createGate, responses } from '../../src/testing/index.js';
import { createScriptedCodex, type ScriptedCodex } from '../support/index.js';

// Debian's chromium package; `.ci/run` installs it. CHROMIUM_PATH points elsewhere if needed.
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

let browser: Browser;
let fixture: ScriptedCodex | null = null;
let codex: Codex | null = null;
let inspector: Inspector | null = null;

beforeAll(async () => {
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

/** The card of the newest turn actor on the page. */
const turnCard = (state: string) => `section[data-machine="turn"][data-state="${state}"]`;

async function openPage(url: string): Promise<Page> {
  const page = await browser.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(url);
  await page.locator('#live.on').waitFor();
  expect(errors).toEqual([]);
  return page;
}

describe('inspector page in headless Chromium', () => {
  it('shows the turn moving from running to awaitingApproval to completed, inside the supervision tree', async () => {
    fixture = await createScriptedCodex({ modelCatalog: true });
    inspector = await startInspector();
    codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, inspect: inspector.inspect });
    const page = await openPage(inspector.url);

    // The model's first answer is held mid-stream (turn: active.running); the approval
    // handler waits for the test (turn: active.awaitingApproval).
    const modelGate = createGate();
    let decide!: (decision: ApprovalDecision) => void;
    const decision = new Promise<ApprovalDecision>((resolve) => (decide = resolve));
    fixture.server.enqueue(responses.shellCall('echo inspected > seen.txt', { callId: 'c1', gate: modelGate }), responses.message('Wrote seen.txt.'));
    const thread = codex.startThread({ cwd: fixture.home.workspace, approvalMode: 'ask', onApproval: () => decision });
    const result = thread.run('write seen.txt');

    await modelGate.reached;
    await page.locator(turnCard('active.running')).waitFor();
    // The tree nests supervisor → thread → turn, and the chart lights the running state.
    await page.locator('section[data-machine="supervisor"] section[data-machine="thread"] section[data-machine="turn"]').waitFor();
    await expect.poll(() => page.locator(`${turnCard('active.running')} .node.active[data-path="active.running"]`).count()).toBe(1);
    modelGate.release();

    await page.locator(turnCard('active.awaitingApproval')).waitFor();
    await expect.poll(() => page.locator(`${turnCard('active.awaitingApproval')} .node.active[data-path="active.awaitingApproval"]`).count()).toBe(1);
    expect(await page.locator('section[data-machine="thread"]').getAttribute('data-state')).toBe('connected.turnActive');
    decide('accept');

    await page.locator(turnCard('completed')).waitFor();
    expect((await result).status).toBe('completed');
    const trail = await page.locator(`${turnCard('completed')} > .trail`).textContent();
    expect(trail).toMatch(/active\.running → active\.awaitingApproval → active\.running.*→ completed/);
    // The chart was drawn from the machine definition: every turn state is a box.
    const paths = await page.locator(`${turnCard('completed')} .node[data-path]`).evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-path')));
    expect(paths).toEqual(expect.arrayContaining(['starting', 'active.running', 'active.awaitingApproval', 'active.runningTool', 'completed', 'failed', 'interrupted', 'crashed']));
    expect(await page.locator('#events li').count()).toBeGreaterThan(5);
    await page.close();
  });

  it('a page opened late gets the present state (replay), and the server refuses non-loopback Host headers', async () => {
    fixture = await createScriptedCodex({ modelCatalog: true });
    inspector = await startInspector();
    codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, inspect: inspector.inspect });
    fixture.server.enqueue(responses.message('hello'));
    await codex.startThread({ cwd: fixture.home.workspace }).run('hi');

    const page = await openPage(inspector.url);
    await page.locator(turnCard('completed')).waitFor();
    expect(await page.locator('section[data-machine="thread"]').getAttribute('data-state')).toBe('connected.ready');
    await page.close();

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
    fixture.server.enqueue(responses.message('fed'));
    await codex.startThread({ cwd: fixture.home.workspace }).run('hi');
    await feed.close();

    const records = (await (await fetch(new URL('records', url))).json()) as InspectorRecord[];
    const machines = records.filter((r) => r.kind === 'machine').map((r) => r.key);
    expect(machines).toEqual(expect.arrayContaining(['supervisor', 'thread', 'connection', 'turn']));
    const turn = records.filter((r) => r.kind === 'actor' && r.machine === 'turn').at(-1)!;
    expect(records.filter((r) => r.kind === 'snapshot' && r.actor === (turn as { actor: string }).actor).at(-1)).toMatchObject({ status: 'done', value: 'completed' });

    const page = await openPage(url);
    await page.locator(turnCard('completed')).waitFor();
    await page.close();

    cli.kill('SIGTERM');
    expect((await cli).exitCode).toBe(0);
  });
});
