/**
 * Creating the supervisor actor with options validated up front and its
 * intensity clock wired to the actor system's clock.
 *
 * @module
 */
import { createActor, type Actor, type ActorOptions } from 'xstate';
import { InvalidOptionsError } from '../src/errors/index.js';
import { validateChildSpec, type ChildSpec } from './childSpec.js';
import { resolveSupervisorOptions, type SupervisorOptions } from './supervisorOptions.js';
import { supervisorMachine } from './supervisorMachine.js';

/**
 * XState's clock interface (setTimeout/clearTimeout), as accepted by `createActor`.
 *
 * @example
 * ```ts
 * const clock: SupervisorClock = new SimulatedClock();
 * ```
 */
export type SupervisorClock = NonNullable<ActorOptions<typeof supervisorMachine>['clock']>;

/**
 * Options of {@link createSupervisor}.
 *
 * @example
 * ```ts
 * const options: CreateSupervisorOptions = { options: { maxRestarts: 5 }, inspect: inspector.inspect };
 * ```
 */
export interface CreateSupervisorOptions {
  /** Validated now; `InvalidOptionsError` names the bad option. */
  options?: SupervisorOptions | undefined;
  /** Children started, in order, when the supervisor starts. */
  children?: readonly ChildSpec[] | undefined;
  /** Clock for delayed events (backoff, shutdown timeouts). Pass a `SimulatedClock` in tests; its `now()` also drives the intensity window. */
  clock?: SupervisorClock | undefined;
  /** Randomness of backoff jitter (default `Math.random`). */
  random?: (() => number) | undefined;
  /** XState inspection observer for the whole system (e.g. `@statelyai/inspect`). */
  inspect?: ActorOptions<typeof supervisorMachine>['inspect'];
}

/**
 * The system id (and actor id) the supervisor registers under.
 *
 * @example
 * ```ts
 * const supervisor = child.system.get(SUPERVISOR_SYSTEM_ID);
 * ```
 */
export const SUPERVISOR_SYSTEM_ID = 'supervisor';

/**
 * Creates (does not start) a supervisor actor, root of a new actor system,
 * registered (and identified to inspectors) as `supervisor`.
 *
 * @throws InvalidOptionsError for invalid supervisor options or child specs.
 * @example
 * ```ts
 * const clock = new SimulatedClock();
 * const supervisor = createSupervisor({ options: { strategy: 'one_for_all' }, clock }).start();
 * supervisor.send({ type: 'supervisor.start_child', spec });
 * clock.increment(100); // fire due backoff timers
 * ```
 */
export function createSupervisor(options: CreateSupervisorOptions = {}): Actor<typeof supervisorMachine> {
  resolveSupervisorOptions(options.options);
  const ids = new Set<string>();
  for (const spec of options.children ?? []) {
    validateChildSpec(spec);
    if (ids.has(spec.id)) throw new InvalidOptionsError('children', `child id '${spec.id}' appears more than once`);
    ids.add(spec.id);
  }
  const clock = options.clock;
  const now = clock && typeof (clock as { now?: unknown }).now === 'function' ? () => (clock as SupervisorClock & { now(): number }).now() : undefined;
  return createActor(supervisorMachine, {
    input: { options: options.options, children: options.children, now, random: options.random },
    id: SUPERVISOR_SYSTEM_ID,
    systemId: SUPERVISOR_SYSTEM_ID,
    ...(clock ? { clock } : {}),
    ...(options.inspect ? { inspect: options.inspect } : {}),
  });
}
