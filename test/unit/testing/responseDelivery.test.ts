import { afterEach, describe, expect, it } from 'vitest';
import { createGate, createScriptedModelServer, responses, sse, type ScriptedModelServer } from '../../../src/testing/index.js';
import { postResponses, readEvents } from './sseTestClient.js';

let server: ScriptedModelServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Reads a body to its end; resolves with the error if the connection breaks. */
async function drain(response: Response): Promise<{ text: string; error?: unknown }> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { text };
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    return { text, error };
  }
}

describe('gate', () => {
  it('holds the response after its first event until released', async () => {
    const gate = createGate();
    server = await createScriptedModelServer({ responses: [responses.message('gated', { gate })] });

    let releasedAt = 0;
    const response = await postResponses(server.url);
    const events = await readEvents(response, async (_event, index) => {
      if (index === 0) {
        await gate.reached;
        expect(gate.released).toBe(false);
        releasedAt = Date.now();
        gate.release();
      }
    });

    expect(events.map((e) => e.event)).toEqual(['response.created', 'response.output_item.done', 'response.completed']);
    expect(events[1]!.at).toBeGreaterThanOrEqual(releasedAt);
    expect(gate.released).toBe(true);
  });

  it('passes straight through a gate released before it is reached', async () => {
    const gate = createGate();
    gate.release();
    server = await createScriptedModelServer({ responses: [responses.message('open', { gate })] });
    expect((await readEvents(await postResponses(server.url))).map((e) => e.event)).toContain('response.completed');
  });

  it('close() ends a response held at a gate', async () => {
    const gate = createGate();
    server = await createScriptedModelServer({ responses: [responses.message('never', { gate })] });
    const response = await postResponses(server.url);
    const reading = drain(response);
    await gate.reached;
    await server.close();
    const { text, error } = await reading;
    expect(text).toContain('response.created');
    expect(text).not.toContain('response.completed');
    expect(error).toBeDefined();
  });
});

describe('delay', () => {
  it('waits delayMs before each event after the first', async () => {
    server = await createScriptedModelServer({ responses: [responses.stream([sse.message('a'), sse.message('b')], { delayMs: 40 })] });
    const start = Date.now();
    const events = await readEvents(await postResponses(server.url));
    expect(events).toHaveLength(4);
    // Gaps between arrivals are not a sound measure (a late first chunk shrinks the next gap
    // under load); the server cannot deliver the last event before 3 delays have passed.
    // Timers may fire a millisecond or two early relative to Date.now().
    expect(events.at(-1)!.at - start).toBeGreaterThanOrEqual(3 * 40 - 3);
  });
});

describe('endings', () => {
  it('truncateAfter ends the body cleanly before response.completed', async () => {
    server = await createScriptedModelServer({ responses: [responses.message('partial', { truncateAfter: 2 })] });
    const { text, error } = await drain(await postResponses(server.url));
    expect(error).toBeUndefined();
    expect(text).toContain('partial');
    expect(text).not.toContain('response.completed');
  });

  it('abort resets the connection after the events sent', async () => {
    server = await createScriptedModelServer({ responses: [responses.message('partial', { truncateAfter: 2, abort: true })] });
    const { text, error } = await drain(await postResponses(server.url));
    expect(text).toContain('partial');
    expect(error).toBeDefined();
  });

  it('hang keeps the stream open after the last event until close()', async () => {
    server = await createScriptedModelServer({ responses: [responses.message('stalled', { truncateAfter: 1, hang: true })] });
    const received: string[] = [];
    const reading = readEvents(await postResponses(server.url), async (event) => {
      received.push(event.event);
      await server!.close();
    }).catch((error: unknown) => error);
    expect(await reading).toBeInstanceOf(Error);
    expect(received).toEqual(['response.created']);
  });
});

describe('HTTP errors', () => {
  it('429 carries retry-after and an OpenAI error body', async () => {
    server = await createScriptedModelServer({ responses: [responses.rateLimited({ retryAfterSeconds: 7 })] });
    const response = await postResponses(server.url);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(await response.json()).toEqual({ error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' } });
  });

  it.each([
    [responses.serverError({ message: 'Internal boom' }), 500, 'Internal boom'],
    [responses.unauthorized(), 401, 'Incorrect API key provided'],
    [responses.badRequest('bad param'), 400, 'bad param'],
    [responses.httpError(503, { code: 'overloaded' }), 503, 'HTTP 503'],
  ])('%# answers status %i with a JSON error', async (scripted, status, message) => {
    server = await createScriptedModelServer({ responses: [scripted] });
    const response = await postResponses(server.url);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(message);
  });

  it('sends a custom raw body when given', async () => {
    server = await createScriptedModelServer({ responses: [responses.httpError(502, { body: 'upstream down' })] });
    expect(await (await postResponses(server.url)).text()).toBe('upstream down');
  });
});
