import { describe, expect, it } from 'vitest';
import { plainSpec, protocolSpec, startSupervisor } from './support/dummyChildren.js';

describe('generations', () => {
  it('numbers every (re)start: 1 at spawn, +1 per restart, passed to the child', () => {
    const h = startSupervisor({ withinMs: 100 }, [protocolSpec('a'), plainSpec('p')]);
    expect(h.ofType('supervisor.child_started').map((e) => [e.childId, e.generation])).toEqual([
      ['a', 1],
      ['p', 1],
    ]);
    for (let i = 0; i < 3; i++) {
      h.child('a').send({ type: 'test.crash', error: new Error('boom') });
      h.child('p').send({ type: 'test.throw', error: new Error('boom') });
      h.clock.increment(1000);
    }
    expect(h.childContext('a').resourceStarts).toEqual([1, 2, 3, 4]);
    expect((h.child('p').getSnapshot() as { context: { generation: number } }).context.generation).toBe(4);
  });

  it('ignores a crash report from a dead generation, during and after the restart', () => {
    const h = startSupervisor({}, [protocolSpec('a')]);
    h.child('a').send({ type: 'test.crash', error: new Error('boom') });
    // A duplicate report of generation 1 while generation 2 is coming up.
    h.supervisor.send({ type: 'child.crashed', childId: 'a', generation: 1, error: new Error('late') });
    h.clock.increment(100);
    // …and after it is up.
    h.supervisor.send({ type: 'child.crashed', childId: 'a', generation: 1, error: new Error('later') });
    h.clock.increment(10_000);
    expect(h.ofType('supervisor.child_crashed')).toHaveLength(1);
    expect(h.ofType('supervisor.restarting')).toHaveLength(1);
    expect(h.record('a')).toMatchObject({ status: 'running', generation: 2, restarts: 1 });
  });

  it('ignores child.restarted for a generation that was superseded', () => {
    const h = startSupervisor({}, [protocolSpec('a')]);
    h.child('a').send({ type: 'test.crash', error: new Error('boom') }); // → generation 2
    h.supervisor.send({ type: 'child.restarted', childId: 'a', generation: 1 });
    expect(h.record('a')?.status).toBe('restarting');
    expect(h.ofType('supervisor.child_restarted')).toHaveLength(0);
    h.clock.increment(100);
    expect(h.ofType('supervisor.child_restarted')).toEqual([{ type: 'supervisor.child_restarted', childId: 'a', generation: 2 }]);
  });

  it('a restart that fails to come up is a crash of the new generation, with growing backoff', () => {
    const h = startSupervisor({}, [protocolSpec('a', { input: { failingGenerations: [2, 3] } })]);
    h.child('a').send({ type: 'test.crash', error: new Error('boom') });
    h.clock.increment(0); // generation 2 (immediate) fails to start
    h.clock.increment(100); // generation 3 (after 100 ms) fails to start
    expect(h.ofType('supervisor.restarting').map((e) => [e.generation, e.delayMs, e.attempt])).toEqual([
      [2, 0, 1],
      [3, 100, 2],
      [4, 200, 3],
    ]);
    expect(h.childState('a')).toBe('restarting');
    h.clock.increment(199);
    expect(h.childState('a')).toBe('restarting');
    h.clock.increment(1);
    expect(h.childState('a')).toBe('up');
    expect(h.childContext('a').resourceStarts).toEqual([1, 4]);
  });

  it('a newer restart supersedes one still in its backoff', () => {
    const h = startSupervisor({ strategy: 'one_for_all' }, [protocolSpec('a'), protocolSpec('b')]);
    h.child('a').send({ type: 'test.crash', error: new Error('a died') }); // both: generation 2, at once
    h.clock.increment(0);
    h.child('a').send({ type: 'test.crash', error: new Error('a died again') }); // both: generation 3, after 100 ms
    h.clock.increment(50);
    h.supervisor.send({ type: 'child.crashed', childId: 'b', generation: 3, error: new Error('b died while restarting') });
    h.clock.increment(60); // the second restart's timer (t = 100) must not bring generation 3 up
    expect(h.childContext('a').resourceStarts).toEqual([1, 2]);
    h.clock.increment(200);
    expect(h.childContext('a').resourceStarts).toEqual([1, 2, 4]);
    expect(h.childContext('b').resourceStarts).toEqual([1, 2, 4]);
    expect(h.supervisor.getSnapshot().context.children.map((c) => [c.generation, c.status])).toEqual([
      [4, 'running'],
      [4, 'running'],
    ]);
  });

  it('ignores a due respawn for another generation', () => {
    const h = startSupervisor({}, [plainSpec('p')]);
    h.child('p').send({ type: 'test.throw', error: new Error('boom') }); // respawn of generation 2 scheduled
    h.supervisor.send({ type: 'supervisor.respawn_due', childId: 'p', generation: 7 });
    expect(h.supervisor.system.get('thread:p')).toBeUndefined();
    h.clock.increment(100);
    expect(h.record('p')).toMatchObject({ status: 'running', generation: 2 });
  });

  it('ignores an actor error event that is not about the current actor, and does not error itself', () => {
    const h = startSupervisor({}, [protocolSpec('a')]);
    h.supervisor.send({ type: 'xstate.error.actor.a', actorId: 'a', error: new Error('stale') });
    h.supervisor.send({ type: 'xstate.error.actor.ghost', actorId: 'ghost', error: new Error('unknown child') });
    expect(h.supervisor.getSnapshot().status).toBe('active');
    expect(h.ofType('supervisor.child_crashed')).toHaveLength(0);
    expect(h.record('a')?.status).toBe('running');
  });
});
