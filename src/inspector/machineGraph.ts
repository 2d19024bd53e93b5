/**
 * A plain, serialisable view of an XState machine definition, for drawing its
 * state chart where the machine object cannot go (a browser page, a file).
 *
 * @module
 */
import type { AnyStateMachine } from 'xstate';

/** One transition of a state node, with readable event names. */
export interface TransitionGraph {
  /** The event, shortened for people: `done: openThread`, `after restartDelay`, `(always)`. */
  event: string;
  /** The event type as the machine receives it (`xstate.done.actor.0.thread.connected.opening`), to match received events. */
  eventType: string;
  /** Target state paths, dot-separated from the machine root (`connected.ready`); empty for internal transitions. */
  targets: string[];
  /** The guard's name (`ownTurnCompleted`, `!canRestart`), when the transition has one. */
  guard?: string;
}

/** One state node of a {@link MachineGraph}. */
export interface StateNodeGraph {
  key: string;
  /** Dot-separated path from the root (`''` for the root itself). */
  path: string;
  type: 'atomic' | 'compound' | 'parallel' | 'final' | 'history';
  /** Key of the initial child, for compound states. */
  initial: string | null;
  /** Names of the actors this state invokes while active. */
  invokes: string[];
  transitions: TransitionGraph[];
  states: StateNodeGraph[];
}

/** A machine definition as data: its id and the tree of its states. */
export interface MachineGraph {
  id: string;
  root: StateNodeGraph;
}

/** The parts of an XState v5 `StateNode` read here (its public, documented getters). */
interface StateNodeLike {
  key: string;
  path: string[];
  type: StateNodeGraph['type'];
  states: Record<string, StateNodeLike>;
  initial?: { target?: ReadonlyArray<{ key: string }> } | undefined;
  on: Record<string, ReadonlyArray<TransitionLike>>;
  always?: ReadonlyArray<TransitionLike> | undefined;
  invoke: ReadonlyArray<{ src: unknown; id: string }>;
}

interface TransitionLike {
  target?: ReadonlyArray<{ path: string[] }> | undefined;
  guard?: unknown;
}

/**
 * The chart of a machine as JSON (states, initial states, transitions, invoked
 * actors), read from `machine.root`. The result survives `JSON.stringify`, so
 * the inspector page can draw a chart from the same definition the runtime runs.
 *
 * @example
 * ```ts
 * import { threadMachine } from '../../machines/thread/threadMachine.js';
 * const graph = toMachineGraph(threadMachine);
 * graph.root.states.map((s) => s.key); // ['idle', 'connected', 'restarting', 'failed', 'closing', 'closed']
 * ```
 */
export function toMachineGraph(machine: AnyStateMachine): MachineGraph {
  return { id: machine.id, root: toNodeGraph(machine.root as unknown as StateNodeLike) };
}

function toNodeGraph(node: StateNodeLike): StateNodeGraph {
  const transitions: TransitionGraph[] = [];
  const add = (event: string, eventType: string, transition: TransitionLike) => {
    const guard = guardName(transition.guard);
    transitions.push({ event, eventType, targets: targetsOf(transition.target), ...(guard ? { guard } : {}) });
  };
  for (const [event, list] of Object.entries(node.on)) for (const transition of list) add(readableEvent(event), event, transition);
  for (const transition of node.always ?? []) add('(always)', '', transition);
  return {
    key: node.key,
    path: node.path.join('.'),
    type: node.type,
    initial: node.initial?.target?.[0]?.key ?? null,
    invokes: node.invoke.map((invoke) => (typeof invoke.src === 'string' ? invoke.src : invoke.id)),
    transitions,
    states: Object.values(node.states).map(toNodeGraph),
  };
}

/** A guard as XState keeps it: a name, `{ type, params }`, or a function (`not(…)`, `and(…)` or inline). */
function guardName(guard: unknown): string | null {
  if (guard === undefined || guard === null) return null;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && typeof (guard as { type?: unknown }).type === 'string') return (guard as { type: string }).type;
  if (typeof guard === 'function') {
    // XState's combinators carry their operands as `guards` and mark themselves with `check`.
    const fn = guard as { name?: string; guards?: unknown[] };
    if (Array.isArray(fn.guards)) {
      const parts = fn.guards.map((g) => guardName(g) ?? '?').map((part) => (part.includes(' ') ? `(${part})` : part));
      if (fn.name === 'not') return `!${parts[0] ?? '?'}`;
      return parts.join(fn.name === 'or' ? ' || ' : ' && ');
    }
    return fn.name && fn.name !== 'guard' ? fn.name : 'guard';
  }
  return 'guard';
}

function targetsOf(target: ReadonlyArray<{ path: string[] }> | undefined): string[] {
  return (target ?? []).map((t) => t.path.join('.'));
}

/**
 * XState's generated event names carry ids meant for machines, not people:
 * `xstate.done.actor.0.thread.connected.opening` is the promise invoked by
 * `connected.opening` finishing.
 */
function readableEvent(event: string): string {
  const done = /^xstate\.done\.actor\.(.+)$/.exec(event);
  if (done) return `done: ${shortActorId(done[1]!)}`;
  const error = /^xstate\.error\.actor\.(.+)$/.exec(event);
  if (error) return `error: ${shortActorId(error[1]!)}`;
  const after = /^xstate\.after\.([^.]+)\./.exec(event);
  if (after) return `after ${after[1]}`;
  return event;
}

/** `0.thread.connected.opening` (an invoke id derived from the state path) → `connected.opening`. */
function shortActorId(id: string): string {
  const generated = /^\d+\.[^.]+\.(.+)$/.exec(id);
  return generated ? generated[1]! : id;
}
