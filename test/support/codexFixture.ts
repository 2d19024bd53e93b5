import { afterEach } from 'vitest';
import { Codex, type CodexOptions } from '../../src/index.js';
import { createScriptedCodex, type ScriptedCodex, type ScriptedCodexOptions } from './withScriptedCodex.js';

/** What {@link useCodexFixture}'s setup returns. */
export interface CodexFixture {
  fixture: ScriptedCodex;
  codex: Codex;
}

/**
 * Registers per-test cleanup and returns a setup function that creates a
 * scripted model server, a CODEX_HOME with the mock model in its catalog, and a
 * `Codex` on the pinned binary. After each test the Codex is closed and the
 * fixture disposed (which fails the test if a codex process outlived it).
 *
 * @example
 * ```ts
 * const setup = useCodexFixture();
 * it('runs', async () => { const { fixture, codex } = await setup(); … });
 * ```
 */
export function useCodexFixture(defaults: { home?: ScriptedCodexOptions; codex?: CodexOptions } = {}): (
  overrides?: { home?: ScriptedCodexOptions; codex?: CodexOptions },
) => Promise<CodexFixture> {
  let current: CodexFixture | null = null;
  let fixture: ScriptedCodex | null = null;
  afterEach(async () => {
    try {
      await current?.codex.close();
    } finally {
      await fixture?.dispose();
      current = null;
      fixture = null;
    }
  });
  return async (overrides = {}) => {
    fixture = await createScriptedCodex({ modelCatalog: true, ...defaults.home, ...overrides.home });
    const codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, ...defaults.codex, ...overrides.codex });
    current = { fixture, codex };
    return current;
  };
}
