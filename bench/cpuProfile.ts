/**
 * Profiles one async section with V8's sampling profiler (the same data as
 * `node --cpu-prof`, but only for the measured window, not module loading or
 * setup) and writes it as a `.cpuprofile` (open it in Chrome DevTools, or
 * summarise it with `scripts/benchProfile.ts`).
 */
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';

/** Runs `fn` under the CPU profiler and writes the profile to `path`. */
export async function withCpuProfile<T>(path: string, fn: () => Promise<T>): Promise<{ value: T; profile: unknown }> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    const value = await fn();
    const { profile } = await session.post('Profiler.stop');
    await writeFile(path, JSON.stringify(profile));
    return { value, profile };
  } finally {
    session.disconnect();
  }
}
