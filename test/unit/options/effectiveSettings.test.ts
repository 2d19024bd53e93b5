import { describe, expect, it } from 'vitest';
import { foldSettings, settingsDrift, threadSettings, toSettingsUpdate, turnSettings, withSettings } from '../../../src/options/effectiveSettings.js';
import { parseThreadOptions } from '../../../src/options/threadOptions.js';
import { parseTurnOptions } from '../../../src/options/turnOptions.js';

describe('effective settings', () => {
  it('start from the thread options: sandbox and its roots and network, approval, model, effort, personality, cwd, tier', () => {
    const thread = parseThreadOptions({
      sandbox: 'workspace-write',
      additionalDirectories: ['/data'],
      networkAccessEnabled: true,
      approvalMode: 'auto_review',
      model: 'gpt-5.5',
      modelReasoningEffort: 'low',
      personality: 'pragmatic',
      cwd: '/repo',
      serviceTier: 'flex',
    });
    expect(threadSettings(thread)).toEqual({
      sandbox: 'workspace-write',
      writableRoots: ['/data'],
      networkAccess: true,
      approvalPolicy: 'on-request',
      approvalsReviewer: 'auto_review',
      model: 'gpt-5.5',
      effort: 'low',
      personality: 'pragmatic',
      cwd: '/repo',
      serviceTier: 'flex',
    });
    expect(threadSettings(parseThreadOptions({}))).toEqual({});
  });

  it('fold a turn’s overrides over them; a deny_all turn keeps the reviewer codex keeps too', () => {
    const before = threadSettings(parseThreadOptions({ sandbox: 'workspace-write', approvalMode: 'auto_review', model: 'a' }));
    const change = turnSettings(parseTurnOptions({ sandbox: 'read-only', approvalMode: 'deny_all', effort: 'high', summary: 'concise', outputSchema: { type: 'object' } }));
    expect(change).toEqual({ sandbox: 'read-only', approvalPolicy: 'never', effort: 'high', summary: 'concise' });
    expect(foldSettings(before, change)).toEqual({ sandbox: 'read-only', approvalPolicy: 'never', approvalsReviewer: 'auto_review', model: 'a', effort: 'high', summary: 'concise' });
    expect(foldSettings(before, undefined)).toBe(before);
  });

  it('ride on start/resume params: fields as params, effort and summary as config keys beside the thread’s config', () => {
    const params = withSettings(
      { threadId: 't', sandbox: 'workspace-write' as const, config: { 'mcp_servers.docs.command': 'x', model_reasoning_effort: 'low' } },
      { sandbox: 'read-only', approvalPolicy: 'never', effort: 'high', summary: 'detailed', cwd: '/repo', writableRoots: ['/data'] },
    );
    expect(params).toEqual({
      threadId: 't',
      sandbox: 'read-only',
      approvalPolicy: 'never',
      cwd: '/repo',
      config: { 'mcp_servers.docs.command': 'x', model_reasoning_effort: 'high', model_reasoning_summary: 'detailed' },
    });
    const bare: { threadId: string; config?: Record<string, never> } = { threadId: 't' };
    expect(withSettings(bare, {})).toEqual({ threadId: 't' });
  });

  it('drift: every setting codex reports otherwise, compared only where the thread has a value', () => {
    const reported = {
      sandbox: { type: 'workspaceWrite', writableRoots: ['/repo/extra'], networkAccess: false },
      approvalPolicy: 'untrusted',
      approvalsReviewer: 'user',
      model: 'mock-model',
      reasoningEffort: null,
      cwd: '/repo',
    };
    expect(settingsDrift({}, reported)).toEqual([]);
    expect(settingsDrift({ sandbox: 'workspace-write', approvalPolicy: 'untrusted', cwd: '/repo' }, reported)).toEqual([]);
    expect(settingsDrift({ sandbox: 'read-only', approvalPolicy: 'never', model: 'gpt-5.5', effort: 'high', cwd: '/other' }, reported)).toEqual([
      { setting: 'sandbox', expected: 'read-only', actual: 'workspace-write' },
      { setting: 'approvalPolicy', expected: 'never', actual: 'untrusted' },
      { setting: 'model', expected: 'gpt-5.5', actual: 'mock-model' },
      { setting: 'effort', expected: 'high', actual: null },
      { setting: 'cwd', expected: '/other', actual: '/repo' },
    ]);
    expect(settingsDrift({ sandbox: 'workspace-write', writableRoots: ['/data'], networkAccess: true }, reported)).toEqual([
      { setting: 'writableRoots', expected: ['/data'], actual: ['/repo/extra'] },
      { setting: 'networkAccess', expected: true, actual: false },
    ]);
    const granular = { granular: { sandbox_approval: true, rules: false, mcp_elicitations: true } };
    expect(settingsDrift({ approvalPolicy: granular }, { approvalPolicy: { granular: { ...granular.granular, skill_approval: false } } })).toEqual([]);
    expect(settingsDrift({ approvalsReviewer: 'guardian_subagent' }, { approvalsReviewer: 'auto_review' })).toEqual([]);
  });

  it('thread/settings/update params put every setting back, the sandbox as a full policy', () => {
    expect(toSettingsUpdate('t', { sandbox: 'workspace-write', writableRoots: ['/data'], networkAccess: false, approvalPolicy: 'never', effort: 'high', cwd: '/repo' })).toEqual({
      threadId: 't',
      sandboxPolicy: { type: 'workspaceWrite', writableRoots: ['/data'], networkAccess: false },
      approvalPolicy: 'never',
      effort: 'high',
      cwd: '/repo',
    });
    expect(toSettingsUpdate('t', { sandbox: 'read-only' })).toEqual({ threadId: 't', sandboxPolicy: { type: 'readOnly' } });
  });
});
