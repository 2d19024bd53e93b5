import { assign, enqueueActions, fromPromise, sendParent, setup, type ActorRefFrom } from 'xstate';
import { childCrashed, childExited, childFailed, childRestarted } from '../../actors/supervisionProtocol.js';
import { CodexProcessCrashedError, EphemeralThreadLostError, QueueOverflowError, TransportClosedError, type ProcessExit } from '../../src/errors/index.js';
import { foldSettings, type EffectiveSettings, type SettingsDrift } from '../../src/options/effectiveSettings.js';
import type { RpcTransport } from '../../src/transport/types.js';
import { connectionMachine } from '../connection/connectionMachine.js';
import type { ThreadRouter } from '../connection/threadRouter.js';
import { turnMachine } from '../turn/turnMachine.js';
import { errorSummary, withInspectionSummary } from '../inspectionSummary.js';
import { createThreadSink } from './threadSink.js';
import { isNeverPersisted, isUnrecoverable, turnCutOffError } from './threadFailures.js';
import { openThread } from './openThread.js';
import type { GoalRequest, ThreadCall, ThreadInput, ThreadMachineEvent, TurnOutcome, TurnRequest } from './threadTypes.js';

/** Context of a thread actor. */
export interface ThreadContext {
  input: ThreadInput;
  generation: number;
  codexThreadId: string | null;
  transport: RpcTransport | null;
  router: ThreadRouter | null;
  /** Gives the connection up (closes an owned process, releases a pool lease); awaited when the thread closes. */
  release: (() => Promise<unknown>) | null;
  unregister: (() => void) | null;
  /** Turn requests in order; the head is the active turn while in `turnActive`. */
  queue: TurnRequest[];
  calls: ThreadCall[];
  /** The goal codex runs on this thread, while it runs (kept across a restart: codex resumes it). */
  goal: GoalRequest | null;
  /** The continuation turn being adopted (its wire turn from `turn/started`) and its number. */
  goalTurn: { turn: unknown; continuation: number } | null;
  /** How many continuation turns the goal has had so far. */
  continuations: number;
  restartDelayMs: number;
  /** Why the last restart happened (for `thread.restarted`). */
  restartReason: string | null;
  /**
   * The thread options folded with every per-turn override codex accepted
   * (sandbox, approval, model, effort, summary, personality, cwd, service tier):
   * what every resume sends and checks, so a restart changes none of them.
   */
  settings: EffectiveSettings;
  /** Whether codex has turns of this thread (a resumed thread, or a turn was accepted). */
  hasHistory: boolean;
  /** codex never stores ephemeral threads: a restart cannot resume one. */
  ephemeral: boolean;
  /** The codex thread id a restart had to replace with a new thread (announced by `thread.restarted`). */
  replacedThreadId: string | null;
  error: unknown;
}

// Leaving `connected` stopped the connection actor, which started the release;
// this waits for it, so a closed thread's process (if it owned one) is gone.
const closeConnection = fromPromise<void, { release: (() => Promise<unknown>) | null }>(async ({ input }) => {
  await input.release?.();
});

function rejected(error: unknown, endReason: TurnOutcome['endReason'] = null, endCause?: unknown): TurnOutcome {
  return { state: 'rejected', acc: null, error, endReason, endCause };
}

/**
 * One codex thread as a supervised actor:
 * `idle → connected.{connecting → opening → ready ⇄ turnActive} → closing → closed`,
 * plus `restarting` (its codex process died; waiting for the supervisor and
 * the backoff) and `failed` (the supervisor gave up).
 *
 * - Owns its connection actor (one app-server process): leaving `connected`
 *   for any reason stops the connection, which closes the process.
 * - Turns are queued and run one at a time, each a `turn` actor.
 * - A goal (`goal.begin`) is the state `goalActive`: codex starts the goal's
 *   turns by itself, and each becomes a `turn` actor adopted from its
 *   `turn/started` (`continuing`), so its approvals, tools and user input go
 *   to the thread's handlers like any turn's. Queued turns wait until the goal
 *   ends (`goal.end`); after a restart the goal is resumed, since codex
 *   resumes it with the thread.
 * - After a restart the same codex thread id is resumed (`thread/resume`), so
 *   completed items survive; the turn that was in flight fails with
 *   `CodexProcessCrashedError`, or is re-sent once with `retryTurnOnCrash`.
 * - Work sent while restarting is queued (bounded: overflow is a
 *   `QueueOverflowError`, never a silent drop).
 *
 * @example
 * ```ts
 * supervisor.send({ type: 'supervisor.start_child', spec: defineChildSpec({ id: 'thread:1', logic: threadMachine, input }) });
 * ```
 */
