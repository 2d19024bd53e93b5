import { expect } from 'vitest';
import { InvalidOptionsError, isCodexError } from '../../../src/errors/index.js';

/**
 * Runs `fn`, expects an InvalidOptionsError for `option`, and returns its message so a
 * test can assert the explanation (what was wrong, what to do).
 */
export function expectInvalid(fn: () => unknown, option: string): string {
  let thrown: unknown;
  try {
    fn();
  } catch (err) {
    thrown = err;
  }
  expect(thrown, `expected InvalidOptionsError for \`${option}\``).toBeInstanceOf(InvalidOptionsError);
  const err = thrown as InvalidOptionsError;
  expect(isCodexError(err)).toBe(true);
  expect(err.code).toBe('INVALID_OPTIONS');
  expect(err.option).toBe(option);
  expect(err.message).toContain(`\`${option}\``);
  return err.reason;
}
