/**
 * Generates `docs/state-charts.md`: the state charts of the supervisor,
 * connection, thread and turn machines as Mermaid `stateDiagram-v2`, read from
 * the machine definitions themselves (`machine.root`), so the doc cannot drift
 * from the code (a unit test compares the committed file with this output).
 *
 *   npm run docs:charts            # rewrite docs/state-charts.md
 *   npm run docs:charts -- --check # exit 1 if it is out of date
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AnyStateMachine } from 'xstate';
import { supervisorMachine } from '../actors/supervisorMachine.js';
import { connectionMachine } from '../machines/connection/connectionMachine.js';
import { threadMachine } from '../machines/thread/threadMachine.js';
import { turnMachine } from '../machines/turn/turnMachine.js';

/** The parts of an XState v5 state node read here. */
interface StateNodeLike {
  key: string;
  path: string[];
  type: 'atomic' | 'compound' | 'parallel' | 'final' | 'history';
  states: Record<string, StateNodeLike>;
  initial?: { target?: ReadonlyArray<StateNodeLike> } | undefined;
  on: Record<string, ReadonlyArray<TransitionLike>>;
  always?: ReadonlyArray<TransitionLike> | undefined;
  invoke: ReadonlyArray<{ id: string; src: unknown }>;
}

interface TransitionLike {
  target?: ReadonlyArray<StateNodeLike> | undefined;
  guard?: unknown;
}

/** The machines documented, in reading order (outside in). */
export const CHARTED_MACHINES: ReadonlyArray<{ title: string; file: string; machine: AnyStateMachine; about: string }> = [
  {
    title: 'Supervisor',
    file: 'actors/supervisorMachine.ts',
    machine: supervisorMachine,
    about:
      'Root of the actor system. Restart decisions (strategy, intensity, backoff) are pure functions in `actors/restartPolicy.ts`; the chart itself only has to run until shutdown, stopping children newest first.',
  },
  {
    title: 'Thread',
    file: 'machines/thread/threadMachine.ts',
    machine: threadMachine,
    about:
      'One codex thread, a supervised child. It owns its connection actor while `connected`; a crash sends it to `restarting` until the supervisor says when to come back (`supervisor.restart`: at once for the first crash in the intensity window, after a backoff for repeats), and it then resumes the same codex thread id. Turns run one at a time as `turn` actors.',
  },
  {
    title: 'Connection',
    file: 'machines/connection/connectionMachine.ts',
    machine: connectionMachine,
    about:
      'One `codex app-server` process (per thread), or a lease on a shared pool process. Leaving `ready` releases it: an owned process is closed, a pool lease is given back.',
  },
  {
    title: 'Turn',
    file: 'machines/turn/turnMachine.ts',
    machine: turnMachine,
    about:
      'One codex turn. Approvals, dynamic tool calls and user-input requests run as child actors, and `active` shows which one the turn waits for. `crashed` is entered when the connection goes away mid-turn (crash, supervisor restart, close).',
  },
];

/** A Mermaid-safe id for a state path (`connected.ready` → `connected_ready`). */
function idOf(path: readonly string[]): string {
  return path.length === 0 ? 'root' : path.join('_');
}

/** XState's generated event names, shortened for people. */
function eventLabel(event: string): string {
  const done = /^xstate\.done\.actor\.(.+)$/.exec(event);
  if (done) return `done: ${done[1]}`;
  const error = /^xstate\.error\.actor\.(.+)$/.exec(event);
  if (error) return `error: ${error[1]}`;
  const after = /^xstate\.after\.([^.]+)\./.exec(event);
  if (after) return `after ${after[1]}`;
  return event;
}

/** A guard as a short label: its name, `name(params)`, or `…` for an inline function. */
function guardLabel(guard: unknown): string | null {
  if (guard === undefined || guard === null) return null;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'function') return guard.name && guard.name !== 'guard' ? guard.name : '…';
  const { type, params } = guard as { type?: unknown; params?: unknown };
  if (typeof type !== 'string') return '…';
  return params === undefined || typeof params === 'function' ? type : `${type}(${String(params)})`;
}

function transitionLines(node: StateNodeLike, indent: string): string[] {
  const lines: string[] = [];
  const from = idOf(node.path);
  const emit = (event: string, transition: TransitionLike) => {
    // Targetless transitions only run actions; the chart shows state changes.
    for (const target of transition.target ?? []) {
      const guard = guardLabel(transition.guard);
      lines.push(`${indent}${from} --> ${idOf(target.path)}: ${event}${guard ? ` [${guard}]` : ''}`);
    }
  };
  for (const [event, transitions] of Object.entries(node.on)) {
    // `always` transitions are listed under `on` by some XState versions as well; skip the duplicate key.
    if (event === '') continue;
    for (const transition of transitions) emit(eventLabel(event), transition);
  }
  for (const transition of node.always ?? []) emit('(always)', transition);
  return lines;
}

