import { describe, expect, it } from 'vitest';
import { setup } from 'xstate';
import { plainSpec, protocolSpec, startSupervisor } from './support/dummyChildren.js';

describe('XState child errors are crashes', () => {
  it('a plain child machine that throws is respawned from its spec with a new generation and the same system id', () => {
    const h = startSupervisor({}, [plainSpec('p')]);
    const first = h.child('p');
    const error = new Error('thrown in an action');
    first.send({ type: 'test.throw', error });

    expect(first.getSnapshot().status).toBe('error');
    expect(h.ofType('supervisor.child_crashed')).toEqual([{ type: 'supervisor.child_crashed', childId: 'p', generation: 1, error }]);
    expect(h.ofType('supervisor.restarting')).toEqual([{ type: 'supervisor.restarting', childId: 'p', generation: 2, delayMs: 0, attempt: 1 }]);
    // Between the crash and the respawn the dead actor is gone from the system and the supervisor.
    expect(h.supervisor.system.get('thread:p')).toBeUndefined();
    expect(h.supervisor.getSnapshot().children).not.toHaveProperty('p');
    expect(h.record('p')?.status).toBe('restarting');

    h.clock.increment(0);
    const second = h.child('p');
    expect(second).not.toBe(first);
    expect(second.id).toBe('p');
    expect(second.getSnapshot().status).toBe('active');
    expect((second.getSnapshot() as { context: { generation: number; childId: string } }).context).toEqual({ childId: 'p', generation: 2 });
    expect((h.supervisor.getSnapshot().children as Record<string, unknown>).p).toBe(second);
    expect(h.ofType('supervisor.child_restarted')).toEqual([{ type: 'supervisor.child_restarted', childId: 'p', generation: 2 }]);
    expect(h.supervisor.getSnapshot().status).toBe('active');
  });

  it('a protocol child whose machine throws is respawned too (its actor is dead, a restart message would be lost)', () => {
    const h = startSupervisor({}, [protocolSpec('a')]);
    const first = h.child('a');
    first.send({ type: 'test.throw', error: new Error('bug') });
    h.clock.increment(100);
    expect(h.child('a')).not.toBe(first);
    expect(h.childContext('a').generation).toBe(2);
    expect(h.childState('a')).toBe('up');
  });

  it('a child whose initial state throws is retried, then given up on, without erroring the supervisor', () => {
    const h = startSupervisor({ maxRestarts: 2 });
    const brokenSpec = plainSpec('b');
    h.supervisor.send({ type: 'supervisor.start_child', spec: { ...brokenSpec, input: { boom: true }, logic: brokenLogic } });
    // SimulatedClock: a timer set while timers fire starts at the new "now",
    // so each respawn needs its own step.
    for (let i = 0; i < 5; i++) h.clock.increment(1000);
    expect(h.ofType('supervisor.restarting')).toHaveLength(2);
    expect(h.ofType('supervisor.escalated')).toHaveLength(1);
    expect(h.record('b')).toMatchObject({ status: 'failed', generation: 3 });
    expect(h.supervisor.getSnapshot().status).toBe('active');
  });
});

const brokenLogic = setup({}).createMachine({
  context: () => {
    throw new Error('cannot initialise');
  },
});
