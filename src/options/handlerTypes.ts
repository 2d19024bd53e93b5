/**
 * The callback and tool shapes the option schemas accept. Options only check that a
 * handler is a function and that a tool looks like a `defineTool` result; the modules
 * that call them (approvals, user input, tools) own the precise request/response types,
 * which narrow these. Until they do, requests are typed `any` so inline handlers stay
 * writable (`onApproval: (req) => …`); a `never` parameter would make them unusable.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type AnyRequest = any;

/** Context passed to every handler: aborted when the request is withdrawn or times out. */
export interface HandlerContext {
  signal: AbortSignal;
}

/**
 * Decides an approval request (command, file change, permissions). Resolve with the
 * decision; a throw, a timeout (`approvalTimeoutMs`) or no handler declines.
 * The precise type lives with the approvals module.
 *
 * @example
 * ```ts
 * codex.startThread({ onApproval: async (request, { signal }) => 'decline' });
 * ```
 */
export type { ApprovalHandler } from '../approvals/approvalTypes.js';

/** Answers codex's `request_user_input` questions (precise type in the user-input module). */
export type { UserInputHandler, ElicitationHandler } from '../userInput/userInputTypes.js';

/**
 * A tool as created by `defineTool`: a name codex shows the model (`^[a-zA-Z0-9_-]+$`),
 * a description, and the function that runs it. Other fields (parameters schema…) belong
 * to the tools module.
 *
 * @example
 * ```ts
 * const tool: ToolLike = defineTool({ name: 'now', description: 'Current time', parameters: z.object({}), execute: async () => new Date().toISOString() });
 * ```
 */
export interface ToolLike {
  name: string;
  description: string;
  execute: (...args: never[]) => unknown;
}

/**
 * An XState inspection callback or observer (forwarded to `createActor({ inspect })`
 * of the supervisor, so it sees every actor of the system), e.g.
 * `createBrowserInspector().inspect` from `@statelyai/inspect`, which is an observer.
 */
export type InspectOption = ((event: AnyRequest) => void) | { next?: (event: AnyRequest) => void };

/** An OpenTelemetry `TracerProvider` (only `getTracer` is required). */
export interface TracerProviderLike {
  getTracer(name: string, version?: string): unknown;
}

/** An OpenTelemetry `MeterProvider` (only `getMeter` is required). */
export interface MeterProviderLike {
  getMeter(name: string, version?: string): unknown;
}
