import { describe, expect, it } from 'vitest';
import type { ServerRequestContext } from '../../../machines/turn/turnTypes.js';
import type { ThreadEvent } from '../../../src/protocol/publicEvents.js';
import { resolveElicitation, resolveUserInput } from '../../../src/userInput/resolveUserInput.js';

function context(signal = new AbortController().signal) {
  const events: ThreadEvent[] = [];
  const ctx: ServerRequestContext = { signal, threadId: 't1', turnId: 'u1', publish: (e) => events.push(e), item: () => undefined };
  return { ctx, events };
}

const params = {
  threadId: 't1',
  turnId: 'u1',
  itemId: 'call_q',
  isBlocking: true,
  questions: [{ id: 'color', header: 'Color', question: 'Which?', isOther: true, isSecret: false, options: [{ label: 'Red', description: 'warm' }] }],
};

describe('resolveUserInput', () => {
  it('no handler → empty answers', async () => {
    expect(await resolveUserInput(params, undefined, 1000, context().ctx)).toEqual({ answers: {} });
  });

  it('passes a typed request and accepts the short form', async () => {
    let seen: unknown;
    const result = await resolveUserInput(params, (r) => ((seen = r), { color: 'Red', size: ['S', 'M'] }), 1000, context().ctx);
    expect(seen).toMatchObject({ threadId: 't1', turnId: 'u1', itemId: 'call_q', isBlocking: true, questions: [{ id: 'color', options: [{ label: 'Red' }] }] });
    expect(result).toEqual({ answers: { color: { answers: ['Red'] }, size: { answers: ['S', 'M'] } } });
  });

  it('accepts the wire form unchanged', async () => {
    const wire = { answers: { color: { answers: ['Red'] } } };
    expect(await resolveUserInput(params, () => wire, 1000, context().ctx)).toEqual(wire);
  });

  it('a throw, a timeout or an unusable value → empty answers, with an error event for the first and last', async () => {
    const thrown = context();
    expect(
      await resolveUserInput(
        params,
        () => {
          throw new Error('ui closed');
        },
        1000,
        thrown.ctx,
      ),
    ).toEqual({ answers: {} });
    expect(thrown.events).toEqual([expect.objectContaining({ type: 'error', message: expect.stringContaining('ui closed') })]);
    expect(await resolveUserInput(params, () => new Promise(() => {}), 10, context().ctx)).toEqual({ answers: {} });
    const bad = context();
    expect(await resolveUserInput(params, () => ({ color: 42 }) as never, 1000, bad.ctx)).toEqual({ answers: {} });
    expect(bad.events).toHaveLength(1);
  });
});

describe('resolveElicitation', () => {
  const form = { threadId: 't1', turnId: 'u1', serverName: 'demo', mode: 'form', message: 'Sure?', requestedSchema: { type: 'object' }, _meta: null };

  it('no handler → decline', async () => {
    expect(await resolveElicitation(form, undefined, 1000, context().ctx)).toEqual({ action: 'decline', content: null, _meta: null });
  });

  it('accept carries content; decline and cancel carry none', async () => {
    expect(await resolveElicitation(form, () => ({ action: 'accept', content: { ok: true } }), 1000, context().ctx)).toEqual({ action: 'accept', content: { ok: true }, _meta: null });
    expect(await resolveElicitation(form, () => ({ action: 'cancel' }), 1000, context().ctx)).toMatchObject({ action: 'cancel', content: null });
  });

  it('an unknown action declines and reports it', async () => {
    const c = context();
    expect(await resolveElicitation(form, () => ({ action: 'maybe' }) as never, 1000, c.ctx)).toMatchObject({ action: 'decline' });
    expect(c.events).toHaveLength(1);
  });
});
