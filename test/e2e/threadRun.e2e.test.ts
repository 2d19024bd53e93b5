import { describe, expect, it } from 'vitest';
import { responses, inputMessages, userTexts } from '../../src/testing/index.js';
import { listCodexProcesses, useCodexFixture } from '../support/index.js';

const setup = useCodexFixture();

describe('thread.run on app-server', () => {
  it('runs a turn end to end and returns the scripted answer with per-turn usage', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.message('Hello from the scripted model', { usage: { inputTokens: 11, cachedInputTokens: 3, outputTokens: 5, reasoningOutputTokens: 1, totalTokens: 16 } }));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    expect(thread.id).toBeNull();
    const result = await thread.run('say hello');
    expect(result.status).toBe('completed');
    expect(result.finalResponse).toBe('Hello from the scripted model');
    expect(result.items.map((i) => i.type)).toEqual(['agent_message']);
    expect(result.usage).toMatchObject({ input_tokens: 11, cached_input_tokens: 3, output_tokens: 5 });
    expect(thread.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.id).toBeTruthy();
    const request = fixture.server.lastRequest()!;
    expect(userTexts(request)).toContain('say hello');
    expect(request.headers.originator).toBe('codex-actors');
  });

  it('streams SDK-shaped events and keeps history across turns', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.message('first answer'), responses.message('second answer'));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    await thread.run('one');
    const { events } = await thread.runStreamed('two');
    const types: string[] = [];
    for await (const event of events) types.push(event.type);
    // Like @openai/codex-sdk, every run's stream opens with thread.started.
    expect(types.slice(0, 2)).toEqual(['thread.started', 'turn.started']);
    expect(types).toContain('item.completed');
    expect(types.at(-1)).toBe('turn.completed');
    const second = fixture.server.requests[1]!;
    const assistant = inputMessages(second, 'assistant').flatMap((m) => JSON.stringify(m));
    expect(assistant.join('')).toContain('first answer');
  });

  it('close() leaves no codex process behind (checked via /proc)', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.message('ok'));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    await thread.run('hi');
    expect(listCodexProcesses(fixture.home.path).length).toBeGreaterThan(0);
    await codex.close();
    expect(listCodexProcesses(fixture.home.path)).toEqual([]);
    expect(thread.state.state).toBe('closed');
  });
});
