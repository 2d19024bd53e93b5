import { z } from 'zod';
import { describeValue } from './describeValue.js';
import { isPlainObject } from './optionSchemas.js';

/** A value in a codex config object: what `config.toml` can hold, as JSON. */
export type ConfigValue = string | number | boolean | ConfigValue[] | ConfigObject;

/**
 * A codex config object (`config.toml` as JSON), e.g.
 * `{ model_reasoning_summary: 'detailed', tools: { update_plan: { enabled: true } } }`.
 * Keys may already be dotted (`{ 'tools.update_plan.enabled': true }`). Properties set to
 * `undefined` are ignored, like an omitted option.
 *
 * @example
 * ```ts
 * codex.startThread({ config: { model_reasoning_summary: 'detailed', tools: { update_plan: { enabled: true } } } });
 * ```
 */
export interface ConfigObject {
  [key: string]: ConfigValue | undefined;
}

/**
 * Schema for a config object: plain objects, strings, finite numbers, booleans and arrays
 * of those. `null`, functions, class instances and non-finite numbers are rejected at their
 * path (`config.tools.update_plan.enabled`), because codex cannot read them as TOML.
 *
 * @internal
 */
export function configObjectSchema() {
  return z.unknown().superRefine((value, ctx) => {
    const problem = findConfigProblem(value, [], new Set());
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path, input: value });
  }) as unknown as z.ZodType<ConfigObject>;
}

function findConfigProblem(
  value: unknown,
  at: Array<string | number>,
  seen: Set<object>,
): { path: Array<string | number>; message: string } | undefined {
  if (at.length === 0 && !isPlainObject(value)) {
    return { path: at, message: `must be a plain object of codex config keys; got ${describeValue(value)}` };
  }
  if (typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') {
    return Number.isFinite(value) ? undefined : { path: at, message: `must be a finite number; got ${describeValue(value)}` };
  }
  if (Array.isArray(value) || isPlainObject(value)) {
    if (seen.has(value)) return { path: at, message: 'contains a circular reference' };
    seen.add(value);
    const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    for (const [key, child] of entries) {
      if (child === undefined && !Array.isArray(value)) continue;
      if (key === '') return { path: at, message: 'contains an empty key; codex config keys must be non-empty' };
      const found = findConfigProblem(child, [...at, key], seen);
      if (found) return found;
    }
    seen.delete(value);
    return undefined;
  }
  return {
    path: at,
    message: `cannot be ${describeValue(value)}: codex config values are strings, finite numbers, booleans, arrays and plain objects (omit a key instead of setting it to null)`,
  };
}

/**
 * Flattens a config object into the dotted keys app-server's `thread/start.config`
 * takes (`{ tools: { update_plan: { enabled: true } } }` → `{ 'tools.update_plan.enabled': true }`).
 *
 * - Arrays and scalars are leaves; `undefined` properties are dropped.
 * - An empty nested object stays as `{}` at its path.
 * - codex splits keys on `.`, so a nested key that itself contains a dot (a provider named
 *   `my.provider`) cannot be expressed as a path: its parent object is kept whole as the
 *   value instead, which codex merges the same way.
 * - Later keys win when two spellings name the same path (`{ a: { b: 1 }, 'a.b': 2 }` → `a.b = 2`).
 *
 * @example
 * ```ts
 * flattenConfig({ model_reasoning_effort: 'high', sandbox_workspace_write: { network_access: true } });
 * // → { model_reasoning_effort: 'high', 'sandbox_workspace_write.network_access': true }
 * ```
 *
 * @param config A config object that passed {@link configObjectSchema}.
 * @returns A new object with dotted keys and JSON values.
 */
export function flattenConfig(config: ConfigObject): Record<string, ConfigValue> {
  const out: Record<string, ConfigValue> = {};
  for (const [key, value] of Object.entries(config)) {
    if (value !== undefined) flattenInto(out, key, value);
  }
  return out;
}

function flattenInto(out: Record<string, ConfigValue>, key: string, value: ConfigValue): void {
  if (isPlainObject(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined) as Array<[string, ConfigValue]>;
    if (entries.length === 0 || entries.some(([k]) => k.includes('.'))) {
      out[key] = stripUndefined(value);
      return;
    }
    for (const [childKey, child] of entries) flattenInto(out, `${key}.${childKey}`, child);
    return;
  }
  out[key] = value;
}

function stripUndefined(value: ConfigValue): ConfigValue {
  if (Array.isArray(value)) return value.map(stripUndefined);
  if (!isPlainObject(value)) return value;
  const copy: ConfigObject = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) copy[k] = stripUndefined(v);
  return copy;
}
