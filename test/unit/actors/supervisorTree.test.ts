import { describe, expect, it } from 'vitest';
import type { AnyActorRef } from 'xstate';
import { listChildren, lookupThread, threadSystemId } from '../../../actors/registry.js';
import { toSupervisorTree } from '../../../actors/supervisorTree.js';
import { InvalidOptionsError } from '../../../src/errors/index.js';
import { plainSpec, protocolSpec, startSupervisor } from './support/dummyChildren.js';

describe('supervisor tree and registry', () => {
  it('derives the tree from the snapshot, oldest child first, following restarts and failures', () => {
    const h = startSupervisor({ strategy: 'rest_for_one', maxRestarts: 1 }, [protocolSpec('a'), plainSpec('b', { restart: 'transient' })]);
    expect(toSupervisorTree(h.supervisor.getSnapshot())).toEqual({
      strategy: 'rest_for_one',
      children: [
        { id: 'a', systemId: 'thread:a', restart: 'permanent', generation: 1, status: 'running', restarts: 0 },
        { id: 'b', systemId: 'thread:b', restart: 'transient', generation: 1, status: 'running', restarts: 0 },
      ],
    });
    h.child('a').send({ type: 'test.crash', error: new Error('boom') });
    expect(toSupervisorTree(h.supervisor.getSnapshot()).children.map((c) => [c.id, c.status, c.generation, c.restarts])).toEqual([
      ['a', 'restarting', 2, 1],
      ['b', 'restarting', 2, 1],
    ]);
    h.clock.increment(100);
    h.child('b').send({ type: 'test.throw', error: new Error('b again') });
    expect(toSupervisorTree(h.supervisor.getSnapshot()).children.map((c) => [c.id, c.status])).toEqual([
      ['a', 'running'],
      ['b', 'failed'],
    ]);
  });

  it('is serialisable (no actor refs or functions)', () => {
    const h = startSupervisor({}, [protocolSpec('a')]);
    const tree = toSupervisorTree(h.supervisor.getSnapshot());
    expect(JSON.parse(JSON.stringify(tree))).toEqual(tree);
  });

  it('finds children by thread key and lists them with their actors', () => {
    const h = startSupervisor({}, [protocolSpec('a'), plainSpec('b')]);
    expect(threadSystemId('a')).toBe('thread:a');
    expect(lookupThread(h.supervisor.system, 'a')).toBe((h.supervisor.getSnapshot().children as Record<string, unknown>).a);
    expect(lookupThread(h.supervisor.system, 'zz')).toBeUndefined();
    expect(h.supervisor.system.get('supervisor')).toBe(h.supervisor);
    const listed = listChildren(h.supervisor.getSnapshot());
    expect(listed.map(({ id, systemId, generation, status }) => ({ id, systemId, generation, status }))).toEqual([
      { id: 'a', systemId: 'thread:a', generation: 1, status: 'running' },
      { id: 'b', systemId: 'thread:b', generation: 1, status: 'running' },
    ]);
    expect(listed[1]?.ref).toBe(lookupThread(h.supervisor.system, 'b'));
  });

  it('rejects a duplicate id or system id, and an invalid spec, with an event (the supervisor keeps running)', () => {
    const h = startSupervisor({}, [protocolSpec('a')]);
    h.supervisor.send({ type: 'supervisor.start_child', spec: protocolSpec('a') });
    h.supervisor.send({ type: 'supervisor.start_child', spec: { ...protocolSpec('other'), systemId: 'thread:a' } });
    h.supervisor.send({ type: 'supervisor.start_child', spec: { ...protocolSpec('bad'), restart: 'sometimes' as never } });
    const rejected = h.ofType('supervisor.child_start_rejected');
    expect(rejected.map((e) => e.childId)).toEqual(['a', 'other', 'bad']);
    expect(rejected.every((e) => e.error instanceof InvalidOptionsError)).toBe(true);
    expect(rejected.map((e) => (e.error as InvalidOptionsError).option)).toEqual(['childSpec.id', 'childSpec.systemId', 'childSpec.restart']);
    expect(h.supervisor.getSnapshot().context.children.map((c) => c.spec.id)).toEqual(['a']);
    expect(h.supervisor.getSnapshot().status).toBe('active');
  });

  it('emits every supervisor event through actor.on("*") with stable types', () => {
    const h = startSupervisor({ maxRestarts: 1 }, [protocolSpec('a', { input: { stopDelayMs: 0 } })]);
    h.child('a').send({ type: 'test.crash', error: new Error('1') });
    h.clock.increment(100);
    h.child('a').send({ type: 'test.crash', error: new Error('2') });
    h.supervisor.send({ type: 'supervisor.stop_child', id: 'a' });
    expect(h.events.map((e) => e.type)).toEqual([
      'supervisor.child_started',
      'supervisor.child_crashed',
      'supervisor.restarting',
      'supervisor.child_restarted',
      'supervisor.child_crashed',
      'supervisor.escalated',
      'supervisor.child_stopped',
    ]);
  });
});

describe('inspection', () => {
  it('shows the supervisor and its children to an inspector under stable ids', async () => {
    const { SimulatedClock } = await import('xstate');
    const { createSupervisor } = await import('../../../actors/createSupervisor.js');
    const actorIds: string[] = [];
    const transitions: string[] = [];
    const supervisor = createSupervisor({
      clock: new SimulatedClock(),
      children: [protocolSpec('a')],
      inspect: (event) => {
        if (event.type === '@xstate.actor') actorIds.push((event.actorRef as AnyActorRef).id);
        if (event.type === '@xstate.snapshot' && (event.actorRef as AnyActorRef).id === 'supervisor') transitions.push(String((event.snapshot as { value?: unknown }).value));
      },
    }).start();
    supervisor.send({ type: 'supervisor.shutdown' });
    expect(actorIds).toEqual(['supervisor', 'a']);
    expect(supervisor.getSnapshot().machine.id).toBe('supervisor');
    expect(transitions[0]).toBe('running');
    expect(transitions).toContain('shuttingDown');
  });
});
