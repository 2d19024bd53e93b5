import type { AnyActorLogic, InputFrom } from 'xstate';
import { z } from 'zod';
import { InvalidOptionsError } from '../src/errors/index.js';
import type { SupervisionInput } from './supervisionProtocol.js';

/**
 * When a child is restarted (OTP semantics):
 * - `permanent`: always, even after a normal exit;
 * - `transient`: only after a crash or an abnormal exit;
 * - `temporary`: never.
 *
 * @example
 * ```ts
 * defineChildSpec({ id: 'job', logic: jobMachine, restart: 'temporary' });
 * ```
 */
export type RestartType = 'permanent' | 'transient' | 'temporary';

/**
 * A child's input without the fields the supervisor adds itself ({@link SupervisionInput}).
 *
 * @example
 * ```ts
 * const input: ChildSpecInput<typeof threadMachine> = { cwd: '/work' }; // no childId/generation
 * ```
 */
export type ChildSpecInput<TLogic extends AnyActorLogic> =
  InputFrom<TLogic> extends SupervisionInput ? Omit<InputFrom<TLogic>, keyof SupervisionInput> : InputFrom<TLogic>;

/**
 * How the supervisor starts, restarts and stops one child.
 *
 * The supervisor spawns `logic` with id `id`, system id `systemId` (when set)
 * and input `{ ...input, childId: id, generation }`.
 *
 * @example
 * ```ts
 * const spec: ChildSpec = { id: 't1', logic: threadMachine, restart: 'permanent', shutdownTimeoutMs: 5000, systemId: 'thread:t1' };
 * ```
 */
export interface ChildSpec<TLogic extends AnyActorLogic = AnyActorLogic> {
  /** Unique among the supervisor's children; also the XState actor id. */
  id: string;
  logic: TLogic;
  input?: ChildSpecInput<TLogic>;
  restart: RestartType;
  /** How long a protocol child may take to stop after `supervisor.stop` before it is stopped forcibly. */
  shutdownTimeoutMs: number;
  /** Registers the child in the actor system (e.g. `thread:<key>`) so `route()` can find it. */
  systemId?: string;
  /**
   * True when the child speaks the supervision protocol (`supervisionProtocol.ts`):
   * it is then restarted with `supervisor.restart` while its actor stays alive,
   * and stopped with `supervisor.stop`. Otherwise the supervisor stops and
   * respawns the actor. Default: detected from the logic (a machine with
   * transitions on both `supervisor.restart` and `supervisor.stop`).
   */
  protocol?: boolean;
}

/**
 * What {@link defineChildSpec} accepts: a child spec whose `restart` and `shutdownTimeoutMs` may be left out.
 *
 * @example
 * ```ts
 * const options: ChildSpecOptions = { id: 't1', logic: threadMachine };
 * ```
 */
export type ChildSpecOptions<TLogic extends AnyActorLogic = AnyActorLogic> = Omit<ChildSpec<TLogic>, 'restart' | 'shutdownTimeoutMs'> &
  Partial<Pick<ChildSpec<TLogic>, 'restart' | 'shutdownTimeoutMs'>>;

/**
 * Default `shutdownTimeoutMs` of a child spec.
 *
 * @example
 * ```ts
 * defineChildSpec({ id: 'a', logic }).shutdownTimeoutMs === DEFAULT_SHUTDOWN_TIMEOUT_MS; // true
 * ```
 */
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 5000;

const childSpecSchema = z.object({
  id: z.string({ error: 'must be a non-empty string' }).min(1, { error: 'must be a non-empty string' }),
  logic: z.custom<AnyActorLogic>((value) => typeof value === 'object' && value !== null && typeof (value as { transition?: unknown }).transition === 'function', {
    error: 'must be XState actor logic (a machine or fromPromise/fromCallback/... logic)',
  }),
  restart: z.enum(['permanent', 'transient', 'temporary'], { error: "must be 'permanent', 'transient' or 'temporary'" }),
  shutdownTimeoutMs: z
    .number({ error: 'must be a finite non-negative number of milliseconds' })
    .nonnegative({ error: 'must be a finite non-negative number of milliseconds' })
    .finite({ error: 'must be a finite non-negative number of milliseconds' }),
  systemId: z.string({ error: 'must be a non-empty string' }).min(1, { error: 'must be a non-empty string' }).optional(),
  protocol: z.boolean({ error: 'must be a boolean' }).optional(),
  input: z.unknown().optional(),
});

