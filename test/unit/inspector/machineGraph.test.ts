import { createMachine } from 'xstate';
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
    expect(closed).toMatchObject({ path: 'closed', type: 'atomic', transitions: [{ event: 'open', targets: ['opened'] }] });
    expect(opened!.invokes).toEqual(['watch']);
    expect(opened!.transitions).toEqual(expect.arrayContaining([{ event: 'close', targets: ['closed'] }, { event: 'ping', targets: [] }, { event: 'after 1000', targets: ['closed'] }]));
    expect(opened!.states.map((s) => [s.path, s.type])).toEqual([['opened.idle', 'atomic'], ['opened.idle2', 'final']]);
    expect(opened!.states[0]!.transitions).toEqual([{ event: '(always)', targets: ['opened.idle2'] }]);
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
