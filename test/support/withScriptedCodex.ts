import { createCodexHome, createScriptedModelServer, type CodexHome, type CodexHomeOptions, type ScriptedModelServer } from '../../src/testing/index.js';
import { codexBinaryPath } from './codexBinaryPath.js';
import { listCodexProcesses } from './listCodexProcesses.js';

/** A scripted server, a CODEX_HOME pointing at it, and the pinned binary's path. */
export interface ScriptedCodex extends AsyncDisposable {
  readonly server: ScriptedModelServer;
  readonly home: CodexHome;
  readonly codexPath: string;
  /** Closes the server and deletes the home. Throws if a codex process for this home is still alive. */
  dispose(): Promise<void>;
}

/** Home options without `server` (the fixture supplies it). */
export type ScriptedCodexOptions = Omit<CodexHomeOptions, 'server'>;

/**
 * Creates server + home for one test; use with `await using` or call `dispose()`.
 * Disposal fails the test when a codex process of this home outlived it (orphan check).
 */
export async function createScriptedCodex(options: ScriptedCodexOptions = {}): Promise<ScriptedCodex> {
  const server = await createScriptedModelServer();
  let home: CodexHome;
  try {
    home = await createCodexHome({ ...options, server });
  } catch (error) {
    await server.close();
    throw error;
  }
  let disposed: Promise<void> | null = null;
  const dispose = () =>
    (disposed ??= (async () => {
      const survivors = listCodexProcesses(home.path);
      await server.close();
      await home.cleanup();
      if (survivors.length > 0) {
        throw new Error(`codex processes outlived the test:\n${survivors.map((p) => `  ${p.pid} ${p.command}`).join('\n')}`);
      }
    })());
  return { server, home, codexPath: codexBinaryPath(), dispose, [Symbol.asyncDispose]: dispose };
}

/**
 * Runs `fn` with a fresh {@link ScriptedCodex} and always cleans up, even when `fn` throws.
 *
 * @example
 * ```ts
 * await withScriptedCodex(async ({ server, home }) => {
 *   server.enqueue(responses.message('hi'));
 *   const run = await runCodexExec(home, 'hello');
 * });
 * ```
 */
export async function withScriptedCodex<T>(fn: (codex: ScriptedCodex) => Promise<T>, options: ScriptedCodexOptions = {}): Promise<T> {
  const codex = await createScriptedCodex(options);
  try {
    return await fn(codex);
  } finally {
    await codex.dispose();
  }
}
