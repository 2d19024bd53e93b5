/**
 * OpenTelemetry on the real binary: an in-memory exporter receives the
 * `invoke_agent` turn span (nested under the caller's span), `execute_tool`
 * spans for commands and dynamic tools (a tool's own spans nest under its
 * `execute_tool` span), approvals and restarts as span events, and the
 * GenAI client metrics.
 */
import { context, trace, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { AggregationTemporality, MeterProvider, MetricReader, type HistogramMetricData, type MetricData } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Codex, defineTool, type CodexOptions } from '../../src/index.js';
import { createGate, responses } from '../../src/testing/index.js';
import { createScriptedCodex, listCodexProcesses, type ScriptedCodex } from '../support/index.js';

class TestMetricReader extends MetricReader {
  constructor() {
    super({ aggregationTemporalitySelector: () => AggregationTemporality.CUMULATIVE });
  }
  protected async onForceFlush(): Promise<void> {}
  protected async onShutdown(): Promise<void> {}
}

const contextManager = new AsyncLocalStorageContextManager();
let exporter: InMemorySpanExporter;
let tracerProvider: BasicTracerProvider;
let tracer: Tracer;
let reader: TestMetricReader;
let meterProvider: MeterProvider;
let fixture: ScriptedCodex | null = null;
let codex: Codex | null = null;

beforeAll(() => {
  context.setGlobalContextManager(contextManager.enable());
});
afterAll(() => {
  context.disable();
});

afterEach(async () => {
  await codex?.close();
  await fixture?.dispose();
  await tracerProvider?.shutdown();
  await meterProvider?.shutdown();
  codex = null;
  fixture = null;
});

async function setup(options: CodexOptions = {}) {
  exporter = new InMemorySpanExporter();
  tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  tracer = tracerProvider.getTracer('test');
  reader = new TestMetricReader();
  meterProvider = new MeterProvider({ readers: [reader] });
  fixture = await createScriptedCodex({ modelCatalog: true });
  codex = new Codex({ codexPath: fixture.codexPath, env: fixture.home.env, tracerProvider, meterProvider, ...options });
  return { fixture, codex };
}

const spans = () => exporter.getFinishedSpans();
const named = (name: string) => spans().filter((s) => s.name === name);
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

async function metric(name: string): Promise<MetricData | undefined> {
  const { resourceMetrics } = await reader.collect();
  return resourceMetrics.scopeMetrics.flatMap((s) => s.metrics).find((m) => m.descriptor.name === name);
}

