import { InvalidOptionsError } from '../errors/index.js';

/** A value accepted in a codex config object: TOML scalars, arrays and tables. */
export type CodexConfigValue = string | number | boolean | CodexConfigValue[] | CodexConfigObject;

/** A codex config object (`config.toml` as JSON), flattened by {@link toConfigOverrides}. */
export interface CodexConfigObject {
  [key: string]: CodexConfigValue | undefined;
}

/**
 * Flattens a config object into `key=value` strings for codex's `--config` flag.
 *
 * The rules are those of `@openai/codex-sdk`, so the same object yields the same
 * command line:
 * - nested plain objects become dotted keys (`{ a: { b: 1 } }` → `a.b=1`); an empty
 *   nested object becomes `key={}`; an empty root yields no overrides;
 * - keys in the dotted path are used as written, so a flat `{ 'tools.x.enabled': true }`
 *   works too (codex splits the path on `.` itself);
 * - strings become TOML basic strings (`"…"` with escapes), numbers must be finite,
 *   booleans are `true`/`false`, arrays are `[a, b]`, and objects inside arrays become
 *   inline tables (`{name = "x", "odd key" = 1}`);
 * - properties whose value is `undefined` are skipped (the usual "optional option" idiom).
 *
 * Everything codex could not read back as intended is rejected with an
 * {@link InvalidOptionsError} naming the key path and the reason: `null`, `undefined`
 * inside an array, functions, symbols, bigints, `NaN`/`Infinity`, integers beyond the
 * 64-bit range TOML allows, strings with unpaired surrogates, non-plain objects (Date,
 * Map, class instances), keys containing `=`, empty keys and circular references.
 *
 * The SDK emits something for several of these that codex then misreads (an unpaired
 * surrogate arrives as a literal `\ud800`, a `Date` as `{}`, `a=b` as key `a`); this
 * function throws instead. It also escapes U+007F, which the SDK leaves raw and codex's
 * TOML parser rejects. For every other input it accepts, the output is byte-for-byte the SDK's.
 *
 * @example
 * ```ts
 * toConfigOverrides({ model_reasoning_effort: 'high', tools: { update_plan: { enabled: true } } });
 * // → ['model_reasoning_effort="high"', 'tools.update_plan.enabled=true']
 * ```
 *
 * @param config The object to flatten (must be a plain object).
 * @param optionName Name of the option the object came from, used in error messages.
 * @returns One `key=value` string per leaf, in property order; pass each after `--config`.
 * @throws InvalidOptionsError when a value cannot be expressed as a codex `--config` override.
 */
export function toConfigOverrides(config: object, optionName = 'config'): string[] {
  if (!isPlainObject(config)) {
    throw new InvalidOptionsError(optionName, `must be a plain object of config keys, got ${describe(config)}`);
  }
  const overrides: string[] = [];
  const seen = new Set<object>([config]);
  for (const [key, value] of Object.entries(config)) {
    checkKey(key, optionName);
    flatten(value, key, `${optionName}.${key}`, overrides, seen);
  }
  return overrides;
}

/**
 * Renders one value as TOML, the way {@link toConfigOverrides} renders leaves.
 *
 * @example
 * ```ts
 * toTomlValue('http://127.0.0.1:1/v1', 'baseUrl'); // → '"http://127.0.0.1:1/v1"'
 * ```
 *
 * @param value The value to render.
 * @param optionPath Option path used in error messages.
 * @throws InvalidOptionsError when the value has no TOML form codex would accept.
 */
export function toTomlValue(value: unknown, optionPath: string): string {
  return renderValue(value, optionPath, new Set());
}

/** `key` is the dotted path codex sees; `optionPath` names the same spot for error messages. */
function flatten(value: unknown, key: string, optionPath: string, out: string[], seen: Set<object>): void {
  if (value === undefined) return; // like the SDK: an absent optional setting is no override
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) {
      out.push(`${key}={}`);
      return;
    }
    enter(value, optionPath, seen);
    for (const [childKey, child] of entries) {
      checkKey(childKey, optionPath);
      flatten(child, `${key}.${childKey}`, `${optionPath}.${childKey}`, out, seen);
    }
    seen.delete(value);
    return;
  }
  out.push(`${key}=${renderValue(value, optionPath, seen)}`);
}

