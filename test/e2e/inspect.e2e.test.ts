/**
 * The `inspect` option: XState's inspection API for the whole actor system.
 * Any inspector sees the supervisor, thread, connection and turn actors with
 * stable ids, and `@statelyai/inspect`'s `inspector.inspect` plugs in as is;
 * what it serializes is each context's summary, never a live process or a
 * credential.
 */
import { createInspector } from '@statelyai/inspect';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnyActorRef, InspectionEvent } from 'xstate';
import { Codex } from '../../src/index.js';
import { createGate, responses } from '../../src/testing/index.js';
import { createScriptedCodex, type ScriptedCodex } from '../support/index.js';
import { killHard, nextEvent } from '../support/runtimeHelpers.js';

let fixture: ScriptedCodex | null = null;
let codex: Codex | null = null;

afterEach(async () => {
  await codex?.close();
  await fixture?.dispose();
  codex = null;
  fixture = null;
});

type Actor = AnyActorRef & { _parent?: AnyActorRef };
/** The inspected actor of an inspection event (XState types it loosely). */
const actorOf = (e: InspectionEvent): Actor => e.actorRef as Actor;

/** `parentId>id` of an actor (the path of ids up to the root), e.g. `supervisor>thread:1>connection`. */
function pathOf(actor: Actor): string {
  const ids: string[] = [];
  for (let a: Actor | undefined = actor; a; a = a._parent as Actor | undefined) ids.unshift(a.id);
  return ids.join('>');
}

/** State values an actor went through, from its snapshot inspection events (deduplicated runs). */
function valuesOf(events: InspectionEvent[], path: string): string[] {
  const out: string[] = [];
  for (const e of events) {
    if (e.type !== '@xstate.snapshot' || pathOf(e.actorRef as Actor) !== path) continue;
    const value = JSON.stringify((e.snapshot as { value?: unknown }).value);
    if (out.at(-1) !== value) out.push(value);
  }
  return out;
}

