import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PINNED_CODEX_VERSION } from '../../native/index.js';
import { codexBinaryPath } from '../support/index.js';

const repo = resolve(import.meta.dirname, '../..');
let root: string;
let project: string;

/** A consumer's first program: one turn against the scripted model, using all three entry points. */
const SMOKE = `
import { Codex } from 'codex-actors';
import { createCodexHome, createScriptedModelServer, responses } from 'codex-actors/testing';
import { startInspector } from 'codex-actors/inspector';

const server = await createScriptedModelServer();
const home = await createCodexHome({ server, modelCatalog: true });
const inspector = await startInspector();
server.enqueue(responses.message('packed and working'));
const env = process.env.CODEX_PATH ? { ...home.env, CODEX_PATH: process.env.CODEX_PATH } : home.env;
const codex = new Codex({ env, inspect: inspector.inspect });
try {
  const binary = await codex.binary();
  const result = await codex.startThread({ cwd: home.workspace }).run('hello');
  console.log(JSON.stringify({ finalResponse: result.finalResponse, source: binary.source, path: binary.path, version: binary.version, inspected: inspector.replay().length }));
} finally {
  await codex.close();
  await inspector.close();
  await home.cleanup();
  await server.close();
}
`;

/** Type-level use of the public API as a consumer writes it (checked with the consumer's node_modules). */
const CONSUMER_TS = `
import { Codex, defineTool, CodexError, type TurnResult, type ThreadEvent } from 'codex-actors';
import { createScriptedModelServer, responses } from 'codex-actors/testing';
import { startInspector, type Inspector } from 'codex-actors/inspector';
import { z } from 'zod';

export async function typed(): Promise<string | null> {
  const add = defineTool({ name: 'add', description: 'Adds two numbers', parameters: z.object({ a: z.number(), b: z.number() }), execute: ({ a, b }) => String(a + b) });
  await using codex = new Codex({ config: { model: 'x' } });
  const thread = codex.startThread({ tools: [add], approvalMode: 'ask', onApproval: () => 'decline' });
  const result: TurnResult<{ n: number }> = await thread.run('hi', { outputSchema: z.object({ n: z.number() }) });
  const n: number | undefined = result.output?.n;
  thread.events$.subscribe((event: ThreadEvent) => event.type);
  await using server = await createScriptedModelServer();
  server.enqueue(responses.message(String(n)));
  const inspector: Inspector = await startInspector();
  await inspector.close();
  return result.finalResponse;
}
export const isCodexError = (e: unknown): e is CodexError => e instanceof CodexError;
`;

const npm = (args: string[], cwd: string) => execa('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, env: { npm_config_update_notifier: 'false' } });

beforeAll(async () => {
  root = await mkdtemp('/var/tmp/codex-actors-pack-');
  project = join(root, 'consumer');
  await mkdir(project);
  // `npm pack` runs `prepare` (the tsup build), exactly as `npm publish` would. The build's
  // own output shares stdout, so the report is the JSON array npm prints last, from a line of its own.
  const packed = await execa('npm', ['pack', '--json', '--pack-destination', root], { cwd: repo });
  const reportStart = packed.stdout.search(/^\[\s*$/m);
  const [info] = JSON.parse(packed.stdout.slice(reportStart)) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const tarball = join(root, info!.filename);
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // From the registry (the local npm cache when warm), like a user's project: one package named, peers come along.
  await npm(['install', '--prefer-offline', tarball], project);
}, 240_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('npm pack → install into an empty project', () => {
  it('installs with its dependencies, including the pinned codex binary package', async () => {
    const manifest = JSON.parse(await readFile(join(project, 'node_modules/codex-actors/package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest['type']).toBe('module');
    expect(manifest['sideEffects']).toBe(false);
    expect(manifest['dependencies']).toMatchObject({ '@openai/codex': PINNED_CODEX_VERSION });
    const installed = JSON.parse(await readFile(join(project, 'node_modules/@openai/codex/package.json'), 'utf8')) as { version: string };
    expect(installed.version).toBe(PINNED_CODEX_VERSION);
    // rxjs and zod are peers (they appear in the public types; one copy in the app), installed by npm automatically.
    expect(manifest['peerDependencies']).toMatchObject({ rxjs: expect.any(String), zod: expect.any(String) });
    for (const peer of ['rxjs', 'zod']) await expect(readFile(join(project, `node_modules/${peer}/package.json`), 'utf8')).resolves.toBeTruthy();
  });

  it('runs one turn against the scripted model with codex-actors, codex-actors/testing and codex-actors/inspector', async () => {
    await writeFile(join(project, 'smoke.mjs'), SMOKE);
    const { stdout } = await execa('node', ['smoke.mjs'], { cwd: project, env: { CODEX_PATH: '' } });
    const out = JSON.parse(stdout) as Record<string, unknown>;
    expect(out).toMatchObject({ finalResponse: 'packed and working', source: 'package', version: PINNED_CODEX_VERSION });
    expect(out['path']).toContain(join(project, 'node_modules/@openai/'));
    expect(out['inspected']).toBeGreaterThan(0);
  });

  it('uses the codex binary named by CODEX_PATH instead of the bundled one', async () => {
    await writeFile(join(project, 'smoke.mjs'), SMOKE);
    const { stdout } = await execa('node', ['smoke.mjs'], { cwd: project, env: { CODEX_PATH: codexBinaryPath() } });
    expect(JSON.parse(stdout)).toMatchObject({ finalResponse: 'packed and working', source: 'CODEX_PATH', path: codexBinaryPath() });
  });

  it('ships types a strict NodeNext TypeScript project compiles against', async () => {
    await writeFile(join(project, 'consumer.ts'), CONSUMER_TS);
    const tsc = join(repo, 'node_modules/.bin/tsc');
    const args = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--lib', 'es2023,esnext.disposable'];
    const run = await execa(tsc, [...args, '--types', 'node', '--typeRoots', join(repo, 'node_modules/@types'), 'consumer.ts'], { cwd: project, reject: false });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
  });

  it('installs the codex-actors command', async () => {
    const { stdout } = await execa('npx', ['--no-install', 'codex-actors', '--help'], { cwd: project });
    expect(stdout).toContain('inspect');
    expect(stdout).toContain('doctor');
  });
});