function renderValue(value: unknown, path: string, seen: Set<object>): string {
  switch (typeof value) {
    case 'string':
      return tomlString(value, path);
    case 'number':
      return tomlNumber(value, path);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
      throw new InvalidOptionsError(path, 'is undefined; remove the entry instead (undefined is only skipped as an object property)');
    case 'object':
      break;
    default:
      throw new InvalidOptionsError(path, `is a ${typeof value}, which has no TOML form; use a string, number, boolean, array or plain object`);
  }
  if (value === null) {
    throw new InvalidOptionsError(path, "is null, which TOML cannot express; omit the key to keep codex's default");
  }
  if (Array.isArray(value)) {
    enter(value, path, seen);
    const items = value.map((item: unknown, index) => renderValue(item, `${path}[${index}]`, seen));
    seen.delete(value);
    return `[${items.join(', ')}]`;
  }
  if (!isPlainObject(value)) {
    throw new InvalidOptionsError(path, `is ${describe(value)}; only plain objects become TOML tables`);
  }
  enter(value, path, seen);
  const parts: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    checkKey(key, path);
    if (child === undefined) continue;
    const childPath = `${path}.${key}`;
    parts.push(`${tomlKey(key, childPath)} = ${renderValue(child, childPath, seen)}`);
  }
  seen.delete(value);
  return `{${parts.join(', ')}}`;
}

function checkKey(key: string, parentPath: string): void {
  if (key === '') {
    throw new InvalidOptionsError(parentPath, 'contains an empty key; config keys must be non-empty strings');
  }
  if (key.includes('=')) {
    // codex splits `--config` at the first `=`, so such a key would silently become part of the value.
    throw new InvalidOptionsError(`${parentPath}.${key}`, 'contains "=", which codex cannot read in a --config key');
  }
}

function enter(value: object, path: string, seen: Set<object>): void {
  if (seen.has(value)) {
    throw new InvalidOptionsError(path, 'contains a circular reference');
  }
  seen.add(value);
}

const BARE_KEY = /^[A-Za-z0-9_-]+$/;

function tomlKey(key: string, path: string): string {
  return BARE_KEY.test(key) ? key : tomlString(key, path);
}

// 2^63: TOML integers are signed 64-bit; larger integral numbers would not parse.
const TOML_INTEGER_LIMIT = 9_223_372_036_854_775_808;

function tomlNumber(value: number, path: string): string {
  if (!Number.isFinite(value)) {
    throw new InvalidOptionsError(path, `must be a finite number, got ${value}`);
  }
  const text = String(value);
  // JS prints integral numbers below 1e21 without an exponent; TOML reads those as i64.
  if (Number.isInteger(value) && !/e/i.test(text) && Math.abs(value) >= TOML_INTEGER_LIMIT) {
    throw new InvalidOptionsError(path, `${text} is outside the 64-bit integer range TOML supports; pass it as a string`);
  }
  return text;
}

/**
 * A TOML basic string. JSON string syntax is TOML's (same escapes), which is why the SDK
 * uses JSON.stringify, and so do we, with one fix: TOML forbids a raw U+007F, which
 * JSON.stringify leaves as is. codex then fails to parse the value and falls back to the
 * raw text, so `"a \" b<DEL>"` arrived as `a \" b<DEL>`, backslash included (verified
 * against the pinned binary). An unpaired surrogate cannot be written at all.
 */
function tomlString(value: string, path: string): string {
  if (UNPAIRED_SURROGATE.test(value)) {
    throw new InvalidOptionsError(path, 'contains an unpaired UTF-16 surrogate, which TOML strings cannot hold');
  }
  return JSON.stringify(value).replaceAll('\u007f', '\\u007F');
}

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') {
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === 'string' && name !== '' ? `a ${name} instance` : 'a non-plain object';
  }
  return `a ${typeof value}`;
}
