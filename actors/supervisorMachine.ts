/**
 * The supervisor: root of the actor system, OTP-style parent of long-lived
 * children. The decisions live in pure policy modules (`restartPolicy.ts`,
 * `lifecyclePolicy.ts`); this machine routes events to them and performs the
 * resulting effects with XState actions, so delays run on the system clock
 * (a `SimulatedClock` in tests) and inspectors see every step.
 *
 * @module
 */
import { enqueueActions, setup, type ProvidedActor, type Spawner, type DoneActorEvent, type ErrorActorEvent, type SnapshotFrom, type ActorRefFrom } from 'xstate';
import { InvalidOptionsError } from '../src/errors/index.js';
import { type ChildSpec, validateChildSpec, spawnInput } from './childSpec.js';
import { findChild, respawnTimerId, stopTimerId, updateChild, type ChildRecord, type SupervisorEffect, type SupervisorPlan } from './childRecord.js';
import { beginStop, finishStop, isShutdownComplete, planExitReported, planFailedActorEnded, planShutdownStep, planStartChild } from './lifecyclePolicy.js';
import { planChildDown, planChildFailed, planChildRestarted, planRespawnDue } from './restartPolicy.js';
import { resolveSupervisorOptions, type ResolvedSupervisorOptions, type SupervisorOptions } from './supervisorOptions.js';
import type { SupervisorEvent, SupervisorMachineEvent } from './supervisorEvents.js';
import { toSupervisorTree } from './supervisorTree.js';
import { withInspectionSummary } from '../machines/inspectionSummary.js';

/**
 * Input of {@link supervisorMachine}.
 *
 * @example
 * ```ts
 * createActor(supervisorMachine, { input: { options: { maxRestarts: 5 }, children: [spec] } satisfies SupervisorInput });
 * ```
 */
export interface SupervisorInput {
  /** Validated; invalid options put the actor in an error state (use `createSupervisor` to get the error thrown instead). */
  options?: SupervisorOptions | undefined;
  /** Started in order when the supervisor starts. */
  children?: readonly ChildSpec[] | undefined;
  /** Time source of the restart-intensity window; defaults to the system clock's `now()` (a `SimulatedClock` has one), else `Date.now`. */
  now?: (() => number) | undefined;
  /** Randomness of backoff jitter; default `Math.random`. */
  random?: (() => number) | undefined;
}

/**
 * The supervisor's context: resolved options, the children in start order, and its clock.
 *
 * @example
 * ```ts
 * const { children }: SupervisorContext = supervisor.getSnapshot().context;
 * ```
 */
export interface SupervisorContext {
  options: ResolvedSupervisorOptions;
  children: ChildRecord[];
  now: () => number;
  random: () => number;
}

type ActorEndedEvent = DoneActorEvent<unknown> | ErrorActorEvent<unknown>;

function isActorEnded(event: SupervisorMachineEvent): event is ActorEndedEvent {
  return event.type.startsWith('xstate.done.actor.') || event.type.startsWith('xstate.error.actor.');
}

/** The record an `xstate.done/error.actor.*` event is about, if it concerns the child's current actor. */
function endedRecord(context: SupervisorContext, event: SupervisorMachineEvent): ChildRecord | undefined {
  if (!isActorEnded(event)) return undefined;
  const record = findChild(context.children, event.actorId);
  // The event names the child id only. A stale event (about an actor already
  // replaced by a respawn) would find a live ref: the current actor must have
  // ended for the event to be about it.
  if (!record?.ref || record.ref.getSnapshot().status === 'active') return undefined;
  return record;
}

/** The exit reason an actor-ended event stands for. */
function endReason(record: ChildRecord, event: ActorEndedEvent) {
  return event.type.startsWith('xstate.error.actor.') ? { error: (event as ErrorActorEvent<unknown>).error } : (record.exitReason ?? ('normal' as const));
}

function clockNow(system: unknown): (() => number) | undefined {
  const clock = (system as { _clock?: { now?: unknown } } | undefined)?._clock;
  return clock && typeof clock.now === 'function' ? () => (clock.now as () => number).call(clock) : undefined;
}

/**
 * Performs a plan: adopt its children, then run its effects in order (stop
 * before spawn matters: a respawn reuses the child's id and system id).
 */
