import { describe, expect, it } from 'vitest';
import { plainSpec, protocolSpec, startSupervisor } from './support/dummyChildren.js';

describe('stopping children and shutting down', () => {
  it('shutdown stops children newest first, one at a time, then completes', () => {
    const slow = { input: { stopDelayMs: 300 } };
    const h = startSupervisor({}, [protocolSpec('a', slow), plainSpec('b'), protocolSpec('c', slow)]);
    h.supervisor.send({ type: 'supervisor.shutdown' });

    // c is asked first; a is not asked until c (and then b) are gone.
    expect(h.childState('c')).toBe('stopping');
    expect(h.childState('a')).toBe('up');
    expect(h.supervisor.getSnapshot().value).toBe('shuttingDown');
    h.clock.increment(300);
    expect(h.ofType('supervisor.child_stopped').map((e) => e.childId)).toEqual(['c', 'b']);
    expect(h.childState('a')).toBe('stopping');
    h.clock.increment(300);

    expect(h.ofType('supervisor.child_stopped')).toEqual([
      { type: 'supervisor.child_stopped', childId: 'c', reason: 'shutdown' },
      { type: 'supervisor.child_stopped', childId: 'b', reason: 'shutdown' },
      { type: 'supervisor.child_stopped', childId: 'a', reason: 'shutdown' },
    ]);
    const snapshot = h.supervisor.getSnapshot();
    expect(snapshot.status).toBe('done');
    expect(snapshot.value).toBe('stopped');
    expect(snapshot.context.children.map((c) => c.status)).toEqual(['stopped', 'stopped', 'stopped']);
    expect(Object.keys(snapshot.children)).toEqual([]);
  });

  it('a child that does not stop within shutdownTimeoutMs is stopped forcibly', () => {
    const h = startSupervisor({}, [protocolSpec('a'), protocolSpec('hung', { shutdownTimeoutMs: 2000, input: { ignoreStop: true } })]);
    const hung = h.child('hung');
    h.supervisor.send({ type: 'supervisor.shutdown' });
    h.clock.increment(1999);
    expect(h.ofType('supervisor.child_stopped')).toHaveLength(0);
    expect(h.childState('a')).toBe('up');
    h.clock.increment(1);
    expect(h.ofType('supervisor.child_stopped')[0]).toEqual({ type: 'supervisor.child_stopped', childId: 'hung', reason: 'killed' });
    expect(hung.getSnapshot().status).toBe('stopped');
    h.clock.increment(0);
    expect(h.supervisor.getSnapshot().status).toBe('done');
  });

  it('no restarts happen during shutdown; pending respawns are dropped', () => {
    const h = startSupervisor({}, [plainSpec('p'), protocolSpec('a', { input: { stopDelayMs: 500 } })]);
    h.child('p').send({ type: 'test.throw', error: new Error('boom') }); // respawn due at t = 100
    h.supervisor.send({ type: 'supervisor.shutdown' });
    h.supervisor.send({ type: 'child.crashed', childId: 'a', generation: 1, error: new Error('crash while stopping') });
    h.clock.increment(100);
    expect(h.supervisor.system.get('thread:p')).toBeUndefined();
    h.clock.increment(500);
    expect(h.ofType('supervisor.restarting')).toHaveLength(1); // only p's, before the shutdown
    expect(h.supervisor.getSnapshot().status).toBe('done');
    expect(h.supervisor.system.get('thread:p')).toBeUndefined();
  });

  it('refuses new children while shutting down', () => {
    const h = startSupervisor({}, [protocolSpec('a', { input: { stopDelayMs: 100 } })]);
    h.supervisor.send({ type: 'supervisor.shutdown' });
    h.supervisor.send({ type: 'supervisor.start_child', spec: protocolSpec('late') });
    expect(h.ofType('supervisor.child_start_rejected').map((e) => e.childId)).toEqual(['late']);
    expect(h.supervisor.system.get('thread:late')).toBeUndefined();
  });

  it('shutdown with no children completes at once', () => {
    const h = startSupervisor();
    h.supervisor.send({ type: 'supervisor.shutdown' });
    expect(h.supervisor.getSnapshot().status).toBe('done');
  });

  it('stop_child stops one child gracefully and forgets it; its siblings keep running', () => {
    const h = startSupervisor({}, [protocolSpec('a', { input: { stopDelayMs: 50 } }), protocolSpec('b')]);
    h.supervisor.send({ type: 'supervisor.stop_child', id: 'a' });
    expect(h.record('a')?.status).toBe('stopping');
    h.clock.increment(50);
    expect(h.record('a')).toBeUndefined();
    expect(h.supervisor.system.get('thread:a')).toBeUndefined();
    expect(h.ofType('supervisor.child_stopped')).toEqual([{ type: 'supervisor.child_stopped', childId: 'a', reason: 'shutdown' }]);
    expect(h.ofType('supervisor.restarting')).toHaveLength(0); // a permanent child stopped on request is not restarted
    expect(h.childState('b')).toBe('up');
    // The id is free again.
    h.supervisor.send({ type: 'supervisor.start_child', spec: protocolSpec('a') });
    expect(h.childState('a')).toBe('up');
  });

  it('stop_child on a child waiting for its respawn cancels the respawn', () => {
    const h = startSupervisor({}, [plainSpec('p')]);
    h.child('p').send({ type: 'test.throw', error: new Error('boom') });
    h.supervisor.send({ type: 'supervisor.stop_child', id: 'p' });
    // The timer itself is gone (not merely ignored when it fires).
    expect(Object.keys(h.supervisor.system.getSnapshot()._scheduledEvents)).toEqual([]);
    h.clock.increment(10_000);
    expect(h.supervisor.system.get('thread:p')).toBeUndefined();
    expect(h.record('p')).toBeUndefined();
  });

  it('stop_child on a failed child releases it', () => {
    const h = startSupervisor({}, [protocolSpec('t', { restart: 'temporary' })]);
    h.child('t').send({ type: 'test.crash', error: new Error('boom') });
    const failed = h.child('t');
    h.supervisor.send({ type: 'supervisor.stop_child', id: 't' });
    expect(h.record('t')).toBeUndefined();
    expect(failed.getSnapshot().status).toBe('stopped');
    expect(h.supervisor.system.get('thread:t')).toBeUndefined();
  });
});
