/**
 * `npm run codex:upgrade -- <version>`: moves the codex pin in one step.
 *
 * 1. exports the app-server schema of the binary pinned now (before anything moves);
 * 2. moves the pin in package.json, native/pinnedVersion.ts and README.md;
 * 3. `npm install` (which moves package-lock.json and installs the new binary);
 * 4. regenerates src/protocol/generated/ from the new binary (`npm run codegen`'s code);
 * 5. typechecks, so what the new protocol breaks is a list of compile errors;
 * 6. prepends a readable change report (methods, notifications, server requests,
 *    types and fields added / removed / changed) to docs/protocol-changes.md.
 *
 * Every output is a function of the target version only, so upgrading A → B → A
 * restores A's files byte for byte (except the change log, which grows).
 * Exits 1 when the typecheck fails, after writing everything.
 *
 * @module
 */
import { execFile, spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';

import { resolveCodexBinary } from '../native/index.js';
import { exportCodexSchema } from '../src/protocol/codegen/exportCodexSchema.js';
import { GENERATED_DIR, generateProtocol, renderProtocolBundle } from '../src/protocol/codegen/generate.js';
import {
  isCodexVersion,
  moveReadmePin,
  movePackageJsonPin,
  movePinnedVersion,
  prependChangeReport,
  readPinnedVersion,
} from '../src/protocol/codegen/pinEdits.js';
import { diffProtocols, renderChangeReport } from '../src/protocol/codegen/protocolDiff.js';

const execFileAsync = promisify(execFile);
const root = new URL('../', import.meta.url);
const file = (path: string) => new URL(path, root);

async function edit(path: string, change: (text: string) => string): Promise<void> {
  await writeFile(file(path), change(await readFile(file(path), 'utf8')));
}

function run(command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

/** `tsc --noEmit`: undefined when clean, else its error lines. */
async function typecheck(): Promise<string[] | undefined> {
  try {
    await execFileAsync('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return undefined;
  } catch (error) {
    const output = String((error as { stdout?: string }).stdout ?? error);
    return output.split('\n').filter((line) => / error TS\d+:/.test(line));
  }
}

async function main(): Promise<number> {
  const target = process.argv[2];
  if (target === undefined || !isCodexVersion(target)) {
    process.stderr.write('usage: npm run codex:upgrade -- <version>   (an exact @openai/codex version, e.g. 0.171.0)\n');
    return 2;
  }
  const from = readPinnedVersion(await readFile(file('native/pinnedVersion.ts'), 'utf8'));
  if (from === target) {
    process.stdout.write(`codex:upgrade: already pinned to ${target}; nothing to do\n`);
    return 0;
  }
  // The pinned binary must be the installed one, or the report would compare the wrong protocol.
  const before = await exportCodexSchema(await resolveCodexBinary());
  process.stdout.write(`codex:upgrade: ${from} → ${target}\n`);

  await edit('package.json', (text) => movePackageJsonPin(text, target));
  await edit('native/pinnedVersion.ts', (text) => movePinnedVersion(text, target));
  await edit('README.md', (text) => moveReadmePin(text, target));
  // Only @openai/codex and its per-platform packages change, and none of them has
  // install scripts; skipping scripts skips this package's own `prepare` build.
  await run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund']);

  // This process loaded the old PINNED_CODEX_VERSION, so the new binary is version-checked here by hand.
  const binary = await resolveCodexBinary({ versionCheck: 'off' });
  if (binary.version !== target) {
    throw new Error(`codex:upgrade: npm installed codex-cli ${binary.version} at ${binary.path}, expected ${target}`);
  }
  const generated = await generateProtocol({ outDir: GENERATED_DIR, codexPath: binary.path });
  const after = await exportCodexSchema(binary);
  process.stdout.write(`codex:upgrade: regenerated ${generated.files.length} files in src/protocol/generated/\n`);

  const errors = await typecheck();
  const notes = generated.warnings.map((warning) => `codegen: ${warning}`);
  if (errors === undefined) notes.push('`npm run typecheck` passed after regenerating.');
  else {
    const places = [...new Set(errors.map((line) => line.replace(/\(\d+,\d+\).*$/, '')))].sort();
    notes.push(`\`npm run typecheck\` failed after regenerating: ${errors.length} errors in ${places.map((p) => `\`${p}\``).join(', ')}.`);
  }
  const changes = diffProtocols(
    renderProtocolBundle(before.bundle, before.codexVersion).model,
    renderProtocolBundle(after.bundle, after.codexVersion).model,
  );
  const log = await readFile(file('docs/protocol-changes.md'), 'utf8').catch(() => undefined);
  await writeFile(file('docs/protocol-changes.md'), prependChangeReport(log, renderChangeReport(from, target, changes, notes)));
  process.stdout.write('codex:upgrade: wrote the change report to docs/protocol-changes.md\n');

  for (const warning of generated.warnings) process.stderr.write(`codegen: warning: ${warning}\n`);
  if (errors !== undefined) {
    process.stderr.write(`codex:upgrade: typecheck failed (${errors.length} errors); fix what ${target} changed:\n${errors.join('\n')}\n`);
    return 1;
  }
  process.stdout.write('codex:upgrade: typecheck passed. Next: npx vitest run --project unit, then the e2e suite.\n');
  return 0;
}

process.exitCode = await main();
