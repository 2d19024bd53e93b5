/**
 * Dummy children for supervisor tests.
 *
 * `protocolChildMachine` implements the supervision protocol the way a thread
 * machine should: it owns a fake resource, reports crashes, queues work while
 * restarting, obeys restart/escalate/stop. Tests drive its faults with
 * `test.*` events. `plainChildMachine` knows nothing of the protocol: it can
 * only throw (XState error) or finish.
 */
import { assign, sendParent, setup, SimulatedClock, type AnyActorRef } from 'xstate';
import { createSupervisor } from '../../../../actors/createSupervisor.js';
import type { ChildSpec } from '../../../../actors/childSpec.js';
import { createRestartQueue, drainRestartQueue, offerRestartQueue, type RestartQueue } from '../../../../actors/restartQueue.js';
import { childCrashed, childExited, childRestarted, QUEUEING_TAG, type ChildExitReason, type SupervisionInput } from '../../../../actors/supervisionProtocol.js';
import type { SupervisorEvent } from '../../../../actors/supervisorEvents.js';
import type { SupervisorOptions } from '../../../../actors/supervisorOptions.js';

export interface ProtocolChildInput extends SupervisionInput {
  queueCapacity?: number;
  /** Generations whose resource fails to come up after a restart. */
  failingGenerations?: number[];
  /** How long a graceful stop takes; `Infinity`-like behaviour: set `ignoreStop`. */
  stopDelayMs?: number;
  /** Never finish stopping (to exercise the shutdown timeout). */
  ignoreStop?: boolean;
}

export interface WorkEvent {
  type: 'work';
  payload: string;
}

export interface ProtocolChildContext {
  childId: string;
  generation: number;
  /** Work done, in order. */
  processed: string[];
  restartQueue: RestartQueue<WorkEvent>;
  delayMs: number;
  failingGenerations: number[];
  stopDelayMs: number;
  ignoreStop: boolean;
  /** Generations whose resource came up, in order (1 = initial). */
  resourceStarts: number[];
  overflowed: number;
  rejected: number;
  error: unknown;
  exitReason: ChildExitReason;
}

type ProtocolChildEvent =
  | WorkEvent
  | { type: 'test.crash'; error: unknown }
  | { type: 'test.exit'; reason: ChildExitReason }
  | { type: 'test.throw'; error: unknown }
  | { type: 'supervisor.restart'; generation: number; delayMs?: number }
  | { type: 'supervisor.escalate'; error: unknown }
  | { type: 'supervisor.stop' };

/** A child that speaks the supervision protocol (see file comment). */
export const protocolChildMachine = setup({
  types: { context: {} as ProtocolChildContext, input: {} as ProtocolChildInput, events: {} as ProtocolChildEvent },
  delays: {
    restartDelay: ({ context }) => context.delayMs,
    stopDelay: ({ context }) => context.stopDelayMs,
  },
  actions: {
    queueWork: assign(({ context, event }) => {
      if (event.type !== 'work') return {};
      const result = offerRestartQueue(context.restartQueue, event);
      // A real child answers the sender's reply channel with result.error; the
      // dummy counts it so tests can see the event was not silently dropped.
      return 'error' in result ? { overflowed: context.overflowed + 1 } : { restartQueue: result.queue };
    }),
    acceptRestart: assign(({ event }) => (event.type === 'supervisor.restart' ? { generation: event.generation, delayMs: event.delayMs ?? 0 } : {})),
  },
  guards: {
    resourceFails: ({ context }) => context.failingGenerations.includes(context.generation),
    ignoresStop: ({ context }) => context.ignoreStop,
  },
}).createMachine({
  id: 'protocolChild',
  context: ({ input }) => ({
    childId: input.childId,
    generation: input.generation,
    processed: [],
    restartQueue: createRestartQueue<WorkEvent>(input.queueCapacity ?? 10),
    delayMs: 0,
    failingGenerations: input.failingGenerations ?? [],
    stopDelayMs: input.stopDelayMs ?? 0,
    ignoreStop: input.ignoreStop ?? false,
    resourceStarts: [input.generation],
    overflowed: 0,
    rejected: 0,
    error: undefined,
    exitReason: 'normal',
  }),
  initial: 'up',
  on: {
    'supervisor.restart': { target: '.restarting', reenter: true, actions: 'acceptRestart' },
    'supervisor.escalate': { target: '.failed', actions: assign({ error: ({ event }) => event.error }) },
    'supervisor.stop': '.stopping',
  },
  states: {
    up: {
      on: {
        work: { actions: assign({ processed: ({ context, event }) => [...context.processed, event.payload] }) },
        'test.crash': {
          target: 'down',
          actions: [assign({ error: ({ event }) => event.error }), sendParent(({ context, event }) => childCrashed(context.childId, context.generation, event.error))],
        },
        'test.exit': { target: 'exited', actions: assign({ exitReason: ({ event }) => event.reason }) },
        'test.throw': {
          actions: ({ event }) => {
            throw event.error;
          },
        },
      },
    },
    down: {
      tags: [QUEUEING_TAG],
      on: { work: { actions: 'queueWork' } },
    },
    restarting: {
      tags: [QUEUEING_TAG],
      on: { work: { actions: 'queueWork' } },
      after: {
        restartDelay: [
          {
            guard: 'resourceFails',
            target: 'down',
            actions: sendParent(({ context }) => childCrashed(context.childId, context.generation, new Error(`generation ${context.generation} failed to start`))),
          },
          {
            target: 'up',
            actions: [
              assign(({ context }) => {
                const [pending, empty] = drainRestartQueue(context.restartQueue);
                return {
                  restartQueue: empty,
                  processed: [...context.processed, ...pending.map((w) => w.payload)],
                  resourceStarts: [...context.resourceStarts, context.generation],
                };
              }),
              sendParent(({ context }) => childRestarted(context.childId, context.generation)),
            ],
          },
        ],
      },
    },
    failed: {
      on: {
        work: { actions: assign({ rejected: ({ context }) => context.rejected + 1 }) },
        'supervisor.restart': {},
      },
    },
    stopping: {
      on: { 'supervisor.restart': {}, 'supervisor.escalate': {} },
      always: { guard: 'ignoresStop', target: 'hung' },
      after: { stopDelay: 'stopped' },
    },
    hung: { on: { 'supervisor.restart': {}, 'supervisor.escalate': {}, 'supervisor.stop': {} } },
    stopped: { type: 'final', entry: sendParent(({ context }) => childExited(context.childId, 'shutdown')) },
    exited: { type: 'final', entry: sendParent(({ context }) => childExited(context.childId, context.exitReason)) },
  },
});

