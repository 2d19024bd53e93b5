import type { z } from 'zod';
import { InvalidOptionsError } from '../errors/index.js';
import { describeValue, quoteList } from './describeValue.js';

type Issue = z.core.$ZodIssue;

/**
 * Formats a zod path as the option path users write: `supervisor.maxRestarts`,
 * `tools[0].name`, `input[2].path`.
 *
 * @example
 * ```ts
 * formatOptionPath(['tools', 0, 'name']);          // → 'tools[0].name'
 * formatOptionPath([2, 'path'], 'input');           // → 'input[2].path'
 * formatOptionPath(['mcpServers', 'a.b']);          // → 'mcpServers["a.b"]'
 * ```
 *
 * @param path The segments, outermost first.
 * @param prefix A root name written before the path (e.g. `input`).
 */
export function formatOptionPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && !/^[A-Za-z_$][\w$-]*$/.test(segment)) out += `[${JSON.stringify(segment)}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out === '' ? 'options' : out;
}

/**
 * Validates `raw` with `schema` and returns the parsed value, or throws an
 * {@link InvalidOptionsError} for the first problem, naming its option path. Further
 * problems (up to three) are listed in the same message so a user fixes them in one go.
 *
 * @example
 * ```ts
 * const opts = parseWithSchema(threadOptionsSchema, raw, { what: 'thread options' });
 * ```
 *
 * @param schema The zod schema.
 * @param raw The untrusted value.
 * @param context `what` names the whole value in messages (e.g. `Codex options`);
 *   `prefix` is written before every option path (e.g. `input`).
 * @throws InvalidOptionsError when `raw` does not match.
 * @internal
 */
export function parseWithSchema<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  context: { what: string; prefix?: string },
): z.output<S> {
  const result = schema.safeParse(raw, { reportInput: true, error: defaultMessage });
  if (result.success) return result.data;
  // An unknown key usually explains the other problems (a typo'd required key is also
  // "missing"), so it is reported first.
  const issues = result.error.issues
    .flatMap(pickUnionBranch)
    .sort((a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'))
    .map(missingAsRequired);
  const first = issues[0];
  if (first === undefined) throw new InvalidOptionsError(context.prefix || 'options', `invalid ${context.what}`);
  const others = issues.slice(1, 4).map((i) => `\`${issueOption(i, context.prefix)}\`: ${i.message}`);
  const more = others.length > 0 ? ` (also: ${others.join('; ')})` : '';
  // No `cause`: zod issues carry the raw input, which may hold secrets (apiKey, env).
  throw new InvalidOptionsError(issueOption(first, context.prefix), `${first.message}${more}`);
}

/** Unknown keys are reported at the key itself, so the option path points at the typo. */
function issueOption(issue: Issue, prefix = ''): string {
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) {
    return formatOptionPath([...issue.path, issue.keys[0]], prefix);
  }
  return formatOptionPath(issue.path, prefix);
}

/**
 * A union failure lists every branch's issues. The useful ones are those from the branch
 * the user evidently meant: any branch that got past the type check of the value itself.
 */
function pickUnionBranch(issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const specific = issue.errors
    .map((branch) => branch.flatMap(pickUnionBranch))
    .filter((branch) => branch.some((i) => !isRootMismatch(i)))
    .map((branch) => branch.map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as Issue));
  const chosen = specific[0];
  return chosen !== undefined && specific.length === 1 ? chosen : [issue];
}

/**
 * Optional fields never run their checks when absent, so a custom check that saw
 * `undefined` is a required field that is missing: say that instead of "got undefined".
 */
function missingAsRequired(issue: Issue): Issue {
  return issue.code === 'custom' && 'input' in issue && issue.input === undefined ? { ...issue, message: 'is required' } : issue;
}

/** The value is not of this branch's kind at all (wrong type, or not the branch's literal). */
function isRootMismatch(issue: Issue): boolean {
  return issue.path.length === 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_value');
}

/** Messages for issues whose schema did not provide its own. */
function defaultMessage(issue: z.core.$ZodRawIssue): string | undefined {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'is required';
      return `must be ${withArticle(String(issue.expected))}, got ${describeValue(input)}`;
    case 'invalid_value':
      return `must be one of ${quoteList(issue.values)}; got ${describeValue(input)}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `must have at least ${String(issue.minimum)} item(s)`
        : issue.origin === 'string'
          ? 'must not be empty'
          : `must be ${issue.inclusive ? 'at least' : 'greater than'} ${String(issue.minimum)}; got ${describeValue(input)}`;
    case 'too_big':
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}; got ${describeValue(input)}`;
    case 'unrecognized_keys':
      return `unknown option${issue.keys.length > 1 ? 's' : ''} ${quoteList(issue.keys)}`;
    case 'invalid_union':
      return `does not match any accepted form; got ${describeValue(input)}`;
    default:
      return undefined;
  }
}

function withArticle(expected: string): string {
  if (expected === 'int') return 'an integer';
  return /^[aeiou]/i.test(expected) ? `an ${expected}` : `a ${expected}`;
}
