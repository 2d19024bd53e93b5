import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuthError, TurnFailedError } from '../../../src/errors/index.js';
import { SecretRedactor, collectSecrets, redactSettledTurn } from '../../../src/secrets/index.js';

describe('collectSecrets', () => {
  it('takes the apiKey, credential-named env values (not paths, not short) and auth.json keys and tokens', async () => {
    const home = await mkdtemp('/var/tmp/codex-actors-secrets-');
    try {
      await writeFile(path.join(home, 'auth.json'), JSON.stringify({ OPENAI_API_KEY: 'sk-from-auth-json', auth_mode: 'chatgpt', tokens: { access_token: 'access-token-value', refresh_token: 'refresh-token-value' }, last_refresh: '2026-01-01' }));
      const secrets = collectSecrets({
        apiKey: 'sk-option-key',
        env: { MY_API_KEY: 'value-of-key', GITHUB_TOKEN: 'ghp_abcdefgh', SSH_AUTH_SOCK: '/tmp/agent.sock', KEYBOARD: '/dev/input', SHORT_KEY: 'abc', PATH: '/usr/bin', CODEX_HOME: home },
      });
      expect(secrets.sort()).toEqual(['access-token-value', 'ghp_abcdefgh', 'refresh-token-value', 'sk-from-auth-json', 'sk-option-key', 'value-of-key']);
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });
});

describe('SecretRedactor', () => {
  const redactor = new SecretRedactor(['sk-known-secret-1', 'plainsecretvalue']);

  it('diagnostic text: known values and credential shapes', () => {
    expect(redactor.redact('key sk-known-secret-1 and sk-other123456 and Bearer abc.def and token=xyz and eyJaaaaaaa.eyJbbbbbbb.ccccccc')).toBe(
      'key *** and sk-*** and Bearer *** and token=*** and ***',
    );
  });

  it('content text: only known values, so code survives', () => {
    expect(redactor.redactKnown('password = input(); echo plainsecretvalue')).toBe('password = input(); echo ***');
  });

  it('events: error events get the diagnostic strength, items the content strength, in place', () => {
    const error = { type: 'error', message: 'Bearer abcdef123' };
    expect(redactor.redactEvent(error)).toBe(error);
    expect(error.message).toBe('Bearer ***');
    const item = { type: 'item.completed', item: { type: 'command_execution', command: 'token=abc', aggregated_output: 'plainsecretvalue\n' } };
    redactor.redactEvent(item);
    expect(item.item).toMatchObject({ command: 'token=abc', aggregated_output: '***\n' });
  });

  it('errors: message, stack, fields, cause and a non-writable result', () => {
    const cause = new Error('inner sk-known-secret-1');
    const error = new TurnFailedError({ message: 'outer sk-known-secret-1', additionalDetails: 'details plainsecretvalue' }, { cause });
    const result = { error: { message: 'sk-known-secret-1' }, finalResponse: 'token=ok plainsecretvalue' };
    Object.defineProperty(error, 'result', { value: result, enumerable: false });
    redactSettledTurn({ ok: false, error, result }, redactor);
    expect(error.message).toBe('outer ***');
    expect(error.stack).not.toContain('sk-known-secret-1');
    expect(error.additionalDetails).toBe('details ***');
    expect(cause.message).toBe('inner ***');
    expect(result).toEqual({ error: { message: '***' }, finalResponse: 'token=ok ***' });
    const auth = new AuthError('401 sk-known-secret-1', 401);
    redactor.redactError(auth);
    expect(auth.message).not.toContain('sk-known-secret-1');
  });

  // Node ≥ 21 makes an error's own `stack` an accessor (get and set); Node 20 a plain value.
  // Each shape is built by hand here so every Node version runs every case.
  it('errors whose stack is an accessor (as on Node 22 and 24), a getter only, or frozen', () => {
    let stored = 'Error: sk-known-secret-1\n    at here';
    const withSetter = new Error('401 sk-known-secret-1');
    Object.defineProperty(withSetter, 'stack', { get: () => stored, set: (v: string) => (stored = v), enumerable: false, configurable: true });
    expect(redactor.redactError(withSetter)).toBe(withSetter);
    expect(withSetter.stack).toBe('Error: ***\n    at here');
    expect(Object.getOwnPropertyDescriptor(withSetter, 'stack')?.set).toBeTypeOf('function');

    const getterOnly = new Error('boom');
    Object.defineProperty(getterOnly, 'stack', { get: () => 'Error: sk-known-secret-1', set: undefined, enumerable: false, configurable: true });
    redactor.redactError(getterOnly);
    expect(getterOnly.stack).toBe('Error: ***');
    expect(Object.getOwnPropertyDescriptor(getterOnly, 'stack')).toMatchObject({ writable: false, enumerable: false, configurable: true });

    const frozen = new Error('sk-known-secret-1');
    Object.defineProperty(frozen, 'stack', { get: () => 'sk-known-secret-1', set: undefined, enumerable: false, configurable: false });
    expect(() => redactor.redactError(frozen)).not.toThrow();
    expect(frozen.message).toBe('***');
  });

  it("an AuthError of this Node's own making keeps its class and loses the key", () => {
    const auth = new AuthError('401 Incorrect API key provided: sk-known-secret-1', 401);
    const settled = redactSettledTurn({ ok: false, error: auth, result: null }, redactor);
    expect(settled.error).toBeInstanceOf(AuthError);
    expect(`${auth.message}\n${auth.stack}`).not.toContain('sk-known-secret-1');
  });
});

describe('SecretRedactor: notifications, guarded promises, keys learnt later', () => {
  it('redacts a copy of a notification (content strength) and leaves the original for the turn', () => {
    const redactor = new SecretRedactor(['known-secret-1']);
    const original = { method: 'item/agentMessage/delta', params: { delta: 'see known-secret-1; password = input()' } };
    const copy = redactor.redactNotification(original);
    expect(copy.params.delta).toBe('see ***; password = input()');
    expect(original.params.delta).toBe('see known-secret-1; password = input()');
  });

  it('uses the diagnostic strength for error notifications, and passes others through untouched without secrets', () => {
    const redactor = new SecretRedactor([]);
    expect(redactor.redactNotification({ method: 'error', params: { error: { message: 'bad key sk-abcdef1234567890' } } }).params.error.message).toBe('bad key sk-***');
    const delta = { method: 'item/agentMessage/delta', params: { delta: 'sk-abcdef1234567890' } };
    expect(redactor.redactNotification(delta)).toBe(delta);
  });

  it('guard() rejects with the error redacted; add() makes a later key redacted by value', async () => {
    const redactor = new SecretRedactor([]);
    redactor.add('plain-value-77');
    await expect(redactor.guard(Promise.reject(new Error('cursor plain-value-77 is invalid')))).rejects.toThrow('cursor *** is invalid');
    await expect(redactor.guard(Promise.resolve(1))).resolves.toBe(1);
  });
});
