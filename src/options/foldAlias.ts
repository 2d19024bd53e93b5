import { InvalidOptionsError } from '../errors/index.js';

/**
 * Folds an option and its alias into one value (`sandbox` / `sandboxMode`). Either may
 * be given; both may be given only when they mean the same thing.
 *
 * @example
 * ```ts
 * foldAlias({ sandboxMode: 'read-only' }, 'sandbox', 'sandboxMode'); // → 'read-only'
 * foldAlias({ sandbox: 'read-only', sandboxMode: 'workspace-write' }, 'sandbox', 'sandboxMode'); // throws
 * ```
 *
 * @param options The parsed options object.
 * @param canonical The name kept in normalised options.
 * @param alias The other accepted name.
 * @param prefix Option path prefix for the error (e.g. `turn.`).
 * @param same Equality after normalisation (e.g. paths compared once resolved).
 * @throws InvalidOptionsError when both are given with different values.
 * @internal
 */
export function foldAlias<T>(
  options: Partial<Record<string, unknown>>,
  canonical: string,
  alias: string,
  prefix = '',
  same: (a: T, b: T) => boolean = Object.is,
): T | undefined {
  const a = options[canonical] as T | undefined;
  const b = options[alias] as T | undefined;
  if (a !== undefined && b !== undefined && !same(a, b)) {
    throw new InvalidOptionsError(
      `${prefix}${alias}`,
      `conflicts with \`${prefix}${canonical}\`: ${JSON.stringify(b)} vs ${JSON.stringify(a)}. ` +
        `They are two names for the same option; pass only \`${canonical}\`.`,
    );
  }
  return a ?? b;
}
