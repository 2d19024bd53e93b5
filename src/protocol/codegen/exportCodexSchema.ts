/**
 * Runs the pinned codex binary to export the app-server JSON Schema bundle.
 *
 * @module
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

import type { JsonSchemaObject } from './jsonSchema.js';

const execFileAsync = promisify(execFile);

/** The exported bundle and the version of the binary that wrote it. */
export interface CodexSchemaExport {
  /** `codex_app_server_protocol.schemas.json`: v1 + v2 definitions, all method unions. */
  readonly bundle: JsonSchemaObject;
  /** e.g. `0.169.0`, from `codex --version`. */
  readonly codexVersion: string;
}

// Rust target triples of the prebuilt binaries inside the @openai/codex-<os>-<arch> packages.
const TARGET_TRIPLES: Readonly<Record<string, string>> = {
  'linux-x64': 'x86_64-unknown-linux-musl',
  'linux-arm64': 'aarch64-unknown-linux-musl',
  'darwin-x64': 'x86_64-apple-darwin',
  'darwin-arm64': 'aarch64-apple-darwin',
  'win32-x64': 'x86_64-pc-windows-msvc',
  'win32-arm64': 'aarch64-pc-windows-msvc',
};

/**
 * The pinned binary from the installed `@openai/codex` platform package
 * (resolved from `@openai/codex`, which lists it as an optional dependency).
 *
 * @throws Error naming the missing package when it is not installed
 */
export function pinnedCodexBinaryPath(): string {
  const key = `${process.platform}-${process.arch}`;
  const triple = TARGET_TRIPLES[key];
  if (triple === undefined) throw new Error(`codegen: no prebuilt codex for ${key}; pass codexPath`);
  const fromProject = createRequire(import.meta.url);
  const fromCodex = createRequire(fromProject.resolve('@openai/codex/package.json'));
  const packageName = `@openai/codex-${key}`;
  let packageJson: string;
  try {
    packageJson = fromCodex.resolve(`${packageName}/package.json`);
  } catch (cause) {
    throw new Error(`codegen: ${packageName} is not installed (run npm install); it holds the pinned codex binary`, { cause });
  }
  return join(dirname(packageJson), 'vendor', triple, 'bin', process.platform === 'win32' ? 'codex.exe' : 'codex');
}

/**
 * Runs `codex app-server generate-json-schema --experimental` into a temporary
 * directory and reads the bundle. `--experimental` matters: without it the
 * schema drops experimental fields the library uses (e.g. `ThreadStartParams.dynamicTools`).
 *
 * @param codexPath - the binary to run
 */
export async function exportCodexSchema(codexPath: string): Promise<CodexSchemaExport> {
  const { stdout } = await execFileAsync(codexPath, ['--version']);
  const version = /(\d+\.\d+\.\d+(?:-[\w.]+)?)/.exec(stdout)?.[1];
  if (version === undefined) throw new Error(`codegen: cannot read a version from "${stdout.trim()}"`);
  const dir = await mkdtemp(join(tmpdir(), 'codex-actors-schema-'));
  try {
    await execFileAsync(codexPath, ['app-server', 'generate-json-schema', '--experimental', '--out', dir]);
    const text = await readFile(join(dir, 'codex_app_server_protocol.schemas.json'), 'utf8');
    return { bundle: JSON.parse(text) as JsonSchemaObject, codexVersion: version };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
