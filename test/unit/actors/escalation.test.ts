import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock, type AnyActorRef } from 'xstate';
import { supervisorMachine } from '../../../actors/supervisorMachine.js';
import { SupervisorEscalationError } from '../../../src/errors/index.js';
import { plainSpec, protocolSpec, startSupervisor } from './support/dummyChildren.js';

/** Crash protocol child `id` and let its backoff run out. */
function crashAndRecover(h: ReturnType<typeof startSupervisor>, id: string, error = new Error('boom')) {
  h.child(id).send({ type: 'test.crash', error });
  h.clock.increment(1000);
}

describe('escalation when restart intensity is exceeded', () => {
  it('fails the child after maxRestarts restarts in the window, emits supervisor.escalated, and restarts no more', () => {
    const h = startSupervisor({ maxRestarts: 3, withinMs: 5000 }, [protocolSpec('a')]);
    for (let i = 0; i < 3; i++) crashAndRecover(h, 'a'); // t = 0, 1000, 2000
    expect(h.ofType('supervisor.restarting')).toHaveLength(3);
    expect(h.childState('a')).toBe('up');

    const last = new Error('fourth crash');
    h.child('a').send({ type: 'test.crash', error: last }); // t = 3000: 4th crash inside 5 s

    const [escalated] = h.ofType('supervisor.escalated');
    expect(escalated).toMatchObject({ childIds: ['a'], restarts: 3, withinMs: 5000 });
    expect(escalated!.error).toBeInstanceOf(SupervisorEscalationError);
    expect(escalated!.error.cause).toBe(last);
    expect(escalated!.error.childIds).toEqual(['a']);

    // The child got the error and sits in `failed`, rejecting work.
    expect(h.childState('a')).toBe('failed');
    expect(h.childContext('a').error).toBe(escalated!.error);
    h.child('a').send({ type: 'work', payload: 'late' });
    expect(h.childContext('a').rejected).toBe(1);
    expect(h.record('a')?.status).toBe('failed');

    // No respawn loop: time passes, nothing restarts; late crash reports are ignored.
    const restartsBefore = h.ofType('supervisor.restarting').length;
    h.clock.increment(60_000);
    h.supervisor.send({ type: 'child.crashed', childId: 'a', generation: h.record('a')!.generation, error: new Error('again') });
    h.clock.increment(60_000);
    expect(h.ofType('supervisor.restarting')).toHaveLength(restartsBefore);
    expect(h.childContext('a').resourceStarts).toEqual([1, 2, 3, 4]);
    expect(h.supervisor.getSnapshot().status).toBe('active');
  });

  it('does not escalate when crashes are spread wider than the window', () => {
    const h = startSupervisor({ maxRestarts: 2, withinMs: 1000 }, [protocolSpec('a')]);
    for (let i = 0; i < 6; i++) {
      h.child('a').send({ type: 'test.crash', error: new Error(`crash ${i}`) });
      h.clock.increment(600); // restarts at 0, 600, 1200…: never 3 within 1000 ms
    }
    expect(h.ofType('supervisor.escalated')).toHaveLength(0);
    expect(h.ofType('supervisor.child_restarted')).toHaveLength(6);
    expect(h.childState('a')).toBe('up');
  });

  it('maxRestarts 0 escalates on the first crash', () => {
    const h = startSupervisor({ maxRestarts: 0 }, [protocolSpec('a')]);
    h.child('a').send({ type: 'test.crash', error: new Error('boom') });
    expect(h.ofType('supervisor.escalated')).toHaveLength(1);
    expect(h.ofType('supervisor.restarting')).toHaveLength(0);
    expect(h.childState('a')).toBe('failed');
  });

  it('one_for_all: every restarted child fails together', () => {
    const h = startSupervisor({ strategy: 'one_for_all', maxRestarts: 1 }, [protocolSpec('a'), protocolSpec('b'), plainSpec('c')]);
    crashAndRecover(h, 'a');
    expect(h.ofType('supervisor.restarting').map((e) => e.childId)).toEqual(['a', 'b', 'c']);
    h.child('b').send({ type: 'test.crash', error: new Error('b died') });

    const [escalated] = h.ofType('supervisor.escalated');
    expect(escalated?.childIds).toEqual(['a', 'b', 'c']);
    expect(h.childState('a')).toBe('failed');
    expect(h.childState('b')).toBe('failed');
    // A plain child cannot hold a failed state: its actor is stopped and unregistered.
    expect(h.supervisor.system.get('thread:c')).toBeUndefined();
    expect(h.supervisor.getSnapshot().context.children.map((c) => c.status)).toEqual(['failed', 'failed', 'failed']);
    h.clock.increment(60_000);
    expect(h.supervisor.system.get('thread:c')).toBeUndefined();
  });

  it('a plain child that keeps throwing is respawned maxRestarts times, then left failed', () => {
    const h = startSupervisor({ maxRestarts: 2 }, [plainSpec('p')]);
    for (let i = 0; i < 2; i++) {
      h.child('p').send({ type: 'test.throw', error: new Error(`throw ${i}`) });
      h.clock.increment(1000);
    }
    expect(h.record('p')?.generation).toBe(3);
    h.child('p').send({ type: 'test.throw', error: new Error('last') });
    expect(h.ofType('supervisor.escalated')[0]?.childIds).toEqual(['p']);
    h.clock.increment(60_000);
    expect(h.supervisor.system.get('thread:p')).toBeUndefined();
    expect(h.record('p')).toMatchObject({ status: 'failed', generation: 3, restarts: 2 });
    expect(h.supervisor.getSnapshot().children).not.toHaveProperty('p');
  });

  it('the intensity window runs on the actor system clock, also without createSupervisor', () => {
    const clock = new SimulatedClock();
    const supervisor = createActor(supervisorMachine, { clock, input: { options: { maxRestarts: 2, withinMs: 5000 }, children: [protocolSpec('a')] } }).start();
    const escalations: unknown[] = [];
    supervisor.on('supervisor.escalated', (e) => escalations.push(e));
    for (let i = 0; i < 5; i++) {
      (supervisor.system.get('thread:a') as AnyActorRef).send({ type: 'test.crash', error: new Error('boom') });
      clock.increment(3000); // at most 2 restarts in any 5 s of simulated time (wall time barely moves)
    }
    expect(escalations).toEqual([]);
    expect(supervisor.getSnapshot().context.children[0]).toMatchObject({ status: 'running', generation: 6 });
  });
});
