/**
 * `npm run bench`: bundles `bench/main.ts` the way the published package is
 * built (esbuild, ES2022, no dev transforms) and runs it with `node --expose-gc`.
 *
 * Why not run it under tsx: tsx compiles with esbuild's `keepNames`, which
 * wraps every function and class creation in a `__name()` call; on the
 * per-turn paths that showed up in the P3 profile as time our published
 * build never spends. Dependencies stay external (resolved from
 * node_modules, as for a user). esbuild is tsup's own dependency.
 *
 * Arguments are passed through to `bench/main.ts` (`--runs`, `--only`, `--threads`).
 * `--entry FILE` (first argument) builds and runs another bench script the same way.
 */
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

const outDir = join('node_modules', '.cache', 'codex-actors-bench');
await mkdir(outDir, { recursive: true });
const args = process.argv.slice(2);
const entry = args[0] === '--entry' ? args.splice(0, 2)[1]! : 'bench/main.ts';
await build({
  entryPoints: [entry],
  outfile: join(outDir, 'main.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});

const child = spawn(process.execPath, ['--expose-gc', '--enable-source-maps', join(outDir, 'main.mjs'), '--cache', outDir, ...args], { stdio: 'inherit' });
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
