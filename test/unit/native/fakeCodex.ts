/**
 * Helpers for native/ tests: temporary directories under /var/tmp (codex warns
 * about /tmp) and copies of the fake codex scripts in test/fixtures/.
 */
import { chmod, copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of test/fixtures/. */
export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** The fake binaries in test/fixtures/ (see each script's header). */
export type FakeCodexFixture = 'fake-codex-version' | 'fake-codex-garbage' | 'fake-codex-crash' | 'fake-codex-hang';

/** Path of a fixture script as committed. */
export function fixturePath(fixture: FakeCodexFixture): string {
  return join(FIXTURES_DIR, fixture);
}

/** Creates temp dirs and removes them all in `cleanup()` (call it from afterEach). */
export function tempDirs(): { make(prefix?: string): Promise<string>; cleanup(): Promise<void> } {
  const made: string[] = [];
  return {
    async make(prefix = 'codex-actors-native-') {
      await mkdir('/var/tmp', { recursive: true });
      const dir = await mkdtemp(join('/var/tmp', prefix));
      made.push(dir);
      return dir;
    },
    async cleanup() {
      await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}

/** Copies a fixture into `dir` under `name`, with the given mode (executable by default). */
export async function installFake(dir: string, fixture: FakeCodexFixture, name = 'codex', mode = 0o755): Promise<string> {
  const target = join(dir, name);
  await copyFile(fixturePath(fixture), target);
  await chmod(target, mode);
  return target;
}
