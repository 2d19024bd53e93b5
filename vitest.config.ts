import { defineConfig } from 'vitest/config';

// Three projects: fast unit tests; e2e tests that drive the real codex binary
// against the scripted model server (forks, limited parallelism: each spawns
// codex processes and the machine has 2 cores); and the fault-injection suite
// (test/faults: kill -9, model and binary faults, floods), one file at a time,
// with small counts unless CODEX_FAULTS=full (`npm run test:faults`).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          maxWorkers: 2,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'faults',
          include: ['test/faults/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          maxWorkers: 1,
          testTimeout: 600_000,
          hookTimeout: 120_000,
          globalSetup: ['test/faults/support/collectFaultCounts.ts'],
        },
      },
    ],
  },
});
