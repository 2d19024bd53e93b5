import { describe, expect, it } from 'vitest';
import { StderrTail, redactSecrets, secretsFromEnv } from '../../../src/transport/stderrTail.js';

describe('redactSecrets', () => {
  it.each([
    ['OpenAI key', 'using key sk-proj-AbC123_xyz-987 now', 'using key sk-*** now'],
    ['bearer header', 'authorization: Bearer abc.def-ghi', 'authorization: Bearer ***'],
    ['basic header', 'Authorization: Basic dXNlcjpwYXNz', 'Authorization: Basic ***'],
    ['bearer alone', 'sent Bearer abc.def-ghi to server', 'sent Bearer *** to server'],
    ['key=value', 'api_key=hunter22 next', 'api_key=*** next'],
    ['JSON pair', '{"access_token": "tok123", "x": 1}', '{"access_token": "***", "x": 1}'],
  ])('%s', (_name, input, expected) => {
    expect(redactSecrets(input)).toBe(expected);
  });

  it('hides exact secret values', () => {
    expect(redactSecrets('the value is q9w8e7r6t5 ok', ['q9w8e7r6t5'])).toBe('the value is *** ok');
  });

  it('leaves ordinary text alone', () => {
    const text = 'Original token count: 12; output_tokens=3; sk-1';
    expect(redactSecrets(text)).toBe(text);
  });
});

describe('secretsFromEnv', () => {
  it('picks credential-looking variables only', () => {
    expect(secretsFromEnv({ OPENAI_API_KEY: 'sk-live-1234567', MOCK_API_KEY: 'short', PATH: '/usr/bin:/bin', GH_TOKEN: 'ghp_abcdefgh' })).toEqual([
      'sk-live-1234567',
      'ghp_abcdefgh',
    ]);
  });
});

describe('StderrTail', () => {
  it('keeps only the last maxLines lines', () => {
    const tail = new StderrTail({ maxLines: 3 });
    for (let i = 1; i <= 10; i++) tail.push(`line ${i}\n`);
    expect(tail.toString()).toBe('line 8\nline 9\nline 10');
  });

  it('stays bounded and drops the partial first line after trimming', () => {
    const tail = new StderrTail({ maxChars: 100, maxLines: 1000 });
    for (let i = 0; i < 10_000; i++) tail.push(`entry number ${i}\n`);
    const text = tail.toString();
    expect(text.length).toBeLessThanOrEqual(100);
    expect(text.split('\n')[0]).toMatch(/^entry number \d+$/);
    expect(text.endsWith('entry number 9999')).toBe(true);
  });

  it('decodes UTF-8 split across chunks, strips ANSI colours, and redacts', () => {
    const tail = new StderrTail({ secrets: ['my-secret-value'] });
    const bytes = Buffer.from('\u001b[31mERROR\u001b[0m héllo sk-abcdef123456 my-secret-value\n');
    tail.push(bytes.subarray(0, 19));
    tail.push(bytes.subarray(19));
    expect(tail.toString()).toBe('ERROR héllo sk-*** ***');
  });

  it('is empty when nothing was written', () => {
    expect(new StderrTail().toString()).toBe('');
  });
});
