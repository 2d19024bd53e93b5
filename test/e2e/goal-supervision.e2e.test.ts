/**
 * Goals under supervision: each turn codex runs for a goal is a turn actor of
 * the thread (state `connected.goalActive`), so its server requests reach the
 * thread's handlers, `thread.state$` and inspectors show it, its events carry
 * the goal id and continuation, and a crash mid-goal ends with the goal
 * resumed under the same handle and bounds.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnyActorRef, InspectionEvent } from 'xstate';
import { z } from 'zod';
import { GoalLimitError, TransportClosedError, defineTool, type ApprovalRequest, type Thread, type ThreadEvent, type ThreadItem, type ThreadSnapshot, type TurnResult } from '../../src/index.js';
import { createGate, functionCallOutputs, responses, sse, type RecordedRequest } from '../../src/testing/index.js';
import { killHard } from '../support/runtimeHelpers.js';
import { useScriptedCodex } from '../support/useScriptedCodex.js';

const setup = useScriptedCodex({ codex: { supervisor: { backoff: { initialDelayMs: 10, jitter: 0 } } } });

function record(thread: Thread): { events: ThreadEvent[]; states: ThreadSnapshot[] } {
  const events: ThreadEvent[] = [];
  const states: ThreadSnapshot[] = [];
  thread.events$.subscribe((e) => events.push(e));
  thread.state$.subscribe((s) => states.push(s));
  return { events, states };
}

function agentTexts(items: readonly ThreadItem[]): string[] {
  return items.flatMap((i) => (i.type === 'agent_message' ? [i.text] : []));
}

/** Completes the goal unless this request already carries the completion's output; then answers `text`. */
const completeThen = (text: string) => (request: RecordedRequest) =>
  functionCallOutputs(request).some((o) => o.callId === 'call_complete')
    ? responses.message(text)
    : responses.functionCall('update_goal', { status: 'complete' }, { callId: 'call_complete' });

