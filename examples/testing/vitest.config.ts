import { defineConfig } from 'vitest/config';

// How a project testing its agents with codex-actors/testing might configure vitest:
// each test spawns the real codex binary, so give it time and run files in forks.
export default defineConfig({
  test: {
    include: ['examples/testing/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
