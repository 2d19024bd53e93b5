import { z } from 'zod';
import { InvalidOptionsError, StructuredOutputError, type StructuredOutputIssue } from '../errors/index.js';

/** A Standard Schema (zod ≥ 3.24, valibot, arktype…). */
interface StandardSchemaLike {
  readonly '~standard': {
    validate(value: unknown): { value?: unknown; issues?: ReadonlyArray<{ message: string; path?: ReadonlyArray<PropertyKey | { key: PropertyKey }> }> } | Promise<unknown>;
  };
}

/** A prepared output schema: the JSON schema codex sends to the model, and how to check the answer. */
export interface PreparedOutputSchema {
  jsonSchema: Record<string, unknown>;
  /** A zod / Standard Schema (a typed `output`), as opposed to a plain JSON-schema object as @openai/codex-sdk takes. */
  typed: boolean;
  validate(value: unknown): Promise<{ ok: true; value: unknown } | { ok: false; issues: StructuredOutputIssue[] }>;
}

function isStandard(schema: unknown): schema is StandardSchemaLike {
  return typeof schema === 'object' && schema !== null && '~standard' in schema;
}

/**
 * Converts `outputSchema` (zod, any Standard Schema with a JSON-schema
 * converter, or a JSON-schema object) to the strict form codex requires:
 * every property required and `additionalProperties: false` on every object
 * (the model API rejects anything else, so we check it here with a clear message).
 */
export function prepareOutputSchema(schema: unknown): PreparedOutputSchema {
  let jsonSchema: Record<string, unknown>;
  if (schema instanceof z.ZodType) {
    try {
      jsonSchema = z.toJSONSchema(schema, { target: 'draft-7', io: 'output' }) as Record<string, unknown>;
    } catch (cause) {
      throw new InvalidOptionsError('outputSchema', 'could not be converted to JSON Schema (use plain zod objects, arrays, enums and primitives)', { cause });
    }
    delete jsonSchema.$schema;
  } else if (isStandard(schema)) {
    throw new InvalidOptionsError('outputSchema', 'is a Standard Schema without a JSON-schema form; pass a zod schema or a JSON-schema object');
  } else if (typeof schema === 'object' && schema !== null && !Array.isArray(schema)) {
    jsonSchema = schema as Record<string, unknown>;
  } else {
    throw new InvalidOptionsError('outputSchema', 'must be a zod schema or a JSON-schema object');
  }
  assertStrict(jsonSchema, '');
  return {
    jsonSchema,
    typed: isStandard(schema),
    async validate(value) {
      if (!isStandard(schema)) return { ok: true, value };
      const result = (await schema['~standard'].validate(value)) as { value?: unknown; issues?: ReadonlyArray<{ message: string; path?: ReadonlyArray<PropertyKey | { key: PropertyKey }> }> };
      if (!result.issues) return { ok: true, value: result.value };
      return {
        ok: false,
        issues: result.issues.map((i) => ({
          message: i.message,
          path: (i.path ?? []).map((p) => (typeof p === 'object' && p !== null ? String((p as { key: PropertyKey }).key) : typeof p === 'number' ? p : String(p))),
        })),
      };
    },
  };
}

function assertStrict(node: unknown, at: string): void {
  if (typeof node !== 'object' || node === null) return;
  const obj = node as Record<string, unknown>;
  if (obj.type === 'object' && obj.properties && typeof obj.properties === 'object') {
    const keys = Object.keys(obj.properties as object);
    const required = new Set(Array.isArray(obj.required) ? (obj.required as string[]) : []);
    const optional = keys.filter((k) => !required.has(k));
    if (optional.length > 0) {
      throw new InvalidOptionsError(
        'outputSchema',
        `property ${optional.map((k) => `${at}${at ? '.' : ''}${k}`).join(', ')} is optional, but codex's strict structured output requires every property. Make it required (use .nullable() for "may be absent").`,
      );
    }
    if (obj.additionalProperties !== false) obj.additionalProperties = false;
  }
  for (const [key, value] of Object.entries(obj)) {
    if (key === 'properties' && value && typeof value === 'object') {
      for (const [prop, sub] of Object.entries(value)) assertStrict(sub, `${at}${at ? '.' : ''}${prop}`);
    } else if (Array.isArray(value)) value.forEach((v) => assertStrict(v, at));
    else if (typeof value === 'object') assertStrict(value, at);
  }
}

/** Parses and validates the model's final message. */
export async function parseStructuredOutput(prepared: PreparedOutputSchema, text: string | null): Promise<{ ok: true; value: unknown } | { ok: false; error: StructuredOutputError }> {
  const raw = text ?? '';
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (cause) {
    return { ok: false, error: new StructuredOutputError(raw, [{ path: [], message: `not valid JSON (${(cause as Error).message})` }], { cause }) };
  }
  const checked = await prepared.validate(json);
  return checked.ok ? { ok: true, value: checked.value } : { ok: false, error: new StructuredOutputError(raw, checked.issues) };
}
