import type { ActorRecord, EventRecord, InspectorRecord, MachineRecord, PublishedRecord, SnapshotRecord } from './inspectorRecords.js';

interface ActorEntry {
  record: ActorRecord;
  snapshot: SnapshotRecord | null;
}

/**
 * The present, folded from records: every machine definition, each actor
 * with its latest snapshot, and the last events. An actor is kept after it
 * stops, until a successor with the same id and parent appears: XState keeps
 * a parent's children unique by id, so the successor means the old one is
 * gone (a thread's next turn replaces the previous turn; a restart replaces
 * the connection). The last turn's final state thus stays visible.
 *
 * The page's script folds records the same way (`inspectorClientScript.ts`).
 */
class PresentState {
  private readonly machines = new Map<string, MachineRecord>();
  private readonly actors = new Map<string, ActorEntry>();
  private readonly events: Array<EventRecord | PublishedRecord> = [];

  constructor(private readonly maxEvents: number) {}

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
      case 'published':
        this.events.push(record);
        if (this.events.length > this.maxEvents) this.events.splice(0, this.events.length - this.maxEvents);
        return;
    }
  }

  records(): InspectorRecord[] {
    const out: InspectorRecord[] = [...this.machines.values()];
    for (const { record, snapshot } of this.actors.values()) {
      out.push(record);
      if (snapshot) out.push(snapshot);
    }
    out.push(...this.events);
    return out;
  }

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

/**
 * What the inspector server remembers: the present (so a page opened late
 * sees it at once) and a bounded history of records (so the page's time
 * slider reaches back before the page was opened). Records that fall off the
 * history are folded into a base state, so the history always starts from a
 * complete picture of its first moment.
 *
 * @example
 * ```ts
 * const log = new InspectorLog(100);
 * log.apply(record);
 * const present = log.replay();
 * const forNewPage = log.history();
 * ```
 */
export class InspectorLog {
  private readonly present: PresentState;
  private readonly base: PresentState;
  private recent: InspectorRecord[] = [];

  /**
   * @param maxEvents how many events {@link replay} returns at most
   * @param maxHistory how many records {@link history} keeps after its base
   */
  constructor(
    maxEvents = 200,
    private readonly maxHistory = 5000,
  ) {
    this.present = new PresentState(maxEvents);
    this.base = new PresentState(maxEvents);
  }

  /** Folds one record in. */
  apply(record: InspectorRecord): void {
    this.present.apply(record);
    this.recent.push(record);
    if (this.recent.length > this.maxHistory) {
      // Cut a tenth at a time: folding into the base on every record would copy the array each time.
      const cut = this.recent.length - Math.floor(this.maxHistory * 0.9);
      for (let i = 0; i < cut; i++) this.base.apply(this.recent[i]!);
      this.recent = this.recent.slice(cut);
    }
  }

  /** The records that rebuild the present: machines, then actors with their snapshots, then events. */
  replay(): InspectorRecord[] {
    return this.present.records();
  }

  /** The base state (the present as it was at the oldest kept record) followed by every kept record, in order. */
  history(): InspectorRecord[] {
    return [...this.base.records(), ...this.recent];
  }

  /** Number of actors currently shown. */
  get actorCount(): number {
    return this.present.actorCount;
  }
}
