/**
 * Runs the pinned codex binary to export the app-server JSON Schema bundle.
 *
 * @module
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { resolveCodexBinary } from '../../../native/index.js';
import type { JsonSchemaObject } from './jsonSchema.js';

const execFileAsync = promisify(execFile);

/** The exported bundle and the version of the binary that wrote it. */
export interface CodexSchemaExport {
  /** `codex_app_server_protocol.schemas.json`: v1 + v2 definitions, all method unions. */
  readonly bundle: JsonSchemaObject;
  /** e.g. `0.169.0`, from `codex --version`. */
  readonly codexVersion: string;
}

/**
 * The binary codegen runs: by default the one the library itself would run,
 * which must be the pinned version (a different `CODEX_PATH` fails loudly
 * rather than generating another protocol). An explicit `codexPath` skips the
 * version check, for trying a new codex before bumping the pin.
 *
 * @param codexPath - an explicit binary, or undefined for the pinned one
 */
export async function codegenBinary(codexPath?: string): Promise<{ path: string; version: string }> {
  return resolveCodexBinary(codexPath === undefined ? {} : { codexPath, versionCheck: 'off' });
}

/**
 * Runs `codex app-server generate-json-schema --experimental` into a temporary
 * directory and reads the bundle. `--experimental` matters: without it the
 * schema drops experimental fields the library uses (e.g. `ThreadStartParams.dynamicTools`).
 *
 * @param binary - the binary to run and the version it reported
 */
export async function exportCodexSchema(binary: { path: string; version: string }): Promise<CodexSchemaExport> {
  const dir = await mkdtemp(join(tmpdir(), 'codex-actors-schema-'));
  try {
    await execFileAsync(binary.path, ['app-server', 'generate-json-schema', '--experimental', '--out', dir]);
    const text = await readFile(join(dir, 'codex_app_server_protocol.schemas.json'), 'utf8');
    return { bundle: JSON.parse(text) as JsonSchemaObject, codexVersion: binary.version };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
