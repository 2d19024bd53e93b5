import { assign, fromCallback, fromPromise, sendParent, setup, type ActorRefFrom } from 'xstate';
import type { ProcessExit } from '../../src/errors/index.js';
import type { RpcNotification, RpcTransport } from '../../src/transport/types.js';
import { ThreadRouter } from './threadRouter.js';

/** Starts (spawns and initialises) one app-server process. */
export type ConnectionStarter = (hooks: { signal: AbortSignal; onSpawned: (pid: number | undefined) => void }) => Promise<RpcTransport>;

/** Input of a connection actor. */
export interface ConnectionInput {
  /** Stable name for logs and inspectors, e.g. `thread:3` or `pool:1`. */
  name: string;
  start: ConnectionStarter;
  /** Notifications that belong to no thread. */
  onGlobalNotification?: (notification: RpcNotification) => void;
}

/** Context of a connection actor. */
export interface ConnectionContext {
  input: ConnectionInput;
  pid: number | undefined;
  transport: RpcTransport | null;
  router: ThreadRouter | null;
  exit: ProcessExit | null;
  error: unknown;
}

/** Events a connection actor accepts. */
export type ConnectionEvent =
  | { type: 'connection.spawned'; pid: number | undefined }
  | { type: 'transport.exited'; exit: ProcessExit }
  | { type: 'connection.close' };

/** Sent to the parent when the process is initialised and usable. */
export interface ConnectionReadyEvent {
  type: 'connection.ready';
  transport: RpcTransport;
  router: ThreadRouter;
}

/** Sent to the parent when the process died unexpectedly (or could not start). */
export interface ConnectionCrashedEvent {
  type: 'connection.crashed';
  exit: ProcessExit;
  error: unknown;
}

const startProcess = fromPromise<RpcTransport, { start: ConnectionStarter; parent: { send(e: ConnectionEvent): void } }>(
  async ({ input, signal }) => input.start({ signal, onSpawned: (pid) => input.parent.send({ type: 'connection.spawned', pid }) }),
);

// Lives exactly as long as the `ready` state. Its cleanup closes the process, so
// however this actor is left (parent restarting, escalating, stopping) the
// subprocess goes with it; close() is idempotent, so the graceful path is unharmed.
const watchExit = fromCallback<ConnectionEvent, { transport: RpcTransport }>(({ input, sendBack }) => {
  let live = true;
  void input.transport.exited.then((exit) => {
    if (live) sendBack({ type: 'transport.exited', exit });
  });
  return () => {
    live = false;
    void input.transport.close();
  };
});

const closeProcess = fromPromise<ProcessExit | null, { transport: RpcTransport | null; router: ThreadRouter | null }>(async ({ input }) => {
  input.router?.dispose();
  return input.transport ? input.transport.close() : null;
});

/**
 * One `codex app-server` subprocess:
 * `spawning → initializing → ready → closing → closed`, or `crashed` when the
 * process ends on its own. Owns the process: stopping this actor closes it
 * (stdin → SIGTERM → SIGKILL), so a thread that restarts or closes cannot
 * leave an orphan behind.
 *
 * The parent receives `connection.ready` (with the transport and its
 * {@link ThreadRouter}) and `connection.crashed`.
 */
export const connectionMachine = setup({
  types: {
    context: {} as ConnectionContext,
    input: {} as ConnectionInput,
    events: {} as ConnectionEvent,
  },
  actors: { startProcess, watchExit, closeProcess },
}).createMachine({
  id: 'connection',
  context: ({ input }) => ({ input, pid: undefined, transport: null, router: null, exit: null, error: null }),
  initial: 'starting',
  states: {
    // One start() promise covers both sub-states: spawn first, then the initialize handshake.
    starting: {
      invoke: {
        src: 'startProcess',
        input: ({ context, self }) => ({ start: context.input.start, parent: self }),
        onDone: {
          target: 'ready',
          actions: assign(({ context, event }) => ({
            transport: event.output,
            pid: event.output.pid,
            router: new ThreadRouter(event.output, context.input.onGlobalNotification),
          })),
        },
        onError: {
          target: 'crashed',
          actions: assign(({ event }) => ({ error: event.error, exit: exitOf(event.error) })),
        },
      },
      initial: 'spawning',
      states: {
        spawning: { on: { 'connection.spawned': { target: 'initializing', actions: assign({ pid: ({ event }) => event.pid }) } } },
        initializing: {},
      },
    },
    ready: {
      entry: sendParent(({ context }) => ({ type: 'connection.ready', transport: context.transport!, router: context.router! }) satisfies ConnectionReadyEvent),
      invoke: { src: 'watchExit', input: ({ context }) => ({ transport: context.transport! }) },
      on: {
        'transport.exited': { target: 'crashed', actions: assign({ exit: ({ event }) => event.exit }) },
        'connection.close': 'closing',
      },
    },
    closing: {
      invoke: {
        src: 'closeProcess',
        input: ({ context }) => ({ transport: context.transport, router: context.router }),
        onDone: { target: 'closed', actions: assign({ exit: ({ event }) => event.output }) },
        onError: 'closed',
      },
    },
    closed: { type: 'final' },
    crashed: {
      type: 'final',
      entry: [
        ({ context }) => context.router?.dispose(),
        sendParent(({ context }) => ({
          type: 'connection.crashed',
          exit: context.exit ?? { exitCode: null, signal: null, stderrTail: '' },
          error: context.error,
        }) satisfies ConnectionCrashedEvent),
      ],
    },
  },
  output: ({ context }) => ({ exit: context.exit, error: context.error }),
});

/** A running connection actor. */
export type ConnectionActorRef = ActorRefFrom<typeof connectionMachine>;

function exitOf(error: unknown): ProcessExit {
  const e = (error ?? {}) as Partial<ProcessExit>;
  return { exitCode: e.exitCode ?? null, signal: e.signal ?? null, stderrTail: e.stderrTail ?? '' };
}

