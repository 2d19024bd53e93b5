/**
 * Where the examples' agent gets its model. By default: the scripted model
 * from `codex-actors/testing` on 127.0.0.1, answering what each example
 * scripts (no credentials, no network; the codex binary, its tools and its
 * sandbox are real). With `CODEX_ACTORS_EXAMPLES_REAL=1`: your own codex
 * configuration and login, and the script is ignored.
 *
 * This file is scaffolding for running the examples offline; in your program
 * you would write `new Codex()` and pick a working directory.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { CodexOptions } from 'codex-actors';
import { createCodexHome, createScriptedModelServer, type ScriptedModelServer } from 'codex-actors/testing';

/** Options for `new Codex()`, a workspace, and cleanup (use with `await using`). */
export interface ExampleEnvironment extends AsyncDisposable {
  /** Spread into `new Codex({ ...env.codexOptions })`. */
  codexOptions: CodexOptions;
  /** A git-initialised directory for the threads to work in. */
  workspace: string;
  /** The scripted model, or null when running against a real one. */
  server: ScriptedModelServer | null;
}

/** Creates the environment; `script` queues the scripted model's answers (skipped with a real model). */
export async function exampleEnvironment(script: (server: ScriptedModelServer) => void): Promise<ExampleEnvironment> {
  endQuietlyWhenStdoutCloses();
  if (process.env['CODEX_ACTORS_EXAMPLES_REAL'] === '1') {
    const root = await mkdtemp('/var/tmp/codex-actors-example-');
    const workspace = join(root, 'workspace');
    execFileSync('git', ['init', '-q', workspace]);
    return { codexOptions: {}, workspace, server: null, [Symbol.asyncDispose]: () => rm(root, { recursive: true, force: true }) };
  }
  const server = await createScriptedModelServer();
  // CODEX_ACTORS_EXAMPLES_TMP: where the temporary CODEX_HOME goes (the examples' test checks it for leftover processes).
  const root = process.env['CODEX_ACTORS_EXAMPLES_TMP'];
  const home = await createCodexHome({ server, modelCatalog: true, ...(root ? { root } : {}) });
  script(server);
  const codexPath = process.env['CODEX_PATH'];
  return {
    codexOptions: { env: codexPath ? { ...home.env, CODEX_PATH: codexPath } : home.env },
    workspace: home.workspace,
    server,
    [Symbol.asyncDispose]: async () => {
      await server.close();
      await home.cleanup();
    },
  };
}

/**
 * `npx tsx examples/telemetry.ts | head`: a reader that stops reading closes
 * stdout, and the next write fails with EPIPE, which Node reports as an
 * 'error' event that would crash the example before `await using` cleans up.
 * Ignoring EPIPE lets the example finish, close codex and remove its temporary
 * CODEX_HOME; later writes go nowhere. Other stream errors stay fatal.
 */
function endQuietlyWhenStdoutCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}
