import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MaxTurnsExceededError, defineTool, type TurnResult } from '../../src/index.js';
import { functionCallOutputs, responses, userTexts } from '../../src/testing/index.js';
import { useCodexFixture } from '../support/index.js';

const setup = useCodexFixture();

describe('thread.runUntil (the outer auto-run loop) on the real binary', () => {
  it('runs turns, feeding next(result), until the predicate holds; returns every result', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.message('not yet'), responses.message('still working'), responses.message('DONE'), responses.message('never used'));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const results = await thread.runUntil('start', {
      until: (r) => r.finalResponse === 'DONE',
      next: (r) => `continue after: ${r.finalResponse}`,
      maxTurns: 5,
    });
    expect(results.map((r) => r.finalResponse)).toEqual(['not yet', 'still working', 'DONE']);
    expect(results.every((r) => r.status === 'completed')).toBe(true);
    expect(fixture.server.requests).toHaveLength(3);
    expect(userTexts(fixture.server.requests[2]!)).toEqual(['start', 'continue after: not yet', 'continue after: still working']);
  });

  it('combines with the inner tool loop: each turn may call tools before its answer', async () => {
    const { fixture, codex } = await setup();
    let counter = 0;
    const tick = defineTool({ name: 'tick', description: 'Advance the counter', parameters: z.object({}), execute: () => `counter=${++counter}` });
    for (let i = 0; i < 2; i++) fixture.server.enqueue(responses.dynamicToolCall('tick', {}, { callId: `call_tick${i}` }), (req) => responses.message(functionCallOutputs(req).at(-1)!.output));
    const thread = codex.startThread({ cwd: fixture.home.workspace, tools: [tick] });
    const results = await thread.runUntil('tick until 2', { until: (r) => r.finalResponse === 'counter=2', next: () => 'again', maxTurns: 3 });
    expect(results.map((r) => r.finalResponse)).toEqual(['counter=1', 'counter=2']);
  });

  it('rejects with MaxTurnsExceededError carrying the results when maxTurns is hit', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.message('one'), responses.message('two'));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const error = await thread
      .runUntil('go', { until: () => false, next: () => 'more', maxTurns: 2 })
      .then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(MaxTurnsExceededError);
    const typed = error as MaxTurnsExceededError;
    expect(typed.code).toBe('MAX_TURNS_EXCEEDED');
    expect(typed.maxTurns).toBe(2);
    expect((typed.results as TurnResult[]).map((r) => r.finalResponse)).toEqual(['one', 'two']);
    expect(fixture.server.requests).toHaveLength(2);
  });

  it('an async predicate is awaited', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.message('a'), responses.message('b'));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const results = await thread.runUntil('go', { until: async (r) => r.finalResponse === 'b', next: () => 'next', maxTurns: 4 });
    expect(results).toHaveLength(2);
  });
});
