/** OpenTelemetry instrumentation (internal; configured through the `tracerProvider` / `meterProvider` options). */
export { CodexTelemetry, type CodexTelemetryOptions } from './codexTelemetry.js';
export * as semconv from './semconv.js';
