import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineSplitter } from '../../../src/transport/framing/lineSplitter.js';

function collect(options?: ConstructorParameters<typeof LineSplitter>[1]) {
  const lines: string[] = [];
  const splitter = new LineSplitter((line) => lines.push(line), options);
  return { lines, splitter };
}

/** Cuts `bytes` at the given offsets. */
function cut(bytes: Buffer, offsets: number[]): Buffer[] {
  const sorted = [...new Set(offsets.map((o) => o % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let start = 0;
  for (const o of sorted) {
    out.push(bytes.subarray(start, o));
    start = o;
  }
  out.push(bytes.subarray(start));
  return out;
}

describe('LineSplitter', () => {
  it('emits each complete line of a chunk holding many lines', () => {
    const { lines, splitter } = collect();
    splitter.push(Buffer.from('a\nbb\nccc\n'));
    expect(lines).toEqual(['a', 'bb', 'ccc']);
    expect(splitter.bufferedBytes).toBe(0);
  });

  it('joins a line delivered one byte at a time, including a multi-byte character cut in half', () => {
    const { lines, splitter } = collect();
    const bytes = Buffer.from('{"text":"héllo 🌍"}\nnext\n');
    for (let i = 0; i < bytes.length; i++) splitter.push(bytes.subarray(i, i + 1));
    expect(lines).toEqual(['{"text":"héllo 🌍"}', 'next']);
  });

  it('strips CRLF, even when \\r and \\n arrive in different chunks', () => {
    const { lines, splitter } = collect();
    splitter.push(Buffer.from('one\r\ntwo\r'));
    splitter.push(Buffer.from('\nthree\r\n'));
    expect(lines).toEqual(['one', 'two', 'three']);
  });

  it('skips empty lines (LF and CRLF)', () => {
    const { lines, splitter } = collect();
    splitter.push(Buffer.from('\n\na\n\r\n\nb\n'));
    expect(lines).toEqual(['a', 'b']);
  });

  it('holds a partial line until its newline, and end() flushes an unterminated last line', () => {
    const { lines, splitter } = collect();
    splitter.push(Buffer.from('first\nsec'));
    expect(lines).toEqual(['first']);
    expect(splitter.bufferedBytes).toBe(3);
    splitter.push(Buffer.from('ond'));
    splitter.end();
    expect(lines).toEqual(['first', 'second']);
  });

  it('accepts plain Uint8Array chunks', () => {
    const { lines, splitter } = collect();
    splitter.push(new TextEncoder().encode('x\ny\n'));
    expect(lines).toEqual(['x', 'y']);
  });

  it('reassembles a 10 MB line from 64 KiB chunks, concatenating once (linear time)', () => {
    const { lines, splitter } = collect();
    const payload = `{"method":"big","params":{"text":"${'x'.repeat(10 * 1024 * 1024)}"}}`;
    const bytes = Buffer.from(`${payload}\n{"after":1}\n`);
    const concat = Buffer.concat;
    let concatCalls = 0;
    Buffer.concat = ((list: readonly Uint8Array[], total?: number) => {
      concatCalls++;
      return concat(list, total);
    }) as typeof Buffer.concat;
    try {
      for (let i = 0; i < bytes.length; i += 65_536) splitter.push(bytes.subarray(i, i + 65_536));
    } finally {
      Buffer.concat = concat;
    }
    expect(lines).toHaveLength(2);
    expect(lines[0]).toHaveLength(payload.length);
    expect(lines[0] === payload).toBe(true);
    expect(lines[1]).toBe('{"after":1}');
    expect(concatCalls).toBe(1);
  });

  it('drops a line longer than maxLineBytes, reports it, and goes on', () => {
    const overflows: Array<{ prefix: string; total: number }> = [];
    const { lines, splitter } = collect({ maxLineBytes: 10, onOverflow: (prefix, total) => overflows.push({ prefix, total }) });
    splitter.push(Buffer.from('short\n0123456'));
    splitter.push(Buffer.from('789abcdef'));
    splitter.push(Buffer.from('ghij\nok\n'));
    splitter.push(Buffer.from('0123456789ABCDEF\nlast\n'));
    expect(lines).toEqual(['short', 'ok', 'last']);
    expect(overflows).toEqual([
      { prefix: '0123456789abcdef', total: 20 },
      { prefix: '0123456789ABCDEF', total: 16 },
    ]);
  });

  it('yields the same lines however the stream is cut (property)', () => {
    const lineArb = fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.replace(/[\r\n]/g, ''));
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 20 }), fc.array(fc.nat(), { maxLength: 10 }), fc.boolean(), (input, offsets, crlf) => {
        const bytes = Buffer.from(input.map((l) => `${l}${crlf ? '\r\n' : '\n'}`).join(''));
        const { lines, splitter } = collect();
        for (const piece of cut(bytes, offsets)) splitter.push(piece);
        splitter.end();
        expect(lines).toEqual(input.filter((l) => l !== ''));
      }),
    );
  });
});
