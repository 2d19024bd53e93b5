import { existsSync } from 'node:fs';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { listCodexProcesses } from '../support/index.js';

/** One line of `npm run demo -- --json`. */
interface Line {
  type: string;
  [key: string]: unknown;
}

const meta = (line: Line) => line['meta'] as { generation: number; threadId: string | null };

async function runDemo(args: string[]) {
  const run = await execa('node', ['--import', 'tsx', 'demo/main.ts', '--json', ...args], { reject: false, timeout: 100_000, env: { NO_COLOR: '1' } });
  const lines = run.stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Line);
  return { run, lines };
}

describe('npm run demo -- --json (scripted model, real binary)', () => {
  it('streams, approves, calls a tool, parses structured output, survives kill -9 and resumes', async () => {
    const { run, lines } = await runDemo([]);
    const finished = lines.at(-1)!;
    expect(finished, run.stderr).toMatchObject({ type: 'demo.finished', ok: true });
    expect(run.exitCode).toBe(0);
    expect(finished['summary']).toMatchObject({ threads: 2, approvals: 1, toolCalls: 1, restarts: 1, output: { city: 'Paris', temperatureC: 21, conditions: 'sunny' } });

    const types = lines.map((l) => l.type);
    expect(lines.filter((l) => l.type === 'demo.step').map((l) => l['index'])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(types.filter((t) => t === 'supervisor.child_started')).toHaveLength(2);

    // Streaming: the first answer arrived as deltas before the message completed.
    const firstDelta = types.indexOf('item.delta');
    const firstMessage = lines.findIndex((l) => l.type === 'item.completed' && (l['item'] as { type: string }).type === 'agent_message');
    expect(firstDelta).toBeGreaterThan(-1);
    expect(firstDelta).toBeLessThan(firstMessage);

    // Approval: requested, shown to the demo's handler, accepted by it; the writer's turn waited in awaitingApproval.
    const requested = lines.find((l) => l.type === 'approval.requested')!;
    expect(requested['command']).toContain('greeting.txt');
    expect(lines.find((l) => l.type === 'demo.approval')).toMatchObject({ thread: 'writer', kind: 'command', decision: 'accept' });
    expect(lines.find((l) => l.type === 'approval.resolved')).toMatchObject({ decision: 'accept', reason: 'handler' });
    expect(lines.some((l) => l.type === 'demo.state' && l['thread'] === 'writer' && l['turnState'] === 'active.awaitingApproval')).toBe(true);

    // Tool: the defineTool handler ran while the analyst's turn was in runningTool.
    expect(lines.find((l) => l.type === 'tool.called')).toMatchObject({ tool: 'get_weather', arguments: { city: 'Paris' } });
    expect(lines.find((l) => l.type === 'tool.completed')).toMatchObject({ tool: 'get_weather', success: true });
    expect(lines.some((l) => l.type === 'demo.state' && l['thread'] === 'analyst' && l['turnState'] === 'active.runningTool')).toBe(true);

    // Crash: supervisor events in order, the thread restarted as generation 2 with the same thread id, the next turn completed on it.
    const crashed = types.indexOf('supervisor.child_crashed');
    const restarting = types.indexOf('supervisor.restarting');
    const restartedChild = types.indexOf('supervisor.child_restarted');
    const restarted = lines.find((l) => l.type === 'thread.restarted')!;
    expect(crashed).toBeGreaterThan(-1);
    expect(crashed).toBeLessThan(restarting);
    expect(restarting).toBeLessThan(restartedChild);
    expect(restarted).toMatchObject({ generation: 2, reason: expect.stringContaining('SIGKILL') });
    const analystId = restarted['thread_id'] as string;
    const afterRestart = lines.slice(types.indexOf('thread.restarted')).filter((l) => l.type === 'turn.completed');
    expect(afterRestart).toHaveLength(1);
    expect(meta(afterRestart[0]!)).toMatchObject({ generation: 2, threadId: analystId });
    const answers = lines.filter((l) => l.type === 'item.completed' && (l['item'] as { type: string }).type === 'agent_message');
    expect((answers.at(-1)!['item'] as { text: string }).text).toBe('Paris');

    // Nothing outlives the demo.
    const setup = lines.find((l) => l.type === 'demo.note' && typeof l['codexHome'] === 'string')!;
    expect(listCodexProcesses(setup['codexHome'] as string)).toEqual([]);
  });

  it('fails loudly (exit 1, demo.finished ok:false) when a step cannot finish', async () => {
    const { run, lines } = await runDemo(['--timeout-ms', '300']);
    expect(run.exitCode).toBe(1);
    expect(lines.at(-1)).toMatchObject({ type: 'demo.finished', ok: false, error: { message: expect.stringContaining('did not finish within 300 ms') } });
    const setup = lines.find((l) => l.type === 'demo.note' && typeof l['codexHome'] === 'string')!;
    expect(listCodexProcesses(setup['codexHome'] as string)).toEqual([]);
  });

  it('--json | head -n 1 (the reader stops reading): ends quietly with exit 0, no process or temporary directory left', async () => {
    const run = await execa('bash', ['-c', 'node --import tsx demo/main.ts --json | head -n 1; exit "${PIPESTATUS[0]}"'], { reject: false, timeout: 100_000, env: { NO_COLOR: '1' } });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const setup = JSON.parse(run.stdout) as Line;
    expect(setup).toMatchObject({ type: 'demo.note', codexHome: expect.any(String) });
    expect(listCodexProcesses(setup['codexHome'] as string)).toEqual([]);
    // The temporary directory that holds the demo's CODEX_HOME and workspace is gone.
    expect(existsSync(path.dirname(setup['codexHome'] as string))).toBe(false);
  });
});
