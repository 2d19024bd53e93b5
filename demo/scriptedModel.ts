/**
 * The scripted "model" of `npm run demo`: it answers each request the codex
 * binary sends by looking at the conversation, not by queue position, so the
 * two threads can run at the same time and still get the right answers.
 */
import { functionCallOutputs, inputItems, responses, userTexts, type RecordedRequest, type ScriptedModelServer, type ScriptedResponse } from '../src/testing/index.js';
import { GREETING_TEXT, PROMPTS, WEATHER } from './demoPrompts.js';

/** Number of model requests the whole demo makes (each step's turns, tool round trips included). */
export const SCRIPTED_REQUESTS = 7;

const usage = (inputTokens: number, outputTokens: number) => ({ inputTokens, cachedInputTokens: 0, outputTokens, reasoningOutputTokens: 0 });

/** Requests the script had no answer for (the demo fails on any). */
export const unexpected: string[] = [];

function refuse(problem: string): ScriptedResponse {
  unexpected.push(problem);
  // A failed response fails the turn at once, which the demo reports.
  return responses.failed('demo_script', `the demo's scripted model has no answer: ${problem}`);
}

/** The answer to one request (a failed response, recorded in {@link unexpected}, for a request the script does not know). */
export function answer(request: RecordedRequest, options: { delayMs: number }): ScriptedResponse {
  const last = inputItems(request).at(-1);
  const slow = { delayMs: options.delayMs };
  if (last?.type === 'function_call_output') {
    const output = functionCallOutputs(request).at(-1)!;
    if (output.callId === 'call_greeting') return responses.message(`Done: greeting.txt now says "${GREETING_TEXT}".`, { phase: 'final_answer', usage: usage(900, 14) });
    if (output.callId === 'call_weather') return responses.message(`It is ${WEATHER.temperatureC} °C and ${WEATHER.conditions} in ${WEATHER.city}.`, { phase: 'final_answer', usage: usage(850, 16) });
    return refuse(`tool output for ${output.callId}`);
  }
  const prompt = userTexts(request).at(-1) ?? '';
  switch (prompt) {
    case PROMPTS.hello:
      return responses.message('I am a codex agent running inside a supervised actor, streaming this sentence to you word by word.', {
        stream: true,
        phase: 'final_answer',
        usage: usage(700, 22),
        ...slow,
      });
    case PROMPTS.approval:
      return responses.shellCall(`echo "${GREETING_TEXT}" > greeting.txt`, { callId: 'call_greeting', usage: usage(760, 20) });
    case PROMPTS.tool:
      return responses.dynamicToolCall('get_weather', { city: 'Paris' }, { callId: 'call_weather', usage: usage(720, 12) });
    case PROMPTS.json:
      return responses.message(JSON.stringify(WEATHER), { phase: 'final_answer', usage: usage(980, 18) });
    case PROMPTS.afterCrash:
      // The restarted process resumed the thread, so the model sees the earlier turns again.
      return responses.message(userTexts(request).includes(PROMPTS.tool) ? 'Paris' : 'I have no record of an earlier question.', { phase: 'final_answer', usage: usage(1100, 2) });
    default:
      return refuse(`prompt ${JSON.stringify(prompt.slice(0, 80))}`);
  }
}

/** Queues {@link SCRIPTED_REQUESTS} answers chosen per request. */
export function scriptModel(server: ScriptedModelServer, options: { delayMs: number }): void {
  for (let i = 0; i < SCRIPTED_REQUESTS; i++) server.enqueue((request) => answer(request, options));
}
