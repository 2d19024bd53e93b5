/**
 * A program written the way @openai/codex-sdk is used (its README and tests):
 * `new Codex({ codexPathOverride, baseUrl, apiKey, config, env })`,
 * `startThread(options)`, `run`, `runStreamed`, `resumeThread`. It runs
 * unchanged on both transports and sees the same events and items.
 */
import { describe, expect, it } from 'vitest';
import { Codex, InvalidOptionsError, type ThreadEvent, type ThreadItem } from '../../src/index.js';
import { createGate, responses, userTexts } from '../../src/testing/index.js';
import { createScriptedCodex, type ScriptedCodex } from '../support/withScriptedCodex.js';
import { listCodexProcesses } from '../support/listCodexProcesses.js';

type Transport = 'exec' | 'app-server';

const usage = (inputTokens: number, outputTokens: number) => ({ inputTokens, outputTokens, cachedInputTokens: 0, reasoningOutputTokens: 0 });

/** What a drop-in program observes, reduced to what both transports must agree on. */
interface Observed {
  first: { finalResponse: string | null; items: unknown[]; usage: unknown };
  streamed: string[];
  streamedItems: unknown[];
  resumed: { finalResponse: string | null; sameId: boolean };
}

/** SDK events only; app-server also streams item.started for messages and reasoning, which exec never prints. */
function sdkEventTypes(events: ThreadEvent[]): string[] {
  return events
    .filter((e) => ['thread.started', 'turn.started', 'item.started', 'item.updated', 'item.completed', 'turn.completed', 'turn.failed', 'error'].includes(e.type))
    .filter((e) => !((e.type === 'item.started' || e.type === 'item.updated') && (e.item.type === 'agent_message' || e.item.type === 'reasoning')))
    .map((e) => (e.type.startsWith('item.') ? `${e.type}:${(e as { item: ThreadItem }).item.type}` : e.type));
}

/** Item content without transport-specific ids and quoting. */
function comparable(item: ThreadItem): unknown {
  switch (item.type) {
    case 'agent_message':
      return { type: item.type, text: item.text };
    case 'command_execution':
      return { type: item.type, aggregated_output: item.aggregated_output, exit_code: item.exit_code, status: item.status };
    default:
      return { type: item.type };
  }
}

async function sdkStyleProgram(fixture: ScriptedCodex, transport: Transport): Promise<Observed> {
  const options = {
    codexPathOverride: fixture.codexPath,
    baseUrl: fixture.server.url,
    apiKey: 'sk-test-drop-in',
    config: { model_reasoning_summary: 'auto' },
    env: fixture.home.env,
    ...(transport === 'exec' ? { transport } : {}),
  } as const;
  const codex = new Codex(options);
  try {
    const thread = codex.startThread({ workingDirectory: fixture.home.workspace, skipGitRepoCheck: true, sandboxMode: 'read-only', model: 'mock-model' });
    const turn = await thread.run('list the files');

    const { events } = await thread.runStreamed('and now summarise');
    const seen: ThreadEvent[] = [];
    for await (const event of events) seen.push(event);
    const started = seen.find((e) => e.type === 'thread.started');
    const threadId = started?.type === 'thread.started' ? started.thread_id : null;
    expect(threadId).toBe(thread.id);

    await codex.close();
    const again = new Codex(options);
    try {
      const resumed = again.resumeThread(threadId!, { workingDirectory: fixture.home.workspace, skipGitRepoCheck: true });
      const third = await resumed.run('one more thing');
      return {
        first: { finalResponse: turn.finalResponse, items: turn.items.map(comparable), usage: turn.usage },
        streamed: sdkEventTypes(seen),
        streamedItems: seen.flatMap((e) => (e.type === 'item.completed' ? [comparable(e.item)] : [])),
        resumed: { finalResponse: third.finalResponse, sameId: resumed.id === thread.id },
      };
    } finally {
      await again.close();
    }
  } finally {
    await codex.close();
  }
}

async function runOn(transport: Transport): Promise<{ observed: Observed; fixture: ScriptedCodex }> {
  const fixture = await createScriptedCodex({ modelCatalog: true });
  try {
    fixture.server.enqueue(
      responses.shellCall('echo drop-in', { usage: usage(10, 2) }),
      responses.message('Listed.', { usage: usage(20, 3) }),
      responses.message('Summary.', { usage: usage(5, 1) }),
      responses.message('Done.', { usage: usage(7, 1) }),
    );
    const observed = await sdkStyleProgram(fixture, transport);
    fixture.server.assertNoMisses();
    return { observed, fixture };
  } catch (error) {
    await fixture.dispose();
    throw error;
  }
}

