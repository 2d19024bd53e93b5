/** A point-in-time view of a thread actor, for `thread.state$`. */
export interface ThreadSnapshot {
  /** The thread machine's state, e.g. `idle`, `connected.ready`, `connected.turnActive`, `connected.goalActive.continuing`, `restarting.backoff`, `failed`, `closed`. */
  state: string;
  /** The active turn machine's state (`starting`, `active.running`, `active.awaitingApproval`, `active.runningTool`, …, `completed`), or null. */
  turnState: string | null;
  threadId: string | null;
  generation: number;
  /** Turns waiting behind the active one. */
  queued: number;
  /**
   * The goal running on the thread (`thread.runGoal()`; state
   * `connected.goalActive.*`), or null: its id (null until codex started its
   * first turn), the continuation turn running now (null between two) and how
   * many turns it has had.
   */
  goal: { id: string | null; continuation: number | null; turns: number } | null;
  error: unknown;
}

/** `{ a: { b: 'c' } }` → `a.b.c`. */
export function stateToString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const [key, child] = Object.entries(value as Record<string, unknown>)[0] ?? [];
    if (key === undefined) return '';
    const rest = stateToString(child);
    return rest ? `${key}.${rest}` : key;
  }
  return String(value);
}
