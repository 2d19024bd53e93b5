/**
 * Each fault test records what it injected and what it checked; the global
 * teardown (`collectFaultCounts.ts`) merges the files into bench/faults.json
 * on full runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { faultConfig } from './faultConfig.js';

/** Where per-file counts are written before the merge. */
export const FAULT_COUNTS_DIR = join(process.cwd(), 'node_modules', '.cache', 'codex-actors-faults');

/** Accumulates counts for one test file and writes them on `flush()`. */
export class FaultCounts {
  private readonly counts: Record<string, number> = {};

  constructor(private readonly file: string) {}

  /** Adds `n` to a named count. */
  add(name: string, n = 1): void {
    this.counts[name] = (this.counts[name] ?? 0) + n;
  }

  /** Writes this file's counts (call in afterAll). */
  flush(): void {
    mkdirSync(FAULT_COUNTS_DIR, { recursive: true });
    writeFileSync(join(FAULT_COUNTS_DIR, `${this.file}.json`), JSON.stringify({ file: this.file, seed: faultConfig.seed, counts: this.counts }));
  }
}
