import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterEach, describe, expect, it } from 'vitest';

import { codexPlatformTarget } from '../../../native/codexPlatformTarget.js';
import { findPackagedCodexBinary } from '../../../native/findPackagedCodexBinary.js';
import { installFake, tempDirs } from './fakeCodex.js';

// Builds node_modules layouts by hand (no registry) to check resolution the way a
// user's install would look. The target is fixed, so this runs on any host.
const target = codexPlatformTarget('linux', 'x64')!;
const dirs = tempDirs();
afterEach(() => dirs.cleanup());

async function writePackage(root: string, name: string): Promise<string> {
  const dir = join(root, 'node_modules', ...name.split('/'));
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name, version: '0.0.0-test' }));
  return dir;
}

async function installBinary(packageDir: string, mode = 0o755): Promise<string> {
  const binDir = join(packageDir, 'vendor', target.targetTriple, 'bin');
  await mkdir(binDir, { recursive: true });
  return installFake(binDir, 'fake-codex-version', target.binaryName, mode);
}

/** A file inside the project, standing in for codex-actors' own module URL. */
function fromProject(project: string): URL {
  return pathToFileURL(join(project, 'node_modules', 'codex-actors', 'dist', 'index.js'));
}

describe('findPackagedCodexBinary', () => {
  it('finds a hoisted platform package (npm layout)', async () => {
    const project = await dirs.make();
    await writePackage(project, '@openai/codex');
    const binary = await installBinary(await writePackage(project, target.packageName));

    const result = await findPackagedCodexBinary(target, fromProject(project));

    expect(result).toMatchObject({ found: true, path: binary });
  });

  it('finds a platform package visible only from @openai/codex (pnpm-like nesting)', async () => {
    const project = await dirs.make();
    const codexDir = await writePackage(project, '@openai/codex');
    const binary = await installBinary(await writePackage(codexDir, target.packageName));

    const result = await findPackagedCodexBinary(target, fromProject(project));

    expect(result).toMatchObject({ found: true, path: binary });
  });

  it('falls back to vendor/ inside @openai/codex', async () => {
    const project = await dirs.make();
    const binary = await installBinary(await writePackage(project, '@openai/codex'));

    const result = await findPackagedCodexBinary(target, fromProject(project));

    expect(result).toMatchObject({ found: true, path: binary });
  });

  it('explains a missing optional platform package', async () => {
    const project = await dirs.make();
    await writePackage(project, '@openai/codex');

    const result = await findPackagedCodexBinary(target, fromProject(project));

    expect(result.found).toBe(false);
    expect(!result.found && result.reason).toMatch(/@openai\/codex-linux-x64, the optional dependency .* is not installed/);
  });

  it('reports a packaged binary that lost its execute bit', async () => {
    const project = await dirs.make();
    await writePackage(project, '@openai/codex');
    const binary = await installBinary(await writePackage(project, target.packageName), 0o644);

    const result = await findPackagedCodexBinary(target, fromProject(project));

    expect(result).toMatchObject({ found: false, reason: expect.stringContaining(`${binary} is not executable`) });
  });

  it('reports when nothing is installed', async () => {
    const project = await dirs.make();
    await mkdir(dirname(fromProject(project).pathname), { recursive: true });

    const result = await findPackagedCodexBinary(target, fromProject(project));

    expect(result).toMatchObject({ found: false, reason: expect.stringContaining('neither @openai/codex nor') });
  });
});