describe('drop-in for @openai/codex-sdk', () => {
  it('the same program gives the same results, events and items with transport exec and app-server', async () => {
    const exec = await runOn('exec');
    const appServer = await runOn('app-server');
    try {
      for (const { observed, fixture } of [exec, appServer]) {
        expect(observed.first.finalResponse).toBe('Listed.');
        expect(observed.first.items).toEqual([
          { type: 'command_execution', aggregated_output: 'drop-in\n', exit_code: 0, status: 'completed' },
          { type: 'agent_message', text: 'Listed.' },
        ]);
        // Per-turn usage on both (exec prints thread-cumulative figures; they are converted).
        expect(observed.first.usage).toMatchObject({ input_tokens: 30, output_tokens: 5 });
        expect(observed.streamed).toEqual(['thread.started', 'turn.started', 'item.completed:agent_message', 'turn.completed']);
        expect(observed.streamedItems).toEqual([{ type: 'agent_message', text: 'Summary.' }]);
        expect(observed.resumed).toEqual({ finalResponse: 'Done.', sameId: true });
        // The resumed turn (a new process) sent the whole history.
        expect(userTexts(fixture.server.requests[3]!)).toEqual(['list the files', 'and now summarise', 'one more thing']);
        // The SDK's sandbox flag reached codex.
        expect(JSON.parse(fixture.server.requests[0]!.headers['x-codex-turn-metadata']!)).toMatchObject({ sandbox_mode: 'read-only', model: 'mock-model' });
      }
      expect(exec.observed).toEqual(appServer.observed);
      // exec runs are labelled like the SDK's own; app-server processes carry our client name.
      expect(exec.fixture.server.requests[0]!.headers.originator).toBe('codex_sdk_ts');
      expect(appServer.fixture.server.requests[0]!.headers.originator).toBe('codex-actors');
    } finally {
      await exec.fixture.dispose();
      await appServer.fixture.dispose();
    }
  });

  it('exec: one process per turn, none left after it; app-server-only features are refused up front', async () => {
    const fixture = await createScriptedCodex({ modelCatalog: true });
    const codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, transport: 'exec' });
    try {
      fixture.server.enqueue(responses.message('one'), responses.message('two'));
      const thread = codex.startThread({ workingDirectory: fixture.home.workspace });
      await thread.ready(); // nothing to boot with exec
      expect(listCodexProcesses(fixture.home.path)).toEqual([]);
      expect((await thread.run('first', { effort: 'high' })).finalResponse).toBe('one');
      expect(listCodexProcesses(fixture.home.path)).toEqual([]);
      // A per-turn effort stays in force for later turns (each a new exec process).
      expect(thread.settings.effort).toBe('high');
      const second = await thread.turn('second');
      await expect(second.steer('more')).rejects.toBeInstanceOf(InvalidOptionsError);
      expect((await second.result()).finalResponse).toBe('two');
      expect(userTexts(fixture.server.requests[1]!)).toEqual(['first', 'second']);
      expect(fixture.server.requests[1]!.body).toMatchObject({ reasoning: { effort: 'high' } });
      expect(() => codex.startThread({ developerInstructions: 'x' })).toThrow(InvalidOptionsError);

      // interrupt() ends the exec process; codex stores the turn and the next run resumes the thread.
      const gate = createGate();
      fixture.server.enqueue(responses.message('cut off', { gate, stream: true }), responses.message('three'));
      const third = await thread.turn('third');
      await gate.reached;
      await third.interrupt();
      expect((await third.result()).status).toBe('interrupted');
      gate.release();
      expect(listCodexProcesses(fixture.home.path)).toEqual([]);
      expect((await thread.run('fourth')).finalResponse).toBe('three');
      expect(userTexts(fixture.server.requests.at(-1)!)).toEqual(['first', 'second', 'third', 'fourth']);
      await expect(thread.run('x', { personality: 'friendly' })).rejects.toMatchObject({ option: 'personality' });
    } finally {
      await codex.close();
      await fixture.dispose();
    }
  });
});
