/**
 * The protocol generator on a small hand-written bundle that uses every
 * construct codex's schema uses (v1/v2 namespaces, nullable via type arrays
 * and anyOf, one-enum-per-variant unions, externally tagged variants, serde
 * flatten of tagged and untagged enums, recursion) plus the method tables.
 * The rendered files are transpiled and imported, so the runtime behaviour
 * of the emitted zod is tested, not just its text.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ZodType } from 'zod';

import { orderDependencies } from '../../../src/protocol/codegen/dependencyOrder.js';
import { renderProtocolBundle } from '../../../src/protocol/codegen/generate.js';
import type { JsonSchemaObject } from '../../../src/protocol/codegen/jsonSchema.js';

const ref = (name: string) => ({ $ref: `#/definitions/v2/${name}` });
const method = (name: string) => ({ enum: [name], type: 'string' });
const request = (name: string, params: unknown) => ({
  properties: { id: { $ref: '#/definitions/RequestId' }, method: method(name), params },
  required: ['id', 'method', 'params'],
  type: 'object',
});

/** A miniature of `codex_app_server_protocol.schemas.json`; `overrides` replace (or, when undefined, remove) v2 definitions. */
function bundle(overrides: Record<string, unknown> = {}): JsonSchemaObject {
  const result = {
    definitions: {
      RequestId: { $schema: 'http://json-schema.org/draft-07/schema#', anyOf: [{ type: 'string' }, { format: 'int64', type: 'integer' }], title: 'RequestId' },
      ClientRequest: {
        oneOf: [
          request('tree/get', ref('TreeGetParams')),
          {
            description: 'Forget every node.',
            properties: { id: { $ref: '#/definitions/RequestId' }, method: method('tree/reset'), params: { type: 'null' } },
            required: ['id', 'method'],
            type: 'object',
          },
          request('config/write', ref('ConfigWriteParams')),
        ],
      },
      ServerRequest: { oneOf: [request('tree/confirm', { $ref: '#/definitions/ConfirmParams' })] },
      ServerNotification: {
        oneOf: [{ properties: { method: method('tree/changed'), params: ref('TreeChangedNotification') }, required: ['method', 'params'], type: 'object' }],
      },
      ClientNotification: { oneOf: [{ properties: { method: method('initialized') }, required: ['method'], type: 'object' }] },
      ConfirmParams: { properties: { question: { type: 'string' } }, required: ['question'], type: 'object' },
      ConfirmResponse: { properties: { yes: { type: 'boolean' } }, required: ['yes'], type: 'object' },
      v2: {
        RequestId: { anyOf: [{ type: 'string' }, { format: 'int64', type: 'integer' }] },
        TreeGetParams: { properties: { depth: { format: 'uint32', minimum: 0, type: ['integer', 'null'] } }, type: 'object' },
        TreeGetResponse: { properties: { root: ref('Node') }, required: ['root'], type: 'object' },
        TreeResetResponse: { type: 'object' },
        ConfigWriteParams: { properties: { values: { additionalProperties: { type: 'string' }, type: 'object' } }, required: ['values'], type: 'object' },
        ConfigSavedResponse: { properties: { ok: { type: 'boolean' } }, required: ['ok'], type: 'object' },
        TreeChangedNotification: {
          properties: { node: ref('Node'), reason: ref('Reason'), item: ref('ThreadItem') },
          required: ['node', 'reason', 'item'],
          type: 'object',
        },
        Node: {
          description: 'A tree node; recursive.',
          properties: {
            name: { description: 'Display name.', type: 'string' },
            children: { items: ref('Node'), type: 'array' },
            parent: { anyOf: [ref('Node'), { type: 'null' }], default: null },
          },
          required: ['name', 'children'],
          type: 'object',
        },
        Reason: {
          oneOf: [
            { description: 'Newly added.', enum: ['added'], type: 'string' },
            { enum: ['removed'], type: 'string' },
            { additionalProperties: false, properties: { moved: { properties: { from: { type: 'string' } }, required: ['from'], type: 'object' } }, required: ['moved'], type: 'object' },
          ],
        },
        ThreadItem: {
          oneOf: [
            { properties: { type: method('circle'), r: { type: 'number' } }, required: ['type', 'r'], type: 'object' },
            {
              anyOf: [
                { properties: { fileId: { type: 'string' } }, required: ['fileId'], type: 'object' },
                { properties: { data: { type: 'string' } }, required: ['data'], type: 'object' },
              ],
              properties: { type: method('image') },
              required: ['type'],
              type: 'object',
            },
          ],
          properties: { id: { type: 'string' }, startedAtMs: { format: 'int64', type: ['integer', 'null'] } },
          required: ['id'],
          type: 'object',
        },
        ...overrides,
      } as Record<string, unknown>,
    },
  };
  const v2 = result.definitions.v2;
  for (const key of Object.keys(v2)) if (v2[key] === undefined) delete v2[key];
  return result as JsonSchemaObject;
}

