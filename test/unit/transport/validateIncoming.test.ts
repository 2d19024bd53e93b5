import { firstValueFrom, take, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { ProtocolError } from '../../../src/errors/index.js';
import { checkNotification, checkServerRequest } from '../../../src/transport/validateIncoming.js';
import { useFakeAppServers } from './fakeAppServer.js';

const delta = { threadId: 't1', turnId: 'u1', itemId: 'msg_1', delta: 'Hel' };

describe('checkNotification / checkServerRequest', () => {
  it('accepts a notification that matches the pinned schema, and unknown methods', () => {
    expect(checkNotification('item/agentMessage/delta', delta, '{}')).toBeNull();
    expect(checkNotification('some/futureMethod', { anything: 1 }, '{}')).toBeNull();
  });

  it('names the method and the failing paths of a mismatch, keeping the line', () => {
    const line = JSON.stringify({ method: 'item/agentMessage/delta', params: { ...delta, delta: 42 } });
    const error = checkNotification('item/agentMessage/delta', { ...delta, delta: 42 }, line);
    expect(error).toBeInstanceOf(ProtocolError);
    expect(error!.message).toContain('item/agentMessage/delta does not match the pinned codex protocol');
    expect(error!.message).toContain('delta:');
    expect(error!.line).toBe(line);
  });

  it('checks server request params', () => {
    expect(checkServerRequest('item/tool/call', { threadId: 't1' }, '{}')).toBeInstanceOf(ProtocolError);
    expect(checkServerRequest('some/futureRequest', {}, '{}')).toBeNull();
  });
});

describe('AppServerTransport validates what codex sends', () => {
  const start = useFakeAppServers();

  it('reports a notification that does not match on protocolErrors$ and still delivers it', async () => {
    const t = await start();
    const errors = firstValueFrom(t.protocolErrors$.pipe(take(1)));
    const delivered = firstValueFrom(t.notifications$.pipe(take(2), toArray()));
    // The fake sends params { i, threadId }: a turn/completed without its `turn`.
    await t.requestUnchecked('notify', { method: 'turn/completed', count: 2 });
    const [error, notifications] = await Promise.all([errors, delivered]);
    expect(error.message).toContain('turn/completed does not match');
    expect(notifications.map((n) => n.method)).toEqual(['turn/completed', 'turn/completed']);
  });
});
