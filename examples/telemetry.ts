/**
 * Telemetry: codex-actors speaks the OpenTelemetry API (an optional peer
 * dependency). Give it a tracer and a meter provider and every turn becomes
 * an `invoke_agent` span with `execute_tool` child spans, following the GenAI
 * semantic conventions, plus token-usage and duration metrics. Here both go to
 * the console exporters; in production use OTLP.
 *
 *   npm install @opentelemetry/api @opentelemetry/sdk-trace-base @opentelemetry/sdk-metrics
 *   npx tsx examples/telemetry.ts
 */
import { ConsoleMetricExporter, MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, ConsoleSpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { z } from 'zod';
import { Codex, defineTool } from 'codex-actors';
import { responses } from 'codex-actors/testing';
import { exampleEnvironment } from './support/exampleEnvironment.js';

const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(new ConsoleSpanExporter())] });
const meterProvider = new MeterProvider({
  readers: [new PeriodicExportingMetricReader({ exporter: new ConsoleMetricExporter(), exportIntervalMillis: 60_000 })],
});

const clock = defineTool({
  name: 'current_time',
  description: 'The current time in ISO 8601.',
  parameters: z.object({}),
  execute: () => new Date().toISOString(),
});

await using env = await exampleEnvironment((server) => {
  server.enqueue(
    responses.dynamicToolCall('current_time', {}, { callId: 'call_time' }),
    responses.message('It is a good time to ship.', { phase: 'final_answer', usage: { inputTokens: 420, outputTokens: 9 } }),
  );
});

{
  await using codex = new Codex({ ...env.codexOptions, tracerProvider, meterProvider });
  const thread = codex.startThread({ workingDirectory: env.workspace, tools: [clock] });
  const result = await thread.run('Is it a good time to ship?');
  console.log(`answer: ${result.finalResponse}`);
}

// Shutting down exports what is buffered, once (a forceFlush before it would print the metrics twice).
await Promise.all([tracerProvider.shutdown(), meterProvider.shutdown()]);
