import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActor, toPromise } from 'xstate';
import { deliverNotification } from '../../../machines/turn/deliverNotification.js';
import { turnMachine } from '../../../machines/turn/turnMachine.js';
import type { TurnInput } from '../../../machines/turn/turnTypes.js';
import type { ThreadEvent } from '../../../src/protocol/publicEvents.js';

interface Sample {
  kind: string;
  method: string;
  message: { params?: Record<string, unknown> };
}

/** Notifications recorded from the pinned binary (see captureWireSamples.ts). */
const recorded = (JSON.parse(readFileSync(new URL('../protocol/fixtures/wireSamples.json', import.meta.url), 'utf8')) as Sample[]).filter(
  (s) => s.kind === 'notification',
);

function startTurn(turnId: string) {
  const events: ThreadEvent[] = [];
  let answer!: (v: unknown) => void;
  const input: TurnInput = {
    threadId: 'th1',
    generation: 0,
    startParams: { threadId: 'th1', input: [] },
    publish: (e) => events.push(e),
    rpc: { request: async (method) => (method === 'turn/start' ? (new Promise((r) => (answer = r)) as never) : ({} as never)) },
    resolveServerRequest: async () => ({}),
  };
  const actor = createActor(turnMachine, { input }).start();
  return { actor, events, respond: () => answer({ turn: { id: turnId, status: 'inProgress' } }) };
}

/** The recorded notifications of one turn, retargeted at `turnId`. */
function turnTraffic(turnId: string): Array<{ method: string; params: Record<string, unknown> }> {
  const started = recorded.findIndex((s) => s.method === 'turn/started');
  const completed = recorded.findIndex((s, i) => i > started && s.method === 'turn/completed');
  const original = (recorded[started]!.message.params!.turn as { id: string }).id;
  return recorded.slice(started, completed + 1).map((s) => ({ method: s.method, params: JSON.parse(JSON.stringify(s.message.params ?? {}).split(original).join(turnId)) }));
}

describe('deliverNotification', () => {
  it('gives the same events, states and result as sending every notification through the chart', async () => {
    const traffic = turnTraffic('turn-a');
    const viaChart = startTurn('turn-a');
    const direct = startTurn('turn-a');
    // Half before the turn/start response (state `starting`), half after (`active`).
    const half = Math.floor(traffic.length / 2);
    for (const [i, n] of traffic.entries()) {
      if (i === half) {
        viaChart.respond();
        direct.respond();
        await new Promise((r) => setImmediate(r));
      }
      viaChart.actor.send({ type: 'wire.notification', method: n.method, params: n.params });
      deliverNotification(direct.actor, n.method, n.params);
      expect(direct.actor.getSnapshot().value).toEqual(viaChart.actor.getSnapshot().value);
    }
    await Promise.all([toPromise(viaChart.actor), toPromise(direct.actor)]);
    expect(direct.actor.getSnapshot().value).toBe('completed');
    expect(direct.events).toEqual(viaChart.events);
    expect(direct.actor.getSnapshot().context.acc.items).toEqual(viaChart.actor.getSnapshot().context.acc.items);
  });

  // Guards the fast path: if the chart ever transitions on another notification,
  // that method must join CHART_NOTIFICATIONS in deliverNotification.ts.
  it('no recorded notification other than turn/completed moves the turn chart', async () => {
    const methods = [...new Set(recorded.map((s) => s.method))].filter((m) => m !== 'turn/completed');
    expect(methods.length).toBeGreaterThan(10);
    for (const method of methods) {
      const sample = recorded.find((s) => s.method === method)!;
      const { actor, respond } = startTurn('turn-b');
      respond();
      await new Promise((r) => setImmediate(r));
      const before = actor.getSnapshot().value;
      actor.send({ type: 'wire.notification', method, params: { ...sample.message.params, turnId: 'turn-b' } });
      expect({ method, value: actor.getSnapshot().value }).toEqual({ method, value: before });
      actor.stop();
    }
  });
});
