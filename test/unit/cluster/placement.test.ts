import { describe, expect, it } from 'vitest';
import { isLive, planPlacement, type HostRecord } from '../../../src/cluster/hostRecord.js';

const now = 1_000_000;
function host(id: string, load: number, capacity = 4, heartbeatAt = now): HostRecord {
  return { id, load, capacity, processes: load, codexVersion: '0.169.0', pid: 1, hostname: 'm', startedAt: 0, heartbeatAt, heartbeatMs: 1000, threads: [] };
}

describe('planPlacement', () => {
  it('orders live hosts with room by load ratio, then id', () => {
    expect(planPlacement([host('a', 2), host('b', 0), host('c', 2, 8)], { now })).toEqual(['b', 'c', 'a']);
  });
  it('leaves out full hosts and hosts that missed three heartbeats', () => {
    expect(planPlacement([host('full', 4), host('stale', 0, 4, now - 3001), host('ok', 3)], { now })).toEqual(['ok']);
    expect(isLive(host('edge', 0, 4, now - 3000), now)).toBe(true);
  });
  it('puts the preferred host first when it has room', () => {
    expect(planPlacement([host('a', 0), host('b', 1)], { now, prefer: 'b' })).toEqual(['b', 'a']);
    expect(planPlacement([host('a', 0), host('b', 4)], { now, prefer: 'b' })).toEqual(['a']);
  });
  it('a pin is the only candidate, even when full (attaching adds no process), and none when it is not live', () => {
    expect(planPlacement([host('a', 0), host('b', 4)], { now, pin: 'b' })).toEqual(['b']);
    expect(planPlacement([host('a', 0)], { now, pin: 'gone' })).toEqual([]);
  });
});