function applyPlan(plan: SupervisorPlan, enqueue: Enqueue): void {
  enqueue.assign({ children: plan.children });
  for (const effect of plan.effects) performEffect(effect, enqueue);
}

type Enqueue = Parameters<Parameters<typeof enqueueActions<SupervisorContext, SupervisorMachineEvent, undefined, SupervisorMachineEvent, never, never, never, never, SupervisorEvent>>[0]>[0]['enqueue'];

function performEffect(effect: SupervisorEffect, enqueue: Enqueue): void {
  switch (effect.type) {
    case 'emit':
      enqueue.emit(effect.event);
      return;
    case 'send':
      enqueue.sendTo(effect.ref, effect.event);
      return;
    case 'stopActor':
      enqueue.stopChild(effect.ref);
      return;
    case 'spawn':
      enqueue.assign(({ context, spawn }) => {
        // The supervisor declares no actor sources, so XState types `spawn` for
        // "typed actors only"; children are arbitrary logic, hence the untyped spawner.
        const spawnAny = spawn as unknown as Spawner<ProvidedActor>;
        return {
          children: updateChild(context.children, effect.childId, (record) => ({
            ...record,
            ref: spawnAny(record.spec.logic, { id: record.spec.id, systemId: record.spec.systemId, input: spawnInput(record.spec, record.generation) }),
          })),
        };
      });
      return;
    case 'scheduleRespawn':
      enqueue.raise({ type: 'supervisor.respawn_due', childId: effect.childId, generation: effect.generation }, { id: respawnTimerId(effect.childId), delay: effect.delayMs });
      return;
    case 'cancelRespawn':
      enqueue.cancel(respawnTimerId(effect.childId));
      return;
    case 'scheduleStopTimeout':
      enqueue.raise({ type: 'supervisor.stop_timeout', childId: effect.childId, generation: effect.generation }, { id: stopTimerId(effect.childId), delay: effect.delayMs });
      return;
    case 'cancelStopTimeout':
      enqueue.cancel(stopTimerId(effect.childId));
      return;
  }
}

/** Builds a named action that computes a plan from the current context and event, then performs it. */
function planAction<TParams extends object | undefined = undefined>(
  plan: (args: { context: SupervisorContext; event: SupervisorMachineEvent; system: { get: (id: string) => unknown } }, params: TParams) => SupervisorPlan,
) {
  return enqueueActions<SupervisorContext, SupervisorMachineEvent, TParams, SupervisorMachineEvent, never, never, never, never, SupervisorEvent>(
    ({ context, event, system, enqueue }, params) => {
      applyPlan(plan({ context, event, system }, params), enqueue);
    },
  );
}

/**
 * The supervisor machine (id `supervisor`). Create it with
 * {@link createSupervisor} (validates options synchronously and wires the
 * clock), or with `createActor(supervisorMachine, { input })`.
 *
 * It accepts {@link SupervisorCommand}s and the child protocol
 * (`supervisionProtocol.ts`), and emits {@link SupervisorEvent}s. States:
 * `running` → `shuttingDown` (children stopped newest first) → `stopped` (final).
 *
 * @example
 * ```ts
 * const supervisor = createActor(supervisorMachine, { input: { options: { strategy: 'rest_for_one' } }, clock }).start();
 * supervisor.on('*', (event) => console.log(event.type));
 * supervisor.send({ type: 'supervisor.start_child', spec: defineChildSpec({ id: 'a', logic: someMachine }) });
 * ```
 */