export const threadMachine = setup({
  types: {
    context: {} as ThreadContext,
    input: {} as ThreadInput,
    events: {} as ThreadMachineEvent,
  },
  actors: { connection: connectionMachine, openThread, closeConnection, turn: turnMachine },
  delays: { restartDelay: ({ context }) => context.restartDelayMs },
  guards: {
    hasQueuedTurn: ({ context }) => context.queue.length > 0,
    // The process died under the request: `connection.crashed` follows and decides.
    lostTransport: ({ event }) => (event as { error?: unknown }).error instanceof TransportClosedError,
    unrecoverable: ({ event }) => isUnrecoverable((event as { error?: unknown }).error),
    // Only after a restart: a user's resumeThread(id) of an unknown id must fail.
    resumedNeverPersisted: ({ context, event }) => context.restartReason !== null && isNeverPersisted((event as { error?: unknown }).error),
    knowsThreadId: ({ context }) => context.codexThreadId !== null,
    // A restart of an ephemeral thread with turns: nothing to resume (codex never stored it).
    ephemeralLost: ({ context }) =>
      context.restartReason !== null && context.ephemeral && context.codexThreadId !== null && context.hasHistory && context.input.ephemeralRestart !== 'new-thread',
    ephemeralReplaced: ({ context }) => context.restartReason !== null && context.ephemeral && context.codexThreadId !== null,
    hasGoal: ({ context }) => context.goal !== null,
    endsOwnGoal: ({ context, event }) => event.type === 'goal.end' && context.goal?.id === event.goalId,
  },
  actions: {
    enqueueTurn: enqueueActions(({ context, event, enqueue, self }) => {
      if (event.type !== 'turn.enqueue') return;
      const snapshot = self.getSnapshot();
      const limited = snapshot.matches('restarting') || snapshot.matches('idle') || snapshot.matches({ connected: 'connecting' });
      if (limited && context.queue.length >= context.input.queueCapacity) {
        event.request.settle(rejected(new QueueOverflowError('The thread\u2019s restart queue', context.input.queueCapacity)), event.request.attempt);
        return;
      }
      enqueue.assign({ queue: [...context.queue, event.request] });
    }),
    // A function value in an assign object would be called as an assigner: wrap it.
    keepConnection: assign(({ event }) =>
      event.type === 'connection.ready' ? { transport: event.transport, router: event.router, release: () => event.release() } : {},
    ),
    enqueueCall: assign(({ context, event }) => (event.type === 'thread.call' ? { calls: [...context.calls, event.call] } : {})),
    flushCalls: enqueueActions(({ context, enqueue }) => {
      const transport = context.transport;
      const threadId = context.codexThreadId;
      if (!transport || !threadId || context.calls.length === 0) return;
      for (const call of context.calls) {
        call.send(transport, threadId);
      }
      enqueue.assign({ calls: [] });
    }),
    interruptTurn: enqueueActions(({ context, event, enqueue, self }) => {
      if (event.type !== 'turn.interrupt') return;
      const head = context.queue[0];
      const active = self.getSnapshot().matches({ connected: 'turnActive' });
      if (active && head?.id === event.requestId) {
        enqueue.sendTo('turn', { type: 'turn.interrupt', reason: event.reason, cause: event.cause });
        return;
      }
      const request = context.queue.find((r) => r.id === event.requestId);
      if (!request) return;
      // Never reached codex: it ends here, without a wire round trip.
      request.settle(rejected(null, event.reason, event.cause), request.attempt);
      enqueue.assign({ queue: context.queue.filter((r) => r !== request) });
    }),
    shiftTurn: assign(({ context }) => ({ queue: context.queue.slice(1) })),
    // codex keeps a turn's overrides once it has accepted the turn (it has a turn id).
    acceptTurn: assign(({ context }, params: { turnId: string | null | undefined }) =>
      params.turnId == null ? {} : { settings: foldSettings(context.settings, context.queue[0]?.settings), hasHistory: true },
    ),
    beginGoal: assign(({ event }) => (event.type === 'goal.begin' ? { goal: event.goal, goalTurn: null, continuations: 0 } : {})),
    endGoal: assign(({ context, event }) => (event.type === 'goal.end' && context.goal?.id === event.goalId ? { goal: null, goalTurn: null } : {})),
    adoptGoalTurn: assign(({ context, event }) =>
      event.type === 'server.turnStarted' ? { goalTurn: { turn: event.turn, continuation: context.continuations }, continuations: context.continuations + 1, hasHistory: true } : {},
    ),
    // The thread failed or closed: nothing will run the goal's turns any more.
    loseGoal: assign(({ context }, params: { error: unknown }) => {
      context.goal?.lost(params.error);
      return { goal: null, goalTurn: null };
    }),
    // The connection died (or the supervisor restarts us): decide the fate of the turn in flight.
    failActiveTurn: enqueueActions(({ context, enqueue, self }, params: { reason: 'crash' | 'restart' | 'close'; exit?: ProcessExit }) => {
      const snapshot = self.getSnapshot();
      const head = context.queue[0];
      const turnRef = snapshot.children.turn as ActorRefFrom<typeof turnMachine> | undefined;
      if (snapshot.matches({ connected: { goalActive: 'continuing' } })) {
        // A goal's turn: it ends `crashed`; the goal itself stays (codex resumes it with the thread).
        const exit = params.exit ?? { exitCode: null, signal: null, stderrTail: '' };
        turnRef?.send({ type: 'connection.lost', exit, error: turnCutOffError(params.reason, exit) });
        return;
      }
      if (!head || !snapshot.matches({ connected: 'turnActive' })) return;
      const retry = params.reason !== 'close' && context.input.retryTurnOnCrash && head.attempt === 0;
      if (retry) {
        head.attempt += 1; // the dead attempt's settle is ignored by the request
      } else {
        enqueue.assign({ queue: context.queue.slice(1) });
      }
      const exit = params.exit ?? { exitCode: null, signal: null, stderrTail: '' };
      const turnId = turnRef?.getSnapshot().context.acc.turnId ?? null;
      // codex accepted the cut-off turn (it has an id), so it keeps its overrides: so do we.
      if (turnId !== null) enqueue.assign({ settings: foldSettings(context.settings, head.settings), hasHistory: true });
      // The committed snapshot's: `connected`'s exit actions already cleared the context's.
      const rpc = snapshot.context.transport;
      const threadId = snapshot.context.codexThreadId;
      if (params.reason !== 'crash' && rpc && !rpc.closed && threadId !== null && turnId !== null) {
        // The process outlives us when it is shared (a pool): stop codex's turn
        // and its commands there, or it would run on unobserved. Best effort.
        void rpc
          .request('turn/interrupt', { threadId, turnId })
          .catch(() => undefined)
          .then(() => rpc.request('thread/backgroundTerminals/clean', { threadId }))
          .catch(() => undefined);
      }
      // Deliver now, before the state change stops the turn actor, so its chart
      // ends in `crashed` (which also aborts the signal of any approval or tool
      // handler still running: XState stops the turn's request actors).
      turnRef?.send({ type: 'connection.lost', exit, error: turnCutOffError(params.reason, exit) });
    }),
    rejectAll: enqueueActions(({ context, enqueue }, params: { error: unknown }) => {
      for (const r of context.queue) r.settle(rejected(params.error), r.attempt);
      for (const c of context.calls) c.reject(params.error);
      enqueue.assign({ queue: [], calls: [] });
    }),
    // `release` stays: `closing` awaits it.
    unregister: assign(({ context }) => {
      context.unregister?.();
      return { unregister: null, transport: null, router: null };
    }),
  },
}).createMachine({
  id: 'thread',
  context: ({ input }) =>
    withInspectionSummary<ThreadContext>(
      {
        input,
        generation: input.generation,
        codexThreadId: input.codexThreadId,
        transport: null,
        router: null,
        release: null,
        unregister: null,
        queue: [],
        calls: [],
        goal: null,
        goalTurn: null,
        continuations: 0,
        restartDelayMs: 0,
        restartReason: null,
        settings: input.settings ?? {},
        hasHistory: input.codexThreadId !== null,
        ephemeral: false,
        replacedThreadId: null,
        error: null,
      },
      // The input (thread options, handlers) and the live connection stay out.
      (c) => ({
        childId: c.input.childId,
        label: c.input.label ?? null,
        codexThreadId: c.codexThreadId,
        generation: c.generation,
        pid: c.transport?.pid ?? null,
        queued: c.queue.length,
        pendingCalls: c.calls.length,
        goal: c.goal ? { goalId: c.goal.goalId, continuations: c.continuations, continuation: c.goalTurn?.continuation ?? null } : null,
        restartDelayMs: c.restartDelayMs,
        restartReason: c.restartReason,
        sandbox: c.settings.sandbox ?? null,
        settings: c.settings,
        error: errorSummary(c.error),
      }),
    ),
  initial: 'idle',
  on: {
    'turn.enqueue': { actions: 'enqueueTurn' },
    'thread.call': { actions: 'enqueueCall' },
    'turn.interrupt': { actions: 'interruptTurn' },
    'goal.begin': { actions: 'beginGoal' },
    'goal.end': { actions: 'endGoal' },
  },
  states: {
    idle: {
      on: {
        'thread.boot': 'connected',
        'turn.enqueue': { target: 'connected', actions: 'enqueueTurn' },
        'thread.call': { target: 'connected', actions: 'enqueueCall' },
        'thread.close': 'closed',
        'supervisor.stop': 'closed',
      },
    },
    connected: {
      invoke: {
        id: 'connection',
        src: 'connection',
        input: ({ context }) => ({ name: `${context.input.childId}#${context.generation}`, start: context.input.connect }),
      },
      exit: 'unregister',
      on: {
        'connection.crashed': [
          {
            // A missing or wrong binary is not cured by restarting it.
            guard: 'unrecoverable',
            target: 'failed',
            actions: [
              { type: 'failActiveTurn', params: ({ event }) => ({ reason: 'crash' as const, exit: event.exit }) },
              assign({ error: ({ event }) => event.error }),
              sendParent(({ context, event }) => childFailed(context.input.childId, context.generation, event.error)),
            ],
          },
          {
          target: 'restarting',
          actions: [
            { type: 'failActiveTurn', params: ({ event }) => ({ reason: 'crash' as const, exit: event.exit }) },
            assign({ restartReason: ({ event }) => describeExit(event.exit), error: ({ event }) => event.error ?? new CodexProcessCrashedError(event.exit) }),
            sendParent(({ context, event }) =>
              childCrashed(context.input.childId, context.generation, event.error ?? new CodexProcessCrashedError(event.exit)),
            ),
          ],
          },
        ],
        'supervisor.restart': {
          target: 'restarting.backoff',
          actions: [
            { type: 'failActiveTurn', params: { reason: 'restart' } },
            assign({
              generation: ({ event }) => event.generation,
              restartDelayMs: ({ event }) => event.delayMs ?? 0,
              restartReason: 'restarted by the supervisor (sibling crashed)',
            }),
          ],
        },
        'supervisor.escalate': { target: 'failed', actions: assign({ error: ({ event }) => event.error }) },
        'thread.close': 'closing',
        'supervisor.stop': 'closing',
      },
      initial: 'connecting',
      states: {
        connecting: {
          on: {
            'connection.ready': [
              {
                guard: 'ephemeralLost',
                target: '#thread.failed',
                actions: [
                  'keepConnection',
                  assign({ error: ({ context }) => new EphemeralThreadLostError(context.codexThreadId!, { cause: context.error }) }),
                  sendParent(({ context }) => childFailed(context.input.childId, context.generation, new EphemeralThreadLostError(context.codexThreadId!))),
                ],
              },
              {
                guard: 'ephemeralReplaced',
                target: 'opening',
                actions: [
                  'keepConnection',
                  assign({
                    replacedThreadId: ({ context }) => context.codexThreadId,
                    codexThreadId: null,
                    restartReason: ({ context }) =>
                      `${context.restartReason}; ${
                        context.hasHistory
                          ? "codex never stores ephemeral threads, so the thread's history is lost and a new thread replaced it (ephemeralRestart: 'new-thread')"
                          : 'the thread was ephemeral and had no turns yet, so a new thread replaced it (nothing was lost)'
                      }`,
                  }),
                ],
              },
              { target: 'opening', actions: 'keepConnection' },
            ],
          },
        },
        opening: {
          invoke: {
            id: 'openThread',
            src: 'openThread',
            input: ({ context }) => ({
              transport: context.transport!,
              threadId: context.codexThreadId,
              startParams: context.input.startParams,
              resumeParams: context.input.resumeParams,
              settings: context.settings,
              toJSON: () => ({ threadId: context.codexThreadId, settings: context.settings }),
            }),
            onDone: {
              target: 'ready',
              actions: enqueueActions(({ context, event, enqueue, self }) => {
                const thread = event.output.thread;
                const threadId = String(thread.id);
                const isNew = context.codexThreadId === null;
                const unregister = context.router!.register(threadId, createThreadSink(self, context.input));
                // A function value in an assign object would be called as an assigner: wrap it.
                enqueue.assign({ codexThreadId: threadId, unregister: () => unregister, ephemeral: thread.ephemeral === true || (isNew && context.input.startParams.ephemeral === true) });
                if (isNew) enqueue.assign({ hasHistory: false });
                context.input.onThreadOpened(thread);
                if (isNew) context.input.publish({ type: 'thread.started', thread_id: threadId });
                if (context.restartReason !== null) {
                  const replaced = context.replacedThreadId;
                  context.input.publish({
                    type: 'thread.restarted',
                    thread_id: threadId,
                    generation: context.generation,
                    reason: context.restartReason + describeRestored(event.output.restored),
                    ...(replaced !== null ? { previous_thread_id: replaced } : {}),
                  });
                  enqueue.sendParent(childRestarted(context.input.childId, context.generation));
                  enqueue.assign({ restartReason: null, replacedThreadId: null, error: null });
                }
              }),
            },
            onError: [
              // Stay: the connection reports the crash right after.
              { guard: 'lostTransport' },
              {
                // The process died before the thread's first turn: codex never stored it,
                // so there is nothing to resume and nothing lost. Start a new codex thread.
                guard: 'resumedNeverPersisted',
                target: 'opening',
                reenter: true,
                actions: assign({
                  replacedThreadId: ({ context }) => context.codexThreadId,
                  codexThreadId: null,
                  restartReason: ({ context }) => `${context.restartReason}; codex had not stored the thread yet (no turn had been recorded), so a new thread was started`,
                }),
              },
              {
                guard: 'unrecoverable',
                target: '#thread.failed',
                actions: [
                  assign({ error: ({ event }) => event.error }),
                  sendParent(({ context, event }) => childFailed(context.input.childId, context.generation, event.error)),
                ],
              },
              {
                // Anything else (a timeout, say) may be cured by a fresh process: a crash.
                target: '#thread.restarting',
                actions: [
                  assign({ error: ({ event }) => event.error, restartReason: ({ event }) => `opening the thread failed: ${describeError(event.error)}` }),
                  sendParent(({ context, event }) => childCrashed(context.input.childId, context.generation, event.error)),
                ],
              },
            ],
          },
        },
        ready: {
          entry: 'flushCalls',
          always: [
            { guard: 'hasGoal', target: 'goalActive' },
            { guard: 'hasQueuedTurn', target: 'turnActive' },
          ],
          on: { 'thread.call': { actions: ['enqueueCall', 'flushCalls'] } },
        },
        goalActive: {
          initial: 'between',
          on: {
            'thread.call': { actions: ['enqueueCall', 'flushCalls'] },
            'goal.end': { guard: 'endsOwnGoal', target: 'ready', actions: 'endGoal' },
          },
          states: {
            // Waiting for codex to start the goal's next turn (or for the goal to end).
            between: { on: { 'server.turnStarted': { target: 'continuing', actions: 'adoptGoalTurn' } } },
            continuing: {
              invoke: {
                id: 'turn',
                src: 'turn',
                input: ({ context }) => {
                  const goal = context.goal!;
                  const { turn, continuation } = context.goalTurn!;
                  return {
                    threadId: context.codexThreadId!,
                    generation: context.generation,
                    rpc: context.transport!,
                    // Never sent: codex started this turn itself, the actor adopts it.
                    startParams: { threadId: context.codexThreadId!, input: [] },
                    adopt: turn,
                    publish: (e) => goal.publish(e, continuation),
                    resolveServerRequest: context.input.resolveServerRequest,
                    attached: (ref) => goal.attached(ref, continuation, wireTurnId(turn)),
                    settle: (outcome) => goal.settle(outcome, continuation),
                    toJSON: () => ({ threadId: context.codexThreadId, generation: context.generation, goal: goal.id, continuation }),
                  };
                },
                onDone: 'between',
              },
            },
          },
        },
        turnActive: {
          invoke: {
            id: 'turn',
            src: 'turn',
            input: ({ context }) => {
              const request = context.queue[0]!;
              const attempt = request.attempt;
              return {
                threadId: context.codexThreadId!,
                generation: context.generation,
                rpc: context.transport!,
                startParams: request.buildParams(context.codexThreadId!),
                publish: (e) => request.publish(e),
                resolveServerRequest: context.input.resolveServerRequest,
                attached: (ref) => request.attached(ref, attempt),
                settle: (outcome) => request.settle(outcome, attempt),
                toJSON: () => ({ threadId: context.codexThreadId, generation: context.generation, attempt }),
              };
            },
            onDone: { target: 'ready', actions: [{ type: 'acceptTurn', params: ({ event }) => ({ turnId: event.output?.turnId }) }, 'shiftTurn'] },
          },
          on: { 'thread.call': { actions: ['enqueueCall', 'flushCalls'] } },
        },
      },
    },
    restarting: {
      initial: 'awaitingSupervisor',
      on: {
        'supervisor.restart': {
          target: '.backoff',
          reenter: true,
          actions: assign({ generation: ({ event }) => event.generation, restartDelayMs: ({ event }) => event.delayMs ?? 0 }),
        },
        'supervisor.escalate': { target: 'failed', actions: assign({ error: ({ event }) => event.error }) },
        'thread.close': 'closing',
        'supervisor.stop': 'closing',
      },
      states: {
        awaitingSupervisor: {},
        backoff: { after: { restartDelay: '#thread.connected' } },
      },
    },
    failed: {
      entry: [
        { type: 'rejectAll', params: ({ context }) => ({ error: context.error }) },
        { type: 'loseGoal', params: ({ context }) => ({ error: context.error }) },
      ],
      on: {
        'turn.enqueue': { actions: ({ context, event }) => event.request.settle(rejected(context.error), event.request.attempt) },
        'thread.call': { actions: ({ context, event }) => event.call.reject(context.error) },
        'thread.close': 'closed',
        'supervisor.stop': 'closed',
        'supervisor.restart': {
          target: 'restarting.backoff',
          actions: assign({ generation: ({ event }) => event.generation, restartDelayMs: ({ event }) => event.delayMs ?? 0, restartReason: 'restarted after failure' }),
        },
      },
    },
    closing: {
      entry: [
        { type: 'failActiveTurn', params: { reason: 'close' } },
        { type: 'rejectAll', params: () => ({ error: new TransportClosedError({ exitCode: null, signal: null, stderrTail: '' }, 'The thread was closed') }) },
        { type: 'loseGoal', params: () => ({ error: closedError() }) },
      ],
      // Work that arrives while closing (a turn() whose input was still being staged
      // when close() began) is refused at once; queued, it would never settle (fault suite f).
      on: {
        'turn.enqueue': { actions: ({ event }) => event.request.settle(rejected(closedError()), event.request.attempt) },
        'thread.call': { actions: ({ event }) => event.call.reject(closedError()) },
      },
      invoke: {
        id: 'closeConnection',
        src: 'closeConnection',
        input: ({ context }) => ({ release: context.release }),
        onDone: 'closed',
        onError: 'closed',
      },
    },
    closed: {
      type: 'final',
      entry: sendParent(({ context }) => childExited(context.input.childId, 'shutdown')),
    },
  },
});

/** A running thread actor. */
export type ThreadActorRef = ActorRefFrom<typeof threadMachine>;

function wireTurnId(turn: unknown): string | null {
  const id = (turn as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' ? id : null;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function closedError(): TransportClosedError {
  return new TransportClosedError({ exitCode: null, signal: null, stderrTail: '' }, 'The thread was closed');
}

/** Settings codex had reported differently after the resume, set back before the next turn. */
function describeRestored(restored: readonly SettingsDrift[]): string {
  if (restored.length === 0) return '';
  const list = restored.map((d) => `${d.setting} (codex reported ${JSON.stringify(d.actual)}, set back to ${JSON.stringify(d.expected)})`).join(', ');
  return `; codex resumed the thread with other settings, set back before the next turn: ${list}`;
}

function describeExit(exit: { exitCode: number | null; signal: string | null }): string {
  return exit.signal ? `codex process killed by ${exit.signal}` : `codex process exited with code ${exit.exitCode}`;
}