describe('telemetry', () => {
  it('invoke_agent nests under the caller span; commands and tools get execute_tool children; a tool span parents the tool’s own spans', async () => {
    const { fixture, codex } = await setup();
    const lookup = defineTool({
      name: 'lookup_ticket',
      description: 'Fetch a ticket',
      parameters: z.object({ id: z.string() }),
      execute: async ({ id }) => tracer.startActiveSpan('crm.query', async (inner) => {
        inner.end();
        return `Ticket ${id} is OPEN`;
      }),
    });
    fixture.server.enqueue(
      responses.shellCall('echo hi', { callId: 'call_sh' }),
      responses.dynamicToolCall('lookup_ticket', { id: 'T-1' }, { callId: 'call_tool' }),
      responses.message('All done', { usage: { inputTokens: 40, cachedInputTokens: 0, outputTokens: 7, reasoningOutputTokens: 0, totalTokens: 47 } }),
    );
    const thread = codex.startThread({ cwd: fixture.home.workspace, tools: [lookup] });
    const result = await tracer.startActiveSpan('user.request', async (parent) => {
      try {
        return await thread.run('check the ticket');
      } finally {
        parent.end();
      }
    });
    expect(result.finalResponse).toBe('All done');

    const [userSpan] = named('user.request');
    const [turnSpan] = named('invoke_agent codex');
    expect(turnSpan, spans().map((s) => s.name).join(', ')).toBeDefined();
    expect(parentOf(turnSpan!)).toBe(userSpan!.spanContext().spanId);
    expect(turnSpan!.spanContext().traceId).toBe(userSpan!.spanContext().traceId);
    expect(turnSpan!.attributes).toMatchObject({
      'gen_ai.operation.name': 'invoke_agent',
      'gen_ai.agent.name': 'codex',
      'gen_ai.provider.name': 'mock',
      'gen_ai.request.model': 'mock-model',
      'gen_ai.conversation.id': thread.id,
      'gen_ai.usage.input_tokens': result.usage!.input_tokens,
      'gen_ai.usage.output_tokens': result.usage!.output_tokens,
      'codex.turn.id': result.id,
      'codex.turn.status': 'completed',
    });
    expect(result.usage!.output_tokens).toBeGreaterThanOrEqual(7);
    expect(turnSpan!.status.code).toBe(0);

    const [command] = named('execute_tool exec_command');
    expect(parentOf(command!)).toBe(turnSpan!.spanContext().spanId);
    expect(command!.attributes).toMatchObject({
      'gen_ai.operation.name': 'execute_tool',
      'gen_ai.tool.name': 'exec_command',
      'gen_ai.tool.call.id': 'call_sh',
      'gen_ai.tool.type': 'extension',
      'codex.command.exit_code': 0,
      'codex.tool.status': 'completed',
    });
    expect(String(command!.attributes['codex.command'])).toContain('echo hi');

    const [tool] = named('execute_tool lookup_ticket');
    expect(parentOf(tool!)).toBe(turnSpan!.spanContext().spanId);
    expect(tool!.attributes).toMatchObject({ 'gen_ai.tool.name': 'lookup_ticket', 'gen_ai.tool.call.id': 'call_tool', 'gen_ai.tool.type': 'function' });
    const [inner] = named('crm.query');
    expect(parentOf(inner!)).toBe(tool!.spanContext().spanId);

    const tokens = (await metric('gen_ai.client.token.usage')) as HistogramMetricData;
    const byType = Object.fromEntries(tokens.dataPoints.map((p) => [p.attributes['gen_ai.token.type'], p.value.sum]));
    expect(byType).toEqual({ input: result.usage!.input_tokens, output: result.usage!.output_tokens });
    expect(tokens.dataPoints[0]!.attributes).toMatchObject({ 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.provider.name': 'mock', 'gen_ai.request.model': 'mock-model' });
    const duration = (await metric('gen_ai.client.operation.duration')) as HistogramMetricData;
    expect(duration.descriptor.unit).toBe('s');
    expect(duration.dataPoints[0]!.value.count).toBe(1);
    const active = await metric('codex.threads.active');
    expect(active!.dataPoints[0]!.value).toBe(1);
  });

  it('approvals are span events on the command span; a failed turn sets error status and error.type', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(
      responses.shellCall('touch approved.txt', { callId: 'call_ask', sandboxPermissions: 'require_escalated', justification: 'write' }),
      responses.serverError(),
    );
    const thread = codex.startThread({ cwd: fixture.home.workspace, sandbox: 'read-only', approvalMode: 'ask', onApproval: () => 'decline' });
    await expect(thread.run('try it')).rejects.toMatchObject({ code: 'TURN_FAILED' });

    const [command] = named('execute_tool exec_command');
    const events = command!.events.map((e) => [e.name, e.attributes]);
    expect(events).toEqual([
      ['codex.approval.requested', { 'codex.approval.kind': 'command', 'codex.item.id': 'call_ask' }],
      ['codex.approval.resolved', { 'codex.approval.kind': 'command', 'codex.approval.decision': 'decline', 'codex.approval.reason': 'handler' }],
    ]);
    expect(command!.status.code).toBe(2);
    const [turnSpan] = named('invoke_agent codex');
    expect(parentOf(turnSpan!)).toBeUndefined();
    expect(turnSpan!.status.code).toBe(2);
    expect(turnSpan!.attributes).toMatchObject({ 'error.type': 'TURN_FAILED', 'codex.turn.status': 'failed' });
    expect(turnSpan!.events.map((e) => e.name)).toEqual(expect.arrayContaining(['codex.error', 'exception']));
    const duration = (await metric('gen_ai.client.operation.duration')) as HistogramMetricData;
    expect(duration.dataPoints[0]!.attributes['error.type']).toBe('TURN_FAILED');
  });

  it('a restart during a re-sent turn is a span event, and codex.supervisor.restarts counts it', async () => {
    const { fixture, codex } = await setup({ retryTurnOnCrash: true, supervisor: { backoff: { initialDelayMs: 20, jitter: 0 } } });
    const held = createGate();
    fixture.server.enqueue(responses.message('first'), responses.message('never delivered', { gate: held }), responses.message('after the restart'));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    await thread.run('one');
    const turn = thread.run('two');
    await held.reached;
    const [appServer] = listCodexProcesses(fixture.home.path).filter((p) => p.command.includes('app-server'));
    process.kill(appServer!.pid, 'SIGKILL');
    const result = await turn;
    expect(result.finalResponse).toBe('after the restart');

    const turnSpans = named('invoke_agent codex');
    expect(turnSpans).toHaveLength(2);
    const restarted = turnSpans[1]!.events.find((e) => e.name === 'codex.thread.restarted');
    expect(restarted?.attributes).toMatchObject({ 'codex.thread.generation': 2, 'codex.restart.reason': expect.stringContaining('SIGKILL') });
    const restarts = await metric('codex.supervisor.restarts');
    expect(restarts!.dataPoints[0]!.value).toBe(1);
  });

  it('exec transport: one invoke_agent span per turn with usage and the conversation id', async () => {
    const { fixture, codex } = await setup({ transport: 'exec' });
    fixture.server.enqueue(responses.shellCall('echo hi', { callId: 'call_x' }), responses.message('done'));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const result = await thread.run('go');
    const [turnSpan] = named('invoke_agent codex');
    expect(turnSpan!.attributes).toMatchObject({
      'gen_ai.operation.name': 'invoke_agent',
      'gen_ai.conversation.id': thread.id,
      'gen_ai.usage.input_tokens': result.usage!.input_tokens,
      'codex.turn.status': 'completed',
    });
    const [command] = named('execute_tool exec_command');
    expect(parentOf(command!)).toBe(turnSpan!.spanContext().spanId);
  });
});
