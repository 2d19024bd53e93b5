import { describe, expect, it } from 'vitest';
import { retryNotice } from '../../../src/protocol/retryNotice.js';

// The texts are codex's (0.169 and 0.171), seen with no network (docs/errors.md).
describe('retryNotice', () => {
  it('a counted retry: attempt, limit and why', () => {
    expect(retryNotice('Reconnecting... 2/5', 'stream disconnected before completion: failed to lookup address information: Name does not resolve')).toEqual({
      attempt: 2,
      maxAttempts: 5,
      waitingForNetwork: false,
      reason: 'stream disconnected before completion: failed to lookup address information: Name does not resolve',
    });
  });

  it('waiting for the network: no count, no limit', () => {
    expect(retryNotice('Reconnecting... waiting for network', 'Connection failed: error sending request')).toEqual({
      attempt: null,
      maxAttempts: null,
      waitingForNetwork: true,
      reason: 'Connection failed: error sending request',
    });
  });

  it('another text keeps the reason and claims nothing else', () => {
    expect(retryNotice('Retrying soon', null)).toEqual({ attempt: null, maxAttempts: null, waitingForNetwork: false, reason: null });
  });
});
