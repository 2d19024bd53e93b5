/**
 * Prints a summary of a V8 `.cpuprofile`: self time per source file and per
 * function, heaviest first (e.g. the P3 profile the benchmark leaves in
 * `node_modules/.cache/codex-actors-bench/p3-pipeline.cpuprofile`).
 *
 * Usage: `npx tsx scripts/benchProfile.ts PROFILE.cpuprofile [top=25]`
 */
import { readFileSync } from 'node:fs';
import { formatProfileSummary, summariseProfile, type CpuProfile } from '../bench/profileSummary.js';

const path = process.argv[2];
if (!path) throw new Error('usage: tsx scripts/benchProfile.ts PROFILE.cpuprofile [top]');
const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
console.log(formatProfileSummary(summariseProfile(profile), Number(process.argv[3] ?? 25)));
