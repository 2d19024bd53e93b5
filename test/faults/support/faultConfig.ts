/**
 * Counts and seed of the fault suite. `npm test` runs it small; `npm run
 * test:faults` (CODEX_FAULTS=full) runs it at full size and writes the counts
 * to bench/faults.json. Every random choice comes from one seeded generator:
 * the seed is printed, and `CODEX_FAULTS_SEED=<seed>` replays a failure.
 */
const full = process.env.CODEX_FAULTS === 'full';

function count(name: string, small: number, large: number): number {
  const raw = process.env[name];
  if (raw !== undefined && /^\d+$/.test(raw)) return Number(raw);
  return full ? large : small;
}

/** The suite's sizes. */
export const faultConfig = {
  full,
  /** kill -9 iterations (a). */
  kills: count('CODEX_FAULTS_KILLS', 10, 100),
  /** Repetitions of each model fault (b). */
  modelFaultRounds: count('CODEX_FAULTS_MODEL_ROUNDS', 1, 3),
  /** Turns of the flood (g), spread over 8 threads. */
  floodTurns: count('CODEX_FAULTS_FLOOD', 160, 1000),
  seed: process.env.CODEX_FAULTS_SEED !== undefined ? Number(process.env.CODEX_FAULTS_SEED) : Math.floor(Math.random() * 2 ** 31),
};

/** mulberry32: a small, good-enough seeded PRNG. Returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded generator for one test file, announced so a failure can be replayed. */
export function faultRandom(file: string): { random: () => number; pick<T>(items: readonly T[]): T; seed: number } {
  const seed = faultConfig.seed;
  console.log(`[faults] ${file}: seed ${seed} (replay with CODEX_FAULTS_SEED=${seed})`);
  const random = seededRandom(seed);
  return { random, seed, pick: (items) => items[Math.floor(random() * items.length)]! };
}
