import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from '../../../src/errors/index.js';
import { foldBypass } from '../../../src/options/bypassSandbox.js';
import { parseThreadOptions } from '../../../src/options/threadOptions.js';
import { toThreadStartParams } from '../../../src/options/toWireParams.js';

describe('dangerouslyBypassApprovalsAndSandbox', () => {
  it('is off unless true', () => {
    expect(foldBypass({}, 'read-only')).toBeUndefined();
    expect(foldBypass({ dangerouslyBypassApprovalsAndSandbox: false }, 'read-only')).toBeUndefined();
  });

  it('becomes danger-full-access + never on the wire', () => {
    const params = toThreadStartParams(parseThreadOptions({ dangerouslyBypassApprovalsAndSandbox: true }));
    expect(params).toMatchObject({ sandbox: 'danger-full-access', approvalPolicy: 'never' });
  });

  it.each([
    [{ sandbox: 'read-only' }, 'sandbox'],
    [{ sandboxMode: 'workspace-write' }, 'sandbox'],
    [{ approvalMode: 'ask' }, 'approvalMode'],
    [{ approvalPolicy: 'untrusted' }, 'approvalPolicy'],
    [{ additionalDirectories: ['/data'] }, 'additionalDirectories'],
    [{ networkAccessEnabled: false }, 'networkAccessEnabled'],
  ] as const)('rejects %o, naming %s', (extra, option) => {
    const error = (() => {
      try {
        parseThreadOptions({ dangerouslyBypassApprovalsAndSandbox: true, ...extra });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect((error as InvalidOptionsError).message).toContain(option);
    expect((error as InvalidOptionsError).message).toContain('contradicts dangerouslyBypassApprovalsAndSandbox');
  });

  it('accepts the settings that mean the same thing', () => {
    expect(parseThreadOptions({ dangerouslyBypassApprovalsAndSandbox: true, sandbox: 'danger-full-access', approvalMode: 'deny_all', networkAccessEnabled: true })).toMatchObject({
      sandbox: 'danger-full-access',
      approvalPolicy: 'never',
    });
  });
});
