import { describe, expect, it } from 'vitest';
import { ProtocolError } from '../../../src/errors/index.js';
import { JsonLineDecoder, encodeJsonLine } from '../../../src/transport/framing/index.js';

function decoder(maxLineBytes?: number) {
  const values: unknown[] = [];
  const errors: ProtocolError[] = [];
  const d = new JsonLineDecoder({ onJson: (v) => values.push(v), onProtocolError: (e) => errors.push(e) }, { maxLineBytes });
  return { d, values, errors };
}

describe('JsonLineDecoder', () => {
  it('parses one JSON value per line', () => {
    const { d, values } = decoder();
    d.push(Buffer.from('{"a":1}\n[2]\n"three"\n'));
    expect(values).toEqual([{ a: 1 }, [2], 'three']);
  });

  it('turns an invalid line into a ProtocolError carrying the line, then goes on', () => {
    const { d, values, errors } = decoder();
    d.push(Buffer.from('{"ok":1}\n{"broken":\n{"ok":2}\n'));
    expect(values).toEqual([{ ok: 1 }, { ok: 2 }]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(ProtocolError);
    expect(errors[0]?.code).toBe('PROTOCOL_ERROR');
    expect(errors[0]?.line).toBe('{"broken":');
    expect(errors[0]?.message).toContain('not valid JSON');
    expect(errors[0]?.cause).toBeInstanceOf(SyntaxError);
  });

  it('ignores whitespace-only lines', () => {
    const { d, values, errors } = decoder();
    d.push(Buffer.from('  \n\t\n{"x":1}\n'));
    expect(values).toEqual([{ x: 1 }]);
    expect(errors).toEqual([]);
  });

  it('reports an over-long line as a ProtocolError with a prefix', () => {
    const { d, values, errors } = decoder(8);
    d.push(Buffer.from('{"long":"aaaaaaaa"}\n{"y":2}\n'));
    expect(values).toEqual([{ y: 2 }]);
    expect(errors[0]?.message).toContain('exceeds the 8 byte limit');
    expect(errors[0]?.line).toBe('{"long":"aaaaaaaa"}');
  });

  it('parses a final line without newline at end()', () => {
    const { d, values } = decoder();
    d.push(Buffer.from('{"last":true}'));
    expect(values).toEqual([]);
    d.end();
    expect(values).toEqual([{ last: true }]);
  });
});

describe('encodeJsonLine', () => {
  it('writes exactly one line, even for strings holding newlines', () => {
    const line = encodeJsonLine({ id: 1, method: 'turn/start', params: { text: 'a\nb\r\nc' } });
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toMatch(/[\r\n]/);
    expect(JSON.parse(line)).toEqual({ id: 1, method: 'turn/start', params: { text: 'a\nb\r\nc' } });
  });
});
