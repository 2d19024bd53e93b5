import { readFile } from 'node:fs/promises';

import { describe, expect, it } from 'vitest';

import { PINNED_CODEX_GIT_TAG, PINNED_CODEX_VERSION } from '../../../native/index.js';

describe('PINNED_CODEX_VERSION', () => {
  it('equals the exact @openai/codex version in package.json dependencies', async () => {
    const manifest = JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      dependencies: Record<string, string>;
    };

    // Exact, not a range: the wire protocol changes between codex releases.
    expect(manifest.dependencies['@openai/codex']).toBe(PINNED_CODEX_VERSION);
  });

  it('names the matching codex-rs release tag', () => {
    expect(PINNED_CODEX_GIT_TAG).toBe(`rust-v${PINNED_CODEX_VERSION}`);
  });
});
