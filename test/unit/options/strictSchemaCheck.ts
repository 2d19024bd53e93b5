/**
 * A small, strict checker for the JSON schemas `codex app-server generate-json-schema`
 * emits (draft-07 subset: $ref, anyOf/oneOf/allOf, type, enum, minLength, properties,
 * required, additionalProperties, items).
 *
 * "Strict" means: a property that no schema variant declares is an error, even though
 * codex itself would silently ignore it. That is the point: an option mapped to a
 * misspelt or removed param must fail a test, not vanish on the wire.
 */

type Schema = boolean | SchemaObject;
interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  minLength?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  definitions?: Record<string, Schema>;
}

/** Every problem found in `value` against `schema` (empty when it conforms). */
export function checkAgainstSchema(value: unknown, schema: Schema, root: SchemaObject, path = '$'): string[] {
  const s = deref(schema, root);
  if (s === true) return [];
  if (s === false) return [`${path}: no value is allowed here`];
  const variants = s.anyOf ?? s.oneOf;
  if (variants) {
    const base: SchemaObject = { ...s, anyOf: undefined, oneOf: undefined } as SchemaObject;
    const attempts = variants.map((v) => checkAgainstSchema(value, merge(base, deref(v, root)), root, path));
    if (attempts.some((a) => a.length === 0)) return [];
    return [`${path}: matches no variant (${attempts.map((a) => a[0]).join(' | ')})`];
  }
  if (s.allOf) {
    const merged = s.allOf.reduce<SchemaObject>((acc, part) => merge(acc, deref(part, root)), { ...s, allOf: undefined } as SchemaObject);
    return checkAgainstSchema(value, merged, root, path);
  }
  if (s.enum && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) {
    return [`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(s.enum)}`];
  }
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? s.type : [s.type];
    if (!types.some((t) => isType(value, t))) return [`${path}: expected ${types.join('|')}, got ${JSON.stringify(value)}`];
  }
  if (typeof value === 'string' && s.minLength !== undefined && value.length < s.minLength) {
    return [`${path}: shorter than ${s.minLength}`];
  }
  const problems: string[] = [];
  if (isObject(value) && (s.properties !== undefined || s.required !== undefined)) {
    for (const key of s.required ?? []) if (!(key in value)) problems.push(`${path}.${key}: required`);
    for (const [key, child] of Object.entries(value)) {
      const declared = s.properties?.[key];
      if (declared !== undefined) problems.push(...checkAgainstSchema(child, declared, root, `${path}.${key}`));
      else if (s.additionalProperties !== undefined && s.additionalProperties !== false) {
        problems.push(...checkAgainstSchema(child, s.additionalProperties, root, `${path}.${key}`));
      } else problems.push(`${path}.${key}: not a property the schema declares`);
    }
  }
  if (Array.isArray(value) && s.items !== undefined) {
    value.forEach((item, i) => problems.push(...checkAgainstSchema(item, s.items as Schema, root, `${path}[${i}]`)));
  }
  return problems;
}

function deref(schema: Schema, root: SchemaObject): Schema {
  let s = schema;
  while (typeof s === 'object' && s.$ref !== undefined) {
    const name = s.$ref.replace(/^#\/definitions\//, '').split('/');
    let target: unknown = root.definitions;
    for (const part of name) target = (target as Record<string, unknown> | undefined)?.[part];
    if (target === undefined) throw new Error(`unresolved $ref ${s.$ref}`);
    const { $ref: _ignored, ...rest } = s;
    s = Object.keys(rest).length > 0 ? merge(rest, target as Schema) : (target as Schema);
  }
  return s;
}

function merge(a: SchemaObject, b: Schema): SchemaObject {
  if (b === true) return a;
  if (b === false) return { ...a, enum: [] };
  return {
    ...a,
    ...b,
    properties: a.properties || b.properties ? { ...a.properties, ...b.properties } : undefined,
    required: a.required || b.required ? [...(a.required ?? []), ...(b.required ?? [])] : undefined,
  } as SchemaObject;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isType(v: unknown, t: string): boolean {
  switch (t) {
    case 'null':
      return v === null;
    case 'array':
      return Array.isArray(v);
    case 'object':
      return isObject(v);
    case 'integer':
      return Number.isInteger(v);
    case 'number':
      return typeof v === 'number';
    default:
      return typeof v === t;
  }
}
