import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnyActorRef } from 'xstate';
import type { ChildRecord, PolicyState } from '../../../actors/childRecord.js';
import { planChildDown } from '../../../actors/restartPolicy.js';
import { resolveSupervisorOptions } from '../../../actors/supervisorOptions.js';
import { SupervisorEscalationError } from '../../../src/errors/index.js';
import { plainSpec, protocolSpec, startSupervisor } from './support/dummyChildren.js';

// The policy only passes refs through; a tagged object is enough to follow them.
const ref = (id: string) => ({ id, tag: `ref:${id}` }) as unknown as AnyActorRef;
const record = (id: string, protocol: boolean, extra: Partial<ChildRecord> = {}): ChildRecord => ({
  spec: { ...(protocol ? protocolSpec(id) : plainSpec(id)), protocol },
  generation: 1,
  status: 'running',
  restarts: 0,
  restartLog: [],
  ref: ref(id),
  ...extra,
});

describe('restart policy (pure)', () => {
  const state = (strategy: 'one_for_one' | 'one_for_all', children: ChildRecord[]): PolicyState => ({ options: resolveSupervisorOptions({ strategy }), children });

  it('an ended actor is stopped before its respawn is scheduled, with the next generation', () => {
    const plan = planChildDown(state('one_for_one', [record('p', false)]), { now: 0, random: () => 0.5 }, { kind: 'ended', childId: 'p', reason: { error: 'x' } });
    expect(plan.effects.map((e) => e.type)).toEqual(['emit', 'cancelRespawn', 'stopActor', 'scheduleRespawn', 'emit']);
    expect(plan.effects[3]).toEqual({ type: 'scheduleRespawn', childId: 'p', generation: 2, delayMs: 0 });
    expect(plan.children[0]).toMatchObject({ generation: 2, status: 'restarting', ref: undefined, restarts: 1, restartLog: [0] });
  });

  it('a crashed protocol child keeps its actor and gets supervisor.restart', () => {
    const plan = planChildDown(state('one_for_one', [record('a', true)]), { now: 0, random: () => 0.5 }, { kind: 'crashed', childId: 'a', error: 'x' });
    expect(plan.effects).toContainEqual({ type: 'send', ref: ref('a'), event: { type: 'supervisor.restart', generation: 2, delayMs: 0 } });
    expect(plan.effects.some((e) => e.type === 'stopActor')).toBe(false);
    expect(plan.children[0]?.ref).toEqual(ref('a'));
  });

  it('the first restart in the intensity window is immediate; repeats back off from initialDelayMs (OTP intensity)', () => {
    const delays = (restartLog: number[], now: number) => {
      const plan = planChildDown(state('one_for_one', [record('a', true, { restartLog })]), { now, random: () => 0.5 }, { kind: 'crashed', childId: 'a', error: 'x' });
      return plan.effects.flatMap((e) => (e.type === 'emit' && e.event.type === 'supervisor.restarting' ? [[e.event.attempt, e.event.delayMs]] : []));
    };
    expect(delays([], 0)).toEqual([[1, 0]]);
    expect(delays([0], 10)).toEqual([[2, 100]]);
    expect(delays([0, 10], 20)).toEqual([[3, 200]]);
    // Once the earlier restarts leave the window (5000 ms), the next crash is a first one again.
    expect(delays([0, 10], 5010)).toEqual([[1, 0]]);
  });

  it('escalation sends supervisor.escalate to live protocol children and stops plain ones', () => {
    const full = { restartLog: [0, 1, 2] };
    const plan = planChildDown(
      state('one_for_all', [record('a', true, full), record('p', false, full)]),
      { now: 3, random: () => 0.5 },
      { kind: 'crashed', childId: 'a', error: 'x' },
    );
    const sent = plan.effects.find((e) => e.type === 'send');
    expect(sent?.type === 'send' && sent.event.type === 'supervisor.escalate' && sent.event.error).toBeInstanceOf(SupervisorEscalationError);
    expect(plan.effects).toContainEqual({ type: 'stopActor', ref: ref('p') });
    expect(plan.effects.some((e) => e.type === 'scheduleRespawn' || (e.type === 'send' && e.event.type === 'supervisor.restart'))).toBe(false);
    expect(plan.children.map((c) => c.status)).toEqual(['failed', 'failed']);
  });
});

describe('restart intensity, end to end', () => {
  it('property: under any crash schedule, no window of withinMs holds more than maxRestarts restarts, and none follow an escalation', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 25 }), fc.integer({ min: 0, max: 4 }), (gaps, maxRestarts) => {
        const withinMs = 5000;
        const h = startSupervisor({ maxRestarts, withinMs }, [protocolSpec('a')]);
        const restartTimes: number[] = [];
        h.supervisor.on('supervisor.restarting', () => restartTimes.push(h.clock.now()));
        let escalatedAt: number | undefined;
        h.supervisor.on('supervisor.escalated', () => (escalatedAt = h.clock.now()));
        for (const gap of gaps) {
          if (h.childState('a') === 'up') h.child('a').send({ type: 'test.crash', error: new Error('crash') });
          h.clock.increment(gap);
        }
        for (const start of restartTimes) {
          expect(restartTimes.filter((t) => t >= start && t < start + withinMs).length).toBeLessThanOrEqual(maxRestarts);
        }
        if (escalatedAt !== undefined) {
          expect(restartTimes.every((t) => t <= escalatedAt!)).toBe(true);
          expect(h.childState('a')).toBe('failed');
        }
      }),
      { numRuns: 60 },
    );
  });
});
