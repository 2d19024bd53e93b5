/**
 * Messages larger than the NATS server's `max_payload` (1 MiB by default): a
 * single notification can be (a command's whole output, a large diff). They
 * travel as consecutive parts with a `Codex-Actors-Part: <id> <index> <count>`
 * header, and {@link PartAssembler} puts them back together. Parts of one
 * message come from one publisher on one subject, so they arrive in order.
 *
 * @module
 */
import { headers, nuid, type MsgHdrs, type NatsConnection } from '@nats-io/nats-core';

const PART_HEADER = 'Codex-Actors-Part';
/** Room left in each part for the subject and headers. */
const PART_OVERHEAD = 4096;

/** Publishes `bytes` on `subject`, in parts when it exceeds `maxPayload`. */
export function publishLarge(nc: NatsConnection, subject: string, bytes: Uint8Array, maxPayload: number): void {
  if (bytes.length <= maxPayload - PART_OVERHEAD) {
    nc.publish(subject, bytes);
    return;
  }
  const size = maxPayload - PART_OVERHEAD;
  const count = Math.ceil(bytes.length / size);
  const id = nuid.next();
  for (let index = 0; index < count; index++) {
    const h = headers();
    h.set(PART_HEADER, `${id} ${index} ${count}`);
    nc.publish(subject, bytes.subarray(index * size, (index + 1) * size), { headers: h });
  }
}

/** Reassembles parted messages of one subscription; whole messages pass through. */
export class PartAssembler {
  private readonly partial = new Map<string, Uint8Array[]>();

  /** The whole message, or null while parts are missing. */
  accept(data: Uint8Array, msgHeaders: MsgHdrs | undefined): Uint8Array | null {
    const part = msgHeaders?.get(PART_HEADER);
    if (!part) return data;
    const [id, indexText, countText] = part.split(' ');
    const index = Number(indexText);
    const count = Number(countText);
    const parts = this.partial.get(id!) ?? [];
    parts[index] = data.slice();
    this.partial.set(id!, parts);
    if (parts.filter(Boolean).length < count) return null;
    this.partial.delete(id!);
    const whole = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      whole.set(p, at);
      at += p.length;
    }
    return whole;
  }
}
