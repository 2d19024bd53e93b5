import { CodexError, type CodexErrorOptions } from './codexError.js';

/** codex's structured description of a turn failure (`codexErrorInfo` on the wire). */
export type CodexErrorInfo = string | Record<string, unknown> | null;

/** A turn ended with status `failed`. */
export class TurnFailedError extends CodexError {
  readonly threadId: string | null;
  readonly turnId: string | null;
  readonly codexErrorInfo: CodexErrorInfo;
  readonly additionalDetails: string | null;

  constructor(
    fields: { message: string; threadId?: string | null; turnId?: string | null; codexErrorInfo?: CodexErrorInfo; additionalDetails?: string | null },
    options?: CodexErrorOptions,
  ) {
    // codex's own message, unprefixed: @openai/codex-sdk throws exactly that text.
    super('TURN_FAILED', fields.message, options);
    this.threadId = fields.threadId ?? null;
    this.turnId = fields.turnId ?? null;
    this.codexErrorInfo = fields.codexErrorInfo ?? null;
    this.additionalDetails = fields.additionalDetails ?? null;
  }
}

/** Authentication with the model provider failed (401, missing or bad key). */
export class AuthError extends CodexError {
  readonly httpStatusCode: number | null;

  constructor(message: string, httpStatusCode: number | null = null, options?: CodexErrorOptions) {
    super('AUTH_ERROR', `${message}. Provide a valid key with the apiKey option, codex.login.apiKey(), or the provider's env_key variable.`, options);
    this.httpStatusCode = httpStatusCode;
  }
}

/** An approval was declined or cancelled and the caller asked to be told. */
export class ApprovalDeniedError extends CodexError {
  readonly kind: string;
  readonly decision: string;

  constructor(fields: { kind: string; decision: string; reason?: string }, options?: CodexErrorOptions) {
    super('APPROVAL_DENIED', `The ${fields.kind} approval was ${fields.decision}${fields.reason ? `: ${fields.reason}` : ''}.`, options);
    this.kind = fields.kind;
    this.decision = fields.decision;
  }
}

/** A tool handler failed, or was called with arguments that do not match its schema. */
export class ToolError extends CodexError {
  readonly tool: string;
  readonly callId: string | null;

  constructor(fields: { tool: string; callId?: string | null; reason: string }, options?: CodexErrorOptions) {
    super('TOOL_ERROR', `Tool ${fields.tool} failed: ${fields.reason}`, options);
    this.tool = fields.tool;
    this.callId = fields.callId ?? null;
  }
}

/** One validation problem found in structured output. */
export interface StructuredOutputIssue {
  path: ReadonlyArray<string | number>;
  message: string;
}

/** The model's final message was not valid JSON for the requested output schema. */
export class StructuredOutputError extends CodexError {
  readonly rawText: string;
  readonly issues: readonly StructuredOutputIssue[];

  constructor(rawText: string, issues: readonly StructuredOutputIssue[], options?: CodexErrorOptions) {
    const summary = issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    super('STRUCTURED_OUTPUT_INVALID', `The model's output does not match the output schema: ${summary}`, options);
    this.rawText = rawText;
    this.issues = issues;
  }
}

/** An option was invalid. Names the option, what was wrong and how to fix it. */
export class InvalidOptionsError extends CodexError {
  /** Dotted path of the offending option, e.g. `supervisor.maxRestarts`. */
  readonly option: string;
  readonly reason: string;

  constructor(option: string, reason: string, options?: CodexErrorOptions) {
    super('INVALID_OPTIONS', `Invalid option \`${option}\`: ${reason}`, options);
    this.option = option;
    this.reason = reason;
  }
}

/** Something took longer than its configured limit. */
export class TimeoutError extends CodexError {
  readonly operation: string;
  readonly timeoutMs: number;

  constructor(operation: string, timeoutMs: number, hint = '', options?: CodexErrorOptions) {
    super('TIMEOUT', `${operation} timed out after ${timeoutMs} ms${hint ? `. ${hint}` : ''}`, options);
    this.operation = operation;
    this.timeoutMs = timeoutMs;
  }
}

