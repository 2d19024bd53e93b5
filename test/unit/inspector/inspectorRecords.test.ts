import { assign, createActor, createMachine, fromPromise, setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import { InspectorLog } from '../../../src/inspector/inspectorLog.js';
import { Subject } from 'rxjs';
import { toPayload } from '../../../src/inspector/inspectorPayload.js';
import { watchPublishedEvents } from '../../../src/inspector/watchPublishedEvents.js';
import { createInspectionRecorder, toPublishedRecord, type InspectorRecord } from '../../../src/inspector/inspectorRecords.js';

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

  it('carries a bounded payload of each event and the context summary (toJSON), credentials and functions left out', () => {
    const { records, actor } = record();
    actor.start();
    actor.send({ type: 'bump', nested: { no: true, key: 'sk-abcdefghijklmnop' }, run: () => 1 } as never);
    const bump = records.find((r) => r.kind === 'event' && r.type === 'bump') as { payload: unknown };
    expect(bump.payload).toEqual({ nested: { no: true, key: 'sk-***' } });
    const summarised = createMachine({ id: 's', context: { live: { pid: 1, stdin: {} }, toJSON: () => ({ pid: 1, label: 'writer' }) } });
    const seen: InspectorRecord[] = [];
    const s = createActor(summarised, { inspect: createInspectionRecorder((r) => seen.push(r)) }).start();
    expect(seen.find((r) => r.kind === 'snapshot')).toMatchObject({ context: { pid: 1, label: 'writer' }, details: { pid: 1, label: 'writer' } });
    s.stop();
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

describe('toPayload and toPublishedRecord', () => {
  it('copies JSON-safe and bounded: errors summarised, class instances named, cycles cut, long strings shortened', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic['self'] = cyclic;
    const error = Object.assign(new Error('boom'), { code: 'X_ERR' });
    expect(toPayload({ error, signal: new AbortController().signal, cyclic, text: 'y'.repeat(3000), list: Array.from({ length: 60 }, (_, i) => i) })).toEqual({
      error: { name: 'Error', code: 'X_ERR', message: 'boom' },
      signal: '[AbortSignal]',
      cyclic: { a: 1, self: '[circular]' },
      text: `${'y'.repeat(1999)}…`,
      list: [...Array.from({ length: 50 }, (_, i) => i), '… 10 more'],
    });
  });

  it('reads thread, turn, label and seq from the meta of a published event', () => {
    const event = { type: 'item.completed', item: { id: 'i1', type: 'agent_message', text: 'hi' }, meta: { threadId: 't1', turnId: 'u1', generation: 1, seq: 7, at: 1000, label: 'writer' } };
    expect(toPublishedRecord(event)).toEqual({ kind: 'published', type: 'item.completed', threadId: 't1', turnId: 'u1', label: 'writer', seq: 7, payload: event, at: 1000 });
    expect(toPublishedRecord({ type: 'supervisor.restarting', seq: 3, at: 5 })).toMatchObject({ threadId: null, turnId: null, label: null, seq: 3, at: 5 });
  });
});

describe('watchPublishedEvents', () => {
  it('records every published event but streamed deltas, until unwatched', () => {
    const events$ = new Subject<unknown>();
    const seen: string[] = [];
    const unwatch = watchPublishedEvents({ events$ }, (record) => seen.push(record.type));
    events$.next({ type: 'item.started', item: { id: 'i', type: 'agent_message', text: '' } });
    events$.next({ type: 'item.delta', delta: 'Hel' });
    events$.next({ type: 'item.completed', item: { id: 'i', type: 'agent_message', text: 'Hello' } });
    unwatch();
    events$.next({ type: 'turn.completed' });
    expect(seen).toEqual(['item.started', 'item.completed']);
  });
});

describe('InspectorLog', () => {
  it('keeps a bounded history that starts from the folded state of what fell off, so replaying it rebuilds the present', () => {
    const log = new InspectorLog(50, 10);
    log.apply({ kind: 'machine', key: 'm', graph: { id: 'm', root: { key: 'm', path: '', type: 'compound', initial: null, invokes: [], transitions: [], states: [] } } });
    log.apply({ kind: 'actor', actor: 'a', id: 'a', systemId: null, parent: null, machine: 'm', at: 1 });
    for (let i = 0; i < 30; i++) log.apply({ kind: 'snapshot', actor: 'a', status: 'active', value: `s${i}`, context: {}, at: 2 + i });
    const history = log.history();
    expect(history.length).toBeLessThan(15);
    expect(history[0]).toMatchObject({ kind: 'machine' });
    expect(history[1]).toMatchObject({ kind: 'actor', actor: 'a' });
    const replayed = new InspectorLog(50, 1000);
    for (const r of history) replayed.apply(r);
    expect(replayed.replay()).toEqual(log.replay());
    expect(history.at(-1)).toMatchObject({ value: 's29' });
  });

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
