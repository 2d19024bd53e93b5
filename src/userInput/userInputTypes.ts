/**
 * Shapes of the two "ask the human" requests codex can make during a turn:
 * `request_user_input` questions (`item/tool/requestUserInput`) and MCP
 * elicitations (`mcpServer/elicitation/request`).
 */

/** Context of a user-input or elicitation handler call. */
export interface UserInputContext {
  /** Aborted when the turn ends or the handler times out (`approvalTimeoutMs`). */
  signal: AbortSignal;
  threadId: string;
  turnId: string | null;
}

/** One question of a `request_user_input` call. */
export interface UserInputQuestion {
  /** Key of the answer in the response. */
  id: string;
  /** Short label (codex asks the model for ≤ 12 characters). */
  header: string;
  question: string;
  /** The model's choices; the user may also answer freely when `isOther` is true. */
  options: Array<{ label: string; description: string }>;
  isOther: boolean;
  isSecret: boolean;
}

/** codex asks the user one to three questions (the model called `request_user_input`). */
export interface UserInputRequest {
  threadId: string;
  turnId: string | null;
  /** The model's tool call id. */
  itemId: string | null;
  questions: UserInputQuestion[];
  /** Whether codex blocks the turn until the answer. */
  isBlocking: boolean;
  /** The wire params, untouched. */
  raw: Record<string, unknown>;
}

/**
 * Answers to a {@link UserInputRequest}: question id → the chosen label(s) or
 * free text. The wire form `{ answers: { id: { answers: string[] } } }` is
 * accepted too. Questions left out are unanswered.
 */
export type UserInputAnswers = Record<string, string | string[]> | { answers: Record<string, { answers: string[] }> };

/**
 * Answers codex's questions. May be async. No handler, a throw, a timeout or
 * `undefined` sends an empty answer set: the model learns nobody answered.
 *
 * @example
 * ```ts
 * const thread = codex.startThread({
 *   collaborationMode: 'plan', // codex offers request_user_input only in plan mode
 *   model: 'gpt-5.5',
 *   onUserInput: async ({ questions }) => Object.fromEntries(questions.map((q) => [q.id, q.options[0]?.label ?? 'skip'])),
 * });
 * ```
 */
export type UserInputHandler = (request: UserInputRequest, context: UserInputContext) => UserInputAnswers | undefined | Promise<UserInputAnswers | undefined>;

/** An MCP server asks the user for something (a form, a URL to open, a verification). */
export interface ElicitationRequest {
  threadId: string;
  turnId: string | null;
  /** The MCP server's name (the key in `mcpServers`). */
  serverName: string;
  /** `form` (fill `requestedSchema`), `url` (open `url`), or an OpenAI extension mode. */
  mode: string;
  message: string;
  /** JSON schema of the expected content, for `form` modes. */
  requestedSchema?: unknown;
  url?: string;
  /** The wire params, untouched. */
  raw: Record<string, unknown>;
}

/** The answer to an elicitation, as MCP defines it: only `accept` carries `content`. */
export type ElicitationResponse = { action: 'accept'; content?: unknown } | { action: 'decline' } | { action: 'cancel' };

/**
 * Answers MCP elicitations. May be async. No handler, a throw, a timeout or
 * `undefined` declines.
 *
 * @example
 * ```ts
 * codex.startThread({ onElicitation: async (r) => (r.mode === 'form' ? { action: 'accept', content: { ok: true } } : { action: 'decline' }) });
 * ```
 */
export type ElicitationHandler = (
  request: ElicitationRequest,
  context: UserInputContext,
) => ElicitationResponse | undefined | Promise<ElicitationResponse | undefined>;