/** `config/write` answers `ConfigSavedResponse`, off the naming rule, as codex's `config/value/write` answers `ConfigWriteResponse`. */
const OVERRIDES = { 'config/write': 'ConfigSavedResponse' };

/** Renders {@link bundle} with {@link OVERRIDES}. */
const render = (overrides: Record<string, unknown> = {}) => renderProtocolBundle(bundle(overrides), '9.9.9', OVERRIDES).files;

describe('rendered source', () => {
  const files = render();
  const definitions = files.get('definitions.ts') ?? '';
  const types = files.get('types.ts') ?? '';

  test('every file says it is generated, from which codex, and how to regenerate', () => {
    expect([...files.keys()].sort()).toEqual([
      'clientNotifications.ts',
      'clientRequests.ts',
      'definitions.ts',
      'index.ts',
      'registry.ts',
      'serverNotifications.ts',
      'serverRequests.ts',
      'types.ts',
    ]);
    for (const content of files.values()) {
      expect(content).toMatch(/^\/\/ GENERATED FILE: do not edit by hand\.\n\/\/ Source: .*codex-cli 9\.9\.9\.\n\/\/ Regenerate with `npm run codegen`/);
    }
  });

  test('rendering is deterministic', () => {
    expect(render()).toEqual(files);
  });

  test('recursion uses z.lazy and a written type; nothing else is lazy', () => {
    expect(definitions).toContain('export const NodeSchema: z.ZodType<T.Node> = z.looseObject({');
    expect(definitions).toContain('children: z.array(z.lazy(() => NodeSchema)),');
    expect(definitions).toContain('parent: z.lazy(() => NodeSchema).nullish(),');
    expect(definitions.match(/z\.lazy\(/g)).toHaveLength(2);
  });

  test('schemas are declared after the schemas they use', () => {
    const at = (name: string) => definitions.indexOf(`export const ${name}Schema`);
    expect(at('Node')).toBeLessThan(at('TreeGetResponse'));
    expect(at('Reason')).toBeLessThan(at('TreeChangedNotification'));
    expect(at('ThreadItem')).toBeLessThan(at('TreeChangedNotification'));
  });

  test('written types: interfaces with docs, optional vs nullable, merged unit variants', () => {
    expect(types).toContain('/** A tree node; recursive. */\nexport interface Node {');
    expect(types).toContain('  /** Display name. */\n  name: string;');
    expect(types).toContain('  parent?: Node | null;');
    expect(types).toContain("export type Reason =\n  | 'added'\n  | 'removed'\n  | {\n    moved: {\n      from: string;\n    };\n  };");
    expect(types).toContain('  depth?: number | null;');
    expect(types).toContain('export type TreeResetResponse = { [key: string]: unknown };');
    expect(types).toContain('  values: { [key: string]: string };');
  });

  test('method maps: params, results (naming rule and exception), optional params', () => {
    const clientRequests = files.get('clientRequests.ts') ?? '';
    expect(clientRequests).toContain("  'tree/get': {\n    params: T.TreeGetParams;\n    result: T.TreeGetResponse;\n  };");
    expect(clientRequests).toContain("  /** Forget every node. */\n  'tree/reset': {\n    params: null | undefined;\n    result: T.TreeResetResponse;\n  };");
    expect(clientRequests).toContain("'config/write': {\n    params: S.ConfigWriteParamsSchema,\n    result: S.ConfigSavedResponseSchema,");
    expect(clientRequests).toContain('params: z.null().optional(),');
    expect(files.get('serverRequests.ts')).toContain('result: S.ConfirmResponseSchema,');
  });
});

describe('method tables are derived from the schema, never crashing on a new method', () => {
  test('a request whose result the schema does not declare is typed unknown, with a warning', () => {
    const { files, warnings } = renderProtocolBundle(bundle({ ConfigSavedResponse: undefined }), '1.0.0', {});
    const clientRequests = files.get('clientRequests.ts') ?? '';
    expect(clientRequests).toContain("'config/write': {\n    params: T.ConfigWriteParams;\n    result: unknown;\n  };");
    expect(clientRequests).toContain("'config/write': {\n    params: S.ConfigWriteParamsSchema,\n    result: z.unknown(),");
    expect(warnings).toEqual(['"config/write" has no result type in the schema (tried ConfigWriteResponse); its result is typed unknown']);
  });

  test('a request without a result next to a response type without a method is ambiguous: fails naming the override to add', () => {
    expect(() => renderProtocolBundle(bundle(), '1.0.0', {})).toThrow(
      /cannot tell which response type answers "config\/write".*\(ConfigSavedResponse\).*RESPONSE_OVERRIDES in src\/protocol\/codegen\/protocolMethods\.ts:\n  'config\/write': '<one of the above>'/s,
    );
  });

  test('a response type no method uses is left out, with a warning', () => {
    const { files, warnings } = renderProtocolBundle(bundle({ OrphanResponse: { type: 'object' } }), '1.0.0', OVERRIDES);
    expect(files.get('types.ts')).not.toContain('OrphanResponse');
    expect(warnings).toEqual(['response type OrphanResponse is not the result of any method; it is not generated']);
  });

  test('an override for a method this protocol lacks (an older codex) is only a warning', () => {
    const { warnings } = renderProtocolBundle(bundle(), '1.0.0', { ...OVERRIDES, 'gone/away': 'ConfirmResponse' });
    expect(warnings).toEqual(['RESPONSE_OVERRIDES names "gone/away", which this protocol does not have']);
  });

  test('a bundle without ThreadItem fails (the item union is always generated)', () => {
    expect(() => render({ ThreadItem: undefined, TreeChangedNotification: { type: 'object' } })).toThrow(/no "ThreadItem" definition/);
  });

  test('two different definitions with one name in v1 and v2 fail', () => {
    const clash = bundle();
    (clash.definitions as Record<string, unknown>)['Node'] = { type: 'string' };
    expect(() => renderProtocolBundle(clash, '1.0.0', OVERRIDES)).toThrow(/"Node" exists twice/);
  });
});

describe('orderDependencies', () => {
  test('puts dependencies first and finds cycles, including self references', () => {
    const edges = new Map<string, Set<string>>([
      ['A', new Set(['B'])],
      ['B', new Set(['C'])],
      ['C', new Set(['B'])],
      ['D', new Set(['D', 'A'])],
      ['E', new Set()],
    ]);
    const order = orderDependencies(edges);
    expect(order.groups).toEqual([['B', 'C'], ['A'], ['D'], ['E']]);
    expect([...order.cyclic].sort()).toEqual(['B', 'C', 'D']);
    expect(order.groupOf.get('B')).toBe(order.groupOf.get('C'));
  });
});

describe('emitted zod at runtime', () => {
  // Transpiled into node_modules/.cache so the emitted `import { z } from 'zod'` resolves.
  const root = fileURLToPath(new URL('../../../node_modules/.cache/', import.meta.url));
  let dir = '';
  let S: Record<string, ZodType> = {};
  let maps: Record<string, Record<string, unknown>> = {};

  beforeAll(async () => {
    await mkdir(root, { recursive: true });
    dir = await mkdtemp(join(root, 'codex-actors-codegen-'));
    for (const [name, source] of render()) {
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
      });
      await writeFile(join(dir, name.replace(/\.ts$/, '.js')), outputText);
    }
    await writeFile(join(dir, 'package.json'), '{"type":"module"}');
    S = (await import(pathToFileURL(join(dir, 'definitions.js')).href)) as Record<string, ZodType>;
    maps = (await import(pathToFileURL(join(dir, 'index.js')).href)) as Record<string, Record<string, unknown>>;
  });

  afterAll(async () => {
    if (dir !== '') await rm(dir, { recursive: true, force: true });
  });

  const schema = (name: string): ZodType => {
    const found = S[`${name}Schema`];
    if (found === undefined) throw new Error(`no ${name}Schema`);
    return found;
  };

  test('recursive schemas parse nested data', () => {
    const tree = { name: 'root', children: [{ name: 'leaf', children: [], parent: null }] };
    expect(schema('Node').parse(tree)).toEqual(tree);
    expect(schema('Node').safeParse({ name: 'root', children: [{ name: 3, children: [] }] }).success).toBe(false);
  });

  test('objects keep unknown keys; required keys are required; absent optional keys stay absent', () => {
    const value = schema('ConfirmParams').parse({ question: 'ok?', future: 1 });
    expect(value).toEqual({ question: 'ok?', future: 1 });
    expect(schema('ConfirmParams').safeParse({}).success).toBe(false);
    expect(schema('TreeGetParams').parse({})).toEqual({});
    expect(schema('TreeGetParams').parse({ depth: null })).toEqual({ depth: null });
  });

  test('externally tagged variants and unit variants', () => {
    const reason = schema('Reason');
    expect(reason.parse('added')).toBe('added');
    expect(reason.parse({ moved: { from: '/a' } })).toEqual({ moved: { from: '/a' } });
    expect(reason.safeParse('teleported').success).toBe(false);
  });

  test('flattened unions: shared fields on every option, tag lookup, grouped options', () => {
    const item = schema('ThreadItem');
    expect(item.parse({ type: 'circle', id: 'c', r: 2, startedAtMs: null })).toEqual({ type: 'circle', id: 'c', r: 2, startedAtMs: null });
    expect(item.parse({ type: 'image', id: 'i', fileId: 'f' })).toEqual({ type: 'image', id: 'i', fileId: 'f' });
    expect(item.parse({ type: 'image', id: 'i', data: 'AA==' })).toEqual({ type: 'image', id: 'i', data: 'AA==' });
    expect(item.safeParse({ type: 'image', id: 'i' }).success).toBe(false);
    expect(item.safeParse({ type: 'circle', r: 2 }).success).toBe(false);
    expect(item.safeParse({ type: 'square', id: 's' }).success).toBe(false);
  });

  test('maps: methods to params/result schemas', () => {
    const client = maps['ClientRequestSchemas'] as Record<string, { params: ZodType; result: ZodType }>;
    expect(Object.keys(client).sort()).toEqual(['config/write', 'tree/get', 'tree/reset']);
    expect(client['tree/reset']?.params.parse(undefined)).toBeUndefined();
    expect(client['tree/reset']?.params.parse(null)).toBeNull();
    expect(client['config/write']?.params.safeParse({ values: { a: 1 } }).success).toBe(false);
    const notifications = maps['ServerNotificationSchemas'] as Record<string, ZodType>;
    expect(Object.keys(notifications)).toEqual(['tree/changed']);
    expect(maps['GENERATED_FROM_CODEX_VERSION']).toBe('9.9.9');
  });
});
