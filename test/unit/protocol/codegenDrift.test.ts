/**
 * The committed `src/protocol/generated/` is exactly what the pinned codex
 * binary generates. When this fails after bumping `@openai/codex`, run
 * `npm run codegen`, fix what the new protocol breaks, and commit both.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

import { expect, test } from 'vitest';

import { GENERATED_DIR, generateProtocol } from '../../../src/protocol/codegen/generate.js';

async function tsFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith('.ts')).sort();
}

test('src/protocol/generated matches a fresh `npm run codegen` byte for byte', async () => {
  const outDir = await mkdtemp(join('/var/tmp', 'codex-actors-codegen-drift-'));
  try {
    const { codexVersion } = await generateProtocol({ outDir });
    const fresh = await tsFiles(outDir);
    const committed = await tsFiles(GENERATED_DIR);
    const differences: string[] = [];
    for (const name of new Set([...fresh, ...committed])) {
      if (!fresh.includes(name)) differences.push(`${name}: committed but no longer generated`);
      else if (!committed.includes(name)) differences.push(`${name}: generated but not committed`);
      else if ((await readFile(join(outDir, name), 'utf8')) !== (await readFile(join(GENERATED_DIR, name), 'utf8'))) {
        differences.push(`${name}: content differs`);
      }
    }
    expect(
      differences,
      `src/protocol/generated is stale for codex-cli ${codexVersion}; run \`npm run codegen\` and commit the result`,
    ).toEqual([]);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}, 30_000);
