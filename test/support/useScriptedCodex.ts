import { afterEach } from 'vitest';
import { Codex, type CodexOptions } from '../../src/index.js';
import { createScriptedCodex, type ScriptedCodex, type ScriptedCodexOptions } from './withScriptedCodex.js';

/** A scripted server + CODEX_HOME + a `Codex` pointed at them. */
export interface ScriptedCodexClient {
  readonly fixture: ScriptedCodex;
  readonly codex: Codex;
  /** Another `Codex` on the same home (e.g. to prove state survives a new process). */
  newCodex(options?: CodexOptions): Codex;
}

/**
 * Registers an `afterEach` that closes every `Codex` made through the returned
 * `setup()` and disposes its fixture (which fails the test if a codex process
 * outlived it). Call once at the top of a test file.
 *
 * @example
 * ```ts
 * const setup = useScriptedCodex();
 * it('runs', async () => {
 *   const { fixture, codex } = await setup();
 *   fixture.server.enqueue(responses.message('hi'));
 *   await codex.startThread({ cwd: fixture.home.workspace }).run('hello');
 * });
 * ```
 */
export function useScriptedCodex(defaults: { home?: ScriptedCodexOptions; codex?: CodexOptions } = {}) {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    const errors: unknown[] = [];
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((e: unknown) => errors.push(e));
    if (errors.length > 0) throw errors[0];
  });
  return async (options: { home?: ScriptedCodexOptions; codex?: CodexOptions } = {}): Promise<ScriptedCodexClient> => {
    const fixture = await createScriptedCodex({ modelCatalog: true, ...defaults.home, ...options.home });
    cleanups.push(() => fixture.dispose());
    const newCodex = (extra: CodexOptions = {}) => {
      const codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, ...defaults.codex, ...options.codex, ...extra });
      cleanups.push(() => codex.close());
      return codex;
    };
    return { fixture, codex: newCodex(), newCodex };
  };
}
