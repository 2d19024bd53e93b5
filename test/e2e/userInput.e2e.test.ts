import { describe, expect, it } from 'vitest';
import { type UserInputRequest } from '../../src/index.js';
import { functionCallOutputs, responses } from '../../src/testing/index.js';
import { useCodexFixture } from '../support/index.js';

const setup = useCodexFixture();

/** The arguments the model sends to codex's `request_user_input` tool (its schema in the model request). */
const question = {
  questions: [
    {
      id: 'color',
      header: 'Color',
      question: 'Which color should the button be?',
      options: [
        { label: 'Red (Recommended)', description: 'Matches the brand' },
        { label: 'Blue', description: 'Calmer' },
      ],
    },
  ],
};

describe('request_user_input → onUserInput on the real binary', () => {
  it('plan mode: the handler gets the questions and its answer reaches the model; the chart passes awaitingUserInput', async () => {
    const { fixture, codex } = await setup();
    const seen: UserInputRequest[] = [];
    fixture.server.enqueue(responses.functionCall('request_user_input', question, { callId: 'call_ask' }), responses.message('Blue it is'));
    // codex offers request_user_input only in plan mode (a collaboration mode needs the model name).
    const thread = codex.startThread({
      cwd: fixture.home.workspace,
      model: fixture.home.model,
      collaborationMode: 'plan',
      onUserInput: (request) => (seen.push(request), { color: 'Blue' }),
    });
    const turnStates: string[] = [];
    thread.state$.subscribe((s) => {
      if (s.turnState && turnStates.at(-1) !== s.turnState) turnStates.push(s.turnState);
    });
    const result = await thread.run('style the button');
    expect(result.finalResponse).toBe('Blue it is');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      threadId: thread.id,
      turnId: result.id,
      itemId: 'call_ask',
      isBlocking: true,
      questions: [{ id: 'color', header: 'Color', question: 'Which color should the button be?', isOther: true, isSecret: false, options: question.questions[0]!.options }],
    });
    const [output] = functionCallOutputs(fixture.server.requests[1]!);
    expect(JSON.parse(output!.output)).toEqual({ answers: { color: { answers: ['Blue'] } } });
    expect(turnStates).toContain('active.awaitingUserInput');
  });

  it('no handler: an empty answer set goes back (the model learns nobody answered); the turn completes', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.functionCall('request_user_input', question, { callId: 'call_ask' }), responses.message('I will pick red'));
    const thread = codex.startThread({ cwd: fixture.home.workspace, model: fixture.home.model, collaborationMode: 'plan' });
    const result = await thread.run('style the button');
    expect(result.status).toBe('completed');
    expect(JSON.parse(functionCallOutputs(fixture.server.requests[1]!)[0]!.output)).toEqual({ answers: {} });
  });

  it('a per-turn handler wins over the thread handler', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.functionCall('request_user_input', question, { callId: 'call_ask' }), responses.message('ok'));
    const thread = codex.startThread({ cwd: fixture.home.workspace, model: fixture.home.model, collaborationMode: 'plan', onUserInput: () => ({ color: 'Red' }) });
    await thread.run('style', { onUserInput: () => ({ answers: { color: { answers: ['Blue', 'with white text'] } } }) });
    expect(JSON.parse(functionCallOutputs(fixture.server.requests[1]!)[0]!.output)).toEqual({ answers: { color: { answers: ['Blue', 'with white text'] } } });
  });

  it('default mode: codex refuses the tool itself and never asks the client', async () => {
    const { fixture, codex } = await setup();
    let asked = false;
    fixture.server.enqueue(responses.functionCall('request_user_input', question, { callId: 'call_ask' }), responses.message('fine'));
    const thread = codex.startThread({ cwd: fixture.home.workspace, onUserInput: () => ((asked = true), { color: 'Blue' }) });
    await thread.run('style');
    expect(asked).toBe(false);
    expect(functionCallOutputs(fixture.server.requests[1]!)[0]!.output).toBe('request_user_input is unavailable in Default mode');
  });
});
