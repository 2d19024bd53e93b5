import { describe, expect, it } from 'vitest';
import { AbortError, DEFAULT_GOAL_MAX_TURNS, GoalLimitError, type Thread, type ThreadItem, type TurnResult } from '../../src/index.js';
import { createGate, responses, sse, userTexts } from '../../src/testing/index.js';
import { useScriptedCodex } from '../support/useScriptedCodex.js';

const setup = useScriptedCodex();

const usage = (inputTokens: number, outputTokens: number) => ({ inputTokens, outputTokens, cachedInputTokens: 0, reasoningOutputTokens: 0 });

async function goalStatus(thread: Thread): Promise<string | null> {
  const { goal } = await thread.request('thread/goal/get', (threadId) => ({ threadId }));
  return goal?.status ?? null;
}

function agentTexts(items: readonly ThreadItem[]): string[] {
  return items.flatMap((i) => (i.type === 'agent_message' ? [i.text] : []));
}

/** Answers that never complete the goal: plain text, one per model request. */
function neverCompleting(n: number, prefix = 'still working') {
  return Array.from({ length: n }, (_, i) => responses.message(`${prefix} ${i + 1}`, { usage: usage(10, 2) }));
}

describe('goal bounds', () => {
  it('a goal the model never completes stops at the default maxTurns: paused, GoalLimitError with everything so far, thread usable', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(...neverCompleting(DEFAULT_GOAL_MAX_TURNS));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const error = await thread.runGoal('Keep going forever').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GoalLimitError);
    const limit = error as GoalLimitError;
    expect(limit).toMatchObject({ code: 'GOAL_LIMIT_REACHED', limit: 'maxTurns', value: DEFAULT_GOAL_MAX_TURNS, turns: DEFAULT_GOAL_MAX_TURNS });
    const result = limit.result as TurnResult;
    expect(result.status).toBe('interrupted');
    expect(agentTexts(result.items)).toHaveLength(DEFAULT_GOAL_MAX_TURNS);
    expect(result.finalResponse).toBe(`still working ${DEFAULT_GOAL_MAX_TURNS}`);
    expect(result.usage).toMatchObject({ input_tokens: 10 * DEFAULT_GOAL_MAX_TURNS, output_tokens: 2 * DEFAULT_GOAL_MAX_TURNS });
    // The last allowed turn ran to its end and codex started no other.
    expect(fixture.server.requests).toHaveLength(DEFAULT_GOAL_MAX_TURNS);
    expect(await goalStatus(thread)).toBe('paused');
    // The thread takes ordinary turns again.
    fixture.server.enqueue(responses.message('Ordinary turn after the goal.'));
    const followUp = await thread.run('An ordinary turn');
    expect(userTexts(fixture.server.requests.at(-1)!).at(-1)).toBe('An ordinary turn');
    expect(followUp.finalResponse).toBe('Ordinary turn after the goal.');
  });

  it('maxTurns is the number of turns codex may run, the first included', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(...neverCompleting(5));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const error = await thread.runGoal('Keep going', { maxTurns: 2 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ limit: 'maxTurns', value: 2, turns: 2 });
    expect(agentTexts(((error as GoalLimitError).result as TurnResult).items)).toEqual(['still working 1', 'still working 2']);
    expect(fixture.server.requests).toHaveLength(2);
  });

  it('a goal completed on its last allowed turn resolves: the pause does not override the model', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(
      responses.message('First pass.'),
      responses.functionCall('update_goal', { status: 'complete' }),
      responses.message('Done on the last turn.'),
    );
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const result = await thread.runGoal('Finish in two turns', { maxTurns: 2 });
    expect(result).toMatchObject({ status: 'completed', finalResponse: 'Done on the last turn.' });
    expect(fixture.server.requests).toHaveLength(3);
  });

  it("codex's budgetLimited stop rejects with GoalLimitError (limit tokenBudget)", async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(...Array.from({ length: 10 }, () => responses.message('spending', { usage: usage(40, 10) })));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const error = await thread.runGoal('Spend the budget', { tokenBudget: 120 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GoalLimitError);
    // codex counts input + output tokens per turn (50 here) and stops once the budget is spent.
    expect(error).toMatchObject({ limit: 'tokenBudget', value: 120, turns: 3 });
    expect(fixture.server.requests).toHaveLength(3);
    expect(await goalStatus(thread)).toBe('budgetLimited');
  });

  it('signal pauses the goal and rejects with AbortError carrying the result so far', async () => {
    const { fixture, codex } = await setup();
    const gate = createGate();
    fixture.server.enqueue(responses.message('Turn one.'), responses.stream([sse.message('turn two', { stream: true })], { gate }), ...neverCompleting(3));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const controller = new AbortController();
    const pending = thread.runGoal('Abort me', { signal: controller.signal }).catch((e: unknown) => e);
    await gate.reached;
    controller.abort(new Error('enough'));
    gate.release();
    const error = await pending;
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).cause).toEqual(new Error('enough'));
    expect(agentTexts(((error as AbortError).result as TurnResult).items)).toContain('Turn one.');
    expect(await goalStatus(thread)).toBe('paused');
    expect(fixture.server.requests).toHaveLength(2);
  });
});
