import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from '../../../src/errors/index.js';
import { toConfigOverrides, toTomlValue } from '../../../src/protocol/tomlOverrides.js';

function invalid(fn: () => unknown): InvalidOptionsError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(InvalidOptionsError);
    return err as InvalidOptionsError;
  }
  throw new Error('expected InvalidOptionsError');
}

describe('toConfigOverrides: flattening', () => {
  it('turns nested objects into dotted keys, in property order', () => {
    expect(
      toConfigOverrides({
        model: 'gpt-5',
        tools: { update_plan: { enabled: true } },
        model_providers: { mock: { base_url: 'http://127.0.0.1:1/v1', request_max_retries: 0 } },
      }),
    ).toEqual([
      'model="gpt-5"',
      'tools.update_plan.enabled=true',
      'model_providers.mock.base_url="http://127.0.0.1:1/v1"',
      'model_providers.mock.request_max_retries=0',
    ]);
  });

  it('keeps already-dotted keys as written (codex splits the path itself)', () => {
    expect(toConfigOverrides({ 'tools.update_plan.enabled': true })).toEqual(['tools.update_plan.enabled=true']);
  });

  it('returns nothing for an empty root and `key={}` for an empty nested object', () => {
    expect(toConfigOverrides({})).toEqual([]);
    expect(toConfigOverrides({ mcp_servers: {} })).toEqual(['mcp_servers={}']);
  });

  it('skips properties whose value is undefined, like the SDK', () => {
    expect(toConfigOverrides({ a: undefined, b: { c: undefined, d: 1 } })).toEqual(['b.d=1']);
    expect(toConfigOverrides({ t: [{ a: 1, b: undefined }] })).toEqual(['t=[{a = 1}]']);
  });

  it('accepts objects without a prototype', () => {
    const bare = Object.assign(Object.create(null) as object, { x: 1 });
    expect(toConfigOverrides({ bare })).toEqual(['bare.x=1']);
  });
});

describe('toConfigOverrides: values', () => {
  it.each([
    ['integer', 42, '42'],
    ['negative float', -1.5, '-1.5'],
    ['zero', 0, '0'],
    ['big float with exponent', 1e21, '1e+21'],
    ['small float with exponent', 1e-7, '1e-7'],
    ['true', true, 'true'],
    ['false', false, 'false'],
    ['empty string', '', '""'],
    ['plain string', 'high', '"high"'],
    ['string with quotes and backslashes', 'say "hi" \\ bye', '"say \\"hi\\" \\\\ bye"'],
    ['string with newline, tab, CR', 'a\nb\tc\rd', '"a\\nb\\tc\\rd"'],
    ['string with control characters', '\u0000\u0008\u001f', '"\\u0000\\b\\u001f"'],
    ['string with DEL, which TOML requires escaped (the SDK leaves it raw)', 'a\u007fb', '"a\\u007Fb"'],
    ['unicode', 'héllo ✓ 日本 🎉', '"héllo ✓ 日本 🎉"'],
    ['array of scalars', ['a', 1, true], '["a", 1, true]'],
    ['empty array', [], '[]'],
    ['nested arrays', [[1, 2], ['x']], '[[1, 2], ["x"]]'],
    ['objects inside arrays become inline tables', [{ name: 'x', args: ['-y'] }], '[{name = "x", args = ["-y"]}]'],
    ['odd inline-table keys are quoted', [{ 'odd key': 1, 'dot.ted': 2, 'bare_Key-1': 3 }], '[{"odd key" = 1, "dot.ted" = 2, bare_Key-1 = 3}]'],
    ['nested inline tables', [{ env: { A: '1' } }], '[{env = {A = "1"}}]'],
    ['empty inline table', [{}], '[{}]'],
  ] as const)('%s', (_name, value, toml) => {
    expect(toConfigOverrides({ k: value as never })).toEqual([`k=${toml}`]);
  });

  it('matches JSON.stringify, as the SDK does, for every well-formed string without DEL', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        fc.pre(!s.includes('\u007f'));
        expect(toTomlValue(s, 'p')).toBe(JSON.stringify(s));
      }),
    );
  });

  it('renders a baseUrl like the SDK', () => {
    expect(toTomlValue('https://example.test', 'baseUrl')).toBe('"https://example.test"');
  });
});

describe('toConfigOverrides: invalid input', () => {
  it.each([
    ['null', { a: { b: null } }, 'config.a.b', /null/],
    ['undefined inside an array', { a: [1, undefined] }, 'config.a[1]', /undefined/],
    ['NaN', { n: Number.NaN }, 'config.n', /finite/],
    ['Infinity', { n: Number.POSITIVE_INFINITY }, 'config.n', /finite/],
    ['-Infinity in an array', { n: [Number.NEGATIVE_INFINITY] }, 'config.n[0]', /finite/],
    ['integer beyond i64', { n: 2 ** 64 }, 'config.n', /64-bit/],
    ['function', { f: () => 1 }, 'config.f', /function/],
    ['symbol', { s: Symbol('x') }, 'config.s', /symbol/],
    ['bigint', { b: 1n }, 'config.b', /bigint/],
    ['Date', { d: new Date(0) }, 'config.d', /Date/],
    ['Map', { m: new Map() }, 'config.m', /Map/],
    ['class instance in an array', { m: [new (class Foo {})()] }, 'config.m[0]', /Foo/],
    ['unpaired surrogate', { s: 'a\ud800b' }, 'config.s', /surrogate/],
    ['empty key', { a: { '': 1 } }, 'config.a', /empty key/],
    ['key containing =', { 'a=b': 1 }, 'config.a=b', /"="/],
    ['null inside an inline table', { a: [{ b: null }] }, 'config.a[0].b', /null/],
  ] as const)('rejects %s, naming the key path', (_name, config, option, reason) => {
    const err = invalid(() => toConfigOverrides(config as never));
    expect(err.option).toBe(option);
    expect(err.reason).toMatch(reason);
    expect(err.code).toBe('INVALID_OPTIONS');
  });

  it('rejects a root that is not a plain object', () => {
    expect(invalid(() => toConfigOverrides([] as never)).option).toBe('config');
    expect(invalid(() => toConfigOverrides(new Date() as never)).reason).toMatch(/plain object/);
  });

  it('uses the given option name in errors', () => {
    expect(invalid(() => toConfigOverrides({ a: null } as never, 'thread.config')).option).toBe('thread.config.a');
  });

  it('rejects circular references instead of overflowing the stack', () => {
    const a: Record<string, unknown> = { x: 1 };
    a['self'] = a;
    expect(invalid(() => toConfigOverrides(a as never)).reason).toMatch(/circular/);
    const arr: unknown[] = [];
    arr.push(arr);
    expect(invalid(() => toConfigOverrides({ arr } as never)).reason).toMatch(/circular/);
  });

  it('allows the same object twice when it is not a cycle', () => {
    const shared = { a: 1 };
    expect(toConfigOverrides({ x: shared, y: [shared, shared] })).toEqual(['x.a=1', 'y=[{a = 1}, {a = 1}]']);
  });
});
