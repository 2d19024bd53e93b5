import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { Codex, StructuredOutputError, type TurnResult } from '../../src/index.js';
import { responses } from '../../src/testing/index.js';
import { createScriptedCodex, type ScriptedCodex } from '../support/index.js';

let fixture: ScriptedCodex | null = null;
let codex: Codex | null = null;

afterEach(async () => {
  await codex?.close();
  await fixture?.dispose();
  codex = null;
  fixture = null;
});

async function setup() {
  fixture = await createScriptedCodex({ modelCatalog: true });
  codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env });
  return { fixture, codex, thread: codex.startThread({ cwd: fixture.home.workspace }) };
}

const verdict = z.object({
  green: z.boolean(),
  reasons: z.array(z.string()),
  score: z.number().int().nullable(),
});

describe('structured output on app-server', () => {
  it('sends the strict JSON schema as text.format and returns the parsed, typed output', async () => {
    const { fixture, thread } = await setup();
    fixture.server.enqueue(responses.message(JSON.stringify({ green: true, reasons: ['tests pass'], score: 9 })));
    const result = await thread.run('Is the build green?', { outputSchema: verdict });
    expectTypeOf(result.output).toEqualTypeOf<{ green: boolean; reasons: string[]; score: number | null } | undefined>();
    expect(result.output).toEqual({ green: true, reasons: ['tests pass'], score: 9 });
    const format = (fixture.server.lastRequest()!.body!.text as { format: Record<string, unknown> }).format;
    expect(format).toMatchObject({ type: 'json_schema', strict: true, name: 'codex_output_schema' });
    expect(format.schema).toEqual({
      type: 'object',
      properties: {
        green: { type: 'boolean' },
        reasons: { type: 'array', items: { type: 'string' } },
        score: { anyOf: [{ type: 'integer', minimum: expect.any(Number), maximum: expect.any(Number) }, { type: 'null' }] },
      },
      required: ['green', 'reasons', 'score'],
      additionalProperties: false,
    });
  });

  it('rejects an answer that does not match with StructuredOutputError carrying the raw text and the issues', async () => {
    const { fixture, thread } = await setup();
    fixture.server.enqueue(responses.message('{"green":"yes","reasons":[]}'), responses.message('not json at all'));
    const error = await thread.run('Is it green?', { outputSchema: verdict }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StructuredOutputError);
    const invalid = error as StructuredOutputError & { result: TurnResult };
    expect(invalid.code).toBe('STRUCTURED_OUTPUT_INVALID');
    expect(invalid.rawText).toBe('{"green":"yes","reasons":[]}');
    expect(invalid.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['green', 'score']));
    expect(invalid.result.status).toBe('completed');

    const second = await thread.run('Again', { outputSchema: verdict }).catch((e: unknown) => e);
    expect(second).toBeInstanceOf(StructuredOutputError);
    expect((second as StructuredOutputError).issues[0]!.message).toMatch(/not valid JSON/);
  });

  it('with throwOnInvalid: false resolves with result.outputError instead of throwing', async () => {
    const { fixture, thread } = await setup();
    fixture.server.enqueue(responses.message('{"green":1}'));
    const result = await thread.run('Is it green?', { outputSchema: verdict, throwOnInvalid: false });
    expect(result.status).toBe('completed');
    expect(result.output).toBeUndefined();
    expect(result.outputError).toBeInstanceOf(StructuredOutputError);
    expect(result.outputError!.rawText).toBe('{"green":1}');
    expect(result.finalResponse).toBe('{"green":1}');
  });

  it('accepts a JSON-schema object (typed by the caller) and leaves later turns without a schema', async () => {
    const { fixture, thread } = await setup();
    fixture.server.enqueue(responses.message('{"n":3}'), responses.message('plain text'));
    const schema = { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'], additionalProperties: false };
    const result = await thread.run<{ n: number }>('count', { outputSchema: schema });
    expectTypeOf(result.output).toEqualTypeOf<{ n: number } | undefined>();
    expect(result.output).toEqual({ n: 3 });
    const plain = await thread.run('no schema now');
    expect(plain.output).toBeUndefined();
    expect(fixture.server.requests[1]!.body!.text ?? null).not.toHaveProperty('format');
  });
});

describe('structured output on exec', () => {
  it('passes the strict schema through the exec --output-schema flag and parses the answer, typed', async () => {
    fixture = await createScriptedCodex({ modelCatalog: true });
    codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, transport: 'exec' });
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    fixture.server.enqueue(responses.message(JSON.stringify({ green: false, reasons: ['lint'], score: null })), responses.message('{"green":"no"}'));
    const result = await thread.run('Is the build green?', { outputSchema: verdict });
    expectTypeOf(result.output).toEqualTypeOf<{ green: boolean; reasons: string[]; score: number | null } | undefined>();
    expect(result.output).toEqual({ green: false, reasons: ['lint'], score: null });
    const format = (fixture.server.lastRequest()!.body!.text as { format: Record<string, unknown> }).format;
    expect(format).toMatchObject({ type: 'json_schema', strict: true, name: 'codex_output_schema' });
    expect((format.schema as { required: string[] }).required).toEqual(['green', 'reasons', 'score']);

    const lenient = await thread.run('Again', { outputSchema: verdict, throwOnInvalid: false });
    expect(lenient.outputError?.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['green']));
  });
});

describe.each(['app-server', 'exec'] as const)('a JSON-schema outputSchema, as @openai/codex-sdk users pass it (%s)', (transport) => {
  it('an answer that is not JSON resolves with the raw finalResponse, like the SDK; zod still throws', async () => {
    fixture = await createScriptedCodex({ modelCatalog: true });
    codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, ...(transport === 'exec' ? { transport } : {}) });
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    fixture.server.enqueue(responses.message('sorry, no JSON'), responses.message('still no JSON'), responses.message('nor now'));
    const schema = { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'], additionalProperties: false };
    const result = await thread.run('count', { outputSchema: schema });
    expect(result.finalResponse).toBe('sorry, no JSON');
    expect(result.output).toBeUndefined();
    expect(result.outputError).toBeInstanceOf(StructuredOutputError);
    await expect(thread.run('count', { outputSchema: schema, throwOnInvalid: true })).rejects.toBeInstanceOf(StructuredOutputError);
    await expect(thread.run('count', { outputSchema: z.object({ n: z.number() }) })).rejects.toBeInstanceOf(StructuredOutputError);
  });
});
