/**
 * Payloads as the inspector page shows them: a bounded, JSON-safe copy of an
 * event or a context summary.
 *
 * @module
 */
import { redactSecrets } from '../transport/stderrTail.js';

const MAX_DEPTH = 6;
const MAX_STRING = 2000;
const MAX_ITEMS = 50;
const MAX_KEYS = 40;

/**
 * A copy of `value` that survives `JSON.stringify` and stays small: `toJSON`
 * summaries are honoured (machine contexts and actor inputs define them so
 * live processes, handlers and options never leave), functions are dropped,
 * errors become `{ name, code, message }`, class instances their class name,
 * strings are cut at 2000 characters and cleared of credential shapes
 * (`sk-…` keys, bearer tokens), arrays and objects are cut at 50 items / 40 keys.
 *
 * Published `codex.events$` events were already redacted by their `Codex`
 * (known secret values too) before they reach this.
 *
 * @example
 * ```ts
 * toPayload({ type: 'x', run: () => 1, error: new Error('boom') }); // { type: 'x', error: { name: 'Error', message: 'boom' } }
 * ```
 */
export function toPayload(value: unknown): unknown {
  return copy(value, 0, new Set());
}

function copy(value: unknown, depth: number, seen: Set<object>, callToJSON = true): unknown {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return text(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object') return undefined;
  if (seen.has(value)) return '[circular]';
  if (depth >= MAX_DEPTH) return Array.isArray(value) ? `[${value.length} items]` : '{…}';
  seen.add(value);
  try {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    // As JSON.stringify does: a value's toJSON is called once, its result is not asked again.
    if (callToJSON && typeof toJSON === 'function' && !(value instanceof Date)) return copy(safely(() => (toJSON as () => unknown).call(value)), depth, seen, false);
    if (value instanceof Date) return value.toISOString();
    if (value instanceof Error) {
      const code = (value as { code?: unknown }).code;
      return { name: value.name, ...(typeof code === 'string' ? { code } : {}), message: text(value.message) };
    }
    if (Array.isArray(value)) {
      const out = value.slice(0, MAX_ITEMS).map((item) => copy(item, depth + 1, seen) ?? null);
      if (value.length > MAX_ITEMS) out.push(`… ${value.length - MAX_ITEMS} more`);
      return out;
    }
    const proto = Object.getPrototypeOf(value) as object | null;
    if (proto !== null && proto !== Object.prototype) return `[${(value.constructor as { name?: string } | undefined)?.name || 'object'}]`;
    const out: Record<string, unknown> = {};
    const keys = Object.keys(value);
    for (const key of keys.slice(0, MAX_KEYS)) {
      const item = copy((value as Record<string, unknown>)[key], depth + 1, seen);
      if (item !== undefined) out[key] = item;
    }
    if (keys.length > MAX_KEYS) out['…'] = `${keys.length - MAX_KEYS} more keys`;
    return out;
  } finally {
    seen.delete(value);
  }
}

function text(value: string): string {
  const cut = value.length > MAX_STRING ? `${value.slice(0, MAX_STRING - 1)}…` : value;
  return redactSecrets(cut);
}

function safely(read: () => unknown): unknown {
  try {
    return read();
  } catch {
    return '[unreadable]';
  }
}
