import { and, createMachine, not, or } from 'xstate';
import { describe, expect, it } from 'vitest';
import { turnMachine } from '../../../machines/turn/turnMachine.js';
import { toMachineGraph } from '../../../src/inspector/machineGraph.js';

describe('toMachineGraph', () => {
  it('reads states, initial states, transitions with readable names and invokes', () => {
    const machine = createMachine({
      id: 'door',
      initial: 'closed',
      states: {
        closed: { on: { open: 'opened' } },
        opened: {
          initial: 'idle',
          invoke: { id: 'watcher', src: 'watch' },
          after: { 1000: 'closed' },
          on: { close: 'closed', ping: {} },
          states: { idle: { always: 'idle2' }, idle2: { type: 'final' } },
        },
      },
    });
    const graph = toMachineGraph(machine);
    expect(graph.id).toBe('door');
    expect(graph.root).toMatchObject({ key: 'door', path: '', type: 'compound', initial: 'closed' });
    const [closed, opened] = graph.root.states;
    expect(closed).toMatchObject({ path: 'closed', type: 'atomic', transitions: [{ event: 'open', eventType: 'open', targets: ['opened'] }] });
    expect(opened!.invokes).toEqual(['watch']);
    expect(opened!.transitions).toEqual(
      expect.arrayContaining([
        { event: 'close', eventType: 'close', targets: ['closed'] },
        { event: 'ping', eventType: 'ping', targets: [] },
        { event: 'after 1000', eventType: expect.stringMatching(/^xstate\.after\.1000\./), targets: ['closed'] },
      ]),
    );
    expect(opened!.states.map((s) => [s.path, s.type])).toEqual([['opened.idle', 'atomic'], ['opened.idle2', 'final']]);
    expect(opened!.states[0]!.transitions).toEqual([{ event: '(always)', eventType: '', targets: ['opened.idle2'] }]);
  });

  it('names guards: by type, with params, and through not/and/or', () => {
    const machine = createMachine({
      id: 'g',
      initial: 'a',
      states: {
        a: {
          on: {
            go: [
              { guard: 'ready', target: 'b' },
              { guard: { type: 'completedAs', params: 'failed' }, target: 'b' },
              { guard: not('ready'), target: 'b' },
              { guard: and(['ready', or(['x', 'y'])]), target: 'b' },
              { target: 'b' },
            ],
          },
        },
        b: {},
      },
    });
    const guards = toMachineGraph(machine).root.states[0]!.transitions.map((t) => t.guard);
    expect(guards).toEqual(['ready', 'completedAs', '!ready', 'ready && (x || y)', undefined]);
  });

  it('is plain JSON and covers every state of the turn machine', () => {
    const graph = toMachineGraph(turnMachine);
    expect(JSON.parse(JSON.stringify(graph))).toEqual(graph);
    const paths: string[] = [];
    const walk = (node: typeof graph.root) => {
      paths.push(node.path);
      node.states.forEach(walk);
    };
    walk(graph.root);
    expect(paths).toEqual(expect.arrayContaining(['starting', 'active.running', 'active.awaitingApproval', 'active.runningTool', 'completed', 'failed', 'interrupted', 'crashed']));
  });
});
