import { assign, createActor, createMachine, fromPromise, setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import { InspectorLog } from '../../../src/inspector/inspectorLog.js';
import { createInspectionRecorder, type InspectorRecord } from '../../../src/inspector/inspectorRecords.js';

const child = createMachine({ id: 'child', initial: 'a', states: { a: { on: { go: 'b' } }, b: { type: 'final' } } });
const parent = setup({ actors: { child, work: fromPromise(async () => 1) } }).createMachine({
  id: 'parent',
  context: { count: 0, secret: { apiKey: 'sk-hidden' }, label: 'x'.repeat(200) },
  initial: 'running',
  states: {
    running: {
      invoke: [{ id: 'kid', src: 'child' }, { src: 'work' }],
      on: { bump: { actions: assign({ count: ({ context }) => context.count + 1 }) } },
    },
  },
});

function record() {
  const records: InspectorRecord[] = [];
  const actor = createActor(parent, { inspect: createInspectionRecorder((r) => records.push(r)) });
  return { records, actor };
}

describe('createInspectionRecorder', () => {
  it('records machine actors with their parent, each machine once, and scalar context only', () => {
    const { records, actor } = record();
    actor.start();
    actor.send({ type: 'bump', note: 'hello', nested: { no: true } });
    const machines = records.filter((r) => r.kind === 'machine').map((r) => r.key);
    expect(machines).toEqual(['parent', 'child']);
    const actors = records.filter((r) => r.kind === 'actor');
    // The promise actor is left out: only state machines are drawn.
    expect(actors.map((a) => a.machine)).toEqual(['parent', 'child']);
    expect(actors[1]!.id).toBe('kid');
    const [root, kid] = actors;
    expect(kid!.parent).toBe(root!.actor);
    const snapshot = records.filter((r) => r.kind === 'snapshot' && r.actor === root!.actor).at(-1)!;
    expect(snapshot).toMatchObject({ status: 'active', value: 'running', context: { count: 1 } });
    const context = (snapshot as { context: Record<string, unknown> }).context;
    expect(context).not.toHaveProperty('secret');
    expect(String(context['label']).length).toBe(80);
    const bump = records.find((r) => r.kind === 'event' && r.type === 'bump')!;
    expect(bump).toMatchObject({ actor: root!.actor, source: null, fields: { note: 'hello' } });
    expect((bump as { fields: object }).fields).not.toHaveProperty('nested');
    actor.stop();
  });

  it('keeps actors of two systems apart (session ids restart in every system)', () => {
    const a = record();
    const b = record();
    a.actor.start();
    b.actor.start();
    const keys = [...a.records, ...b.records].filter((r) => r.kind === 'actor').map((r) => (r as { actor: string }).actor);
    expect(new Set(keys).size).toBe(keys.length);
    a.actor.stop();
    b.actor.stop();
  });
});

describe('InspectorLog', () => {
  it('replays the present: machines, live actors with their latest snapshot, a bounded event list', () => {
    const log = new InspectorLog(2);
    const { records, actor } = record();
    actor.start();
    actor.send({ type: 'bump' });
    actor.send({ type: 'bump' });
    actor.send({ type: 'bump' });
    for (const r of records) log.apply(r);
    const replay = log.replay();
    expect(replay.filter((r) => r.kind === 'event')).toHaveLength(2);
    const snapshots = replay.filter((r) => r.kind === 'snapshot');
    expect(snapshots).toHaveLength(2);
    expect(snapshots[0]).toMatchObject({ context: { count: 3 } });
    actor.stop();
  });

  it('replaces an actor by a successor with the same id and parent, descendants included; roots stay', () => {
    const log = new InspectorLog();
    const at = 0;
    log.apply({ kind: 'actor', actor: 'r', id: 'root', systemId: null, parent: null, machine: 'm', at });
    log.apply({ kind: 'actor', actor: 't1', id: 'turn', systemId: null, parent: 'r', machine: 'm', at });
    log.apply({ kind: 'actor', actor: 't1c', id: 'inner', systemId: null, parent: 't1', machine: 'm', at });
    log.apply({ kind: 'actor', actor: 't2', id: 'turn', systemId: null, parent: 'r', machine: 'm', at });
    log.apply({ kind: 'actor', actor: 'r2', id: 'root', systemId: null, parent: null, machine: 'm', at });
    expect(log.replay().map((r) => (r as { actor: string }).actor)).toEqual(['r', 't2', 'r2']);
  });
});