function stateLines(node: StateNodeLike, indent: string): string[] {
  const lines: string[] = [];
  const children = Object.values(node.states);
  if (node.path.length > 0 && children.length > 0) lines.push(`${indent}state ${idOf(node.path)} {`);
  const inner = node.path.length > 0 && children.length > 0 ? `${indent}  ` : indent;
  for (const child of children) {
    if (Object.keys(child.states).length === 0 && child.path.length > 1) lines.push(`${inner}state "${child.key}" as ${idOf(child.path)}`);
  }
  const initial = node.initial?.target?.[0];
  if (initial) lines.push(`${inner}[*] --> ${idOf(initial.path)}`);
  for (const child of children) lines.push(...stateLines(child, inner));
  for (const child of children) {
    if (child.type === 'final') lines.push(`${inner}${idOf(child.path)} --> [*]`);
  }
  if (node.path.length > 0 && children.length > 0) lines.push(`${indent}}`);
  return lines;
}

/** Transitions of every state below the root (the root's own apply in any state: listed in prose instead). */
function allTransitions(node: StateNodeLike, indent: string): string[] {
  const own = node.path.length > 0 ? transitionLines(node, indent) : [];
  return [...own, ...Object.values(node.states).flatMap((child) => allTransitions(child, indent))];
}

/** The root's transitions that change state, as `event [guard] → target` (they apply in every non-final state). */
function rootTransitionLines(root: StateNodeLike): string[] {
  return transitionLines(root, '').map((line) => {
    const [, target, label] = /^root --> (\S+): (.*)$/.exec(line) ?? [];
    return `- \`${label}\` → \`${target?.replace(/_/g, '.')}\``;
  });
}

function invokeLines(node: StateNodeLike): string[] {
  const own = node.invoke.map((invoke) => `- \`${node.path.join('.') || '(root)'}\` invokes \`${invoke.id}\``);
  return [...own, ...Object.values(node.states).flatMap(invokeLines)];
}

/**
 * The Mermaid `stateDiagram-v2` of a machine: nested states, initial and final
 * states, and every transition that changes state, labelled with its event
 * and guard.
 *
 * @example
 * ```ts
 * console.log(toMermaid(threadMachine));
 * ```
 */
export function toMermaid(machine: AnyStateMachine): string {
  const root = machine.root as unknown as StateNodeLike;
  return ['stateDiagram-v2', ...stateLines(root, '  '), ...allTransitions(root, '  ')].join('\n');
}

/**
 * The whole `docs/state-charts.md`.
 *
 * @example
 * ```ts
 * writeFileSync('docs/state-charts.md', renderStateChartsDoc());
 * ```
 */
export function renderStateChartsDoc(): string {
  const parts = [
    '# State charts',
    '',
    '<!-- Generated by `npm run docs:charts` (scripts/stateCharts.ts) from the machine definitions. Do not edit by hand: a unit test fails when this file is out of date. -->',
    '',
    'The runtime is four XState machines: the **supervisor** (root of the actor system) supervises **thread** actors; each thread owns a **connection** actor (its codex process) and runs its turns as **turn** actors. Labels are `event [guard]`; `done:`/`error:` are the completion of an invoked actor, `after` a delay on the system clock. Transitions that only run actions (queueing work, folding notifications) are left out.',
    '',
    'Inspect them live with the `inspect` option (any XState inspector, e.g. `createBrowserInspector().inspect` from `@statelyai/inspect`): actor ids are `supervisor`, `thread:<n>`, `connection`, `turn`, and the invoked work by name (`startProcess`, `openThread`, `startTurn`…). Serialized snapshots carry a summary of each context (ids, generation, pid, queue length, error), never the live process or the thread options.',
  ];
  for (const { title, file, machine, about } of CHARTED_MACHINES) {
    const root = machine.root as unknown as StateNodeLike;
    const invokes = invokeLines(root);
    const fromAnyState = rootTransitionLines(root);
    parts.push('', `## ${title}`, '', `\`${file}\` (machine id \`${machine.id}\`). ${about}`, '', '```mermaid', toMermaid(machine), '```');
    if (fromAnyState.length > 0) parts.push('', 'From any state that is not final:', '', ...fromAnyState);
    if (invokes.length > 0) parts.push('', 'Invoked actors:', '', ...invokes);
  }
  return `${parts.join('\n')}\n`;
}

/** Path of the generated doc. */
export const STATE_CHARTS_DOC = fileURLToPath(new URL('../docs/state-charts.md', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const doc = renderStateChartsDoc();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(STATE_CHARTS_DOC, 'utf8');
    } catch {
      // Missing counts as out of date.
    }
    if (current !== doc) {
      console.error('docs/state-charts.md is out of date: run npm run docs:charts');
      process.exit(1);
    }
  } else {
    writeFileSync(STATE_CHARTS_DOC, doc);
    console.log(`wrote ${STATE_CHARTS_DOC}`);
  }
}
