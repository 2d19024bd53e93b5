import { afterEach, describe, expect, it } from 'vitest';
import { isCodexError } from '../../../src/errors/index.js';
import { createScriptedModelServer, responses, type ScriptedModelServer } from '../../../src/testing/index.js';
import { postResponses, readEvents } from './sseTestClient.js';

let server: ScriptedModelServer;
afterEach(async () => {
  await server?.close();
});

function outputTexts(events: Array<{ data: Record<string, unknown> }>): string[] {
  return events
    .filter((e) => e.data['type'] === 'response.output_item.done')
    .map((e) => ((e.data['item'] as { content: Array<{ text: string }> }).content[0]?.text ?? ''));
}

describe('createScriptedModelServer', () => {
  it('listens on 127.0.0.1 and exposes the /v1 base url', async () => {
    server = await createScriptedModelServer();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/v1`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('answers model requests with the queued responses in order', async () => {
    server = await createScriptedModelServer({ responses: [responses.message('first')] });
    server.enqueue(responses.message('second')).enqueue(responses.message('third'));
    expect(server.pending).toBe(3);

    const texts: string[] = [];
    for (let i = 0; i < 3; i++) texts.push(...outputTexts(await readEvents(await postResponses(server.url))));

    expect(texts).toEqual(['first', 'second', 'third']);
    expect(server.pending).toBe(0);
    server.assertNoMisses();
  });

  it('lets a queued function choose the response from the request', async () => {
    server = await createScriptedModelServer();
    server.enqueue((request) => responses.message(`echo: ${String(request.body?.model)}`));
    const events = await readEvents(await postResponses(server.url, { model: 'picked-model', input: [] }));
    expect(outputTexts(events)).toEqual(['echo: picked-model']);
  });

  it('records headers, the parsed JSON body and the arrival time of every request', async () => {
    server = await createScriptedModelServer({ responses: [responses.message('ok')] });
    const before = Date.now();
    const body = { model: 'mock-model', input: [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'hi' }] }], stream: true };
    await (await postResponses(server.url, body, { 'x-test': 'yes' })).text();

    expect(server.requests).toHaveLength(1);
    const request = server.lastRequest()!;
    expect(request).toMatchObject({ index: 0, method: 'POST', path: '/v1/responses', body });
    expect(request.headers['authorization']).toBe('Bearer test-key');
    expect(request.headers['x-test']).toBe('yes');
    expect(JSON.parse(request.rawBody)).toEqual(body);
    expect(request.receivedAt).toBeGreaterThanOrEqual(before);
    expect(request.receivedAt).toBeLessThanOrEqual(Date.now());
  });

  it('keeps a non-JSON body raw and leaves body undefined', async () => {
    server = await createScriptedModelServer({ responses: [responses.message('ok')] });
    await (await fetch(`${server.url}/responses`, { method: 'POST', body: 'not json' })).text();
    expect(server.lastRequest()).toMatchObject({ rawBody: 'not json', body: undefined });
  });

  it('waitForRequest resolves when the n-th request arrives, and at once for past ones', async () => {
    server = await createScriptedModelServer({ responses: [responses.message('a'), responses.message('b')] });
    const second = server.waitForRequest(2);
    await (await postResponses(server.url, { n: 1 })).text();
    await (await postResponses(server.url, { n: 2 })).text();
    expect((await second).body).toEqual({ n: 2 });
    expect((await server.waitForRequest(1)).body).toEqual({ n: 1 });
  });

  it('waitForRequest rejects with a TimeoutError that says how many requests came', async () => {
    server = await createScriptedModelServer();
    const error = await server.waitForRequest(1, { timeoutMs: 20 }).catch((e: unknown) => e);
    expect(isCodexError(error) && error.code).toBe('TIMEOUT');
    expect(String((error as Error).message)).toContain('received 0 request(s)');
  });

  it('waitForRequest rejects pending waits when the server closes', async () => {
    server = await createScriptedModelServer();
    const waiting = server.waitForRequest(1, { timeoutMs: 5_000 });
    await server.close();
    await expect(waiting).rejects.toThrow(/closed/);
  });

  it('answers a non-retryable HTTP 400 saying what is missing on an empty queue, and records a miss', async () => {
    server = await createScriptedModelServer();
    const response = await postResponses(server.url);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'script_exhausted', message: expect.stringContaining('no response was scripted for model request #1') } });
    expect(server.requests).toHaveLength(1);
    expect(server.misses).toHaveLength(1);
    expect(server.misses[0]!.reason).toContain('model request #1');
    expect(() => server.assertNoMisses()).toThrow(/1 miss\(es\)[\s\S]*request #1 POST \/v1\/responses/);
  });

  it('answers 404 for unknown routes and records them as misses', async () => {
    server = await createScriptedModelServer();
    expect((await fetch(`${server.url}/chat/completions`, { method: 'POST', body: '{}' })).status).toBe(404);
    expect(server.requests).toHaveLength(0);
    expect(server.misses[0]!.reason).toBe('unexpected POST /v1/chat/completions');
  });

  it('lists the mock model on GET /v1/models in both the OpenAI and the codex catalog shape', async () => {
    server = await createScriptedModelServer({ models: ['mock-model', 'other-model'] });
    const list = (await (await fetch(`${server.url}/models`)).json()) as { data: Array<{ id: string }>; models: Array<{ slug: string }> };
    expect(list.data.map((m) => m.id)).toEqual(['mock-model', 'other-model']);
    expect(list.models.map((m) => m.slug)).toEqual(['mock-model', 'other-model']);
    server.assertNoMisses();
  });

  it('close is idempotent and supports await using', async () => {
    server = await createScriptedModelServer();
    let scopedUrl = '';
    {
      await using scoped = await createScriptedModelServer();
      scopedUrl = scoped.url;
    }
    await expect(fetch(`${scopedUrl}/models`)).rejects.toThrow();
    await Promise.all([server.close(), server.close()]);
    await expect(fetch(`${server.url}/models`)).rejects.toThrow();
  });
});
