import type { Context, Meter, MeterProvider, Tracer, TracerProvider } from '@opentelemetry/api';
import type { Observable, Subscription } from 'rxjs';
import type { ServerRequestResolver } from '../../machines/turn/turnTypes.js';
import type { CodexEvent } from '../runtime/eventBus.js';
import { loadOtelApi, type OtelApiModule } from './otelApi.js';
import { INSTRUMENTATION_SCOPE } from './semconv.js';
import { createTurnMetrics, type TurnMetrics } from './turnMetrics.js';
import { continuationTurn, traceGoal, type TracedGoal } from './goalTracer.js';
import { toolKey, traceTurn, type TracedTurn, type TracedTurnInfo, type TracerEnv } from './turnTracer.js';

/** Inputs of {@link CodexTelemetry}. */
export interface CodexTelemetryOptions {
  /** The `tracerProvider` option (else the global provider). */
  tracerProvider?: unknown;
  /** The `meterProvider` option (else the global provider). */
  meterProvider?: unknown;
  /** Every event of the `Codex` (`codex.events$`). */
  events$: Observable<CodexEvent>;
  /** Thread actors currently alive, for the `codex.threads.active` gauge. */
  activeThreads(): number;
  /** Hides secrets in text that goes on spans. */
  redact(text: string): string;
}

/**
 * The OpenTelemetry instrumentation of one `Codex`. It only observes: turns
 * are traced from their public events (see `traceTurn`), restarts are
 * counted from `codex.events$`, and server-request handlers (approval
 * handlers, `defineTool` tools) run inside the span of the tool they serve,
 * so spans a tool creates nest under its `execute_tool` span.
 *
 * Without `@opentelemetry/api` installed and no providers given, every method
 * is a no-op.
 *
 * @example
 * ```ts
 * const telemetry = new CodexTelemetry({ events$: bus.events$, activeThreads: () => 1, redact: (t) => t });
 * telemetry.traceTurn(handle, { threadId: () => thread.id, model: () => undefined, provider: () => undefined });
 * ```
 *
 * @internal
 */
export class CodexTelemetry {
  private readonly env: TracerEnv | null;
  private readonly metrics: TurnMetrics | null;
  private readonly subscription: Subscription | null;

  constructor(options: CodexTelemetryOptions) {
    const api = loadOtelApi();
    const tracer = getTracer(api, options.tracerProvider);
    const meter = getMeter(api, options.meterProvider);
    this.metrics = meter ? createTurnMetrics(meter, options.activeThreads) : null;
    if (!api || !tracer) {
      this.env = null;
    } else {
      this.env = {
        api,
        tracer,
        metrics: this.metrics ?? NO_METRICS,
        events$: options.events$,
        redact: options.redact,
        toolContexts: new Map(),
        turnContexts: new Map(),
      };
    }
    const metrics = this.metrics;
    this.subscription = metrics
      ? options.events$.subscribe((event) => {
          if (event.type === 'supervisor.restarting') metrics.recordRestart();
        })
      : null;
  }

  /** Traces a turn from now until it settles (the caller's active context is the parent). */
  traceTurn(turn: TracedTurn, info: TracedTurnInfo): void {
    if (this.env) traceTurn(this.env, turn, info);
    else if (this.metrics) traceMetricsOnly(this.metrics, turn, info);
  }

  /** Traces a goal: its span, and under it the span of each turn codex runs for it (the caller's active context is the parent). */
  traceGoal(goal: TracedGoal, info: TracedTurnInfo): void {
    if (this.env) traceGoal(this.env, goal, info);
    else if (this.metrics) {
      const metrics = this.metrics;
      goal.continuations$.subscribe((c) => traceMetricsOnly(metrics, continuationTurn(c), info));
    }
  }

  /**
   * Wraps a server-request resolver so each handler runs in the context of
   * the span it belongs to: the tool's `execute_tool` span (matched by item /
   * call id), else the turn's `invoke_agent` span.
   */
  bindServerRequests(resolver: ServerRequestResolver): ServerRequestResolver {
    const env = this.env;
    if (!env) return resolver;
    return (request, context) => {
      const params = (request.params ?? {}) as Record<string, unknown>;
      const itemId = typeof params.itemId === 'string' ? params.itemId : typeof params.callId === 'string' ? params.callId : null;
      const spanContext: Context | undefined = (itemId !== null ? env.toolContexts.get(toolKey(context.threadId, itemId)) : undefined) ?? env.turnContexts.get(context.threadId);
      return spanContext ? env.api.context.with(spanContext, () => resolver(request, context)) : resolver(request, context);
    };
  }

  /** Stops observing. */
  close(): void {
    this.subscription?.unsubscribe();
    this.metrics?.close();
  }
}

const NO_METRICS: TurnMetrics = { recordTurn() {}, recordRestart() {}, close() {} };

function getTracer(api: OtelApiModule | null, provider: unknown): Tracer | null {
  if (provider) return (provider as TracerProvider).getTracer(INSTRUMENTATION_SCOPE);
  return api ? api.trace.getTracer(INSTRUMENTATION_SCOPE) : null;
}

function getMeter(api: OtelApiModule | null, provider: unknown): Meter | null {
  if (provider) return (provider as MeterProvider).getMeter(INSTRUMENTATION_SCOPE);
  return api ? api.metrics.getMeter(INSTRUMENTATION_SCOPE) : null;
}

/** Metrics when there is a meter but no tracing (no API module to build spans with). */
function traceMetricsOnly(metrics: TurnMetrics, turn: TracedTurn, info: TracedTurnInfo): void {
  const startedAt = Date.now();
  void turn.outcome().then((settled) => {
    const error = settled.ok ? undefined : (settled.error as { code?: unknown } | null);
    metrics.recordTurn({
      provider: info.provider(),
      model: info.model(),
      usage: settled.result?.usage ?? null,
      durationMs: Date.now() - startedAt,
      errorType: settled.ok ? undefined : typeof error?.code === 'string' ? error.code : 'Error',
    });
  });
}
