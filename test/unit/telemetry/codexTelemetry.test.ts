import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { Subject, ReplaySubject } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodexEvent } from '../../../src/runtime/eventBus.js';
import type { ThreadEvent } from '../../../src/protocol/publicEvents.js';
import { CodexTelemetry } from '../../../src/telemetry/index.js';
import type { SettledTurn } from '../../../src/turnResult.js';

/** A turn driven by hand: push events, then settle. */
function fakeTurn() {
  const events$ = new ReplaySubject<ThreadEvent>();
  let settle!: (s: SettledTurn) => void;
  const outcome = new Promise<SettledTurn>((resolve) => (settle = resolve));
  return { events$, outcome: () => outcome, push: (e: ThreadEvent) => events$.next(e), settle: (s: SettledTurn) => (events$.complete(), settle(s)) };
}

const result = (status: 'completed' | 'failed' | 'interrupted') => ({
  id: 'turn-1', status, finalResponse: null, items: [], usage: { input_tokens: 10, cached_input_tokens: 2, cache_write_input_tokens: 0, output_tokens: 3, reasoning_output_tokens: 0 }, error: null, startedAt: 0, completedAt: 1, durationMs: 1,
});

afterEach(() => {
  trace.disable();
  context.disable();
});

describe('CodexTelemetry with the global tracer provider', () => {
  it('falls back to the global provider, closes dangling tool spans and redacts error text', async () => {
    const exporter = new InMemorySpanExporter();
    trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));
    const bus = new Subject<CodexEvent>();
    const telemetry = new CodexTelemetry({ events$: bus, activeThreads: () => 0, redact: (t) => t.replaceAll('sk-secret', '***') });
    const turn = fakeTurn();
    telemetry.traceTurn(turn, { threadId: () => 'thread-1', model: () => 'gpt-x', provider: () => 'openai' });
    turn.push({ type: 'item.started', item: { id: 'c1', type: 'command_execution', command: 'curl -H sk-secret', aggregated_output: '', status: 'in_progress' } });
    turn.push({ type: 'error', message: 'Reconnecting... sk-secret', willRetry: true });
    bus.next({ type: 'thread.restarted', thread_id: 'thread-1', generation: 2, reason: 'killed', meta: { threadId: 'thread-1', turnId: null, generation: 2, seq: 1, at: 5 } });
    turn.settle({ ok: false, error: Object.assign(new Error('boom sk-secret'), { code: 'TURN_FAILED' }), result: result('failed') });
    await turn.outcome();
    await new Promise((r) => setImmediate(r));

    const spans = exporter.getFinishedSpans();
    const agent = spans.find((s) => s.name === 'invoke_agent codex')!;
    const tool = spans.find((s) => s.name === 'execute_tool exec_command')!;
    expect(agent.attributes).toMatchObject({ 'gen_ai.provider.name': 'openai', 'gen_ai.request.model': 'gpt-x', 'gen_ai.conversation.id': 'thread-1', 'error.type': 'TURN_FAILED', 'gen_ai.usage.input_tokens': 10 });
    expect(agent.status).toEqual({ code: 2, message: 'boom ***' });
    expect(agent.events.map((e) => e.name)).toEqual(['codex.error', 'codex.thread.restarted', 'exception']);
    expect(JSON.stringify(spans.map((s) => [s.attributes, s.events, s.status]))).not.toContain('sk-secret');
    expect(tool.status.code).toBe(2);
    expect(tool.parentSpanContext?.spanId).toBe(agent.spanContext().spanId);
    telemetry.close();
  });

  it('binds server requests to the tool span’s context, else the turn’s', async () => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    const exporter = new InMemorySpanExporter();
    const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    const telemetry = new CodexTelemetry({ tracerProvider, events$: new Subject(), activeThreads: () => 0, redact: (t) => t });
    const turn = fakeTurn();
    telemetry.traceTurn(turn, { threadId: () => 't', model: () => undefined, provider: () => undefined });
    turn.push({ type: 'item.started', item: { id: 'call_1', type: 'dynamic_tool_call', tool: 'lookup', namespace: null, arguments: {}, status: 'in_progress' } });
    const seen: Array<string | undefined> = [];
    const resolver = telemetry.bindServerRequests(async () => void seen.push(trace.getActiveSpan()?.spanContext().spanId));
    const ctx = { signal: new AbortController().signal, threadId: 't', turnId: 'u', publish: () => {}, item: () => undefined };
    await resolver({ id: 0, method: 'item/tool/call', params: { callId: 'call_1' } } as never, ctx);
    await resolver({ id: 1, method: 'item/commandExecution/requestApproval', params: { itemId: 'unknown' } } as never, ctx);
    turn.push({ type: 'item.completed', item: { id: 'call_1', type: 'dynamic_tool_call', tool: 'lookup', namespace: null, arguments: {}, status: 'completed' } });
    turn.settle({ ok: true, result: result('completed') });
    await turn.outcome();
    await new Promise((r) => setImmediate(r));
    const spans = exporter.getFinishedSpans();
    const tool = spans.find((s) => s.name === 'execute_tool lookup')!;
    const agent = spans.find((s) => s.name === 'invoke_agent codex')!;
    expect(seen).toEqual([tool.spanContext().spanId, agent.spanContext().spanId]);
    expect(tool.attributes['gen_ai.tool.type']).toBe('function');
    expect(agent.status.code).toBe(0);
  });
});
