/**
 * OpenTelemetry for goals on the real binary: one span for the goal (under
 * the caller's span) and, under it, the usual `invoke_agent` turn span of
 * every turn codex ran for it, with the turn's tool spans beneath.
 */
import { context } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GoalLimitError, defineTool, type TurnResult } from '../../src/index.js';
import { responses } from '../../src/testing/index.js';
import { useScriptedCodex } from '../support/useScriptedCodex.js';

const contextManager = new AsyncLocalStorageContextManager();
beforeAll(() => {
  context.setGlobalContextManager(contextManager.enable());
});
afterAll(() => {
  context.disable();
});

const setup = useScriptedCodex();
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

describe('goal telemetry', () => {
  it('a goal span under the caller, a child invoke_agent span per continuation turn, tool spans under their turn', async () => {
    const exporter = new InMemorySpanExporter();
    const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    const { fixture, newCodex } = await setup();
    const codex = newCodex({ tracerProvider });
    const tool = defineTool({ name: 'lookup_ticket', description: 'Fetch a ticket', parameters: z.object({ id: z.string() }), execute: async ({ id }) => `Ticket ${id} is OPEN` });
    fixture.server.enqueue(
      responses.message('First pass.'),
      responses.dynamicToolCall('lookup_ticket', { id: 'ABC-1' }, { callId: 'call_t1' }),
      responses.message('Looked it up.'),
      responses.message('Third pass.'),
    );
    const thread = codex.startThread({ cwd: fixture.home.workspace, tools: [tool] });
    const tracer = tracerProvider.getTracer('test');
    const error = await tracer.startActiveSpan('user.request', async (parent) => {
      try {
        return await thread.runGoal('Look into ABC-1', { maxTurns: 3 }).catch((e: unknown) => e);
      } finally {
        parent.end();
      }
    });
    expect(error).toBeInstanceOf(GoalLimitError);
    const result = (error as GoalLimitError).result as TurnResult;
    await tracerProvider.forceFlush();
    const spans = exporter.getFinishedSpans();
    const user = spans.find((s) => s.name === 'user.request')!;
    const goal = spans.filter((s) => s.name === 'invoke_agent codex goal');
    expect(goal).toHaveLength(1);
    expect(parentOf(goal[0]!)).toBe(user.spanContext().spanId);
    expect(goal[0]!.attributes).toMatchObject({
      'gen_ai.conversation.id': thread.id,
      'codex.goal.id': result.id,
      'codex.goal.turns': 3,
      'codex.goal.limit': 'maxTurns',
      'codex.turn.status': 'interrupted',
      'error.type': 'GOAL_LIMIT_REACHED',
    });
    expect(goal[0]!.events.map((e) => e.attributes?.['codex.goal.continuation'])).toEqual([0, 1, 2]);
    const turns = spans.filter((s) => s.name === 'invoke_agent codex');
    expect(turns).toHaveLength(3);
    expect(turns.every((s) => parentOf(s) === goal[0]!.spanContext().spanId)).toBe(true);
    expect(turns[0]!.attributes['codex.turn.id']).toBe(result.id);
    const toolSpan = spans.find((s) => s.name === 'execute_tool lookup_ticket')!;
    const second = turns.find((s) => s.spanContext().spanId === parentOf(toolSpan));
    expect(second).toBeDefined();
    await tracerProvider.shutdown();
  });
});
