import { InvalidOptionsError } from '../errors/index.js';
import type { OutputSchemaOption, TurnOptions } from '../options/turnOptions.js';

/**
 * The output type a schema describes, read from the Standard Schema type
 * brand (`schema['~standard'].types.output`) that zod ≥ 3.24, valibot and
 * arktype carry. `unknown` for JSON-schema objects (name the type yourself:
 * `thread.run<MyType>(input, { outputSchema: jsonSchema })`).
 *
 * @example
 * ```ts
 * const schema = z.object({ green: z.boolean() });
 * type Out = OutputOf<typeof schema>; // { green: boolean }
 * ```
 */
export type OutputOf<S> = S extends { readonly '~standard': { readonly types?: infer Types } }
  ? NonNullable<Types> extends { readonly output: infer Output }
    ? Output
    : unknown
  : unknown;

/** A schema-library object (zod or any Standard Schema) whose output type can be inferred. */
export interface TypedSchema {
  readonly '~standard': { readonly types?: { readonly output: unknown } | undefined };
}

/**
 * Options that only concern structured output and are handled by
 * codex-actors itself (they never reach codex).
 *
 * @example
 * ```ts
 * const result = await thread.run('Rate it', { outputSchema: z.object({ score: z.number() }), throwOnInvalid: false });
 * if (result.outputError) console.warn(result.outputError.issues);
 * ```
 */
export interface StructuredOutputOptions {
  /**
   * What an answer that is not valid JSON for `outputSchema` does: `true`
   * rejects with `StructuredOutputError`; `false` resolves with `result.output`
   * undefined and the error on `result.outputError`. Default: `true` for a zod
   * (Standard) schema; `false` for a plain JSON-schema object, as
   * @openai/codex-sdk returns whatever the model answered as `finalResponse`.
   */
  throwOnInvalid?: boolean;
}

/**
 * Turn options as `run`, `turn` and `runStreamed` accept them: {@link TurnOptions}
 * plus {@link StructuredOutputOptions}, with `outputSchema` typed as `S` so the
 * result's `output` can be inferred from it.
 *
 * @example
 * ```ts
 * const options: RunOptions<typeof schema> = { outputSchema: schema, throwOnInvalid: false };
 * ```
 */
export type RunOptions<S extends OutputSchemaOption = OutputSchemaOption> = Omit<TurnOptions, 'outputSchema'> &
  StructuredOutputOptions & { outputSchema?: S };

/**
 * Splits the codex-actors-only structured-output options off, so the rest can
 * be validated and sent to codex as ordinary turn options.
 *
 * @example
 * ```ts
 * const { turnOptions, throwOnInvalid } = splitStructuredOptions({ effort: 'low', throwOnInvalid: false });
 * ```
 *
 * @internal
 */
export function splitStructuredOptions(options: RunOptions | TurnOptions | undefined): { turnOptions: TurnOptions; throwOnInvalid: boolean | undefined } {
  if (options === undefined || options === null || typeof options !== 'object') return { turnOptions: (options ?? {}) as TurnOptions, throwOnInvalid: undefined };
  if (!('throwOnInvalid' in options)) return { turnOptions: options as TurnOptions, throwOnInvalid: undefined };
  const { throwOnInvalid, ...rest } = options as RunOptions;
  if (throwOnInvalid !== undefined && typeof throwOnInvalid !== 'boolean') {
    throw new InvalidOptionsError('throwOnInvalid', `must be true or false; got ${typeof throwOnInvalid}`);
  }
  return { turnOptions: rest as TurnOptions, throwOnInvalid };
}