/**
 * Validates a child spec and fills in defaults (`restart: 'permanent'`,
 * `shutdownTimeoutMs: 5000`).
 *
 * @throws InvalidOptionsError naming the field (e.g. `childSpec.restart`).
 * @example
 * ```ts
 * const spec = defineChildSpec({ id: 't1', logic: threadMachine, systemId: 'thread:t1', protocol: true, restart: 'transient', input: { cwd } });
 * supervisor.send({ type: 'supervisor.start_child', spec });
 * ```
 */
export function defineChildSpec<TLogic extends AnyActorLogic>(spec: ChildSpecOptions<TLogic>): ChildSpec<TLogic> {
  const withDefaults = { restart: 'permanent' as const, shutdownTimeoutMs: DEFAULT_SHUTDOWN_TIMEOUT_MS, ...spec };
  return validateChildSpec(withDefaults) as ChildSpec<TLogic>;
}

/**
 * Checks a complete child spec; returns it with `protocol` resolved (detected
 * from the logic when absent).
 *
 * @throws InvalidOptionsError naming the offending field.
 * @example
 * ```ts
 * validateChildSpec({ id: 'a', logic: machine, restart: 'sometimes', shutdownTimeoutMs: 10 });
 * // throws InvalidOptionsError: Invalid option `childSpec.restart`: must be 'permanent', 'transient' or 'temporary'
 * ```
 */
export function validateChildSpec(spec: unknown): ChildSpec {
  const result = childSpecSchema.safeParse(spec);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue && issue.path.length > 0 ? `childSpec.${issue.path.join('.')}` : 'childSpec';
    throw new InvalidOptionsError(path, issue?.message ?? 'must be an object');
  }
  const given = spec as ChildSpec;
  const parsed: ChildSpec = { ...given, protocol: given.protocol ?? speaksProtocol(given.logic) };
  if (parsed.protocol === true && parsed.input !== undefined && !isPlainObject(parsed.input)) {
    throw new InvalidOptionsError('childSpec.input', 'must be an object (or absent) for a protocol child, because the supervisor adds childId and generation to it');
  }
  return parsed;
}

/**
 * True when `logic` is a state machine that handles `supervisor.restart` and
 * `supervisor.stop` somewhere in its chart (XState lists a machine's event
 * descriptors in `machine.events`).
 *
 * @example
 * ```ts
 * speaksProtocol(threadMachine); // true
 * speaksProtocol(fromPromise(async () => 1)); // false
 * ```
 */
export function speaksProtocol(logic: AnyActorLogic): boolean {
  const events = (logic as { events?: unknown }).events;
  return Array.isArray(events) && events.includes('supervisor.restart') && events.includes('supervisor.stop');
}

/**
 * True when a child with this restart type is restarted after it went down;
 * `abnormal` is true for crashes and error exits.
 *
 * @example
 * ```ts
 * shouldRestart('transient', false); // false: a normal exit ends a transient child
 * shouldRestart('permanent', false); // true
 * ```
 */
export function shouldRestart(restart: RestartType, abnormal: boolean): boolean {
  switch (restart) {
    case 'permanent':
      return true;
    case 'transient':
      return abnormal;
    case 'temporary':
      return false;
  }
}

/**
 * The input a child is spawned with: its spec's input plus `childId` and
 * `generation`. A non-object input (allowed only for non-protocol children)
 * is passed through unchanged.
 *
 * @example
 * ```ts
 * spawnInput({ id: 't1', input: { cwd: '/w' }, ... }, 2); // { cwd: '/w', childId: 't1', generation: 2 }
 * ```
 */
export function spawnInput(spec: ChildSpec, generation: number): unknown {
  if (spec.input === undefined || isPlainObject(spec.input)) {
    return { ...(spec.input as object | undefined), childId: spec.id, generation };
  }
  return spec.input;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
