import type { ActorRecord, EventRecord, InspectorRecord, MachineRecord, SnapshotRecord } from './inspectorRecords.js';

interface ActorEntry {
  record: ActorRecord;
  snapshot: SnapshotRecord | null;
}

/**
 * What the inspector server remembers so a page opened late sees the present:
 * every machine definition, each live actor with its latest snapshot, and the
 * last events. An actor is kept after it stops, until a successor with the
 * same id and parent appears: XState keeps a parent's children unique by id,
 * so the successor means the old one is gone (a thread's next turn replaces
 * the previous turn; a restart replaces the connection). The last turn's
 * final state thus stays visible.
 *
 * @example
 * ```ts
 * const log = new InspectorLog(100);
 * log.apply(record);
 * const forNewPage = log.replay();
 * ```
 */
export class InspectorLog {
  private readonly machines = new Map<string, MachineRecord>();
  private readonly actors = new Map<string, ActorEntry>();
  private readonly events: EventRecord[] = [];

  /** @param maxEvents how many events {@link replay} returns at most */
  constructor(private readonly maxEvents = 200) {}

  /** Folds one record in. */
  apply(record: InspectorRecord): void {
    switch (record.kind) {
      case 'machine':
        this.machines.set(record.key, record);
        return;
      case 'actor':
        this.dropPredecessors(record);
        this.actors.set(record.actor, { record, snapshot: null });
        return;
      case 'snapshot': {
        const entry = this.actors.get(record.actor);
        if (entry) entry.snapshot = record;
        return;
      }
      case 'event':
        this.events.push(record);
        if (this.events.length > this.maxEvents) this.events.splice(0, this.events.length - this.maxEvents);
        return;
    }
  }

  /** The records that rebuild the present: machines, then actors with their snapshots, then events. */
  replay(): InspectorRecord[] {
    const out: InspectorRecord[] = [...this.machines.values()];
    for (const { record, snapshot } of this.actors.values()) {
      out.push(record);
      if (snapshot) out.push(snapshot);
    }
    out.push(...this.events);
    return out;
  }

  /** Number of actors currently shown. */
  get actorCount(): number {
    return this.actors.size;
  }

  private dropPredecessors(next: ActorRecord): void {
    // Roots are never replaced: two Codex instances may feed one page.
    if (next.parent === null) return;
    for (const [key, entry] of this.actors) {
      if (entry.record.parent === next.parent && entry.record.id === next.id) this.dropWithDescendants(key);
    }
  }

  private dropWithDescendants(key: string): void {
    this.actors.delete(key);
    for (const [child, entry] of this.actors) if (entry.record.parent === key) this.dropWithDescendants(child);
  }
}
