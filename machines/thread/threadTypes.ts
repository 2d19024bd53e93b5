import type { ProcessExit } from '../../src/errors/index.js';
import type { EffectiveSettings, SettingsChange } from '../../src/options/effectiveSettings.js';
import type { ThreadEvent } from '../../src/protocol/publicEvents.js';
import type { Thread, ThreadResumeParams, ThreadStartParams, TurnStartParams } from '../../src/protocol/generated/types.js';
import type { RpcNotification, RpcTransport } from '../../src/transport/types.js';
import type { ConnectionStarter } from '../connection/connectionMachine.js';
import type { TurnAccumulator } from '../turn/turnAccumulator.js';
import type { TurnActorRef } from '../turn/turnMachine.js';
import type { ServerRequestResolver, TurnEndState } from '../turn/turnTypes.js';

/** How a turn request ended. `rejected`: it never reached codex (or codex refused it). */
export interface TurnOutcome {
  state: TurnEndState | 'rejected';
  acc: TurnAccumulator | null;
  error: unknown;
  endReason: 'interrupt' | 'abort' | null;
  endCause: unknown;
}

/**
 * One `run()`/`turn()` call, owned by the facade and queued by the thread
 * machine. Turns of a thread run one at a time, in order (codex would
 * otherwise steer a second `turn/start` into the running turn: reference §3.8).
 */
export interface TurnRequest {
  readonly id: string;
  /** `turn/start` params for the given codex thread id. */
  buildParams(threadId: string): TurnStartParams;
  publish(event: ThreadEvent): void;
  /** Called when a turn actor is spawned for this request (again, after a retry). */
  attached(ref: TurnActorRef, attempt: number): void;
  /** Called once per attempt; `attempt` lets a retried request ignore its dead attempt. */
  settle(outcome: TurnOutcome, attempt: number): void;
  /** Incremented by the thread machine when the request is re-sent after a crash. */
  attempt: number;
  /** The turn's overrides codex keeps for later turns; folded into the thread's settings once codex accepts the turn. */
  readonly settings?: SettingsChange;
}

/**
 * A running codex goal (`thread.startGoal()`), owned by the facade's goal
 * handle and held by the thread machine while the goal is active: codex
 * starts the goal's turns by itself, and the machine runs each of them as a
 * turn actor (a continuation, numbered from 0) that reports to this request.
 * It outlives a restart: codex resumes the goal with the thread.
 */
export interface GoalRequest {
  readonly id: string;
  /** The goal's public id (its first turn's id), once codex started it. */
  readonly goalId: string | null;
  /** Publishes an event of continuation `continuation`. */
  publish(event: ThreadEvent, continuation: number): void;
  /** Called when the turn actor of a continuation is spawned, before it publishes anything. */
  attached(ref: TurnActorRef, continuation: number, turnId: string | null): void;
  /** Called once per continuation, when its turn actor ends. */
  settle(outcome: TurnOutcome, continuation: number): void;
  /** The thread failed or closed under the goal: it ends with `error`. */
  lost(error: unknown): void;
}

/** A thread-level RPC (read, setName, compact…) that needs the live connection. */
export interface ThreadCall {
  method: string;
  /** Sends the call on the thread's transport and settles it (method and params were paired, and typed, where the call was made). */
  send(transport: Pick<RpcTransport, 'request'>, threadId: string): void;
  reject(error: unknown): void;
}

/** What the thread machine needs from its surroundings. */
export interface ThreadInput {
  childId: string;
  /** The `label` thread option: shown by inspectors next to `childId`. */
  label?: string | undefined;
  generation: number;
  /** Resume this codex thread instead of starting a new one. */
  codexThreadId: string | null;
  connect: ConnectionStarter;
  /** `thread/start` params (a new thread). */
  startParams: ThreadStartParams;
  /** `thread/resume` params for an existing thread id. */
  resumeParams(threadId: string): ThreadResumeParams;
  /** The thread's effective settings to start from (default none: codex's config decides); sent with every start and resume. */
  settings?: EffectiveSettings;
  /** What a restart does with an ephemeral thread that had turns: fail it (default) or start a new thread. */
  ephemeralRestart?: 'fail' | 'new-thread';
  publish(event: ThreadEvent): void;
  /** Every raw notification of this thread (`thread.notifications$`). */
  onNotification(notification: RpcNotification): void;
  /** The codex thread object from thread/start or thread/resume. */
  onThreadOpened(thread: Pick<Thread, 'id'> & Partial<Thread>): void;
  resolveServerRequest: ServerRequestResolver;
  retryTurnOnCrash: boolean;
  /** Bound of work queued while the thread restarts. */
  queueCapacity: number;
  /**
   * What serializing inspectors see of this input (it travels in the
   * supervisor's `start_child` event and the actor's init event, and holds
   * thread options, handlers and the connection starter): keep it to ids.
   */
  toJSON?(): unknown;
}

/** Events the thread machine accepts. */
export type ThreadMachineEvent =
  | { type: 'thread.boot' }
  | { type: 'turn.enqueue'; request: TurnRequest }
  | { type: 'turn.interrupt'; requestId: string; reason: 'interrupt' | 'abort'; cause?: unknown }
  | { type: 'thread.call'; call: ThreadCall }
  | { type: 'goal.begin'; goal: GoalRequest }
  | { type: 'goal.end'; goalId: string }
  /** codex started a turn by itself (seen while no turn actor runs): a goal's continuation, or ignored. */
  | { type: 'server.turnStarted'; turn: unknown }
  | { type: 'thread.close' }
  | import('../connection/connectionMachine.js').ConnectionReadyEvent
  | { type: 'connection.crashed'; exit: ProcessExit; error: unknown }
  | { type: 'supervisor.restart'; generation: number; delayMs?: number }
  | { type: 'supervisor.escalate'; error: unknown }
  | { type: 'supervisor.stop' };
