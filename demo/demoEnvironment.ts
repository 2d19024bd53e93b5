/**
 * Where the demo's agent talks to a model: the embedded scripted model (the
 * default: no credentials, no network), an OpenAI-compatible Responses API
 * (`--model-server URL`), or your own codex configuration and login (`--real`).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { CodexOptions } from '../src/index.js';
import { createCodexHome, createScriptedModelServer } from '../src/testing/index.js';
import { scriptModel, unexpected } from './scriptedModel.js';

/**
 * `home.env` is a minimal environment; the user's `CODEX_PATH` (a codex binary
 * other than the pinned package's) must survive it.
 */
function withCodexPath(env: Readonly<Record<string, string>>): Record<string, string> {
  const codexPath = process.env['CODEX_PATH'];
  return codexPath ? { ...env, CODEX_PATH: codexPath } : { ...env };
}

/** Options from the command line. */
export interface EnvironmentOptions {
  modelServer?: string;
  model?: string;
  apiKeyEnv: string;
  real: boolean;
  streamDelayMs: number;
}

/** A ready environment: Codex options, a workspace, and its cleanup. */
export interface DemoEnvironment extends AsyncDisposable {
  codexOptions: CodexOptions;
  workspace: string;
  scripted: boolean;
  /** The CODEX_HOME the demo made (null with `--real`: yours). */
  codexHome: string | null;
  /** One line saying where the model is. */
  description: string;
  /** Throws if the scripted model saw a request it had no answer for, or answers were left over. */
  verify(): void;
}

/** Builds the environment the options ask for. */
export async function createDemoEnvironment(options: EnvironmentOptions): Promise<DemoEnvironment> {
  if (options.real) return realEnvironment(options);
  if (options.modelServer !== undefined) return providerEnvironment(options.modelServer, options);
  const server = await createScriptedModelServer();
  const home = await createCodexHome({ server, modelCatalog: true });
  scriptModel(server, { delayMs: options.streamDelayMs });
  const dispose = async () => {
    await server.close();
    await home.cleanup();
  };
  return {
    codexOptions: { env: withCodexPath(home.env) },
    workspace: home.workspace,
    scripted: true,
    codexHome: home.path,
    description: `scripted model at ${server.url} (no credentials, no network); CODEX_HOME ${home.path}`,
    verify: () => {
      if (unexpected.length > 0) throw new Error(`the scripted model got requests it had no answer for: ${unexpected.join('; ')}`);
      server.assertNoMisses();
      if (server.pending > 0) throw new Error(`${server.pending} scripted answers were never requested: codex made fewer model calls than the demo expects`);
    },
    [Symbol.asyncDispose]: dispose,
  };
}

async function providerEnvironment(url: string, options: EnvironmentOptions): Promise<DemoEnvironment> {
  if (options.model === undefined) throw new Error('--model-server needs --model (the model name the provider knows, e.g. gpt-5.5)');
  const apiKey = process.env[options.apiKeyEnv];
  if (!apiKey) throw new Error(`--model-server reads the API key from $${options.apiKeyEnv}, which is not set (choose another variable with --api-key-env)`);
  const home = await createCodexHome({ server: url, model: options.model, apiKey, requestMaxRetries: 2, streamMaxRetries: 2 });
  return {
    codexOptions: { env: withCodexPath(home.env) },
    workspace: home.workspace,
    scripted: false,
    codexHome: home.path,
    description: `model ${options.model} at ${url} (key from $${options.apiKeyEnv}); CODEX_HOME ${home.path}`,
    verify: () => {},
    [Symbol.asyncDispose]: () => home.cleanup(),
  };
}

async function realEnvironment(options: EnvironmentOptions): Promise<DemoEnvironment> {
  const root = await mkdtemp('/var/tmp/codex-actors-demo-');
  const workspace = join(root, 'workspace');
  execFileSync('git', ['init', '-q', workspace]);
  return {
    codexOptions: options.model === undefined ? {} : { config: { model: options.model } },
    workspace,
    scripted: false,
    codexHome: null,
    description: `your codex configuration and login${options.model ? `, model ${options.model}` : ''}; workspace ${workspace}`,
    verify: () => {},
    [Symbol.asyncDispose]: () => rm(root, { recursive: true, force: true }),
  };
}
