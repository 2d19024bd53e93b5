/**
 * Describes a value briefly for an error message: its kind, plus the value itself
 * when that is short and safe to show.
 *
 * Strings are quoted and cut at 60 characters. Callers must not pass secrets
 * (API keys): use a kind-only description for those.
 *
 * @example
 * ```ts
 * describeValue('sandbox');  // → 'the string "sandbox"'
 * describeValue(-1);         // → 'the number -1'
 * describeValue([1, 2]);     // → 'an array'
 * ```
 *
 * @param value Anything.
 * @returns A short English phrase naming what the value is.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
    return value === '' ? 'an empty string' : `the string ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : `the number ${value}`;
  if (typeof value === 'boolean') return `the boolean ${value}`;
  if (typeof value === 'bigint') return `the bigint ${value}n`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array';
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) return 'an object';
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' ? `a ${name} instance` : 'an object';
}

/** `'a'`, `'b'` → `'a', 'b'`: how lists of valid values appear in messages. */
export function quoteList(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
}
