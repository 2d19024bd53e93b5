import type { SettledTurn } from '../turnResult.js';
import { parseStructuredOutput, type PreparedOutputSchema } from './outputSchema.js';

/**
 * Applies structured output to a settled turn (either transport): a completed
 * turn's final response is parsed and validated against the prepared schema.
 *
 * - valid → `result.output` holds the parsed (and, for schema libraries,
 *   transformed) value;
 * - invalid and `throwOnInvalid` → the turn settles as a failure with a
 *   `StructuredOutputError` (the result, with `outputError`, stays reachable
 *   on the settled value);
 * - invalid and not `throwOnInvalid` → still a success, `output` undefined and
 *   `outputError` set.
 *
 * `throwOnInvalid` unset means: throw for a typed (zod / Standard) schema, not
 * for a JSON-schema object, whose users expect the SDK's raw `finalResponse`.
 *
 * Failed and interrupted turns are returned untouched: there is no answer to check.
 *
 * @example
 * ```ts
 * const settled = await finishStructured(settleTurn(outcome), prepareOutputSchema(schema), { throwOnInvalid: false });
 * ```
 */
export async function finishStructured(
  settled: SettledTurn,
  prepared: PreparedOutputSchema | null,
  options: { throwOnInvalid?: boolean | undefined } = {},
): Promise<SettledTurn> {
  if (!prepared || !settled.ok || settled.result.status !== 'completed') return settled;
  const parsed = await parseStructuredOutput(prepared, settled.result.finalResponse);
  if (parsed.ok) return { ok: true, result: { ...settled.result, output: parsed.value } };
  const result = { ...settled.result, outputError: parsed.error };
  if (!(options.throwOnInvalid ?? prepared.typed)) return { ok: true, result };
  Object.defineProperty(parsed.error, 'result', { value: result, enumerable: false, configurable: true });
  return { ok: false, error: parsed.error, result };
}
