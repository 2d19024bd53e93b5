import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMachine, fromPromise, setup } from 'xstate';
import { renderStateChartsDoc, STATE_CHARTS_DOC, toMermaid } from '../../../scripts/stateCharts.js';

describe('docs/state-charts.md', () => {
  it('is what `npm run docs:charts` generates from the machines (regenerate it after changing a chart)', () => {
    expect(readFileSync(STATE_CHARTS_DOC, 'utf8')).toBe(renderStateChartsDoc());
  });
});

describe('toMermaid', () => {
  it('draws nesting, initial and final states, and labels transitions with event and guard', () => {
    const machine = setup({
      guards: { ready: () => true, is: (_: unknown, _params: string) => true },
      delays: { pause: 10 },
      actors: { load: fromPromise(async () => 1) },
    }).createMachine({
      id: 'demo',
      initial: 'idle',
      on: { reset: '.idle' },
      states: {
        idle: { on: { go: { target: 'busy', guard: 'ready' }, note: { actions: () => {} } } },
        busy: {
          initial: 'loading',
          invoke: { id: 'load', src: 'load', onDone: 'done', onError: { target: 'idle', guard: { type: 'is', params: 'x' } } },
          states: { loading: { after: { pause: 'waiting' } }, waiting: {} },
        },
        done: { type: 'final' },
      },
    });
    expect(toMermaid(machine)).toBe(
      [
        'stateDiagram-v2',
        '  [*] --> idle',
        '  state busy {',
        '    state "loading" as busy_loading',
        '    state "waiting" as busy_waiting',
        '    [*] --> busy_loading',
        '  }',
        '  done --> [*]',
        '  idle --> busy: go [ready]',
        '  busy --> done: done: load',
        '  busy --> idle: error: load [is(x)]',
        '  busy_loading --> busy_waiting: after pause',
      ].join('\n'),
    );
  });

  it('leaves out transitions that only run actions', () => {
    const machine = createMachine({ id: 'flat', initial: 'a', states: { a: { on: { tick: { actions: () => {} } } } } });
    expect(toMermaid(machine)).toBe(['stateDiagram-v2', '  [*] --> a'].join('\n'));
  });
});
