/**
 * Helpers for the transport unit tests: paths of the fake app-server fixture
 * scripts, and a tracker that closes every transport a test started.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { isProcessAlive, listDescendants } from '../../../src/transport/orphanReaper.js';
import { startAppServer, type AppServerOptions, type AppServerTransport } from '../../../src/transport/appServerTransport.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

/** Speaks the protocol; methods trigger faults (see the script). */
export const ECHO_SERVER = fixture('fake-app-server-echo.mjs');
/** Never answers; ignores stdin EOF and SIGTERM. */
export const HANG_SERVER = fixture('fake-app-server-hang.mjs');
/** Writes an error (with credentials) to stderr and exits 3 at once. */
export const CRASH_SERVER = fixture('fake-app-server-crash.mjs');

/** Starts fake servers and closes them after each test. */
export function useFakeAppServers(): (options?: Partial<AppServerOptions>) => Promise<AppServerTransport> {
  const started: AppServerTransport[] = [];
  afterEach(async () => {
    const all = started.splice(0);
    await Promise.all(all.map((t) => t.close()));
  });
  return async (options = {}) => {
    const transport = await startAppServer({ codexPath: ECHO_SERVER, requestTimeoutMs: 10_000, shutdownTimeoutMs: 1000, ...options });
    started.push(transport);
    return transport;
  };
}

/** True while a process with this pid exists (zombies count as gone). */
export const isAlive = isProcessAlive;

/** Pids of live descendants of this test process whose command line mentions `needle`. */
export function childrenRunning(needle: string): number[] {
  return listDescendants(process.pid).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(needle) && isAlive(pid);
    } catch {
      return false;
    }
  });
}
