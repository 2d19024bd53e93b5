import { describe, expect, it } from 'vitest';
import { plainSpec, protocolSpec, startSupervisor } from './support/dummyChildren.js';

const four = () => [protocolSpec('a'), protocolSpec('b'), plainSpec('c'), protocolSpec('d')];

describe('strategies on a running supervisor', () => {
  it('rest_for_one restarts the crashed child and every younger one, in start order; older ones are untouched', () => {
    const h = startSupervisor({ strategy: 'rest_for_one' }, four());
    const plainBefore = h.child('c');
    h.child('b').send({ type: 'test.crash', error: new Error('b died') });

    expect(h.ofType('supervisor.restarting').map((e) => [e.childId, e.generation])).toEqual([
      ['b', 2],
      ['c', 2],
      ['d', 2],
    ]);
    // Younger protocol siblings tear their resource down at once and queue.
    expect(h.childState('d')).toBe('restarting');
    // The plain sibling's actor is stopped and respawned after the backoff.
    expect(h.supervisor.system.get('thread:c')).toBeUndefined();
    expect(h.childState('a')).toBe('up');

    h.clock.increment(100);
    expect(h.child('c')).not.toBe(plainBefore);
    expect(h.supervisor.getSnapshot().context.children.map((c) => [c.spec.id, c.generation, c.status])).toEqual([
      ['a', 1, 'running'],
      ['b', 2, 'running'],
      ['c', 2, 'running'],
      ['d', 2, 'running'],
    ]);
    expect(h.childContext('a').resourceStarts).toEqual([1]);
    expect(h.childContext('d').resourceStarts).toEqual([1, 2]);
  });

  it('rest_for_one: a crash of the youngest child restarts only it', () => {
    const h = startSupervisor({ strategy: 'rest_for_one' }, four());
    h.child('d').send({ type: 'test.crash', error: new Error('d died') });
    expect(h.ofType('supervisor.restarting').map((e) => e.childId)).toEqual(['d']);
  });

  it('rest_for_one uses start order, including children started later by command', () => {
    const h = startSupervisor({ strategy: 'rest_for_one' }, [protocolSpec('a')]);
    h.supervisor.send({ type: 'supervisor.start_child', spec: protocolSpec('z') });
    h.supervisor.send({ type: 'supervisor.start_child', spec: protocolSpec('m') });
    h.child('z').send({ type: 'test.crash', error: new Error('z died') });
    expect(h.ofType('supervisor.restarting').map((e) => e.childId)).toEqual(['z', 'm']);
  });

  it('one_for_one restarts only the crashed child', () => {
    const h = startSupervisor({ strategy: 'one_for_one' }, four());
    h.child('b').send({ type: 'test.crash', error: new Error('b died') });
    expect(h.ofType('supervisor.restarting').map((e) => e.childId)).toEqual(['b']);
    expect(h.childState('d')).toBe('up');
  });

  it('one_for_all restarts every child with one shared backoff delay', () => {
    const h = startSupervisor({ strategy: 'one_for_all' }, four());
    h.child('d').send({ type: 'test.crash', error: new Error('d died') });
    expect(h.ofType('supervisor.restarting').map((e) => [e.childId, e.delayMs])).toEqual([
      ['a', 0],
      ['b', 0],
      ['c', 0],
      ['d', 0],
    ]);
    h.clock.increment(0);
    h.child('b').send({ type: 'test.crash', error: new Error('b died') });
    const again = h.ofType('supervisor.restarting').slice(4);
    expect(again.map((e) => e.childId)).toEqual(['a', 'b', 'c', 'd']);
    expect(new Set(again.map((e) => e.delayMs))).toEqual(new Set([100]));
  });

  it('a temporary sibling taken down by the strategy is stopped, not restarted', () => {
    const h = startSupervisor({ strategy: 'one_for_all' }, [protocolSpec('a'), protocolSpec('t', { restart: 'temporary' })]);
    h.child('a').send({ type: 'test.crash', error: new Error('a died') });
    expect(h.ofType('supervisor.restarting').map((e) => e.childId)).toEqual(['a']);
    h.clock.increment(100);
    expect(h.ofType('supervisor.child_stopped')).toEqual([{ type: 'supervisor.child_stopped', childId: 't', reason: 'shutdown' }]);
    expect(h.record('t')).toBeUndefined();
  });

  it('siblings in `failed` are left alone by the strategy', () => {
    const h = startSupervisor({ strategy: 'one_for_all' }, [protocolSpec('t', { restart: 'temporary' }), protocolSpec('a')]);
    h.child('t').send({ type: 'test.crash', error: new Error('t died') }); // temporary: fails, no strategy
    expect(h.ofType('supervisor.restarting')).toHaveLength(0);
    h.child('a').send({ type: 'test.crash', error: new Error('a died') });
    expect(h.ofType('supervisor.restarting').map((e) => e.childId)).toEqual(['a']);
    expect(h.record('t')?.status).toBe('failed');
  });
});