describe('goals under supervision', () => {
  it("a continuation turn's tool call and approval go to the thread's handlers; the chart, state$ and inspector show the goal", async () => {
    const inspected: InspectionEvent[] = [];
    const { fixture, newCodex } = await setup();
    const codex = newCodex({ inspect: (e: InspectionEvent) => inspected.push(e) });
    const calls: unknown[] = [];
    const approvals: ApprovalRequest[] = [];
    const tool = defineTool({
      name: 'lookup_ticket',
      description: 'Fetch a support ticket by id',
      parameters: z.object({ id: z.string() }),
      execute: async ({ id }) => (calls.push(id), `Ticket ${id} is OPEN`),
    });
    fixture.server.enqueue(
      responses.message('First pass.'),
      responses.dynamicToolCall('lookup_ticket', { id: 'ABC-1' }, { callId: 'call_t1' }),
      responses.shellCall('touch goal.txt && echo created', { callId: 'call_a1', sandboxPermissions: 'require_escalated', justification: 'write the file' }),
      responses.functionCall('update_goal', { status: 'complete' }),
      responses.message('Goal done.'),
    );
    const thread = codex.startThread({
      cwd: fixture.home.workspace,
      sandbox: 'read-only',
      approvalMode: 'ask',
      tools: [tool],
      onApproval: (request) => (approvals.push(request), 'accept'),
    });
    const { events, states } = record(thread);
    const result = await thread.runGoal('Handle ticket ABC-1');
    expect(result).toMatchObject({ status: 'completed', finalResponse: 'Goal done.' });

    // Handlers: the tool ran and its output reached the model; the approval was asked and honoured.
    expect(calls).toEqual(['ABC-1']);
    expect(functionCallOutputs(fixture.server.requests[2]!)).toContainEqual(expect.objectContaining({ callId: 'call_t1', output: 'Ticket ABC-1 is OPEN' }));
    expect(approvals).toHaveLength(1);
    expect(approvals[0]!.command).toContain('touch goal.txt');
    expect(existsSync(path.join(fixture.home.workspace, 'goal.txt'))).toBe(true);

    // The chart: the goal is a thread state, its turns are turn actors with the usual states.
    const threadStates = states.map((s) => s.state);
    expect(threadStates).toContain('connected.goalActive.between');
    expect(threadStates).toContain('connected.goalActive.continuing');
    expect(states.find((s) => s.goal?.continuation === 1)).toMatchObject({ state: 'connected.goalActive.continuing', goal: { id: result.id, continuation: 1 } });
    expect(states.map((s) => s.turnState)).toEqual(expect.arrayContaining(['active.running', 'active.runningTool', 'active.awaitingApproval']));
    expect(thread.state).toMatchObject({ state: 'connected.ready', goal: null });

    // Events: every goal event carries the goal id and its turn's continuation number.
    const goalEvents = events.filter((e) => e.meta?.goalId !== undefined);
    expect(goalEvents.every((e) => e.meta!.goalId === result.id && e.meta!.turnId === result.id)).toBe(true);
    expect(events.find((e) => e.type === 'tool.called')?.meta).toMatchObject({ goalId: result.id, continuation: 1 });
    expect(events.find((e) => e.type === 'approval.requested')?.meta).toMatchObject({ goalId: result.id, continuation: 1 });
    expect(events.find((e) => e.type === 'item.completed' && e.item.type === 'agent_message' && e.item.text === 'First pass.')?.meta).toMatchObject({ continuation: 0 });

    // The inspector sees the thread actor in goalActive with the goal in its summary, and a turn actor per continuation.
    const threadSnapshots = inspected.filter((e) => e.type === '@xstate.snapshot' && (e.actorRef as AnyActorRef).id.startsWith('thread:')).map((e) => JSON.parse(JSON.stringify((e as { snapshot: unknown }).snapshot)) as { value: unknown; context: { goal: unknown } });
    expect(threadSnapshots.some((s) => JSON.stringify(s.value) === JSON.stringify({ connected: { goalActive: 'continuing' } }) && (s.context.goal as { goalId: string } | null)?.goalId === result.id)).toBe(true);
    const turnActors = inspected.filter((e) => e.type === '@xstate.actor' && (e.actorRef as AnyActorRef).id === 'turn');
    expect(turnActors).toHaveLength(2);
  });

  it('a crash during a continuation turn: the thread restarts, codex resumes the goal under the same handle, bounds still apply', async () => {
    const { fixture, codex } = await setup();
    const held = createGate();
    fixture.server.enqueue(
      responses.message('Turn one.'),
      responses.stream([sse.message('cut off', { stream: true })], { gate: held }),
      responses.message('Resumed one.'),
      responses.message('Resumed two.'),
    );
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const { events, states } = record(thread);
    const goal = await thread.startGoal('Survive a crash', { maxTurns: 4 });
    const goalEvents: ThreadEvent[] = [];
    goal.events$.subscribe((e) => goalEvents.push(e));
    await held.reached;
    const pid = killHard(thread.processId);
    const error = await goal.result().catch((e: unknown) => e);
    // The cut-off turn counts: 4 turns ran, 4 model requests were made, then the goal was paused.
    expect(error).toBeInstanceOf(GoalLimitError);
    expect(error).toMatchObject({ limit: 'maxTurns', turns: 4 });
    expect(agentTexts(((error as GoalLimitError).result as TurnResult).items)).toEqual(['Turn one.', 'Resumed one.', 'Resumed two.']);
    expect(fixture.server.requests).toHaveLength(4);
    expect(thread.processId).not.toBe(pid);
    expect(events.some((e) => e.type === 'thread.restarted')).toBe(true);
    // The resumed turns' events reached the goal's handle, from the new generation, numbered on.
    expect(goalEvents.find((e) => e.type === 'item.completed' && e.item.type === 'agent_message' && e.item.text === 'Resumed two.')?.meta).toMatchObject({ goalId: goal.id, continuation: 3, generation: goalEvents[0]!.meta!.generation + 1 });
    const afterRestart = states.slice(states.findIndex((s) => s.state.startsWith('restarting')));
    expect(afterRestart.map((s) => s.state)).toContain('connected.goalActive.continuing');
    expect(thread.state).toMatchObject({ state: 'connected.ready', goal: null });
    fixture.server.enqueue(responses.message('Ordinary turn.'));
    expect((await thread.run('Anything else?')).finalResponse).toBe('Ordinary turn.');
  });

  it('a crash between continuation turns: the restarted thread resumes the goal and runGoal resolves with its result', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.message('Before the crash.'), ...Array.from({ length: 4 }, () => completeThen('Done after the restart.')));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const { events } = record(thread);
    let killed = false;
    thread.notifications$.subscribe((n) => {
      // The first turn just ended; codex has not run the next one yet.
      if (!killed && n.method === 'turn/completed') killed = (killHard(thread.processId), true);
    });
    const result = await thread.runGoal('Survive a crash between turns');
    expect(killed).toBe(true);
    expect(events.some((e) => e.type === 'thread.restarted')).toBe(true);
    expect(result).toMatchObject({ status: 'completed', finalResponse: 'Done after the restart.' });
    expect(agentTexts(result.items)).toEqual(['Before the crash.', 'Done after the restart.']);
    expect(thread.state).toMatchObject({ state: 'connected.ready', goal: null });
  });

  it('codex runs goal turns in Default mode: it refuses request_user_input itself, even on a plan-mode thread (docs/codex-quirks.md)', async () => {
    const { fixture, codex } = await setup();
    const asked: string[] = [];
    const question = { questions: [{ id: 'color', header: 'Color', question: 'Which color?', options: [{ label: 'Red', description: 'warm' }, { label: 'Blue', description: 'calm' }] }] };
    fixture.server.enqueue(
      responses.message('First pass.'),
      responses.functionCall('request_user_input', question, { callId: 'call_ask' }),
      responses.functionCall('update_goal', { status: 'complete' }),
      responses.message('Blue it is.'),
    );
    const thread = codex.startThread({
      cwd: fixture.home.workspace,
      model: fixture.home.model,
      collaborationMode: 'plan',
      onUserInput: (request) => (asked.push(request.questions[0]!.question), { color: 'Blue' }),
    });
    const result = await thread.runGoal('Pick a color');
    expect(result.finalResponse).toBe('Blue it is.');
    // No server request reached us: codex answered the model itself.
    expect(asked).toEqual([]);
    const [output] = functionCallOutputs(fixture.server.requests[2]!).filter((o) => o.callId === 'call_ask');
    expect(output!.output).toMatch(/request_user_input is unavailable in Default mode/);
  });

  it('closing the thread mid-goal rejects runGoal with TransportClosedError and leaves no process behind', async () => {
    const { fixture, codex } = await setup();
    const held = createGate();
    fixture.server.enqueue(responses.message('Turn one.'), responses.stream([sse.message('held', { stream: true })], { gate: held }));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const pending = thread.runGoal('Be closed').catch((e: unknown) => e);
    await held.reached;
    await thread.close();
    expect(await pending).toBeInstanceOf(TransportClosedError);
    // The fixture's disposal fails the test if a codex process outlived it.
  });
});
