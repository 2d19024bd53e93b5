import { assign, fromCallback, fromPromise, sendParent, setup, type ActorRefFrom } from 'xstate';
import type { ProcessExit } from '../../src/errors/index.js';
import type { RpcNotification, RpcTransport } from '../../src/transport/types.js';
import { errorSummary, withInspectionSummary } from '../inspectionSummary.js';
import { ThreadRouter } from './threadRouter.js';

/**
 * A connection shared with other threads (a pool process): the transport and
 * its router belong to the pool, so giving it back (`release`) leaves the
 * process running. See `connectionPool.ts`.
 */
export interface ConnectionLease {
  readonly kind: 'lease';
  readonly transport: RpcTransport;
  readonly router: ThreadRouter;
  /** Ends this holder's use of the connection. Idempotent; never closes the process. */
  release(): void;
}

/**
 * Starts (spawns and initialises) one app-server process the connection actor
 * then owns (`processModel: 'per-thread'`), or hands out a {@link ConnectionLease}
 * on a shared one (a pool).
 */
export type ConnectionStarter = (hooks: { signal: AbortSignal; onSpawned: (pid: number | undefined) => void }) => Promise<RpcTransport | ConnectionLease>;

/** True when a starter handed out a shared connection rather than a process of our own. */
export function isConnectionLease(value: RpcTransport | ConnectionLease): value is ConnectionLease {
  return (value as Partial<ConnectionLease>).kind === 'lease';
}

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
  /** Gives the connection up: closes an owned process, releases a lease. Idempotent. */
  release: (() => Promise<unknown>) | null;
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
  /**
   * Gives the connection up (idempotent) and resolves once that is done: for
   * an owned process, when it has exited and its leftover commands were
   * reaped. The parent awaits it when it closes.
   */
  release: () => Promise<unknown>;
}

/** Sent to the parent when the process died unexpectedly (or could not start). */
export interface ConnectionCrashedEvent {
  type: 'connection.crashed';
  exit: ProcessExit;
  error: unknown;
}

const startProcess = fromPromise<RpcTransport | ConnectionLease, { start: ConnectionStarter; parent: { send(e: ConnectionEvent): void } }>(
  async ({ input, signal }) => input.start({ signal, onSpawned: (pid) => input.parent.send({ type: 'connection.spawned', pid }) }),
);

// Lives exactly as long as the `ready` state. Its cleanup releases the
// connection (closes an owned process), so however this actor is left (parent
// restarting, escalating, stopping) the subprocess goes with it; release is
// idempotent, so the graceful path is unharmed. A shared (pool) process dies
// with the pool instead, and its death reaches every holder through here.
const watchExit = fromCallback<ConnectionEvent, { transport: RpcTransport; release: () => Promise<unknown> }>(({ input, sendBack }) => {
  let live = true;
  // Report the death as soon as the process is gone: reaping the commands it left behind
  // (a /proc scan, tens of ms on a busy host) finishes in the background, and release()
  // still waits for it. Bench P5: a restart no longer waits for the reaping.
  void (input.transport.processExited ?? input.transport.exited).then((exit) => {
    if (live) sendBack({ type: 'transport.exited', exit });
  });
  return () => {
    live = false;
    void input.release();
  };
});

const closeProcess = fromPromise<ProcessExit | null, { release: (() => Promise<unknown>) | null }>(async ({ input }) => {
  const exit = await input.release?.();
  return (exit as ProcessExit | null | undefined) ?? null;
});

/** What the connection actor keeps of a started connection; `release` is memoised so every caller awaits the same close. */
function adopt(started: RpcTransport | ConnectionLease, onGlobal: ConnectionInput['onGlobalNotification']) {
  if (isConnectionLease(started)) {
    const release = () => {
      started.release();
      return Promise.resolve(null);
    };
    return { transport: started.transport, pid: started.transport.pid, router: started.router, release };
  }
  const router = new ThreadRouter(started, onGlobal);
  let closed: Promise<ProcessExit> | null = null;
  const release = () => {
    if (!closed) {
      router.dispose();
      closed = started.close();
    }
    return closed;
  };
  return { transport: started, pid: started.pid, router, release };
}

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
  context: ({ input }) =>
    withInspectionSummary<ConnectionContext>(
      { input, pid: undefined, transport: null, router: null, release: null, exit: null, error: null },
      (c) => ({ name: c.input.name, pid: c.pid ?? null, threads: c.router?.toJSON().threads ?? [], exit: c.exit, error: errorSummary(c.error) }),
    ),
  initial: 'starting',
  states: {
    // One start() promise covers both sub-states: spawn first, then the initialize handshake.
    starting: {
      invoke: {
        id: 'startProcess',
        src: 'startProcess',
        input: ({ context, self }) => ({ start: context.input.start, parent: self }),
        onDone: {
          target: 'ready',
          actions: assign(({ context, event }) => adopt(event.output, context.input.onGlobalNotification)),
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
      entry: sendParent(
        ({ context }) => ({ type: 'connection.ready', transport: context.transport!, router: context.router!, release: context.release! }) satisfies ConnectionReadyEvent,
      ),
      invoke: { id: 'watchExit', src: 'watchExit', input: ({ context }) => ({ transport: context.transport!, release: context.release! }) },
      on: {
        'transport.exited': { target: 'crashed', actions: assign({ exit: ({ event }) => event.exit }) },
        'connection.close': 'closing',
      },
    },
    closing: {
      invoke: {
        id: 'closeProcess',
        src: 'closeProcess',
        input: ({ context }) => ({ release: context.release }),
        onDone: { target: 'closed', actions: assign({ exit: ({ event }) => event.output }) },
        onError: 'closed',
      },
    },
    closed: { type: 'final' },
    crashed: {
      type: 'final',
      // Leaving `ready` already released the connection (watchExit's cleanup).
      entry: [
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