/** A child that does not speak the protocol: it can throw (XState error) or finish (done). */
export const plainChildMachine = setup({
  types: {
    context: {} as { childId: string; generation: number },
    input: {} as SupervisionInput,
    events: {} as { type: 'test.throw'; error: unknown } | { type: 'test.finish' },
  },
}).createMachine({
  id: 'plainChild',
  context: ({ input }) => ({ childId: input.childId, generation: input.generation }),
  initial: 'alive',
  states: {
    alive: {
      on: {
        'test.throw': {
          actions: ({ event }) => {
            throw event.error;
          },
        },
        'test.finish': 'finished',
      },
    },
    finished: { type: 'final' },
  },
});

/** A protocol child spec registered as `thread:<id>`. */
export function protocolSpec(id: string, extra: Partial<ChildSpec> & { input?: Partial<ProtocolChildInput> } = {}): ChildSpec {
  return { id, logic: protocolChildMachine, restart: 'permanent', shutdownTimeoutMs: 1000, systemId: `thread:${id}`, ...extra } as ChildSpec;
}

/** A plain child spec registered as `thread:<id>`. */
export function plainSpec(id: string, extra: Partial<ChildSpec> = {}): ChildSpec {
  return { id, logic: plainChildMachine, restart: 'permanent', shutdownTimeoutMs: 1000, systemId: `thread:${id}`, ...extra };
}

/**
 * A started supervisor on a SimulatedClock with jitter pinned to the
 * midpoint (delays are exactly 100, 200, 400… ms), recording emitted events.
 */
export function startSupervisor(options: SupervisorOptions = {}, children: ChildSpec[] = [], random: () => number = () => 0.5) {
  const clock = new SimulatedClock();
  const supervisor = createSupervisor({ options, children, clock, random });
  const events: SupervisorEvent[] = [];
  supervisor.on('*', (event) => events.push(event as SupervisorEvent));
  supervisor.start();
  const child = (id: string): AnyActorRef => {
    const ref = supervisor.system.get(`thread:${id}`) as AnyActorRef | undefined;
    if (!ref) throw new Error(`no actor registered for thread:${id}`);
    return ref;
  };
  const childContext = (id: string) => (child(id).getSnapshot() as { context: ProtocolChildContext }).context;
  const childState = (id: string) => (child(id).getSnapshot() as { value: unknown }).value;
  const record = (id: string) => supervisor.getSnapshot().context.children.find((c) => c.spec.id === id);
  const ofType = <T extends SupervisorEvent['type']>(type: T) => events.filter((e): e is Extract<SupervisorEvent, { type: T }> => e.type === type);
  return { supervisor, clock, events, child, childContext, childState, record, ofType };
}


