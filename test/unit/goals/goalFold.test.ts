import { describe, expect, it } from 'vitest';
import { TurnAccumulator } from '../../../machines/turn/turnAccumulator.js';
import { GoalFold, type GoalEnd } from '../../../src/goals/goalFold.js';

/** An accumulator that saw one completed turn with one agent message. */
function turn(id: string, status: 'completed' | 'failed' | 'interrupted', text = `text of ${id}`): TurnAccumulator {
  const acc = new TurnAccumulator(() => undefined);
  acc.adoptTurn({ id });
  acc.apply('item/completed', { turnId: id, item: { type: 'agentMessage', id: `msg-${id}`, text } });
  acc.apply('turn/completed', { turn: { id, status, error: status === 'failed' ? { message: 'boom' } : null } });
  return acc;
}

const goal = (status: string) => ({ goal: { status } });

function fold(): { fold: GoalFold; ends: GoalEnd[] } {
  const ends: GoalEnd[] = [];
  return { fold: new GoalFold((end) => ends.push(end)), ends };
}

describe('GoalFold', () => {
  it('ends once no turn runs and the goal is terminal, in either order of the two', () => {
    const a = fold();
    a.fold.turnStarted('t0', 1);
    a.fold.applyGoal('thread/goal/updated', goal('complete'));
    expect(a.ends).toEqual([]); // the turn still runs
    a.fold.turnEnded('completed', turn('t0', 'completed'));
    expect(a.ends).toEqual([{ status: 'completed', error: null }]);

    const b = fold();
    b.fold.turnStarted('t0', 1);
    b.fold.turnEnded('completed', turn('t0', 'completed'));
    expect(b.ends).toEqual([]); // active: codex continues
    b.fold.turnStarted('t1', 2);
    b.fold.turnEnded('completed', turn('t1', 'completed'));
    b.fold.applyGoal('thread/goal/updated', goal('paused'));
    expect(b.ends).toEqual([{ status: 'completed', error: null }]);
    expect(b.fold).toMatchObject({ logicalId: 't0', turns: 2, startedAt: 1 });
    expect(b.fold.items.map((i) => (i.type === 'agent_message' ? i.text : ''))).toEqual(['text of t0', 'text of t1']);
  });

  it('a crashed turn gives no verdict: the goal goes on with the next turn codex starts after the resume', () => {
    const { fold: f, ends } = fold();
    f.turnStarted('t0', 1);
    f.turnEnded('crashed', new TurnAccumulator(() => undefined));
    f.applyGoal('thread/goal/updated', goal('active'));
    expect(ends).toEqual([]);
    f.turnStarted('t1', 2);
    f.applyGoal('thread/goal/updated', goal('complete'));
    f.turnEnded('completed', turn('t1', 'completed'));
    expect(ends).toEqual([{ status: 'completed', error: null }]);
    expect(f.turns).toBe(2);
  });

  it('an interrupted turn ends the goal at once; a failed one once codex blocks the goal', () => {
    const a = fold();
    a.fold.turnStarted('t0', 1);
    a.fold.turnEnded('interrupted', turn('t0', 'interrupted'));
    expect(a.ends).toEqual([{ status: 'interrupted', error: null }]);

    const b = fold();
    b.fold.turnStarted('t0', 1);
    b.fold.turnEnded('failed', turn('t0', 'failed'));
    b.fold.applyGoal('thread/goal/updated', goal('blocked'));
    expect(b.ends).toMatchObject([{ status: 'failed', error: { message: 'boom' } }]);
  });

  it('remembers that the model completed the goal even if a later pause overwrote the status', () => {
    const { fold: f } = fold();
    f.turnStarted('t0', 1);
    f.applyGoal('thread/goal/updated', goal('complete'));
    f.applyGoal('thread/goal/updated', goal('paused'));
    expect(f.sawComplete).toBe(true);
  });

  it('publishes only the first turn.started and sums token usage across turns', () => {
    const { fold: f } = fold();
    expect(f.view({ type: 'turn.started' }, 0)).toEqual({ type: 'turn.started' });
    expect(f.view({ type: 'turn.started' }, 1)).toBeNull();
    f.turnStarted('t0', 1);
    const first = turn('t0', 'completed');
    first.usage.input_tokens = 10;
    f.turnEnded('completed', first);
    const usage = { input_tokens: 5, cached_input_tokens: 0, cache_write_input_tokens: 0, output_tokens: 1, reasoning_output_tokens: 0 };
    expect(f.view({ type: 'token_usage.updated', turn: usage, total: usage } as never, 1)).toMatchObject({ turn: { input_tokens: 15, output_tokens: 1 } });
  });
});
