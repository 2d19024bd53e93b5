import type { TurnStartParams, TurnStartResponse } from '../../src/protocol/generated/types.js';
import { assign, enqueueActions, fromPromise, setup, type ActorRefFrom } from 'xstate';
import { CodexProcessCrashedError, TransportClosedError } from '../../src/errors/index.js';
import type { ServerRequest } from '../../src/transport/types.js';
import { errorSummary, withInspectionSummary } from '../inspectionSummary.js';
import { TurnAccumulator } from './turnAccumulator.js';
import {
  serverRequestKind,
  type ServerRequestKind,
  type ServerRequestOutcome,
  type ServerRequestResolver,
  type TurnEndState,
  type TurnEvent,
  type TurnInput,
  type TurnRpc,
} from './turnTypes.js';

interface PendingRequest {
  kind: ServerRequestKind;
  respond: (outcome: ServerRequestOutcome) => void;
}

/** Context of a turn actor. */
export interface TurnContext {
  input: TurnInput;
  acc: TurnAccumulator;
  /** Pending server requests by child actor id (`req.<n>`). */
  pending: Record<string, PendingRequest>;
  nextRequest: number;
  /** Set by interrupt/abort; decides how the caller is told. */
  endReason: 'interrupt' | 'abort' | null;
  endCause: unknown;
  interruptRequested: boolean;
  error: unknown;
}

const startTurn = fromPromise<TurnStartResponse, { rpc: TurnRpc; params: TurnStartParams }>(async ({ input }) =>
  input.rpc.request('turn/start', input.params),
);

const interruptTurn = fromPromise<void, { rpc: TurnRpc; threadId: string; turnId: string }>(async ({ input }) => {
  try {
    await input.rpc.request('turn/interrupt', { threadId: input.threadId, turnId: input.turnId });
  } catch {
    // "no active turn to interrupt": the turn ended on its own meanwhile; turn/completed tells us how.
  }
  // Interrupting leaves running commands alive (reference §3.7); clean them so nothing outlives the turn.
  await input.rpc.request('thread/backgroundTerminals/clean', { threadId: input.threadId }).catch(() => undefined);
});

const handleServerRequest = fromPromise<
  unknown,
  {
    resolver: ServerRequestResolver;
    request: ServerRequest;
    threadId: string;
    acc: TurnAccumulator;
    publish: TurnInput['publish'];
    respond: PendingRequest['respond'];
  }
>(async ({ input, signal }) => {
  try {
    const result = await input.resolver(input.request, {
      signal,
      threadId: input.threadId,
      turnId: input.acc.turnId,
      publish: input.publish,
      item: (id) => input.acc.findItem(id),
      publicItemId: (id) => input.acc.publicItemId(id),
    });
    input.respond({ result });
  } catch (error) {
    input.respond({ error });
  }
});

function pendingOf(context: TurnContext, kind: ServerRequestKind): boolean {
  for (const id in context.pending) if (context.pending[id]!.kind === kind) return true;
  return false;
}

function isOwnTurnCompleted(context: TurnContext, event: TurnEvent): boolean {
  return event.type === 'wire.notification' && event.method === 'turn/completed' && context.acc.isOwn(event.params);
}

/**
 * One codex turn as a state chart:
 * `starting → running ⇄ (awaitingApproval | runningTool | awaitingUserInput) → completed | failed | interrupted | crashed`.
 *
 * - A turn codex started by itself (a goal's continuation, `input.adopt`)
 *   skips `starting`: it is adopted from its `turn/started` and runs like any
 *   other, server requests and handlers included.
 * - Notifications are folded by a {@link TurnAccumulator} into public events.
 * - Each server request (approval, tool call, user input) runs as a spawned
 *   child actor `req.<n>`, so the chart shows exactly what the turn waits for.
 * - `turn/completed` may arrive before the `turn/start` response is processed
 *   (they share a stdout chunk), so notifications are accepted in every
 *   non-final state, `starting` included.
 *
 * @example
 * ```ts
 * const turn = createActor(turnMachine, { input }).start();
 * turn.send({ type: 'wire.notification', method, params });
 * ```
 */
