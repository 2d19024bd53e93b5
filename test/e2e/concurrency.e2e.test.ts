import { describe, expect, it } from 'vitest';
import type { ThreadEvent, TurnResult } from '../../src/index.js';
import { responses, userTexts, type RecordedRequest } from '../../src/testing/index.js';
import { useScriptedCodex } from '../support/useScriptedCodex.js';

const setup = useScriptedCodex();

/** Answers every model request with an echo of its last user text, whichever thread asked. */
const echo = (request: RecordedRequest) => responses.message(`echo: ${userTexts(request).at(-1)}`);

function agentTexts(events: readonly ThreadEvent[]): string[] {
  return events.flatMap((e) => (e.type === 'item.completed' && e.item.type === 'agent_message' ? [e.item.text] : []));
}

describe('concurrency on one Codex', () => {
  it('runs turns on many threads at once; each stream carries only its own thread and turn', async () => {
    const { fixture, codex } = await setup();
    const names = ['a', 'b', 'c'];
    for (let i = 0; i < names.length * 2; i++) fixture.server.enqueue(echo);
    const threads = names.map(() => codex.startThread({ cwd: fixture.home.workspace }));
    const everything: ThreadEvent[] = [];
    const sub = codex.events$.subscribe((e) => {
      if ('meta' in e && e.meta) everything.push(e as ThreadEvent);
    });

    // Two turns per thread, all requested at once: each thread runs its own in order, threads in parallel.
    const handles = await Promise.all(threads.flatMap((thread, i) => [thread.turn(`${names[i]}1`), thread.turn(`${names[i]}2`)]));
    const results: TurnResult[] = await Promise.all(handles.map((h) => h.result()));
    sub.unsubscribe();

    expect(results.map((r) => r.finalResponse)).toEqual(['echo: a1', 'echo: a2', 'echo: b1', 'echo: b2', 'echo: c1', 'echo: c2']);
    expect(new Set(threads.map((t) => t.id)).size).toBe(3);
    for (const [index, handle] of handles.entries()) {
      const thread = threads[Math.floor(index / 2)]!;
      const events: ThreadEvent[] = [];
      for await (const event of handle) events.push(event);
      expect(events.every((e) => e.meta?.threadId === thread.id && e.meta?.turnId === handle.id)).toBe(true);
      expect(agentTexts(events)).toEqual([results[index]!.finalResponse]);
    }
    // The model saw each thread's history only: thread b's second request carries b1 and b2, nothing of a or c.
    const bSecond = fixture.server.requests.find((r) => userTexts(r).at(-1) === 'b2')!;
    expect(userTexts(bSecond)).toEqual(['b1', 'b2']);
    // codex.events$ saw every turn's events, with strictly increasing sequence numbers.
    const seqs = everything.map((e) => e.meta!.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(new Set(everything.map((e) => e.meta!.turnId).filter(Boolean)).size).toBe(6);
  });

  it('a stalled consumer of one stream does not hold up another thread', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(echo, echo);
    const slow = codex.startThread({ cwd: fixture.home.workspace });
    const fast = codex.startThread({ cwd: fixture.home.workspace });

    const { events: slowEvents } = await slow.runStreamed('slow');
    let releaseSlow!: () => void;
    const slowMayContinue = new Promise<void>((resolve) => (releaseSlow = resolve));
    let markStalled!: () => void;
    const stalled = new Promise<void>((resolve) => (markStalled = resolve));
    const slowSeen: ThreadEvent[] = [];
    const slowConsumer = (async () => {
      for await (const event of slowEvents) {
        slowSeen.push(event);
        if (slowSeen.length === 1) {
          markStalled();
          await slowMayContinue; // stall after the first event
        }
      }
    })();
    await stalled;

    const fastResult = await fast.run('fast');
    expect(fastResult.finalResponse).toBe('echo: fast');
    expect(slowSeen).toHaveLength(1); // still stalled while the other thread finished

    releaseSlow();
    await slowConsumer;
    expect(slowSeen[0]!.type).toBe('thread.started');
    expect(agentTexts(slowSeen)).toEqual(['echo: slow']);
    expect(slowSeen.at(-1)!.type).toBe('turn.completed');
  });
});
