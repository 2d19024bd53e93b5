import { BehaviorSubject } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { createTerminalReporter } from '../../../demo/terminalReporter.js';
import type { CodexEvent, Thread, ThreadSnapshot } from '../../../src/index.js';

/** A terminal of `columns` that keeps what was drawn last: the progress block after the final redraw. */
function terminal(columns: number) {
  const writes: string[] = [];
  return {
    out: { isTTY: true, columns, write: (text: string) => void writes.push(text) },
    /** The visible lines of the last write (colours and cursor moves removed). */
    lastBlock: () =>
      writes
        .at(-1)!
        // eslint-disable-next-line no-control-regex
        .replace(/\x1b\[[0-9;]*[A-Za-z]/g, '')
        .split('\n')
        .filter(Boolean),
  };
}

const snapshot: ThreadSnapshot = { state: 'connected.turnActive', turnState: 'active.awaitingApproval', threadId: 'thread-1', generation: 1, queued: 0, goal: null, error: null };
const approval = {
  type: 'approval.requested',
  command: `/bin/bash -lc 'echo "hello from codex-actors" > greeting.txt'`,
  kind: 'command',
  meta: { threadId: 'thread-1', turnId: 'turn-1', generation: 1, seq: 4, at: 0 },
} as unknown as CodexEvent;

describe('the demo progress block', () => {
  it.each([60, 80, 100, 160])('at %i columns every line fits and the last event is shown whole', (columns) => {
    const { out, lastBlock } = terminal(columns);
    const reporter = createTerminalReporter(out, { NO_COLOR: '1' });
    reporter.watch('writer', { id: 'thread-1', state$: new BehaviorSubject(snapshot) } as unknown as Thread);
    reporter.event(approval);
    const lines = lastBlock();
    expect(lines.every((line) => line.length < columns)).toBe(true);
    // A last event too long for its column continues under the row, indented to the state column.
    expect(lines.map((line) => line.replace(/^ {11}/, '')).join('')).toContain(`approval requested: /bin/bash -lc 'echo "hello from codex-actors" > greeting.txt'`);
    expect(lines.join('\n')).toContain('active.awaitingApproval');
  });

  it("shows codex's retry notices (no network) with their reason", () => {
    const writes: string[] = [];
    const reporter = createTerminalReporter({ isTTY: false, write: (text) => void writes.push(text) }, { NO_COLOR: '1' });
    reporter.watch('writer', { id: 'thread-1', state$: new BehaviorSubject(snapshot) } as unknown as Thread);
    const notice = { type: 'error', message: 'Reconnecting... 2/5', willRetry: true, retry: { attempt: 2, maxAttempts: 5, waitingForNetwork: false, reason: 'Name does not resolve' }, meta: approval.meta };
    reporter.event(notice as unknown as CodexEvent);
    expect(writes.join('')).toMatch(/writer retrying the model: Reconnecting\.\.\. 2\/5 \(Name does not resolve\)/);
  });
});