export const turnMachine = setup({
  types: {
    context: {} as TurnContext,
    input: {} as TurnInput,
    events: {} as TurnEvent,
    output: {} as { turnId: string | null },
  },
  actors: { startTurn, interruptTurn, handleServerRequest },
  guards: {
    completedAs: ({ context }, status: string) => context.acc.wireStatus === status,
    hasApproval: ({ context }) => pendingOf(context, 'approval'),
    hasTool: ({ context }) => pendingOf(context, 'tool'),
    hasUserInput: ({ context }) => pendingOf(context, 'userInput'),
    interruptRequested: ({ context }) => context.interruptRequested,
    // A turn codex started by itself (a goal's continuation): there is no turn/start to send.
    adopted: ({ context }) => context.input.adopt !== undefined,
    // Named (not inline) so the generated charts (docs/state-charts.md) can say what they test.
    ownTurnCompleted: ({ context, event }) => isOwnTurnCompleted(context, event),
    approvalAnswered: ({ context }) => !pendingOf(context, 'approval'),
    toolAnswered: ({ context }) => !pendingOf(context, 'tool'),
    userInputAnswered: ({ context }) => !pendingOf(context, 'userInput'),
  },
  actions: {
    applyNotification: ({ context, event }) => {
      if (event.type !== 'wire.notification') return;
      context.acc.apply(event.method, event.params);
    },
    markInterrupt: assign(({ event }) =>
      event.type === 'turn.interrupt' ? { interruptRequested: true, endReason: event.reason, endCause: event.cause } : {},
    ),
    spawnRequestHandler: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'wire.serverRequest') return;
      const id = `req.${context.nextRequest}`;
      enqueue.assign({
        nextRequest: context.nextRequest + 1,
        pending: { ...context.pending, [id]: { kind: serverRequestKind(event.request.method, event.request.params), respond: event.respond } },
      });
      enqueue.spawnChild('handleServerRequest', {
        id,
        input: {
          resolver: context.input.resolveServerRequest,
          request: event.request,
          threadId: context.input.threadId,
          acc: context.acc,
          publish: context.input.publish,
          respond: event.respond,
        },
      });
    }),
    settleRequest: assign(({ context, event }) => {
      const actorId = (event as unknown as { actorId?: string }).actorId;
      if (!actorId || !(actorId in context.pending)) return {};
      const pending = { ...context.pending };
      delete pending[actorId];
      return { pending };
    }),
    closeDangling: ({ context }) => context.acc.closeDangling(),
    adoptGiven: ({ context }) => context.acc.adoptTurn(context.input.adopt),
    settle: ({ context }, state: TurnEndState) =>
      context.input.settle?.({ state, acc: context.acc, error: context.error, endReason: context.endReason, endCause: context.endCause }),
    announce: ({ context, self }) => context.input.attached?.(self as unknown as TurnActorRef),
    recordCrash: assign(({ event }) =>
      event.type === 'connection.lost' ? { error: event.error ?? new CodexProcessCrashedError(event.exit, 'The codex process running this turn') } : {},
    ),
  },
}).createMachine({
  id: 'turn',
  context: ({ input }) =>
    withInspectionSummary<TurnContext>(
      {
        input,
        acc: new TurnAccumulator(input.publish),
        pending: {},
        nextRequest: 0,
        endReason: null,
        endCause: undefined,
        interruptRequested: false,
        error: null,
      },
      (c) => ({
        threadId: c.input.threadId,
        turnId: c.acc.turnId,
        generation: c.input.generation,
        waitingFor: Object.values(c.pending).map((p) => p.kind),
        endReason: c.endReason,
        error: errorSummary(c.error),
      }),
    ),
  initial: 'begin',
  entry: 'announce',
  // The thread keeps the turn's overrides only when codex accepted the turn (gave it an id).
  output: ({ context }) => ({ turnId: context.acc.turnId }),
  on: {
    'wire.notification': [
      { guard: 'ownTurnCompleted', actions: 'applyNotification', target: '.settling' },
      { actions: 'applyNotification' },
    ],
    'wire.serverRequest': { actions: 'spawnRequestHandler' },
    'xstate.done.actor.req.*': { actions: 'settleRequest' },
    'xstate.error.actor.req.*': { actions: 'settleRequest' },
    'connection.lost': { target: '.crashed', actions: ['recordCrash', 'closeDangling'] },
  },
  states: {
    begin: {
      always: [{ guard: 'adopted', target: 'active', actions: 'adoptGiven' }, { target: 'starting' }],
    },
    starting: {
      invoke: {
        id: 'startTurn',
        src: 'startTurn',
        input: ({ context }) => ({ rpc: context.input.rpc, params: context.input.startParams }),
        onDone: [
          { guard: 'interruptRequested', target: 'interrupting', actions: ({ context, event }) => context.acc.adoptTurn(event.output.turn) },
          { target: 'active', actions: ({ context, event }) => context.acc.adoptTurn(event.output.turn) },
        ],
        onError: [
          // The process died (or is closing) under turn/start: stay, the thread sends
          // `connection.lost` right after with the crash's own error, so a turn cut off
          // here fails like any crashed turn (CodexProcessCrashedError, retryTurnOnCrash)
          // rather than as a failed request (fault suite: kill -9 as a turn starts).
          { guard: ({ event }) => event.error instanceof TransportClosedError },
          { target: 'failed', actions: assign({ error: ({ event }) => event.error }) },
        ],
      },
      on: { 'turn.interrupt': { actions: 'markInterrupt' } },
    },
    active: {
      initial: 'running',
      on: { 'turn.interrupt': { target: 'interrupting', actions: 'markInterrupt' } },
      states: {
        running: {
          always: [
            { guard: 'hasApproval', target: 'awaitingApproval' },
            { guard: 'hasTool', target: 'runningTool' },
            { guard: 'hasUserInput', target: 'awaitingUserInput' },
          ],
        },
        awaitingApproval: { always: { guard: 'approvalAnswered', target: 'running' } },
        runningTool: {
          always: [
            { guard: 'hasApproval', target: 'awaitingApproval' },
            { guard: 'toolAnswered', target: 'running' },
          ],
        },
        awaitingUserInput: {
          always: [
            { guard: 'hasApproval', target: 'awaitingApproval' },
            { guard: 'userInputAnswered', target: 'running' },
          ],
        },
      },
    },
    interrupting: {
      invoke: {
        id: 'interruptTurn',
        src: 'interruptTurn',
        input: ({ context }) => ({ rpc: context.input.rpc, threadId: context.input.threadId, turnId: context.acc.turnId ?? '' }),
      },
    },
    // turn/completed arrived; route to the final state codex reported.
    settling: {
      always: [
        { guard: { type: 'completedAs', params: 'failed' }, target: 'failed' },
        { guard: { type: 'completedAs', params: 'interrupted' }, target: 'interrupted' },
        { target: 'completed' },
      ],
    },
    completed: { type: 'final', entry: { type: 'settle', params: 'completed' } },
    failed: { type: 'final', entry: { type: 'settle', params: 'failed' } },
    interrupted: { type: 'final', entry: { type: 'settle', params: 'interrupted' } },
    crashed: { type: 'final', entry: { type: 'settle', params: 'crashed' } },
  },
});

/** A running turn actor. */
export type TurnActorRef = ActorRefFrom<typeof turnMachine>;
