import { describe, expect, it } from 'vitest';
import { PINNED_CODEX_VERSION } from '../../../native/index.js';
import { childFailed } from '../../../actors/supervisionProtocol.js';
import { planChildFailed } from '../../../actors/restartPolicy.js';
import { resolveSupervisorOptions } from '../../../actors/supervisorOptions.js';
import { protocolSpec, startSupervisor } from './support/dummyChildren.js';

describe('child.failed: an error a restart cannot cure', () => {
  it('marks the child failed and emits supervisor.child_failed; nothing is restarted, however much time passes', () => {
    const h = startSupervisor({ strategy: 'one_for_one' }, [protocolSpec('a')]);
    const error = new Error(`codex version 0.1.0 is not the pinned ${PINNED_CODEX_VERSION}`);
    h.supervisor.send(childFailed('a', 1, error));

    expect(h.record('a')).toMatchObject({ status: 'failed', error, generation: 1, restarts: 0 });
    expect(h.ofType('supervisor.child_failed')).toEqual([{ type: 'supervisor.child_failed', childId: 'a', generation: 1, error }]);
    h.clock.increment(60_000);
    h.supervisor.send({ type: 'child.crashed', childId: 'a', generation: 1, error: new Error('late crash report') });
    h.clock.increment(60_000);
    expect(h.ofType('supervisor.restarting')).toEqual([]);
    expect(h.record('a')?.status).toBe('failed');
  });

  it('leaves siblings alone even under one_for_all: nothing crashed', () => {
    const h = startSupervisor({ strategy: 'one_for_all' }, [protocolSpec('a'), protocolSpec('b')]);
    h.supervisor.send(childFailed('a', 1, new Error('no rollout found')));
    h.clock.increment(10_000);
    expect(h.record('b')).toMatchObject({ status: 'running', generation: 1, restarts: 0 });
    expect(h.childState('b')).toBe('up');
    expect(h.ofType('supervisor.restarting')).toEqual([]);
  });

  it('ignores a report from an older generation', () => {
    const h = startSupervisor({}, [protocolSpec('a')]);
    h.child('a').send({ type: 'test.crash', error: new Error('crash') });
    h.clock.increment(1000);
    expect(h.record('a')).toMatchObject({ status: 'running', generation: 2 });
    h.supervisor.send(childFailed('a', 1, new Error('stale')));
    expect(h.record('a')?.status).toBe('running');
    expect(h.ofType('supervisor.child_failed')).toEqual([]);
  });

  it('a failed child is still stopped on shutdown, and the supervisor completes', () => {
    const h = startSupervisor({}, [protocolSpec('a'), protocolSpec('b')]);
    h.supervisor.send(childFailed('b', 1, new Error('refused')));
    h.supervisor.send({ type: 'supervisor.shutdown' });
    h.clock.increment(5000);
    expect(h.supervisor.getSnapshot().status).toBe('done');
  });

  it('planChildFailed cancels a pending respawn and is a no-op for unknown or settled children', () => {
    const state = { options: resolveSupervisorOptions(), children: [] };
    expect(planChildFailed(state, 'nobody', 1, new Error('x'))).toEqual({ children: [], effects: [] });
    const record = { spec: protocolSpec('a'), generation: 2, status: 'restarting' as const, restarts: 1, restartLog: [0], ref: undefined };
    const plan = planChildFailed({ ...state, children: [record] }, 'a', 2, 'why');
    expect(plan.children[0]).toMatchObject({ status: 'failed', error: 'why' });
    expect(plan.effects[0]).toEqual({ type: 'cancelRespawn', childId: 'a' });
    expect(planChildFailed({ ...state, children: [{ ...record, status: 'stopping' }] }, 'a', 2, 'why').effects).toEqual([]);
  });
});
