/**
 * The testing kit against the real binary: `codex exec --json` driven by the
 * scripted server through a CODEX_HOME written by createCodexHome.
 */
import { describe, expect, it } from 'vitest';
import { functionCallOutputs, responses, sse, toolNames, userTexts } from '../../src/testing/index.js';
import { listCodexProcesses, runCodexExec, withScriptedCodex } from '../support/index.js';

const usage = { inputTokens: 1234, cachedInputTokens: 1000, outputTokens: 56, reasoningOutputTokens: 20 };

describe('codex exec --json against the scripted model server', () => {
  it('runs one turn: thread.started, turn.started, the scripted message and the scripted usage', async () => {
    await withScriptedCodex(async ({ server, home }) => {
      server.enqueue(responses.stream([sse.reasoning('Greeting the user'), sse.message('Hello from the script!', { stream: true })], { usage }));

      const run = await runCodexExec(home, 'Say hello');

      expect(run.exitCode).toBe(0);
      expect(run.otherLines).toEqual([]);
      const types = run.events.map((e) => e.type);
      expect(types[0]).toBe('thread.started');
      expect(run.events[0]!['thread_id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(types.indexOf('turn.started')).toBeGreaterThan(0);
      expect(types.at(-1)).toBe('turn.completed');

      const items = run.events.filter((e) => e.type === 'item.completed').map((e) => e['item'] as { type: string; text?: string });
      expect(items).toContainEqual(expect.objectContaining({ type: 'reasoning', text: 'Greeting the user' }));
      expect(items).toContainEqual(expect.objectContaining({ type: 'agent_message', text: 'Hello from the script!' }));
      // exec reports usage in its own snake_case shape, without total_tokens (wire reference §2.1).
      expect(run.events.at(-1)!['usage']).toEqual({
        input_tokens: 1234,
        cached_input_tokens: 1000,
        cache_write_input_tokens: 0,
        output_tokens: 56,
        reasoning_output_tokens: 20,
      });

      expect(server.requests).toHaveLength(1);
      const request = server.lastRequest()!;
      expect(userTexts(request)).toEqual(['Say hello']);
      expect(request.headers['authorization']).toBe('Bearer test-key');
      expect(request.headers['originator']).toBe('codex_exec');
      expect(request.body).toMatchObject({ model: 'mock-model', stream: true });
      server.assertNoMisses();
      expect(listCodexProcesses(home.path)).toEqual([]);
    });
  });

  it('runs a shell tool call and sends its output back to the model', async () => {
    await withScriptedCodex(async ({ server, home }) => {
      server.enqueue(responses.shellCall('echo scripted-ok', { callId: 'call_echo' }), responses.message('The command printed scripted-ok.'));

      const run = await runCodexExec(home, 'Run echo');

      expect(run.exitCode).toBe(0);
      const command = run.events.find((e) => e.type === 'item.completed' && (e['item'] as { type: string }).type === 'command_execution');
      expect(command?.['item']).toMatchObject({ exit_code: 0, status: 'completed' });
      // Exact: with the test home's shell_snapshot off, no login-profile noise reaches command output.
      expect((command?.['item'] as { aggregated_output: string }).aggregated_output).toBe('scripted-ok\n');

      const second = await server.waitForRequest(2);
      const [output] = functionCallOutputs(second);
      expect(output).toMatchObject({ type: 'function_call_output', callId: 'call_echo' });
      expect(output!.output).toContain('Process exited with code 0');
      expect(output!.output).toContain('scripted-ok');
      server.assertNoMisses();
    });
  });

  it('with modelCatalog the binary uses real metadata: no fallback warning, freeform apply_patch works', async () => {
    await withScriptedCodex(
      async ({ server, home }) => {
        server.enqueue(
          responses.applyPatch('*** Begin Patch\n*** Add File: hello.txt\n+hello from a patch\n*** End Patch\n', { callId: 'call_patch' }),
          responses.message('Patched.', { phase: 'final_answer' }),
        );

        const run = await runCodexExec(home, 'Add a file');

        expect(run.exitCode).toBe(0);
        expect(run.events.filter((e) => e.type === 'item.completed' && (e['item'] as { type: string }).type === 'error')).toEqual([]);
        expect(toolNames(server.requests[0]!)).toContain('apply_patch');
        const change = run.events.find((e) => e.type === 'item.completed' && (e['item'] as { type: string }).type === 'file_change');
        expect(change?.['item']).toMatchObject({ status: 'completed', changes: [{ kind: 'add' }] });
        expect(functionCallOutputs(server.requests[1]!)[0]).toMatchObject({ type: 'custom_tool_call_output', callId: 'call_patch' });
        server.assertNoMisses();
      },
      { modelCatalog: true, sandbox: 'workspace-write' },
    );
  });

  it('a scripted response.failed fails the turn with its message', async () => {
    await withScriptedCodex(async ({ server, home }) => {
      server.enqueue(responses.failed('server_error', 'The model exploded'));

      const run = await runCodexExec(home, 'Fail please');

      expect(run.exitCode).toBe(1);
      expect(run.events.at(-1)).toEqual({ type: 'turn.failed', error: { message: 'stream disconnected before completion: The model exploded' } });
      server.assertNoMisses();
    });
  });
});
