import { describe, expect, it } from 'vitest';
import { PINNED_CODEX_VERSION } from '../../../native/index.js';
import { isNeverPersisted, isUnrecoverable, turnCutOffError } from '../../../machines/thread/threadFailures.js';
import {
  CodexNotFoundError,
  CodexProcessCrashedError,
  CodexSpawnError,
  CodexVersionError,
  InvalidOptionsError,
  InternalRpcError,
  InvalidRequestError,
  TimeoutError,
  TransportClosedError,
} from '../../../src/errors/index.js';

const exit = { exitCode: null, signal: 'SIGKILL', stderrTail: 'panic' };

describe('isUnrecoverable', () => {
  it.each([
    ['codex refused a request', new InvalidRequestError('thread/resume', { code: -32600, message: 'no rollout found for thread id x' }), true],
    ['no binary', new CodexNotFoundError([], 'install it'), true],
    ['wrong version', new CodexVersionError({ path: '/x', expected: PINNED_CODEX_VERSION, actual: '0.1.0' }), true],
    ['bad option', new InvalidOptionsError('codexPath', 'empty'), true],
    ['a crash', new CodexProcessCrashedError(exit), false],
    ['a closed transport', new TransportClosedError(exit), false],
    ['a timeout', new TimeoutError('thread/start', 60_000), false],
    ['a spawn failure (may be transient: EAGAIN)', new CodexSpawnError({ path: '/x', args: [], reason: 'EAGAIN' }), false],
    ['nothing', null, false],
  ])('%s → %s', (_what, error, expected) => {
    expect(isUnrecoverable(error)).toBe(expected);
  });
});

describe('isNeverPersisted', () => {
  it("recognises codex's answer for a thread it never stored, and nothing else", () => {
    expect(isNeverPersisted(new InvalidRequestError('thread/resume', { code: -32600, message: 'no rollout found for thread id 01ab' }))).toBe(true);
    expect(isNeverPersisted(new InvalidRequestError('thread/resume', { code: -32600, message: 'thread not found' }))).toBe(false);
    expect(isNeverPersisted(new Error('no rollout found'))).toBe(false);
  });

  it('recognises a rollout codex created but was killed before writing (fault suite: kill -9 as the first turn starts)', () => {
    const empty = 'failed to read thread: thread-store internal error: failed to read session metadata /h/sessions/r.jsonl: rollout at /h/sessions/r.jsonl is empty';
    expect(isNeverPersisted(new InternalRpcError('thread/resume', { code: -32603, message: empty }))).toBe(true);
    expect(isNeverPersisted(new InternalRpcError('thread/resume', { code: -32603, message: 'failed to read thread: disk on fire' }))).toBe(false);
  });
});

describe('turnCutOffError', () => {
  it('a crash gives the exit and stderr tail', () => {
    const error = turnCutOffError('crash', exit);
    expect(error).toBeInstanceOf(CodexProcessCrashedError);
    expect(error).toMatchObject({ signal: 'SIGKILL', stderrTail: 'panic' });
    expect(error.message).toMatch(/^The codex process running this turn was killed by SIGKILL/);
  });

  it('a supervisor restart is a crash the caller can retry, said plainly', () => {
    const error = turnCutOffError('restart', { exitCode: null, signal: null, stderrTail: '' });
    expect(error).toBeInstanceOf(CodexProcessCrashedError);
    expect(error.message).toBe('The supervisor restarted this thread because a sibling thread crashed; the codex process running this turn was stopped.');
  });

  it('a close is a closed transport', () => {
    const error = turnCutOffError('close', { exitCode: null, signal: null, stderrTail: '' });
    expect(error).toBeInstanceOf(TransportClosedError);
    expect(error.message).toBe('The thread was closed while this turn was running.');
  });
});
