import { describe, expect, it } from 'vitest';
import { redactSecrets, secretValues, StderrTail } from '../../../src/transport/execStderrTail.js';

describe('redactSecrets', () => {
  it.each([
    ['a known secret value', 'key=hunter2hunter2 end', ['hunter2hunter2'], 'key=[REDACTED] end'],
    ['an OpenAI-style key', 'using sk-proj-AbCdEf0123456789', [], 'using [REDACTED]'],
    ['a bearer header', 'authorization: Bearer eyJhbGciOi.J9.abc', [], 'authorization: Bearer [REDACTED]'],
    ['api_key assignments', 'api_key="abcd1234efgh" and token: x', [], 'api_key="[REDACTED]" and token: x'],
    ['nothing secret', 'ERROR stream disconnected', [], 'ERROR stream disconnected'],
  ])('removes %s', (_name, text, secrets, expected) => {
    expect(redactSecrets(text, secrets)).toBe(expected);
  });

  it('removes the longer of two overlapping secrets whole', () => {
    expect(redactSecrets('x abcdef123456789 y', secretValues({}, ['abcdef', 'abcdef123456789']))).toBe('x [REDACTED] y');
  });
});

describe('secretValues', () => {
  it('takes values of secret-looking env vars and the extras, ignoring short values', () => {
    expect(secretValues({ OPENAI_API_KEY: 'sk-1234567', MOCK_TOKEN: 'tok-abcdef', HOME: '/root', SHORT_KEY: 'abc' }, ['explicit-secret', undefined]).sort()).toEqual(
      ['explicit-secret', 'sk-1234567', 'tok-abcdef'].sort(),
    );
  });
});

describe('StderrTail', () => {
  it('keeps the last lines only', () => {
    const tail = new StderrTail();
    for (let i = 0; i < 100; i++) tail.push(`line ${i}\n`);
    const text = tail.read([], 3);
    expect(text).toBe('line 97\nline 98\nline 99\n');
  });

  it('bounds memory and drops the first, possibly cut, line after trimming', () => {
    const tail = new StderrTail(100);
    tail.push(`${'x'.repeat(150)} secret-value-123456\n`);
    tail.push(`${'y'.repeat(80)}\nlast line\n`);
    const text = tail.read(['secret-value-123456']);
    expect(text.length).toBeLessThanOrEqual(100);
    expect(text).not.toContain('secret-value');
    expect(text).not.toContain('x');
    expect(text).toContain('last line');
  });

  it('decodes UTF-8 split across chunks', () => {
    const tail = new StderrTail();
    const bytes = Buffer.from('héllo ✓\n');
    tail.push(bytes.subarray(0, 2));
    tail.push(bytes.subarray(2));
    expect(tail.read([])).toBe('héllo ✓\n');
  });
});
