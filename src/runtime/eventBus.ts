import { Subject } from 'rxjs';
import type { EventMeta, ThreadEvent } from '../protocol/publicEvents.js';

/** A supervisor or runtime event on `codex.events$` (not tied to one turn). */
export interface SupervisorEventEnvelope {
  type: `supervisor.${string}`;
  [key: string]: unknown;
}

/** Everything on `codex.events$`. */
export type CodexEvent = ThreadEvent | SupervisorEventEnvelope;

/**
 * The `Codex`-wide event stream and its sequence counter. Every published
 * event gets `meta.seq`, strictly increasing across the whole instance.
 */
export class EventBus {
  readonly events$ = new Subject<CodexEvent>();
  private seq = 0;

  /** Stamps meta on a thread event and publishes it. Returns the stamped event. */
  stamp<E extends ThreadEvent>(event: E, meta: Omit<EventMeta, 'seq' | 'at'>): E {
    const stamped = { ...event, meta: { ...meta, seq: ++this.seq, at: Date.now() } };
    this.events$.next(stamped);
    return stamped;
  }

  /** Publishes a supervisor/runtime event. */
  emit(event: SupervisorEventEnvelope): void {
    this.events$.next({ ...event, seq: ++this.seq, at: Date.now() });
  }

  complete(): void {
    this.events$.complete();
  }
}
