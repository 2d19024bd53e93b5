/**
 * Zod building blocks shared by the option schemas. Each one carries the message a
 * user needs to fix the value (what is wrong, what is accepted), so the parse
 * functions never have to post-process zod's generic texts.
 *
 * @internal
 */
import path from 'node:path';
import { z } from 'zod';
import { closestName } from './closestName.js';
import { describeValue, quoteList } from './describeValue.js';

/**
 * The longest delay Node timers honour: larger values fire after 1 ms instead
 * (Node prints a TimeoutOverflowWarning), which would turn a generous timeout into
 * an immediate one.
 */
export const MAX_TIMER_MS = 2_147_483_647;

/**
 * `z.strictObject` whose unknown-key error suggests the closest known key
 * (`unknown option 'sandobx'; did you mean 'sandbox'?`). `elsewhere` maps keys that
 * belong to another options object to a hint saying where they go.
 */
export function strictOptions<Shape extends z.core.$ZodLooseShape>(shape: Shape, elsewhere: Readonly<Record<string, string>> = {}) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        const key = issue.keys[0] ?? '';
        const moved = Object.hasOwn(elsewhere, key) ? elsewhere[key] : undefined;
        if (moved !== undefined) return `not accepted here: ${moved}`;
        const guess = closestName(key, known);
        return guess !== undefined
          ? `unknown option '${key}'; did you mean '${guess}'?`
          : `unknown option '${key}'; valid options here are ${quoteList(known)}`;
      }
      if (issue.code === 'invalid_type') {
        return issue.input === undefined ? 'is required' : `must be an object of options, got ${describeValue(issue.input)}`;
      }
      return undefined;
    },
  });
}

/** One of a fixed set of strings, with the set listed in the error. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, hint = '') {
  return z.enum(values, {
    error: (issue) => `must be one of ${quoteList(values)}; got ${describeValue(issue.input)}${hint ? `. ${hint}` : ''}`,
  });
}

/** A duration in whole milliseconds, `min` … {@link MAX_TIMER_MS}. */
export function durationMs(min: number) {
  const expected = `a whole number of milliseconds between ${min} and ${MAX_TIMER_MS}`;
  return z.custom<number>(
    (v) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= MAX_TIMER_MS,
    { error: (issue) => `must be ${expected}; got ${describeValue(issue.input)}` },
  );
}

/** An integer in [min, max]. */
export function integerIn(min: number, max = Number.MAX_SAFE_INTEGER) {
  return z.custom<number>((v) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max, {
    error: (issue) => `must be an integer ${max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `from ${min} to ${max}`}; got ${describeValue(issue.input)}`,
  });
}

/** A finite number in [min, max]. */
export function numberIn(min: number, max: number) {
  return z.custom<number>((v) => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max, {
    error: (issue) => `must be a number from ${min} to ${max}; got ${describeValue(issue.input)}`,
  });
}

/** A string that is not empty (and not only whitespace). */
export function nonEmptyString(hint = '') {
  return z.custom<string>((v) => typeof v === 'string' && v.trim() !== '', {
    error: (issue) => `must be a non-empty string; got ${describeValue(issue.input)}${hint ? `. ${hint}` : ''}`,
  });
}

/** A secret string: never echoed back in messages. */
export function secretString() {
  return z.custom<string>((v) => typeof v === 'string' && v.trim() !== '', {
    error: (issue) =>
      `must be a non-empty string; got ${typeof issue.input === 'string' ? 'an empty string' : typeof issue.input}`,
  });
}

/** An absolute filesystem path. */
export function absolutePath(hint: string) {
  return z.custom<string>((v) => typeof v === 'string' && v !== '' && path.isAbsolute(v), {
    error: (issue) =>
      typeof issue.input === 'string' && issue.input !== ''
        ? `must be an absolute path; got the relative path ${JSON.stringify(issue.input)}. ${hint}`
        : `must be an absolute path string; got ${describeValue(issue.input)}`,
  });
}

/** A path that may be relative (resolved against `process.cwd()` by the parse functions). */
export function pathString() {
  return z.custom<string>((v) => typeof v === 'string' && v.trim() !== '', {
    error: (issue) => `must be a non-empty path string; got ${describeValue(issue.input)}`,
  });
}

/** Any function; its signature is the caller's business (TypeScript checks it). */
export function functionOption<F extends (...args: never[]) => unknown>(what: string) {
  return z.custom<F>((v) => typeof v === 'function', {
    error: (issue) => `must be a function (${what}); got ${describeValue(issue.input)}`,
  });
}

/** An object that has the named methods (shallow duck-typing, e.g. an OpenTelemetry provider). */
export function objectWithMethods<T>(methods: readonly string[], what: string) {
  return z.custom<T>(
    (v) =>
      typeof v === 'object' &&
      v !== null &&
      methods.every((m) => typeof (v as Record<string, unknown>)[m] === 'function'),
    { error: (issue) => `must be ${what} (an object with ${methods.map((m) => `${m}()`).join(', ')}); got ${describeValue(issue.input)}` },
  );
}

/** A plain object (`{}` literal or `Object.create(null)`), e.g. a JSON schema or a config table. */
export function plainObject(what: string) {
  return z.custom<Record<string, unknown>>((v) => isPlainObject(v), {
    error: (issue) => `must be a plain object (${what}); got ${describeValue(issue.input)}`,
  });
}

/** True for `{}` literals and null-prototype objects, false for arrays, class instances, null. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
