import { describe, expect, it } from 'vitest';
import { plainSpec, protocolSpec, startSupervisor } from './support/dummyChildren.js';

describe('restart types (OTP semantics)', () => {
  describe('permanent', () => {
    it('is restarted after a crash, in place, with the next generation: at once the first time, after a backoff the second', () => {
      const h = startSupervisor({}, [protocolSpec('a')]);
      const before = h.child('a');
      h.child('a').send({ type: 'test.crash', error: new Error('boom') });
      expect(h.ofType('supervisor.restarting')).toEqual([{ type: 'supervisor.restarting', childId: 'a', generation: 2, delayMs: 0, attempt: 1 }]);
      h.clock.increment(0);
      expect(h.childState('a')).toBe('up');
      expect(h.child('a')).toBe(before); // same actor: the protocol restarts the resource, not the actor
      expect(h.ofType('supervisor.child_restarted')).toEqual([{ type: 'supervisor.child_restarted', childId: 'a', generation: 2 }]);
      expect(h.record('a')).toMatchObject({ status: 'running', generation: 2, restarts: 1 });

      h.child('a').send({ type: 'test.crash', error: new Error('boom again') });
      expect(h.ofType('supervisor.restarting')[1]).toEqual({ type: 'supervisor.restarting', childId: 'a', generation: 3, delayMs: 100, attempt: 2 });
      h.clock.increment(99);
      expect(h.childState('a')).toBe('restarting');
      h.clock.increment(1);
      expect(h.childState('a')).toBe('up');
      expect(h.record('a')).toMatchObject({ status: 'running', generation: 3, restarts: 2 });
    });

    it('is restarted even after a normal exit (a new actor)', () => {
      const h = startSupervisor({}, [protocolSpec('a')]);
      const before = h.child('a');
      h.child('a').send({ type: 'test.exit', reason: 'normal' });
      expect(h.ofType('supervisor.child_crashed')).toHaveLength(0);
      expect(h.ofType('supervisor.restarting')).toHaveLength(1);
      h.clock.increment(100);
      expect(h.child('a')).not.toBe(before);
      expect(h.childContext('a').generation).toBe(2);
      expect(h.record('a')?.status).toBe('running');
    });
  });

  describe('transient', () => {
    it('ends for good after a normal exit: removed, child_stopped, no restart', () => {
      const h = startSupervisor({}, [protocolSpec('a', { restart: 'transient' })]);
      h.child('a').send({ type: 'test.exit', reason: 'normal' });
      h.clock.increment(10_000);
      expect(h.ofType('supervisor.restarting')).toHaveLength(0);
      expect(h.ofType('supervisor.child_stopped')).toEqual([{ type: 'supervisor.child_stopped', childId: 'a', reason: 'normal' }]);
      expect(h.record('a')).toBeUndefined();
      expect(h.supervisor.system.get('thread:a')).toBeUndefined();
    });

    it('is restarted after an abnormal exit', () => {
      const h = startSupervisor({}, [protocolSpec('a', { restart: 'transient' })]);
      const error = new Error('unrecoverable');
      h.child('a').send({ type: 'test.exit', reason: { error } });
      expect(h.ofType('supervisor.child_crashed')).toEqual([{ type: 'supervisor.child_crashed', childId: 'a', generation: 1, error }]);
      h.clock.increment(100);
      expect(h.childContext('a').generation).toBe(2);
    });

    it('is restarted after a crash', () => {
      const h = startSupervisor({}, [protocolSpec('a', { restart: 'transient' })]);
      h.child('a').send({ type: 'test.crash', error: new Error('boom') });
      h.clock.increment(100);
      expect(h.record('a')).toMatchObject({ status: 'running', generation: 2 });
    });

    it('a plain child that throws is respawned', () => {
      const h = startSupervisor({}, [plainSpec('p', { restart: 'transient' })]);
      h.child('p').send({ type: 'test.throw', error: new Error('boom') });
      h.clock.increment(100);
      expect(h.record('p')).toMatchObject({ status: 'running', generation: 2 });
    });

    it('a plain child that finishes is not', () => {
      const h = startSupervisor({}, [plainSpec('p', { restart: 'transient' })]);
      h.child('p').send({ type: 'test.finish' });
      h.clock.increment(10_000);
      expect(h.record('p')).toBeUndefined();
      expect(h.ofType('supervisor.child_stopped')).toEqual([{ type: 'supervisor.child_stopped', childId: 'p', reason: 'normal' }]);
    });
  });

  describe('temporary', () => {
    it('is never restarted after a crash: it fails with the crash error', () => {
      const h = startSupervisor({}, [protocolSpec('a', { restart: 'temporary' })]);
      const error = new Error('boom');
      h.child('a').send({ type: 'test.crash', error });
      h.clock.increment(10_000);
      expect(h.ofType('supervisor.restarting')).toHaveLength(0);
      expect(h.ofType('supervisor.escalated')).toHaveLength(0);
      expect(h.ofType('supervisor.child_crashed')).toHaveLength(1);
      expect(h.childState('a')).toBe('failed');
      expect(h.childContext('a').error).toBe(error);
      expect(h.record('a')?.status).toBe('failed');
    });

    it('a plain temporary child that throws is left failed, its actor released', () => {
      const h = startSupervisor({}, [plainSpec('p', { restart: 'temporary' })]);
      h.child('p').send({ type: 'test.throw', error: new Error('boom') });
      h.clock.increment(10_000);
      expect(h.record('p')).toMatchObject({ status: 'failed', ref: undefined });
      expect(h.supervisor.getSnapshot().children).not.toHaveProperty('p');
    });

    it('ends for good after a normal exit', () => {
      const h = startSupervisor({}, [plainSpec('p', { restart: 'temporary' })]);
      h.child('p').send({ type: 'test.finish' });
      expect(h.record('p')).toBeUndefined();
    });

    it('a failed child can be replaced by starting a spec with the same id', () => {
      const h = startSupervisor({}, [protocolSpec('a', { restart: 'temporary' })]);
      h.child('a').send({ type: 'test.crash', error: new Error('boom') });
      const failedActor = h.child('a');
      h.supervisor.send({ type: 'supervisor.start_child', spec: protocolSpec('a', { restart: 'temporary' }) });
      expect(h.ofType('supervisor.child_start_rejected')).toHaveLength(0);
      expect(h.child('a')).not.toBe(failedActor);
      expect(h.childState('a')).toBe('up');
      expect(h.record('a')).toMatchObject({ status: 'running', generation: 2 });
    });
  });
});
