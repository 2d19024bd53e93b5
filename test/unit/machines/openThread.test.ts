/**
 * Opening a thread: the effective settings ride on thread/start and
 * thread/resume; after a resume, codex's report is checked and a difference is
 * set back before anything else, or the open fails naming the setting.
 */
import { describe, expect, it } from 'vitest';
import { createActor, toPromise } from 'xstate';
import { openThread } from '../../../machines/thread/openThread.js';
import { InvalidParamsError, InvalidRequestError, SettingsNotRestoredError, ThreadInUseError } from '../../../src/errors/index.js';
import type { EffectiveSettings } from '../../../src/options/effectiveSettings.js';
import type { RpcTransport } from '../../../src/transport/types.js';
import { FakeTransport } from '../runtime/fakeTransport.js';

function open(respond: (method: string, params: unknown) => unknown, threadId: string | null, settings: EffectiveSettings) {
  const transport = new FakeTransport(respond);
  const actor = createActor(openThread, {
    input: {
      transport: transport.asTransport as unknown as RpcTransport,
      threadId,
      startParams: { cwd: '/w', sandbox: 'workspace-write' },
      resumeParams: (id) => ({ threadId: id, sandbox: 'workspace-write' }),
      settings,
    },
  }).start();
  return { transport, result: toPromise(actor) };
}

const reported = { sandbox: { type: 'readOnly' }, approvalPolicy: 'never', approvalsReviewer: 'user', model: 'm', cwd: '/w', thread: { id: 't1' } };

describe('openThread', () => {
  it('starts a new thread with the effective settings over the options’ params', async () => {
    const { transport, result } = open(() => ({ thread: { id: 't1' } }), null, { sandbox: 'read-only', effort: 'high' });
    await expect(result).resolves.toEqual({ thread: { id: 't1' }, restored: [] });
    expect(transport.requests).toEqual([{ method: 'thread/start', params: { cwd: '/w', sandbox: 'read-only', config: { model_reasoning_effort: 'high' } } }]);
  });

  it('resumes with them; when codex reports them back, nothing else is sent', async () => {
    const { transport, result } = open(() => reported, 't1', { sandbox: 'read-only', approvalPolicy: 'never' });
    await expect(result).resolves.toMatchObject({ restored: [] });
    expect(transport.requests.map((r) => r.method)).toEqual(['thread/resume']);
    expect(transport.requests[0]!.params).toEqual({ threadId: 't1', sandbox: 'read-only', approvalPolicy: 'never' });
  });

  it('a setting codex resumed differently is set back with thread/settings/update before the open completes', async () => {
    const { transport, result } = open((method) => (method === 'thread/resume' ? { ...reported, approvalPolicy: 'untrusted' } : {}), 't1', {
      sandbox: 'read-only',
      approvalPolicy: 'never',
    });
    await expect(result).resolves.toMatchObject({ restored: [{ setting: 'approvalPolicy', expected: 'never', actual: 'untrusted' }] });
    expect(transport.requests).toEqual([
      expect.objectContaining({ method: 'thread/resume' }),
      { method: 'thread/settings/update', params: { threadId: 't1', sandboxPolicy: { type: 'readOnly' }, approvalPolicy: 'never' } },
    ]);
  });

  it('codex refusing to set it back fails the open with SettingsNotRestoredError naming the setting', async () => {
    const refusal = new InvalidParamsError('thread/settings/update', { code: -32602, message: 'nope' });
    const { result } = open(
      (method) => {
        if (method === 'thread/settings/update') throw refusal;
        return { ...reported, sandbox: { type: 'dangerFullAccess' } };
      },
      't1',
      { sandbox: 'read-only' },
    );
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsNotRestoredError);
    expect(error).toMatchObject({ code: 'SETTINGS_NOT_RESTORED', threadId: 't1', settings: ['sandbox'], cause: refusal });
    expect((error as Error).message).toContain('sandbox (was "read-only", codex reports "danger-full-access")');
  });

  it('a thread another process holds fails with ThreadInUseError naming it and what to do', async () => {
    const refusal = new InvalidRequestError('thread/resume', { code: -32600, message: 'thread 01ab already has an active writer' });
    const { result } = open(() => {
      throw refusal;
    }, '01ab', {});
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ThreadInUseError);
    expect(error).toMatchObject({ code: 'THREAD_IN_USE', threadId: '01ab', cause: refusal });
    expect((error as Error).message).toMatch(/another codex process.*Close the thread.*cluster mode/s);
  });
});
