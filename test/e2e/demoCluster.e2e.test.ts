import { execa } from 'execa';
import { describe, expect, it } from 'vitest';

describe('npm run demo -- --cluster (NATS + three host agents on loopback, scripted model, real binary)', () => {
  it('places three threads on three hosts, answers an approval and a tool in the client, moves a thread to another host, lists threads cluster-wide', async () => {
    const run = await execa('node', ['--import', 'tsx', 'demo/main.ts', '--cluster', '--json'], { reject: false, timeout: 150_000, env: { NO_COLOR: '1' } });
    const lines = run.stdout
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { type: string; [key: string]: unknown });
    const finished = lines.at(-1)!;
    expect(finished, `${run.stderr}\n${run.stdout.slice(-2000)}`).toMatchObject({ type: 'demo.finished', ok: true });
    expect(run.exitCode).toBe(0);
    const summary = finished['summary'] as { placed: string[]; movedTo: string; approvals: number; toolCalls: number };
    expect(new Set(summary.placed).size).toBe(3);
    expect(summary).toMatchObject({ hosts: 3, approvals: 1, toolCalls: 1 });
    expect(lines.filter((l) => l.type === 'thread.placed').map((l) => l['host'])).toEqual(expect.arrayContaining(summary.placed));
    expect(lines.filter((l) => l.type === 'demo.step').map((l) => l['index'])).toEqual([1, 2, 3, 4, 5]);
  }, 180_000);
});
