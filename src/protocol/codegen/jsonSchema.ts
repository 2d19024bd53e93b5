/**
 * The subset of JSON Schema (draft-07, as emitted by schemars inside codex-rs)
 * that `codex app-server generate-json-schema` produces, and the flattening of
 * its bundle into one name → schema table.
 *
 * @module
 */

/** A JSON Schema node: `true` (anything) or an object of keywords. */
export type JsonSchema = boolean | JsonSchemaObject;

/** The keywords the codex bundle uses; anything else is ignored. */
export interface JsonSchemaObject {
  $ref?: string;
  type?: JsonTypeName | JsonTypeName[];
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema;
  items?: JsonSchema | JsonSchema[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  description?: string;
  title?: string;
  format?: string;
  default?: unknown;
  definitions?: Record<string, JsonSchema>;
}

/** Primitive type names of JSON Schema. */
export type JsonTypeName = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

/**
 * The definitions of the bundle, flattened into one namespace.
 *
 * The bundle nests the v2 protocol under `definitions.v2` next to the v1 and
 * shared types at the top level; `$ref`s point at `#/definitions/X` or
 * `#/definitions/v2/X`. Type names are unique across both levels except for a
 * few duplicates that are the same type (e.g. `RequestId`), so one namespace
 * is enough; a real clash would silently change a type, so it fails instead.
 */
export interface FlatDefinitions {
  /** Definition name → schema. */
  readonly definitions: ReadonlyMap<string, JsonSchema>;
  /** Resolves a `$ref` string to a definition name, or throws. */
  refName(ref: string): string;
}

const REF_PATTERN = /^#\/definitions\/(?:v2\/)?([A-Za-z0-9_]+)$/;

/**
 * Flattens the bundle `codex_app_server_protocol.schemas.json`.
 *
 * @param bundle - the parsed bundle file
 * @throws Error when two definitions share a name but differ in meaning
 */
export function flattenDefinitions(bundle: JsonSchemaObject): FlatDefinitions {
  const top = bundle.definitions ?? {};
  // `definitions.v2` is a namespace of definitions, not a schema, despite its place in the tree.
  const nested = top['v2'];
  const v2 = typeof nested === 'object' ? (nested as unknown as Record<string, JsonSchema>) : {};
  const definitions = new Map<string, JsonSchema>();
  const add = (name: string, schema: JsonSchema): void => {
    const existing = definitions.get(name);
    if (existing !== undefined && canonicalJson(stripMetadata(existing)) !== canonicalJson(stripMetadata(schema))) {
      throw new Error(`codegen: definition "${name}" exists twice with different shapes (v1 and v2); add a rename rule`);
    }
    if (existing === undefined) definitions.set(name, schema);
  };
  for (const name of Object.keys(v2).sort()) add(name, v2[name] as JsonSchema);
  for (const name of Object.keys(top).sort()) {
    if (name !== 'v2') add(name, top[name] as JsonSchema);
  }
  return {
    definitions,
    refName(ref: string): string {
      const match = REF_PATTERN.exec(ref);
      const name = match?.[1];
      if (name === undefined || !definitions.has(name)) throw new Error(`codegen: unresolvable $ref "${ref}"`);
      return name;
    },
  };
}

/** Drops documentation-only keywords so two copies of one type compare equal. */
function stripMetadata(schema: JsonSchema): unknown {
  if (typeof schema !== 'object' || schema === null) return schema;
  const { $schema: _schema, title: _title, description: _description, ...rest } = schema as JsonSchemaObject & {
    $schema?: string;
  };
  return rest;
}

/** JSON with object keys sorted, for structural comparison. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key];
    return sorted;
  });
}
