/**
 * Inspection records: XState inspection events (which hold live actor objects)
 * turned into small JSON records that can cross a process or an HTTP stream.
 *
 * @module
 */
import type { AnyStateMachine, InspectionEvent } from 'xstate';
import { toMachineGraph, type MachineGraph } from './machineGraph.js';

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
  /** Top-level scalar fields of the context (ids, generation, pid…); objects are left out. */
  context: Record<string, ScalarValue>;
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
  at: number;
}

/** Everything an inspector page receives. */
export type InspectorRecord = MachineRecord | ActorRecord | SnapshotRecord | EventRecord;

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
 * - Context and event payloads are reduced to top-level scalars, strings cut
 *   to 80 characters: enough for ids, states and counters, little room for
 *   prompts, and never whole objects such as options or environments.
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
      if (key) emit({ kind: 'snapshot', actor: key, status: snapshot.status ?? 'active', value: snapshot.value ?? null, context: scalars(snapshot.context), at: Date.now() });
    } else if (event.type === '@xstate.event') {
      const key = register(ref);
      if (!key) return;
      const sourceRef = event.sourceRef as unknown as ActorLike | undefined;
      const source = sourceRef ? (register(sourceRef) ?? sourceRef.id) : null;
      const { type, ...rest } = event.event;
      emit({ kind: 'event', actor: key, actorName: ref.systemId ?? ref.id, source, type, fields: scalars(rest), at: Date.now() });
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