describe('inspect option', () => {
  it('a plain callback sees every actor of the system with stable ids and parents, and each state it goes through', async () => {
    fixture = await createScriptedCodex({ modelCatalog: true });
    const events: InspectionEvent[] = [];
    codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, inspect: (e: InspectionEvent) => events.push(e), supervisor: { backoff: { initialDelayMs: 10, jitter: 0 } } });
    const held = createGate();
    fixture.server.enqueue(responses.message('first'), responses.message('never', { gate: held }), responses.message('after restart'));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    await thread.run('one');

    const actors = events.filter((e) => e.type === '@xstate.actor').map((e) => pathOf(e.actorRef as Actor));
    expect(actors).toEqual([
      'supervisor',
      'supervisor>thread:1',
      'supervisor>thread:1>connection',
      'supervisor>thread:1>connection>startProcess',
      'supervisor>thread:1>connection>watchExit',
      'supervisor>thread:1>openThread',
      'supervisor>thread:1>turn',
      'supervisor>thread:1>turn>startTurn',
    ]);
    const supervisor = actorOf(events.find((e) => e.type === '@xstate.actor')!);
    expect(supervisor.system.get('thread:1')).toBe(actorOf(events.find((e) => e.type === '@xstate.actor' && actorOf(e).id === 'thread:1')!));
    // `ready` passes straight on to `turnActive` (a turn is queued); the step back to
    // `ready` may land just after run() resolves.
    expect(valuesOf(events, 'supervisor>thread:1').slice(0, 4)).toEqual(['"idle"', '{"connected":"connecting"}', '{"connected":"opening"}', '{"connected":"turnActive"}']);
    expect(valuesOf(events, 'supervisor>thread:1>connection')).toEqual(['{"starting":"spawning"}', '{"starting":"initializing"}', '"ready"']);
    expect(valuesOf(events, 'supervisor>thread:1>turn')).toEqual(['"starting"', '{"active":"running"}', '"completed"']);

    // A restart keeps the thread actor (same id, same actor) and brings a new connection under it.
    const threadRef = actorOf(events.find((e) => e.type === '@xstate.actor' && actorOf(e).id === 'thread:1')!);
    const before = events.length;
    const turn = thread.run('two').catch(() => undefined);
    await held.reached;
    const restarted = nextEvent(thread.events$, 'thread.restarted');
    killHard(thread.processId);
    await restarted;
    await turn;
    const later = events.slice(before);
    expect(later.filter((e) => e.type === '@xstate.actor').map((e) => pathOf(e.actorRef as Actor))).toEqual([
      'supervisor>thread:1>turn',
      'supervisor>thread:1>turn>startTurn',
      'supervisor>thread:1>connection',
      'supervisor>thread:1>connection>startProcess',
      'supervisor>thread:1>connection>watchExit',
      'supervisor>thread:1>openThread',
    ]);
    expect(later.filter((e) => e.type === '@xstate.actor').every((e) => e.actorRef !== threadRef)).toBe(true);
    expect(valuesOf(later, 'supervisor>thread:1')).toContain('{"restarting":"backoff"}');
    expect(valuesOf(later, 'supervisor>thread:1>turn')).toContain('"crashed"');
  });

  it("@statelyai/inspect's inspector.inspect plugs in as is; it serializes context summaries, never the process or a credential", async () => {
    fixture = await createScriptedCodex({ modelCatalog: true });
    const secret = 'sk-test-inspect-0123456789abcdef';
    const sent: Array<{ type: string; name?: string; sessionId: string; snapshot?: { status?: string; context?: Record<string, unknown> } }> = [];
    let supervisorSession = '';
    let supervisorDone!: () => void;
    const done = new Promise<void>((resolve) => (supervisorDone = resolve));
    const inspector = createInspector({
      send(event) {
        const e = event as (typeof sent)[number];
        sent.push(e);
        if (e.type === '@xstate.actor' && e.name === 'supervisor') supervisorSession = e.sessionId;
        if (e.type === '@xstate.snapshot' && e.sessionId === supervisorSession && e.snapshot?.status === 'done') supervisorDone();
      },
    });
    codex = new Codex({ codexPath: fixture.codexPath, env: { ...fixture.home.env, MOCK_API_KEY: secret }, apiKey: secret, inspect: inspector.inspect });
    fixture.server.enqueue(responses.message('hello'));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    await thread.run('hi');
    await codex.close();
    await done;

    const names = new Set(sent.filter((e) => e.type === '@xstate.actor').map((e) => e.name));
    expect([...names]).toEqual(expect.arrayContaining(['supervisor', 'thread:1', 'connection', 'turn']));
    const contextOf = (name: string) => {
      const session = sent.find((e) => e.type === '@xstate.actor' && e.name === name)!.sessionId;
      return sent.filter((e) => e.type === '@xstate.snapshot' && e.sessionId === session).map((e) => e.snapshot!.context!);
    };
    expect(contextOf('thread:1').at(-1)).toMatchObject({ childId: 'thread:1', codexThreadId: thread.id, generation: 1, queued: 0 });
    expect(contextOf('connection').some((c) => typeof c.pid === 'number')).toBe(true);
    expect(contextOf('turn').at(-1)).toMatchObject({ threadId: thread.id, generation: 1, error: null });
    expect(contextOf('supervisor').at(-1)).toMatchObject({ strategy: 'one_for_one', children: [expect.objectContaining({ id: 'thread:1' })] });
    // Live resources serialize as summaries: a transport is its pid, the thread input its ids.
    const json = JSON.stringify(sent);
    expect(json).not.toContain(secret);
    expect(json).toMatch(/"transport":\{[^{}]*"pid":\d+[^{}]*\}/);
    expect(json).not.toMatch(/"(stdin|subprocess|startParams|_events)"/);
  });
});