/**
 * The work was aborted through an AbortSignal. Shaped like the DOM's AbortError
 * (`name 'AbortError'`, `code 'ABORT_ERR'`); `cause` is the signal's reason.
 */
export class AbortError extends CodexError {
  /** What the aborted work produced before it stopped, when there is something (a goal's result so far; a `TurnResult`). */
  readonly result?: unknown;

  constructor(reason?: unknown, what = 'The operation', details: { result?: unknown } = {}) {
    super('ABORT_ERR', `${what} was aborted`, { cause: reason });
    if (details.result !== undefined) this.result = details.result;
  }
}

/** Restart intensity was exceeded; the supervisor gave up on the affected children. */
export class SupervisorEscalationError extends CodexError {
  readonly childIds: readonly string[];
  readonly restarts: number;
  readonly withinMs: number;

  constructor(fields: { childIds: readonly string[]; restarts: number; withinMs: number }, options?: CodexErrorOptions) {
    super(
      'SUPERVISOR_ESCALATION',
      `The supervisor gave up after ${fields.restarts} restarts within ${fields.withinMs} ms (children: ${fields.childIds.join(', ')}). ` +
        `Look at the last crash (cause) and raise supervisor.maxRestarts/withinMs only if the crashes are transient.`,
      options,
    );
    this.childIds = fields.childIds;
    this.restarts = fields.restarts;
    this.withinMs = fields.withinMs;
  }
}

/** A bounded queue (e.g. messages held while a thread restarts) is full. */
export class QueueOverflowError extends CodexError {
  readonly capacity: number;

  constructor(what: string, capacity: number, options?: CodexErrorOptions) {
    super('QUEUE_OVERFLOW', `${what} is full (${capacity} entries); the message was rejected, not dropped. Wait for the restart to finish or raise the limit.`, options);
    this.capacity = capacity;
  }
}

/**
 * `thread.runUntil` ran `maxTurns` turns without its `until` condition holding.
 * `results` holds every turn's result so far, so the work is not lost.
 */
export class MaxTurnsExceededError extends CodexError {
  readonly maxTurns: number;
  /** Every turn's result, in order (typed `unknown[]` here to keep errors free of facade types; they are `TurnResult`s). */
  readonly results: readonly unknown[];

  constructor(maxTurns: number, results: readonly unknown[], options?: CodexErrorOptions) {
    super(
      'MAX_TURNS_EXCEEDED',
      `runUntil stopped after maxTurns (${maxTurns}) turns without the until() condition holding. ` +
        'The results so far are on error.results; raise maxTurns or loosen until().',
      options,
    );
    this.maxTurns = maxTurns;
    this.results = results;
  }
}

/**
 * A goal reached one of its bounds (`maxTurns` continuation turns, or its
 * `tokenBudget`) before the model marked it complete. The goal is paused in
 * codex (it can be resumed with `thread/goal/set`), the thread stays usable,
 * and `result` holds everything the goal produced so far.
 */
export class GoalLimitError extends CodexError {
  /** Which bound stopped the goal. */
  readonly limit: 'maxTurns' | 'tokenBudget';
  /** The bound's value (turns, or tokens). */
  readonly value: number;
  /** How many turns codex ran for the goal. */
  readonly turns: number;
  /** The goal's result so far, status `interrupted` (typed `unknown` to keep errors free of facade types; it is a `TurnResult`). */
  readonly result: unknown;

  constructor(fields: { limit: 'maxTurns' | 'tokenBudget'; value: number; turns: number; result: unknown }, options?: CodexErrorOptions) {
    const what = fields.limit === 'maxTurns' ? `${fields.value} turns (maxTurns)` : `its token budget of ${fields.value} tokens (tokenBudget)`;
    super(
      'GOAL_LIMIT_REACHED',
      `The goal was paused after ${what} without the model marking it complete (${fields.turns} turns ran). ` +
        `What it produced is on error.result; raise ${fields.limit} or narrow the objective.`,
      options,
    );
    this.limit = fields.limit;
    this.value = fields.value;
    this.turns = fields.turns;
    this.result = fields.result;
  }
}
