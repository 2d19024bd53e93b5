import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseTurnOptions } from '../../../src/options/index.js';
import { expectInvalid } from './expectInvalid.js';

const BASE = '/work/project';

describe('parseTurnOptions: normalisation', () => {
  it('returns an empty object for no options', () => {
    expect(parseTurnOptions(undefined, BASE)).toEqual({});
    expect(parseTurnOptions({}, BASE)).toEqual({});
  });

  it.each<[unknown, Record<string, unknown>]>([
    [{ cwd: 'sub' }, { cwd: `${BASE}/sub` }],
    [{ workingDirectory: '/abs' }, { cwd: '/abs' }],
    [{ sandboxMode: 'read-only' }, { sandbox: 'read-only' }],
    [{ effort: 'high', summary: 'detailed', model: 'gpt-5.5' }, { effort: 'high', summary: 'detailed', model: 'gpt-5.5' }],
    [{ approvalMode: 'deny_all', approvalPolicy: 'never' }, { approvalMode: 'deny_all', approvalPolicy: 'never' }],
    [{ cyberAccessProgram: 'daybreak_red' }, { cyberAccessProgram: 'daybreak_red' }],
    [{ cyberAccessProgram: 'daybreakBlue' }, { cyberAccessProgram: 'daybreakBlue' }],
    [{ personality: 'pragmatic', collaborationMode: 'default', serviceTier: 'flex' }, { personality: 'pragmatic', collaborationMode: 'default', serviceTier: 'flex' }],
  ])('%j → %j', (raw, expected) => {
    const opts = parseTurnOptions(raw, BASE);
    expect(opts).toEqual(expected);
  });

  it('accepts an AbortSignal, a JSON schema, a zod schema and the SDK user-input handler', () => {
    const controller = new AbortController();
    const jsonSchema = { type: 'object', properties: { ok: { type: 'boolean' } } };
    const zodSchema = z.object({ ok: z.boolean() });
    const onRequestUserInput = async () => ({ answers: {} });
    expect(parseTurnOptions({ signal: controller.signal, outputSchema: jsonSchema, onRequestUserInput }, BASE)).toEqual({
      signal: controller.signal,
      outputSchema: jsonSchema,
      onRequestUserInput,
    });
    expect(parseTurnOptions({ outputSchema: zodSchema }, BASE).outputSchema).toBe(zodSchema);
    expect(parseTurnOptions({ signal: AbortSignal.timeout(1000) }, BASE).signal).toBeInstanceOf(AbortSignal);
  });

  it('accepts every @openai/codex-sdk TurnOptions field', () => {
    expect(Object.keys(parseTurnOptions({ outputSchema: {}, signal: new AbortController().signal, cyberAccessProgram: 'standard' }, BASE)).sort()).toEqual([
      'cyberAccessProgram',
      'outputSchema',
      'signal',
    ]);
  });
});

describe('parseTurnOptions: rejects with the option path and a fix', () => {
  it.each<[unknown, string, RegExp]>([
    [{ signal: 'stop' }, 'signal', /AbortSignal.*controller\.signal/],
    [{ signal: {} }, 'signal', /AbortSignal/],
    [{ outputSchema: 'json' }, 'outputSchema', /JSON schema object.*zod/],
    [{ outputSchema: [] }, 'outputSchema', /JSON schema object/],
    [{ effort: '' }, 'effort', /non-empty/],
    [{ summary: 'short' }, 'summary', /'auto', 'concise', 'detailed', 'none'/],
    [{ sandbox: 'none' }, 'sandbox', /'read-only', 'workspace-write', 'danger-full-access'/],
    [{ sandbox: 'read-only', sandboxMode: 'danger-full-access' }, 'sandboxMode', /conflicts with `sandbox`/],
    [{ cwd: '/a', workingDirectory: '/b' }, 'workingDirectory', /conflicts with `cwd`/],
    [{ approvalMode: 'ask', approvalPolicy: 'on-request' }, 'approvalPolicy', /contradicts approvalMode 'ask'/],
    [{ approvalMode: 'deny_all', approvalPolicy: 'on-failure' }, 'approvalPolicy', /contradicts approvalMode 'deny_all'/],
    [{ cyberAccessProgram: 'daybreak' }, 'cyberAccessProgram', /'standard', 'daybreak_blue'/],
    [{ onRequestUserInput: 'ask' }, 'onRequestUserInput', /function/],
    [{ outputSchma: {} }, 'outputSchma', /did you mean 'outputSchema'/],
    [{ tools: [] }, 'tools', /thread option: pass it to codex\.startThread/],
    [{ modelReasoningEffort: 'high' }, 'modelReasoningEffort', /thread option/],
    [{ apiKey: 'x' }, 'apiKey', /Codex option/],
  ])('%j → %s', (raw, option, reason) => {
    expect(expectInvalid(() => parseTurnOptions(raw, BASE), option)).toMatch(reason);
  });
});
