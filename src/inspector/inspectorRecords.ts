/**
 * Inspection records: XState inspection events (which hold live actor objects)
 * turned into small JSON records that can cross a process or an HTTP stream.
 *
 * @module
 */
import type { AnyStateMachine, InspectionEvent } from 'xstate';
import { toMachineGraph, type MachineGraph } from './machineGraph.js';
import { toPayload } from './inspectorPayload.js';

/** A scalar field of a snapshot's context or of an event, as shown on the page. */
export type ScalarValue = string | number | boolean | null;

/** A machine definition, sent once before the first actor that runs it. */
export interface MachineRecord {
  kind: 'machine';
  /** Unique per recorder: the machine id, suffixed when two different machines share an id. */
  key: string;
  graph: MachineGraph;
}

/** A machine actor came to life. */
export interface ActorRecord {
  kind: 'actor';
  /** Unique across every recorder feeding one inspector. */
  actor: string;
  /** The actor's id within its parent (`thread:1`, `connection`, `turn`). */
  id: string;
  systemId: string | null;
  /** The parent actor's `actor` key, or null for a root. */
  parent: string | null;
  /** {@link MachineRecord.key} of its machine. */
  machine: string;
  at: number;
}

/** A machine actor's new snapshot. */
export interface SnapshotRecord {
  kind: 'snapshot';
  actor: string;
  /** XState's actor status: `active`, `done`, `error`, `stopped`. */
  status: string;
  /** The state value (`'idle'`, `{ connected: 'ready' }`, …). */
  value: unknown;
  /** Top-level scalar fields of the context's inspection summary (ids, label, generation, pid…). */
  context: Record<string, ScalarValue>;
  /** The whole context summary, bounded (see `toPayload`): what the page shows when the actor is opened. */
  details?: unknown;
  at: number;
}

/** An event delivered to a machine actor. */
export interface EventRecord {
  kind: 'event';
  /** The receiving actor. */
  actor: string;
  /** The receiver's system id or id (`thread:1`, `turn`), kept for when the actor itself is gone. */
  actorName: string;
  /** The sender's `actor` key when it is a machine actor, else its id, else null (sent from outside). */
  source: string | null;
  type: string;
  /** Top-level scalar fields of the event, strings shortened. */
  fields: Record<string, ScalarValue>;
  /** The event, bounded and cleared of credential shapes (see `toPayload`): shown when the event is opened. */
  payload?: unknown;
  at: number;
}

/**
 * An event a `Codex` published on `codex.events$` (`item.started`,
 * `approval.requested`, `turn.completed`, `supervisor.restarting`…), recorded
 * by `inspector.watch(codex)`. Already redacted by its `Codex`.
 */
export interface PublishedRecord {
  kind: 'published';
  type: string;
  /** `meta.threadId` (the codex thread id), null for supervisor events and before the thread exists. */
  threadId: string | null;
  turnId: string | null;
  /** `meta.label`: the thread's `label` option. */
  label: string | null;
  seq: number | null;
  /** The event, bounded (see `toPayload`). */
  payload: unknown;
  at: number;
}

/** Everything an inspector page receives. */
export type InspectorRecord = MachineRecord | ActorRecord | SnapshotRecord | EventRecord | PublishedRecord;

/** The parts of an XState actor read here. */
interface ActorLike {
  id: string;
  sessionId: string;
  systemId?: string | undefined;
  logic?: unknown;
  _parent?: ActorLike | undefined;
}

const MAX_STRING = 80;
const MAX_FIELDS = 8;

let recorders = 0;

/**
 * Creates an XState `inspect` observer that turns inspection events into
 * {@link InspectorRecord}s and hands them to `emit`.
 *
 * - Only state-machine actors are recorded (promise and callback actors are
 *   implementation detail and would drown the tree); events they receive are.
 * - Each machine definition is emitted once, as a {@link MachineGraph}.
 * - Contexts are read through their inspection summaries (`toJSON`), so live
 *   processes, handlers and options never leave; each record carries the
 *   top-level scalars (strings cut to 80 characters) for the overview and a
 *   bounded copy (`details` / `payload`, see `toPayload`) for the page's
 *   detail views, with credential shapes removed.
 *
 * @example
 * ```ts
 * const records: InspectorRecord[] = [];
 * const codex = new Codex({ inspect: createInspectionRecorder((r) => records.push(r)) });
 * ```
 */
