import type { MsgHdrs, NatsConnection } from '@nats-io/nats-core';
import { describe, expect, it } from 'vitest';
import { PartAssembler, publishLarge } from '../../../src/cluster/largeMessages.js';

/** Records what publishLarge sends, as a subscriber would receive it. */
function recorder() {
  const sent: Array<{ data: Uint8Array; headers: MsgHdrs | undefined }> = [];
  const nc = { publish: (_subject: string, data: Uint8Array, opts?: { headers?: MsgHdrs }) => sent.push({ data: data.slice(), headers: opts?.headers }) } as unknown as NatsConnection;
  return { nc, sent };
}

describe('messages over NATS max_payload', () => {
  it('a small message goes whole; a large one in parts that the assembler puts back together', () => {
    const { nc, sent } = recorder();
    publishLarge(nc, 's', new Uint8Array([1, 2, 3]), 10_000);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.headers).toBeUndefined();
    const big = Uint8Array.from({ length: 25_000 }, (_, i) => i % 251);
    publishLarge(nc, 's', big, 10_000);
    expect(sent.length).toBe(1 + 5); // 6 KiB per part (10 000 − 4096 of room for headers)
    const assembler = new PartAssembler();
    const outputs = sent.map((m) => assembler.accept(m.data, m.headers));
    expect(outputs[0]).toEqual(new Uint8Array([1, 2, 3]));
    expect(outputs.slice(1, -1)).toEqual([null, null, null, null]);
    expect(outputs.at(-1)).toEqual(big);
  });
});
