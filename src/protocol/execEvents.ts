/**
 * The JSONL events of `codex exec --json`, validated with zod at the wire boundary.
 *
 * Shapes are `@openai/codex-sdk`'s `ThreadEvent` (snake_case, as the binary prints them);
 * these become the public event types. Forward compatibility: unknown fields are kept,
 * and an event of an unknown `type` (or an item of an unknown `type`) is passed through
 * as `{ type: 'unknown', raw }` instead of failing.
 */
import { z } from 'zod';
import { ProtocolError } from '../errors/index.js';
import { execThreadItemSchema, execThreadItemTypes, type ExecThreadItem } from './execItems.js';

export type * from './execItems.js';
export { execThreadItemSchema } from './execItems.js';

/**
 * Token usage reported by `turn.completed`. In `codex exec` it is cumulative for the whole
 * thread (all model requests of this turn and, after `resume`, of earlier turns too).
 */
export interface ExecUsage {
  /** Input tokens sent to the model. */
  input_tokens: number;
  /** Input tokens served from the prompt cache. */
  cached_input_tokens: number;
  /** Input tokens written to the prompt cache (0 when the binary does not report it). */
  cache_write_input_tokens: number;
  /** Output tokens generated. */
  output_tokens: number;
  /** Output tokens spent on reasoning (0 when the binary does not report it). */
  reasoning_output_tokens: number;
}

/** A fatal error of a turn. */
export interface ExecThreadError {
  message: string;
}

/** First event of every run: the thread id, usable for `resume`. */
export interface ExecThreadStartedEvent {
  type: 'thread.started';
  thread_id: string;
}

/** The prompt was sent and the turn began. */
export interface ExecTurnStartedEvent {
  type: 'turn.started';
}

/** The turn finished normally; `usage` is thread-cumulative. */
export interface ExecTurnCompletedEvent {
  type: 'turn.completed';
  usage: ExecUsage;
}

/** The turn failed (model error, quota, context window…); codex then exits with code 1. */
export interface ExecTurnFailedEvent {
  type: 'turn.failed';
  error: ExecThreadError;
}

/** An item began (typically `in_progress`). */
export interface ExecItemStartedEvent {
  type: 'item.started';
  item: ExecThreadItem;
}

/** An item changed (e.g. a to-do list was updated). */
export interface ExecItemUpdatedEvent {
  type: 'item.updated';
  item: ExecThreadItem;
}

/** An item reached its final state. */
export interface ExecItemCompletedEvent {
  type: 'item.completed';
  item: ExecThreadItem;
}

/** A stream-level error, e.g. `Reconnecting... 1/2 (…)` before a retry. */
export interface ExecThreadErrorEvent {
  type: 'error';
  message: string;
}

/** An event this version does not know (new event type, or an item of a new type), kept verbatim. */
export interface ExecUnknownEvent {
  type: 'unknown';
  /** The parsed JSON object exactly as codex printed it. */
  raw: unknown;
}

/** Every event `codex exec --json` prints, plus the `unknown` pass-through. */
export type ExecThreadEvent =
  | ExecThreadStartedEvent
  | ExecTurnStartedEvent
  | ExecTurnCompletedEvent
  | ExecTurnFailedEvent
  | ExecItemStartedEvent
  | ExecItemUpdatedEvent
  | ExecItemCompletedEvent
  | ExecThreadErrorEvent
  | ExecUnknownEvent;

const count = z.number().int().nonnegative();

const usageSchema = z.looseObject({
  input_tokens: count,
  cached_input_tokens: count.default(0),
  // Older binaries do not print these two; the SDK fills the first with 0 as well.
  cache_write_input_tokens: count.default(0),
  output_tokens: count,
  reasoning_output_tokens: count.default(0),
});

const itemEvent = <T extends string>(type: T) => z.looseObject({ type: z.literal(type), item: execThreadItemSchema });

/** zod schema of the known members of {@link ExecThreadEvent} (everything but `unknown`). */
export const execThreadEventSchema = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('thread.started'), thread_id: z.string().min(1) }),
  z.looseObject({ type: z.literal('turn.started') }),
  z.looseObject({ type: z.literal('turn.completed'), usage: usageSchema }),
  z.looseObject({ type: z.literal('turn.failed'), error: z.looseObject({ message: z.string() }) }),
  itemEvent('item.started'),
  itemEvent('item.updated'),
  itemEvent('item.completed'),
  z.looseObject({ type: z.literal('error'), message: z.string() }),
]);

const knownEventTypes: ReadonlySet<string> = new Set(execThreadEventSchema.options.map((o) => o.shape.type.value));

type Assert<T extends true> = T;
type _EventSchemaMatches = Assert<z.output<typeof execThreadEventSchema> extends ExecThreadEvent ? true : false>;

/** Outcome of {@link safeParseExecEvent}. */
export type ExecEventParseResult =
  | { ok: true; event: ExecThreadEvent }
  | {
      ok: false;
      error: ProtocolError;
      /** The parsed JSON when the line was JSON but not a valid event; `undefined` for non-JSON. */
      raw: unknown;
    };

/**
 * Parses one stdout line of `codex exec --json` without throwing.
 *
 * - a known event → `{ ok: true, event }` (validated; unknown fields kept);
 * - an unknown event type, or an item event whose item type is unknown →
 *   `{ ok: true, event: { type: 'unknown', raw } }`;
 * - not JSON, not an object with a string `type`, or a known type with the wrong shape →
 *   `{ ok: false, error: ProtocolError, raw }`.
 *
 * @param line One line of stdout, without its newline.
 */
export function safeParseExecEvent(line: string): ExecEventParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (cause) {
    return { ok: false, error: new ProtocolError('not JSON', line, { cause }), raw: undefined };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || typeof (raw as { type?: unknown }).type !== 'string') {
    return { ok: false, error: new ProtocolError('not an event object with a string "type"', line), raw };
  }
  const type = (raw as { type: string }).type;
  if (!knownEventTypes.has(type) || hasUnknownItemType(raw)) {
    return { ok: true, event: { type: 'unknown', raw } };
  }
  const parsed = execThreadEventSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, error: new ProtocolError(`"${type}" event does not match its schema (${summarize(parsed.error)})`, line, { cause: parsed.error }), raw };
  }
  return { ok: true, event: parsed.data };
}

/**
 * Parses one stdout line of `codex exec --json`.
 *
 * @example
 * ```ts
 * parseExecEvent('{"type":"thread.started","thread_id":"t1"}'); // → { type: 'thread.started', thread_id: 't1' }
 * parseExecEvent('{"type":"turn.paused"}');                     // → { type: 'unknown', raw: { type: 'turn.paused' } }
 * ```
 *
 * @param line One line of stdout, without its newline.
 * @returns The typed event, or `{ type: 'unknown', raw }` for event/item types this version does not know.
 * @throws ProtocolError when the line is not JSON, not an event object, or a known event with the wrong shape.
 */
export function parseExecEvent(line: string): ExecThreadEvent {
  const result = safeParseExecEvent(line);
  if (!result.ok) throw result.error;
  return result.event;
}

function hasUnknownItemType(raw: object): boolean {
  const item = (raw as { item?: unknown }).item;
  if (typeof item !== 'object' || item === null) return false; // missing item: let the schema report it
  const itemType = (item as { type?: unknown }).type;
  return typeof itemType === 'string' && !execThreadItemTypes.has(itemType);
}

function summarize(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}