export function createInspectionRecorder(emit: (record: InspectorRecord) => void): (event: InspectionEvent) => void {
  // Session ids restart at x:0 in every actor system; a prefix keeps several
  // Codex instances (or processes) apart when they feed one page.
  const prefix = `${(++recorders).toString(36)}${Math.random().toString(36).slice(2, 6)}:`;
  const actorKeys = new WeakMap<object, string>();
  const machineKeys = new WeakMap<object, string>();
  const usedMachineKeys = new Set<string>();

  const machineKey = (machine: AnyStateMachine): string => {
    const known = machineKeys.get(machine);
    if (known) return known;
    let key = machine.id;
    for (let n = 2; usedMachineKeys.has(key); n++) key = `${machine.id}#${n}`;
    usedMachineKeys.add(key);
    machineKeys.set(machine, key);
    emit({ kind: 'machine', key, graph: toMachineGraph(machine) });
    return key;
  };

  const register = (ref: ActorLike): string | null => {
    const known = actorKeys.get(ref);
    if (known) return known;
    if (!isMachine(ref.logic)) return null;
    const machine = machineKey(ref.logic);
    const key = `${prefix}${ref.sessionId}`;
    actorKeys.set(ref, key);
    const parent = ref._parent ? register(ref._parent) : null;
    emit({ kind: 'actor', actor: key, id: ref.id, systemId: ref.systemId ?? null, parent, machine, at: Date.now() });
    return key;
  };

  return (event) => {
    const ref = event.actorRef as unknown as ActorLike;
    if (event.type === '@xstate.actor') {
      register(ref);
    } else if (event.type === '@xstate.snapshot') {
      const key = register(ref);
      const snapshot = event.snapshot as { status?: string; value?: unknown; context?: unknown };
      if (!key) return;
      const summary = toPayload(snapshot.context);
      emit({ kind: 'snapshot', actor: key, status: snapshot.status ?? 'active', value: snapshot.value ?? null, context: scalars(summary), details: summary, at: Date.now() });
    } else if (event.type === '@xstate.event') {
      const key = register(ref);
      if (!key) return;
      const sourceRef = event.sourceRef as unknown as ActorLike | undefined;
      const source = sourceRef ? (register(sourceRef) ?? sourceRef.id) : null;
      const { type, ...rest } = event.event;
      const payload = toPayload(rest);
      emit({ kind: 'event', actor: key, actorName: ref.systemId ?? ref.id, source, type, fields: scalars(payload), payload, at: Date.now() });
    }
  };
}

function isMachine(logic: unknown): logic is AnyStateMachine {
  return typeof logic === 'object' && logic !== null && 'root' in logic && 'id' in logic && typeof (logic as { id: unknown }).id === 'string';
}

function scalars(value: unknown): Record<string, ScalarValue> {
  const out: Record<string, ScalarValue> = {};
  if (typeof value !== 'object' || value === null) return out;
  let count = 0;
  for (const [key, field] of Object.entries(value)) {
    if (count >= MAX_FIELDS) break;
    if (typeof field === 'string') out[key] = field.length > MAX_STRING ? `${field.slice(0, MAX_STRING - 1)}…` : field;
    else if (typeof field === 'number' || typeof field === 'boolean' || field === null) out[key] = field;
    else continue;
    count++;
  }
  return out;
}

/** The part of a published event read here. */
interface PublishedLike {
  type?: unknown;
  meta?: { threadId?: unknown; turnId?: unknown; label?: unknown; seq?: unknown; at?: unknown };
  seq?: unknown;
  at?: unknown;
}

/**
 * Turns an event of `codex.events$` into a {@link PublishedRecord}.
 *
 * @example
 * ```ts
 * codex.events$.subscribe((event) => records.push(toPublishedRecord(event)));
 * ```
 */
export function toPublishedRecord(event: unknown): PublishedRecord {
  const e = (event ?? {}) as PublishedLike;
  const meta = e.meta ?? {};
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  return {
    kind: 'published',
    type: str(e.type) ?? 'unknown',
    threadId: str(meta.threadId),
    turnId: str(meta.turnId),
    label: str(meta.label),
    seq: num(meta.seq) ?? num(e.seq),
    payload: toPayload(event),
    at: num(meta.at) ?? num(e.at) ?? Date.now(),
  };
}
