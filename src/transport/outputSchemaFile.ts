import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidOptionsError } from '../errors/index.js';

/** A JSON-schema file written for `codex exec --output-schema`, and how to remove it. */
export interface OutputSchemaFile {
  /** Absolute path of the file (`<tmp>/codex-output-schema-XXXXXX/schema.json`). */
  readonly path: string;
  /** Removes the file and its directory. Idempotent; never throws. */
  cleanup(): Promise<void>;
}

/**
 * Throws unless `schema` is a plain JSON object, the only thing `--output-schema` takes.
 *
 * @throws InvalidOptionsError naming `outputSchema`.
 */
export function assertOutputSchema(schema: unknown): asserts schema is Record<string, unknown> {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    const got = schema === null ? 'null' : Array.isArray(schema) ? 'an array' : typeof schema;
    throw new InvalidOptionsError('outputSchema', `must be a JSON-schema object, got ${got}`);
  }
}

/**
 * Writes `schema` as JSON to a fresh private temp directory, where the SDK puts it too
 * (`os.tmpdir()`, directory prefix `codex-output-schema-`). The caller must call
 * `cleanup()` once the turn is over, whatever the outcome.
 *
 * @example
 * ```ts
 * const file = await writeOutputSchemaFile({ type: 'object', properties: {} });
 * try { run(['--output-schema', file.path]); } finally { await file.cleanup(); }
 * ```
 *
 * @throws InvalidOptionsError when `schema` is not a JSON object or cannot be serialized.
 */
export async function writeOutputSchemaFile(schema: unknown): Promise<OutputSchemaFile> {
  assertOutputSchema(schema);
  let text: string;
  try {
    text = JSON.stringify(schema);
  } catch (cause) {
    throw new InvalidOptionsError('outputSchema', `cannot be serialized as JSON: ${(cause as Error).message}`, { cause });
  }
  const dir = await mkdtemp(join(tmpdir(), 'codex-output-schema-'));
  const cleanup = () => rm(dir, { recursive: true, force: true }).catch(() => undefined);
  try {
    const path = join(dir, 'schema.json');
    await writeFile(path, text, 'utf8');
    return { path, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
