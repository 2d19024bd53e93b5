/**
 * Copies the listed keys whose value is defined from `source` to `target`, so normalised
 * option objects never carry `key: undefined` (which would read as "explicitly unset" and
 * show up in wire params and snapshots).
 *
 * @example
 * ```ts
 * const out = {};
 * copyDefined({ a: 1, b: undefined }, out, ['a', 'b']); // out → { a: 1 }
 * ```
 *
 * @internal
 */
export function copyDefined<S extends object, T extends object>(source: S, target: T, keys: ReadonlyArray<keyof S & keyof T>): void {
  for (const key of keys) {
    const value = source[key];
    if (value !== undefined) (target as Record<PropertyKey, unknown>)[key as PropertyKey] = value;
  }
}
