/** The `label` thread option: kept in this process, stamped on events' meta, never sent to codex. */
import { describe, expect, it } from 'vitest';
import { parseThreadOptions } from '../../../src/options/index.js';
import { toThreadResumeParams, toThreadStartParams } from '../../../src/options/toWireParams.js';
import { EventBus } from '../../../src/runtime/eventBus.js';
import { expectInvalid } from './expectInvalid.js';

describe('ThreadOptions.label', () => {
  it('is kept as given and never reaches thread/start or thread/resume params', () => {
    const options = parseThreadOptions({ label: 'writer', cwd: '/repo' }, '/');
    expect(options.label).toBe('writer');
    expect(JSON.stringify(toThreadStartParams(options))).not.toContain('writer');
    expect(JSON.stringify(toThreadResumeParams('t1', options, { excludeTurns: true }))).not.toContain('writer');
  });

  it('must be a non-empty string of at most 200 characters', () => {
    expect(expectInvalid(() => parseThreadOptions({ label: '' }, '/'), 'label')).toBe('must not be empty');
    expect(expectInvalid(() => parseThreadOptions({ label: 'x'.repeat(201) }, '/'), 'label')).toMatch(/200|too big/i);
    expect(expectInvalid(() => parseThreadOptions({ label: 7 }, '/'), 'label')).toMatch(/string/);
  });

  it("is stamped on events' meta when the thread has one, and left out when it has none", () => {
    const bus = new EventBus();
    const seen: unknown[] = [];
    bus.events$.subscribe((e) => seen.push(e));
    bus.stamp({ type: 'turn.started' }, { threadId: 't1', turnId: 'u1', generation: 1, label: 'writer' });
    bus.stamp({ type: 'turn.started' }, { threadId: 't2', turnId: 'u2', generation: 1 });
    expect(seen[0]).toMatchObject({ meta: { threadId: 't1', label: 'writer' } });
    expect((seen[1] as { meta: object }).meta).not.toHaveProperty('label');
  });
});
