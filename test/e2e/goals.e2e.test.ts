import { describe, expect, it } from 'vitest';
import { CodexError, InvalidOptionsError, TurnFailedError, type Thread, type ThreadEvent, type ThreadItem } from '../../src/index.js';
import { createGate, functionCallOutputs, responses, sse, userTexts } from '../../src/testing/index.js';
import { listCodexProcesses } from '../support/listCodexProcesses.js';
import { useScriptedCodex } from '../support/useScriptedCodex.js';

const setup = useScriptedCodex();

const usage = (inputTokens: number, outputTokens: number) => ({ inputTokens, outputTokens, cachedInputTokens: 0, reasoningOutputTokens: 0 });
/** The model marks the goal complete with codex's `update_goal` tool. */
const completeGoal = (n: { inputTokens: number; outputTokens: number }) => responses.functionCall('update_goal', { status: 'complete' }, { usage: usage(n.inputTokens, n.outputTokens) });

async function goalStatus(thread: Thread): Promise<string | null> {
  const { goal } = await thread.request('thread/goal/get', (threadId) => ({ threadId }));
  return goal?.status ?? null;
}

function agentTexts(items: readonly ThreadItem[]): string[] {
  return items.flatMap((i) => (i.type === 'agent_message' ? [i.text] : []));
}

describe('thread.runGoal', () => {
  it('aggregates codex continuation turns into one result: stable id, all items, summed usage', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(
      responses.message('Initial pass complete.', { usage: usage(3, 2) }),
      completeGoal({ inputTokens: 4, outputTokens: 1 }),
      responses.message('Goal complete.', { usage: usage(5, 3) }),
    );
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const result = await thread.runGoal('  Improve benchmark coverage  ');
    expect(result.status).toBe('completed');
    expect(result.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(agentTexts(result.items)).toEqual(['Initial pass complete.', 'Goal complete.']);
    expect(result.finalResponse).toBe('Goal complete.');
    expect(result.usage).toMatchObject({ input_tokens: 12, output_tokens: 6 });
    expect(result.durationMs).toBe(result.completedAt! - result.startedAt!);
    expect(fixture.server.requests).toHaveLength(3);
    // codex put the trimmed objective into the goal's first request.
    // codex hands the (trimmed) objective to the model as a `goal_objective` context item.
    const objective = functionCallOutputs(fixture.server.requests[0]!).find((o) => o.item.name === 'goal_objective');
    expect(objective?.output).toBe('Improve benchmark coverage');
    expect(await goalStatus(thread)).toBe('complete');
  });

  it('streams one logical lifecycle: one turn.started, one turn.completed, every event under the logical id', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(
      responses.message('initial pass', { stream: ['initial ', 'pass'] }),
      completeGoal({ inputTokens: 1, outputTokens: 1 }),
      responses.message('goal complete', { stream: ['goal ', 'complete'] }),
    );
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const goal = await thread.startGoal('Finish the integration suite');
    const events: ThreadEvent[] = [];
    for await (const event of goal) events.push(event);
    expect(events.filter((e) => e.type === 'turn.started' || e.type === 'turn.completed').map((e) => e.type)).toEqual(['turn.started', 'turn.completed']);
    expect(events.every((e) => e.meta?.turnId === goal.id)).toBe(true);
    expect(events.flatMap((e) => (e.type === 'item.delta' && e.kind === 'agent_message' ? [e.delta] : []))).toEqual(['initial ', 'pass', 'goal ', 'complete']);
    expect(events.flatMap((e) => (e.type === 'item.completed' && e.item.type === 'agent_message' ? [e.item.text] : []))).toEqual(['initial pass', 'goal complete']);
    expect((await goal.result()).id).toBe(goal.id);
  });

  it('steer reaches the running continuation turn; the result keeps the logical id', async () => {
    const { fixture, codex } = await setup();
    const gate = createGate();
    fixture.server.enqueue(
      responses.message('Initial work complete.'),
      responses.stream([sse.message('continuation work', { stream: true })], { gate }),
      completeGoal({ inputTokens: 1, outputTokens: 1 }),
      responses.message('Steered goal complete.'),
    );
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const goal = await thread.startGoal('Start a goal that needs refinement');
    await gate.reached; // the continuation turn is streaming
    await goal.steer('Prioritize the edge-case coverage.');
    gate.release();
    const result = await goal.result();
    expect(result).toMatchObject({ id: goal.id, status: 'completed', finalResponse: 'Steered goal complete.' });
    expect(userTexts(fixture.server.requests[2]!).at(-1)).toBe('Prioritize the edge-case coverage.');
    await expect(goal.steer('too late')).rejects.toThrow(/no active turn to steer/);
  });

  it('interrupt pauses the goal, ends the logical turn interrupted, and leaves the thread usable', async () => {
    const { fixture, codex } = await setup();
    const gate = createGate();
    fixture.server.enqueue(
      responses.message('Initial work complete.'),
      responses.stream([sse.message('still working', { stream: true })], { gate }),
      responses.message('Ordinary follow-up complete.'),
    );
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const goal = await thread.startGoal('Start interruptible goal work');
    await gate.reached;
    await expect(thread.run('not now')).rejects.toBeInstanceOf(CodexError); // a goal is running
    await goal.interrupt();
    gate.release();
    const result = await goal.result();
    expect(result).toMatchObject({ id: goal.id, status: 'interrupted' });
    expect(await goalStatus(thread)).toBe('paused');
    const followUp = await thread.run('Continue with an ordinary turn');
    expect(followUp.finalResponse).toBe('Ordinary follow-up complete.');
    expect(fixture.server.requests).toHaveLength(3);
    expect(userTexts(fixture.server.requests[2]!).at(-1)).toBe('Continue with an ordinary turn');
  });

  it('a failed goal turn rejects with TurnFailedError, blocks the goal, and the thread stays usable', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.failed('server_error', 'goal model failed'), responses.message('Recovered with an ordinary turn.'));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const error = await thread.runGoal('Fail this goal turn').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TurnFailedError);
    expect((error as Error).message).toContain('goal model failed');
    expect(await goalStatus(thread)).toBe('blocked');
    const followUp = await thread.run('Run after the goal failure');
    expect(followUp.finalResponse).toBe('Recovered with an ordinary turn.');
  });

  it('rejects invalid objectives before anything is sent, and ephemeral threads before any model request', async () => {
    const { fixture, codex } = await setup();
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const invalid = [
      ['   ', /must not be empty/],
      ['x'.repeat(4001), /at most 4000 characters/],
      [123, /must be a string/],
    ] as const;
    for (const [objective, message] of invalid) {
      const error = await thread.runGoal(objective as string).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidOptionsError);
      expect((error as InvalidOptionsError).option).toBe('objective');
      expect((error as Error).message).toMatch(message);
    }
    await expect(thread.runGoal('ok', { tokenBudget: -5 })).rejects.toMatchObject({ option: 'tokenBudget' });
    expect(listCodexProcesses(fixture.home.path)).toEqual([]);

    const ephemeral = codex.startThread({ cwd: fixture.home.workspace, ephemeral: true });
    await expect(ephemeral.runGoal('Persist this goal')).rejects.toThrow(/must be persisted/);
    expect(fixture.server.requests).toHaveLength(0);
  });
});
