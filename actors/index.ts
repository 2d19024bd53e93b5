/**
 * The OTP-style actor runtime: supervisor machine, child specs, restart
 * strategies, intensity, backoff, restart queue, registry and routing.
 *
 * @module
 */
export { backoffDelay, baseBackoffDelay, restartDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff.js';
export { type ChildRecord, type ChildStatus } from './childRecord.js';
export {
  defineChildSpec,
  validateChildSpec,
  shouldRestart,
  speaksProtocol,
  spawnInput,
  DEFAULT_SHUTDOWN_TIMEOUT_MS,
  type ChildSpec,
  type ChildSpecOptions,
  type ChildSpecInput,
  type RestartType,
} from './childSpec.js';
export { createSupervisor, SUPERVISOR_SYSTEM_ID, type CreateSupervisorOptions, type SupervisorClock } from './createSupervisor.js';
export { route, lookupThread, threadSystemId, listChildren, type ActorSystemLike, type ChildEntry, type ThreadSystemId } from './registry.js';
export { recordRestart, restartsInWindow, DEFAULT_RESTART_INTENSITY, type RestartDecision, type RestartIntensity } from './restartIntensity.js';
export {
  createRestartQueue,
  enqueueRestartQueue,
  offerRestartQueue,
  drainRestartQueue,
  isRestartQueueFull,
  isRestartQueue,
  assertRestartQueueHasRoom,
  DEFAULT_RESTART_QUEUE_CAPACITY,
  type RestartQueue,
} from './restartQueue.js';
export { selectRestartTargets, RESTART_STRATEGIES, type RestartStrategy } from './restartStrategy.js';
export * from './supervisionProtocol.js';
/** Supervisor commands and emitted events (types only). */
export type * from './supervisorEvents.js';
export { supervisorMachine, type SupervisorContext, type SupervisorInput, type SupervisorActorRef, type SupervisorSnapshot } from './supervisorMachine.js';
export { resolveSupervisorOptions, type ResolvedSupervisorOptions, type SupervisorOptions } from './supervisorOptions.js';
export { toSupervisorTree, type SupervisorTree, type SupervisorTreeChild } from './supervisorTree.js';
