/** The change report of codex:upgrade, on two hand-made protocol models. */
import { describe, expect, test } from 'vitest';

import { diffProtocols, isEmptyChange, type ProtocolModel, renderChangeReport } from '../../../src/protocol/codegen/protocolDiff.js';
import type { IrNode } from '../../../src/protocol/codegen/schemaIr.js';

const ref = (name: string): IrNode => ({ kind: 'ref', name });
const str: IrNode = { kind: 'string' };
const object = (props: Record<string, IrNode>, optional: string[] = []): IrNode => ({
  kind: 'object',
  properties: Object.entries(props).map(([name, node]) => ({ name, node, optional: optional.includes(name) })),
});
const tagged = (...values: string[]): IrNode => ({
  kind: 'union',
  discriminator: 'type',
  options: values.map((value) => object({ type: { kind: 'literal', value } })),
});

function model(parts: {
  requests: [string, string, string | undefined][];
  notifications?: [string, string][];
  definitions: Record<string, IrNode>;
}): ProtocolModel {
  return {
    methods: {
      clientRequests: parts.requests.map(([method, params, result]) => ({ method, params: ref(params), paramsOptional: false, result })),
      serverRequests: [],
      serverNotifications: (parts.notifications ?? []).map(([method, params]) => ({ method, params: ref(params), paramsOptional: false })),
      clientNotifications: [],
      warnings: [],
    },
    definitions: new Map(Object.entries(parts.definitions)),
  };
}

const before = model({
  requests: [['a/get', 'AParams', 'AResponse'], ['gone', 'GoneParams', 'GoneResponse']],
  definitions: {
    AParams: object({ id: str, old: str }),
    AResponse: object({ value: str }),
    GoneParams: object({}),
    GoneResponse: object({}),
    Kind: { kind: 'enum', values: ['x', 'y'] },
    Item: tagged('one', 'two'),
  },
});
const after = model({
  requests: [['a/get', 'AParams', 'AResponse'], ['b/new', 'BParams', undefined]],
  notifications: [['b/changed', 'BParams']],
  definitions: {
    AParams: object({ id: { kind: 'nullable', inner: str }, env: str }, ['env']),
    AResponse: { ...object({ value: str }), description: 'only docs changed' } as IrNode,
    BParams: object({}),
    Kind: { kind: 'enum', values: ['x', 'z'] },
    Item: tagged('one', 'three'),
  },
});

describe('diffProtocols / renderChangeReport', () => {
  const changes = diffProtocols(before, after);
  const report = renderChangeReport('1.0.0', '2.0.0', changes, ['a note']);

  test('methods added and removed per direction, with their types', () => {
    expect(report).toContain('### Client requests\n\n- added `b/new` (params `BParams`, result `unknown`)\n- removed `gone`\n');
    expect(report).toContain('### Server notifications\n\n- added `b/changed` (params `BParams`)\n');
    expect(report).not.toContain('### Server requests');
  });

  test('types: added, removed, and changed field by field, variant by variant, value by value; docs-only changes are not changes', () => {
    expect(report).toContain('- added: `BParams`');
    expect(report).toContain('- removed: `GoneParams`, `GoneResponse`');
    expect(report).toContain('- `AParams`\n  - field `id`: `string` → `string | null`\n  - field `env?: string` added\n  - field `old` removed');
    expect(report).toContain("- `Item`\n  - variant `type: 'three'` added\n  - variant `type: 'two'` removed");
    expect(report).toContain("- `Kind`\n  - members added: `'z'`\n  - members removed: `'y'`");
    expect(report).not.toContain('AResponse`\n');
    expect(report).toContain('### Notes\n\n- a note\n');
  });

  test('an identical protocol says so', () => {
    expect(isEmptyChange(diffProtocols(before, before))).toBe(true);
    expect(renderChangeReport('1', '1.1', diffProtocols(before, before))).toBe('## codex 1 → 1.1\n\nNo protocol change.\n');
  });
});
