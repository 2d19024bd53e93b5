import type { ServerRequestContext } from '../../machines/turn/turnTypes.js';
import { raceHandler } from '../runtime/withTimeout.js';
import type { ElicitationHandler, ElicitationRequest, UserInputAnswers, UserInputHandler, UserInputQuestion, UserInputRequest } from './userInputTypes.js';

/** The wire answer to `item/tool/requestUserInput`. */
export interface WireUserInputResponse {
  answers: Record<string, { answers: string[] }>;
}

/** The wire answer to `mcpServer/elicitation/request`. */
export interface WireElicitationResponse {
  action: 'accept' | 'decline' | 'cancel';
  content: unknown;
  _meta: null;
}

const NO_ANSWERS: WireUserInputResponse = { answers: {} };
const DECLINE: WireElicitationResponse = { action: 'decline', content: null, _meta: null };

/**
 * Answers `item/tool/requestUserInput` with the handler's answers. The safe
 * default (no handler, a throw, a timeout, `undefined`) is an empty answer
 * set: codex hands `{"answers":{}}` to the model, which then knows nobody
 * answered, rather than the turn hanging on a question no one sees.
 *
 * @internal
 */
export async function resolveUserInput(
  params: Record<string, unknown>,
  handler: UserInputHandler | undefined,
  timeoutMs: number,
  context: ServerRequestContext,
): Promise<WireUserInputResponse> {
  if (!handler) return NO_ANSWERS;
  const request = toUserInputRequest(params, context);
  const outcome = await raceHandler((signal) => handler(request, { signal, threadId: context.threadId, turnId: context.turnId }), timeoutMs, context.signal);
  if (outcome.kind === 'error') {
    context.publish({ type: 'error', message: `onUserInput threw: ${messageOf(outcome.error)}. Sent no answers.` });
    return NO_ANSWERS;
  }
  if (outcome.kind !== 'value' || outcome.value === undefined) return NO_ANSWERS;
  const answers = toWireAnswers(outcome.value);
  if (!answers) {
    context.publish({ type: 'error', message: 'onUserInput returned an unusable value; expected { [questionId]: string | string[] }. Sent no answers.' });
    return NO_ANSWERS;
  }
  return answers;
}

/**
 * Answers `mcpServer/elicitation/request`. The safe default (no handler, a
 * throw, a timeout, `undefined`, an unknown action) is `decline`.
 *
 * @internal
 */
export async function resolveElicitation(
  params: Record<string, unknown>,
  handler: ElicitationHandler | undefined,
  timeoutMs: number,
  context: ServerRequestContext,
): Promise<WireElicitationResponse> {
  if (!handler) return DECLINE;
  const request = toElicitationRequest(params, context);
  const outcome = await raceHandler((signal) => handler(request, { signal, threadId: context.threadId, turnId: context.turnId }), timeoutMs, context.signal);
  if (outcome.kind === 'error') {
    context.publish({ type: 'error', message: `onElicitation threw: ${messageOf(outcome.error)}. Declined.` });
    return DECLINE;
  }
  if (outcome.kind !== 'value' || outcome.value === undefined) return DECLINE;
  const { action } = outcome.value as { action?: unknown };
  if (action === 'accept') return { action, content: (outcome.value as { content?: unknown }).content ?? null, _meta: null };
  if (action === 'decline' || action === 'cancel') return { action, content: null, _meta: null };
  context.publish({ type: 'error', message: `onElicitation returned action ${JSON.stringify(action)}; expected accept, decline or cancel. Declined.` });
  return DECLINE;
}

function toUserInputRequest(params: Record<string, unknown>, context: ServerRequestContext): UserInputRequest {
  const questions = Array.isArray(params.questions) ? (params.questions as Array<Record<string, unknown>>) : [];
  return {
    threadId: context.threadId,
    turnId: context.turnId,
    itemId: typeof params.itemId === 'string' ? params.itemId : null,
    questions: questions.map(
      (q): UserInputQuestion => ({
        id: String(q.id ?? ''),
        header: String(q.header ?? ''),
        question: String(q.question ?? ''),
        options: Array.isArray(q.options) ? (q.options as UserInputQuestion['options']) : [],
        isOther: q.isOther === true,
        isSecret: q.isSecret === true,
      }),
    ),
    isBlocking: params.isBlocking !== false,
    raw: params,
  };
}

function toElicitationRequest(params: Record<string, unknown>, context: ServerRequestContext): ElicitationRequest {
  const request: ElicitationRequest = {
    threadId: context.threadId,
    turnId: typeof params.turnId === 'string' ? params.turnId : context.turnId,
    serverName: String(params.serverName ?? ''),
    mode: String(params.mode ?? ''),
    message: String(params.message ?? params.description ?? ''),
    raw: params,
  };
  if ('requestedSchema' in params) request.requestedSchema = params.requestedSchema;
  if (typeof params.url === 'string') request.url = params.url;
  return request;
}

/** Accepts the wire form or the short `{ id: label | labels }` form. */
function toWireAnswers(value: UserInputAnswers): WireUserInputResponse | null {
  if (typeof value !== 'object' || value === null) return null;
  const wire = (value as { answers?: unknown }).answers;
  if (isWireAnswers(wire)) return { answers: wire };
  const answers: WireUserInputResponse['answers'] = {};
  for (const [id, answer] of Object.entries(value)) {
    if (typeof answer === 'string') answers[id] = { answers: [answer] };
    else if (Array.isArray(answer) && answer.every((a) => typeof a === 'string')) answers[id] = { answers: answer };
    else return null;
  }
  return { answers };
}

function isWireAnswers(v: unknown): v is WireUserInputResponse['answers'] {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  return Object.values(v).every((a) => typeof a === 'object' && a !== null && Array.isArray((a as { answers?: unknown }).answers));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
