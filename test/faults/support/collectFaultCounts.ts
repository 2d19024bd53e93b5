/**
 * vitest global setup of the `faults` project: clears the per-file counts
 * before the run and, on full runs (`npm run test:faults`), merges them into
 * bench/faults.json, which `npm run bench` renders into bench/RESULTS.md.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAULT_COUNTS_DIR } from './faultCounts.js';
import { faultConfig } from './faultConfig.js';

export function setup(): void {
  rmSync(FAULT_COUNTS_DIR, { recursive: true, force: true });
  // Hand the seed to the test files (forks inherit the environment), so the whole run shares one.
  process.env.CODEX_FAULTS_SEED ??= String(faultConfig.seed);
}

export function teardown(): void {
  if (!faultConfig.full || !existsSync(FAULT_COUNTS_DIR)) return;
  const counts: Record<string, number> = {};
  for (const name of readdirSync(FAULT_COUNTS_DIR).sort()) {
    const part = JSON.parse(readFileSync(join(FAULT_COUNTS_DIR, name), 'utf8')) as { file: string; counts: Record<string, number> };
    for (const [k, v] of Object.entries(part.counts)) counts[`${part.file}: ${k}`] = v;
  }
  const out = { date: new Date().toISOString(), seed: Number(process.env.CODEX_FAULTS_SEED), counts };
  writeFileSync(join(process.cwd(), 'bench', 'faults.json'), `${JSON.stringify(out, null, 2)}\n`);
}
