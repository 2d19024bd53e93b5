/**
 * codex-actors/testing: the scripted Responses-API server and CODEX_HOME helper
 * that let you test agents offline against the real codex binary.
 *
 * - {@link createScriptedModelServer}: an OpenAI Responses-API stand-in on
 *   127.0.0.1 that answers each model request with the next scripted response
 *   and records every request;
 * - {@link responses} and {@link sse}: pure builders of scripted responses and
 *   their streaming events (messages, reasoning, shell/tool/patch calls, failures,
 *   HTTP errors, garbage);
 * - {@link createGate}: hold a response mid-stream until the test says so;
 * - {@link createCodexHome}: an isolated CODEX_HOME whose config points the
 *   binary at the server, with a git-initialised workspace;
 * - request readers: {@link userTexts}, {@link inputMessages},
 *   {@link functionCallOutputs}, {@link toolCalls}, {@link toolNames}.
 *
 * @example
 * ```ts
 * import { createScriptedModelServer, createCodexHome, responses, sse, userTexts } from 'codex-actors/testing';
 * import { Codex } from 'codex-actors';
 *
 * await using server = await createScriptedModelServer();
 * await using home = await createCodexHome({ server });
 * server.enqueue(
 *   responses.shellCall('echo hi', { callId: 'c1' }),
 *   responses.stream([sse.message('It printed hi.', { phase: 'final_answer' })]),
 * );
 * const codex = new Codex({ env: home.env });
 * const result = await codex.startThread({ workingDirectory: home.workspace }).run('say hi');
 * expect(result.finalResponse).toBe('It printed hi.');
 * expect(userTexts(server.requests[0]!)).toEqual(['say hi']);
 * server.assertNoMisses();
 * ```
 *
 * @packageDocumentation
 */

export { createScriptedModelServer, type ScriptedModelServer, type ScriptedModelServerOptions, type ScriptedResponseInput } from './scriptedModelServer.js';

/**
 * Builders of whole scripted responses (`responses.message(...)`, `responses.shellCall(...)`,
 * `responses.stream([...])`, `responses.rateLimited()`, …). See `scriptedResponses.ts`.
 */
export * as responses from './scriptedResponses.js';
export type { ScriptedResponse, ResponseOptions, StreamOptions, HttpErrorOptions } from './scriptedResponses.js';

/**
 * Builders of single Responses-API streaming events and of one item's events
 * (`sse.message`, `sse.reasoning`, `sse.functionCall`, `sse.shellCall`, `sse.applyPatch`,
 * `sse.completed`, `sse.failed`, …), plus `sse.encode`. See `sseEvents.ts`.
 */
export * as sse from './sseEvents.js';
export { DEFAULT_USAGE } from './sseEvents.js';
export type {
  SseEvent,
  Usage,
  MessagePhase,
  MessageOptions,
  ReasoningOptions,
  FunctionCallOptions,
  ShellCallOptions,
} from './sseEvents.js';

export { createGate, type Gate } from './gate.js';

export {
  inputItems,
  inputMessages,
  messageTexts,
  userTexts,
  functionCallOutputs,
  toolCalls,
  toolNames,
  type RecordedRequest,
  type ResponsesRequestBody,
  type InputItem,
  type Miss,
  type ToolCallOutput,
  type ToolCall,
} from './recordedRequest.js';

export {
  createCodexHome,
  codexConfigToml,
  DEFAULT_TEST_FEATURES,
  type CodexHome,
  type CodexHomeOptions,
  type ConfigApprovalPolicy,
  type SandboxMode,
} from './codexHome.js';

export { MOCK_MODEL, mockModelCatalog, mockModelCatalogEntry } from './modelCatalog.js';

export { startNatsServer, type NatsServer, type NatsServerOptions } from './natsServer.js';
export { startTestCluster, type TestCluster, type TestClusterHost, type TestClusterOptions } from './testCluster.js';