export const supervisorMachine = setup({
  types: {
    context: {} as SupervisorContext,
    input: {} as SupervisorInput | undefined,
    events: {} as SupervisorMachineEvent,
    emitted: {} as SupervisorEvent,
  },
  guards: {
    isCurrentCrash: ({ context, event }) => {
      if (event.type !== 'child.crashed') return false;
      const record = findChild(context.children, event.childId);
      return record !== undefined && record.generation === event.generation && (record.status === 'running' || record.status === 'restarting');
    },
    isCurrentRestart: ({ context, event }) => {
      if (event.type !== 'child.restarted') return false;
      const record = findChild(context.children, event.childId);
      return record?.status === 'restarting' && record.generation === event.generation;
    },
    isCurrentStopTimeout: ({ context, event }) => {
      if (event.type !== 'supervisor.stop_timeout') return false;
      const record = findChild(context.children, event.childId);
      return record?.status === 'stopping' && record.generation === event.generation;
    },
    endedWhileLive: ({ context, event }) => {
      const status = endedRecord(context, event)?.status;
      return status === 'running' || status === 'restarting';
    },
    endedWhileStopping: ({ context, event }) => endedRecord(context, event)?.status === 'stopping',
    endedAfterFailing: ({ context, event }) => endedRecord(context, event)?.status === 'failed',
    shutdownComplete: ({ context }) => isShutdownComplete(context),
  },
  actions: {
    spawnInitialChildren: planAction(({ context }) => ({
      children: context.children,
      effects: context.children.flatMap((record): SupervisorEffect[] => [
        { type: 'spawn', childId: record.spec.id },
        { type: 'emit', event: { type: 'supervisor.child_started', childId: record.spec.id, systemId: record.spec.systemId, generation: record.generation } },
      ]),
    })),
    startChild: planAction(({ context, event, system }) =>
      planStartChild(context, event.type === 'supervisor.start_child' ? event.spec : undefined, (id) => system.get(id) as ChildRecord['ref']),
    ),
    rejectStart: planAction(({ context, event }) => ({
      children: context.children,
      effects:
        event.type === 'supervisor.start_child'
          ? [{ type: 'emit', event: { type: 'supervisor.child_start_rejected', childId: event.spec.id, error: new Error('The supervisor is shutting down; it starts no new children') } }]
          : [],
    })),
    stopChild: planAction(({ context, event }) => (event.type === 'supervisor.stop_child' ? beginStop(context, event.id, false) : { children: context.children, effects: [] })),
    restartAfterCrash: planAction(({ context, event }) =>
      event.type === 'child.crashed'
        ? planChildDown(context, { now: context.now(), random: context.random }, { kind: 'crashed', childId: event.childId, error: event.error })
        : { children: context.children, effects: [] },
    ),
    restartAfterEnd: planAction(({ context, event }) => {
      const record = endedRecord(context, event);
      if (!record || !isActorEnded(event)) return { children: context.children, effects: [] };
      return planChildDown(context, { now: context.now(), random: context.random }, { kind: 'ended', childId: record.spec.id, reason: endReason(record, event) });
    }),
    recordExitReason: planAction(({ context, event }) =>
      event.type === 'child.exited' ? planExitReported(context, event.childId, event.reason) : { children: context.children, effects: [] },
    ),
    markFailed: planAction(({ context, event }) =>
      event.type === 'child.failed' ? planChildFailed(context, event.childId, event.generation, event.error) : { children: context.children, effects: [] },
    ),
    markRestarted: planAction(({ context, event }) =>
      event.type === 'child.restarted' ? planChildRestarted(context, event.childId, event.generation) : { children: context.children, effects: [] },
    ),
    respawnChild: planAction(({ context, event }) =>
      event.type === 'supervisor.respawn_due' ? planRespawnDue(context, event.childId, event.generation) : { children: context.children, effects: [] },
    ),
    killChild: planAction<{ keep: boolean }>(({ context, event }, { keep }) =>
      event.type === 'supervisor.stop_timeout' ? finishStop(context, event.childId, 'killed', keep) : { children: context.children, effects: [] },
    ),
    finishStoppedChild: planAction<{ keep: boolean }>(({ context, event }, { keep }) => {
      const record = endedRecord(context, event);
      return record ? finishStop(context, record.spec.id, 'shutdown', keep) : { children: context.children, effects: [] };
    }),
    releaseFailedActor: planAction(({ context, event }) => {
      const record = endedRecord(context, event);
      return record ? planFailedActorEnded(context, record.spec.id) : { children: context.children, effects: [] };
    }),
    stopNextChild: planAction(({ context }) => planShutdownStep(context)),
  },
}).createMachine({
  id: 'supervisor',
  context: ({ input, self }) => {
    const options = resolveSupervisorOptions(input?.options);
    const children = (input?.children ?? []).map(
      (spec): ChildRecord => ({ spec: validateChildSpec(spec), generation: 1, status: 'running', restarts: 0, restartLog: [], ref: undefined }),
    );
    const ids = new Set<string>();
    for (const { spec } of children) {
      if (ids.has(spec.id)) throw new InvalidOptionsError('children', `child id '${spec.id}' appears more than once`);
      ids.add(spec.id);
    }
    // Inspectors see the tree, not the child specs (whose input carries thread options) or actor refs.
    return withInspectionSummary<SupervisorContext>(
      { options, children, now: input?.now ?? clockNow(self.system) ?? Date.now, random: input?.random ?? Math.random },
      (c) => toSupervisorTree({ context: c }),
    );
  },
  entry: 'spawnInitialChildren',
  initial: 'running',
  states: {
    running: {
      on: {
        'supervisor.start_child': { actions: 'startChild' },
        'supervisor.stop_child': { actions: 'stopChild' },
        'supervisor.shutdown': { target: 'shuttingDown' },
        'child.crashed': { guard: 'isCurrentCrash', actions: 'restartAfterCrash' },
        'child.restarted': { guard: 'isCurrentRestart', actions: 'markRestarted' },
        'child.failed': { actions: 'markFailed' },
        'child.exited': { actions: 'recordExitReason' },
        'supervisor.respawn_due': { actions: 'respawnChild' },
        'supervisor.stop_timeout': { guard: 'isCurrentStopTimeout', actions: { type: 'killChild', params: { keep: false } } },
        'xstate.done.actor.*': [
          { guard: 'endedWhileStopping', actions: { type: 'finishStoppedChild', params: { keep: false } } },
          { guard: 'endedWhileLive', actions: 'restartAfterEnd' },
          { guard: 'endedAfterFailing', actions: 'releaseFailedActor' },
        ],
        'xstate.error.actor.*': [
          { guard: 'endedWhileStopping', actions: { type: 'finishStoppedChild', params: { keep: false } } },
          { guard: 'endedWhileLive', actions: 'restartAfterEnd' },
          { guard: 'endedAfterFailing', actions: 'releaseFailedActor' },
          // Stale (about an actor already replaced): handled, so the supervisor itself never errors.
          {},
        ],
      },
    },
    shuttingDown: {
      // No restarts from here on: crashes, restarts and due respawns are ignored;
      // each child is stopped in turn, newest first.
      entry: 'stopNextChild',
      always: { guard: 'shutdownComplete', target: 'stopped' },
      on: {
        'supervisor.start_child': { actions: 'rejectStart' },
        'child.exited': { actions: 'recordExitReason' },
        'supervisor.stop_timeout': { guard: 'isCurrentStopTimeout', actions: [{ type: 'killChild', params: { keep: true } }, 'stopNextChild'] },
        'xstate.done.actor.*': [
          { guard: 'endedAfterFailing', actions: 'releaseFailedActor' },
          { guard: 'endedWhileStopping', actions: [{ type: 'finishStoppedChild', params: { keep: true } }, 'stopNextChild'] },
          { guard: 'endedWhileLive', actions: [{ type: 'finishStoppedChild', params: { keep: true } }, 'stopNextChild'] },
        ],
        'xstate.error.actor.*': [
          { guard: 'endedAfterFailing', actions: 'releaseFailedActor' },
          { guard: 'endedWhileStopping', actions: [{ type: 'finishStoppedChild', params: { keep: true } }, 'stopNextChild'] },
          { guard: 'endedWhileLive', actions: [{ type: 'finishStoppedChild', params: { keep: true } }, 'stopNextChild'] },
          {},
        ],
      },
    },
    stopped: { type: 'final' },
  },
});

/**
 * A running supervisor.
 *
 * @example
 * ```ts
 * const ref: SupervisorActorRef = createSupervisor().start();
 * ```
 */
export type SupervisorActorRef = ActorRefFrom<typeof supervisorMachine>;

/**
 * A supervisor snapshot.
 *
 * @example
 * ```ts
 * const snapshot: SupervisorSnapshot = supervisor.getSnapshot();
 * toSupervisorTree(snapshot);
 * ```
 */
export type SupervisorSnapshot = SnapshotFrom<typeof supervisorMachine>;
