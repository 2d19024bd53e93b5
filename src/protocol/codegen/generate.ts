/**
 * `npm run codegen`: regenerates `src/protocol/generated/` from the pinned
 * codex binary's app-server JSON Schema.
 *
 * @module
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { codegenBinary, exportCodexSchema } from './exportCodexSchema.js';
import { flattenDefinitions } from './jsonSchema.js';
import type { JsonSchemaObject } from './jsonSchema.js';
import { readProtocolMethods } from './protocolMethods.js';
import type { diffProtocols, ProtocolModel } from './protocolDiff.js';
import { reachableDefinitions, type RenderedFiles, renderProtocolFiles } from './renderProtocolFiles.js';
import { createIrConverter } from './schemaIr.js';

/** Where the committed generated files live. */
export const GENERATED_DIR = fileURLToPath(new URL('../generated/', import.meta.url));

/** Options of {@link generateProtocol}. */
export interface GenerateProtocolOptions {
  /** Folder to write into; its previous `.ts` files are replaced. */
  readonly outDir: string;
  /** The codex binary to export the schema from, any version (default: the pinned one, version-checked). */
  readonly codexPath?: string;
}

/** What {@link generateProtocol} wrote. */
export interface GenerateProtocolResult {
  readonly codexVersion: string;
  /** File names written, relative to `outDir`, sorted. */
  readonly files: readonly string[];
  /** Fallbacks the generator took (e.g. a result typed `unknown`); worth a look, never fatal. */
  readonly warnings: readonly string[];
}

/** The generated files of one schema bundle, and the model they were rendered from. */
export interface RenderedProtocol {
  readonly files: RenderedFiles;
  /** Methods and generated definitions, for {@link diffProtocols}. */
  readonly model: ProtocolModel;
  readonly warnings: readonly string[];
}

/**
 * Generates zod schemas, TypeScript types and method maps for the app-server
 * protocol of a codex binary.
 *
 * - runs `codex app-server generate-json-schema --experimental`;
 * - writes `types.ts`, `definitions.ts`, `clientRequests.ts`, `serverRequests.ts`,
 *   `serverNotifications.ts`, `clientNotifications.ts` and `index.ts`;
 * - output is a pure function of the binary: the drift test regenerates into a
 *   temporary folder and compares byte for byte.
 *
 * @example
 * ```ts
 * await generateProtocol({ outDir: GENERATED_DIR });
 * ```
 *
 * @param options - output folder and optional binary
 * @throws Error when the schema uses a construct the generator does not know,
 *   or a method's response type is ambiguous (the message names the override to add)
 */
export async function generateProtocol(options: GenerateProtocolOptions): Promise<GenerateProtocolResult> {
  const { bundle, codexVersion } = await exportCodexSchema(await codegenBinary(options.codexPath));
  const { files, warnings } = renderProtocolBundle(bundle, codexVersion);

  await mkdir(options.outDir, { recursive: true });
  for (const existing of await readdir(options.outDir)) {
    if (existing.endsWith('.ts') && !files.has(existing)) await rm(join(options.outDir, existing));
  }
  for (const [name, content] of files) await writeFile(join(options.outDir, name), content);
  return { codexVersion, files: [...files.keys()].sort(), warnings };
}

/**
 * The pure part of {@link generateProtocol}: schema bundle in, file contents out.
 *
 * @param bundle - a parsed `codex_app_server_protocol.schemas.json`
 * @param codexVersion - written into every file header
 * @param responseOverrides - method → response type for irregular names (default: codex's, see protocolMethods.ts)
 */
export function renderProtocolBundle(
  bundle: JsonSchemaObject,
  codexVersion: string,
  responseOverrides?: Readonly<Record<string, string>>,
): RenderedProtocol {
  const defs = flattenDefinitions(bundle);
  const ir = createIrConverter(defs);
  const methods = readProtocolMethods(defs, ir, responseOverrides);
  const files = renderProtocolFiles({ defs, ir, methods, codexVersion });
  return { files, model: { methods, definitions: reachableDefinitions({ defs, ir, methods }) }, warnings: methods.warnings };
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const result = await generateProtocol({ outDir: GENERATED_DIR });
  for (const warning of result.warnings) process.stderr.write(`codegen: warning: ${warning}\n`);
  process.stdout.write(`codegen: wrote ${result.files.length} files for codex-cli ${result.codexVersion} to ${GENERATED_DIR}\n`);
}
