import { describe, expect, it } from 'vitest';
import { APPROVAL_MODE_WIRE, approvalPolicyToWire, resolveApproval, type ApprovalWireFields } from '../../../src/options/index.js';
import { expectInvalid } from './expectInvalid.js';

describe('approval presets → wire', () => {
  it('maps each preset to the policy/reviewer pair codex needs', () => {
    expect(APPROVAL_MODE_WIRE).toEqual({
      // codex never asks; escalation requests are refused and the model is told.
      deny_all: { approvalPolicy: 'never' },
      // codex asks on escalation only, and its reviewer sub-agent decides.
      auto_review: { approvalPolicy: 'on-request', approvalsReviewer: 'auto_review' },
      // every command not known safe goes to the client's handler.
      ask: { approvalPolicy: 'untrusted', approvalsReviewer: 'user' },
    });
  });

  it.each<[Parameters<typeof resolveApproval>[0], ApprovalWireFields]>([
    [{}, {}],
    [{ approvalMode: 'deny_all' }, { approvalPolicy: 'never' }],
    [{ approvalMode: 'auto_review' }, { approvalPolicy: 'on-request', approvalsReviewer: 'auto_review' }],
    [{ approvalMode: 'ask' }, { approvalPolicy: 'untrusted', approvalsReviewer: 'user' }],
    [{ approvalPolicy: 'never' }, { approvalPolicy: 'never' }],
    [{ approvalPolicy: 'on-request' }, { approvalPolicy: 'on-request' }],
    [{ approvalPolicy: 'on-failure' }, { approvalPolicy: 'on-request' }],
    [{ approvalPolicy: 'untrusted' }, { approvalPolicy: 'untrusted' }],
    [{ approvalsReviewer: 'auto_review' }, { approvalsReviewer: 'auto_review' }],
    [{ approvalPolicy: 'on-request', approvalsReviewer: 'guardian_subagent' }, { approvalPolicy: 'on-request', approvalsReviewer: 'guardian_subagent' }],
    // The same meaning twice is fine.
    [{ approvalMode: 'ask', approvalPolicy: 'untrusted', approvalsReviewer: 'user' }, { approvalPolicy: 'untrusted', approvalsReviewer: 'user' }],
    [{ approvalMode: 'auto_review', approvalPolicy: 'on-failure' }, { approvalPolicy: 'on-request', approvalsReviewer: 'auto_review' }],
    [{ approvalMode: 'auto_review', approvalsReviewer: 'guardian_subagent' }, { approvalPolicy: 'on-request', approvalsReviewer: 'auto_review' }],
    // deny_all does not touch the reviewer: nothing is reviewed under `never`.
    [{ approvalMode: 'deny_all', approvalsReviewer: 'auto_review' }, { approvalPolicy: 'never', approvalsReviewer: 'auto_review' }],
    [
      { approvalPolicy: { granular: { sandbox_approval: true, rules: false, mcp_elicitations: false } } },
      { approvalPolicy: { granular: { sandbox_approval: true, rules: false, mcp_elicitations: false } } },
    ],
  ])('%j → %j', (options, wire) => {
    expect(resolveApproval(options)).toEqual(wire);
  });

  it('sends the legacy on-failure as on-request (app-server rejects on-failure; codex reads it as on-request)', () => {
    expect(approvalPolicyToWire('on-failure')).toBe('on-request');
  });

  it.each<[Parameters<typeof resolveApproval>[0], string]>([
    [{ approvalMode: 'ask', approvalPolicy: 'never' }, 'turn.approvalPolicy'],
    [{ approvalMode: 'deny_all', approvalPolicy: 'untrusted' }, 'turn.approvalPolicy'],
    [{ approvalMode: 'auto_review', approvalPolicy: 'never' }, 'turn.approvalPolicy'],
    [{ approvalMode: 'ask', approvalsReviewer: 'auto_review' }, 'turn.approvalsReviewer'],
    [{ approvalMode: 'auto_review', approvalsReviewer: 'user' }, 'turn.approvalsReviewer'],
  ])('rejects the contradiction %j at %s', (options, option) => {
    expect(expectInvalid(() => resolveApproval(options, 'turn.'), option)).toMatch(/contradicts approvalMode.*Pass only one/);
  });
});
