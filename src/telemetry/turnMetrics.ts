import type { Attributes, Meter } from '@opentelemetry/api';
import type { Usage } from '../protocol/publicEvents.js';
import * as S from './semconv.js';

/** What is measured at the end of a turn. */
export interface TurnMeasurement {
  provider: string | undefined;
  model: string | undefined;
  usage: Usage | null;
  durationMs: number;
  /** Set when the turn did not succeed. */
  errorType: string | undefined;
}

/** The instruments of one `Codex`. */
export interface TurnMetrics {
  recordTurn(measurement: TurnMeasurement): void;
  recordRestart(): void;
  /** Stops observing the active-thread count. */
  close(): void;
}

/**
 * Creates the metric instruments:
 * - `gen_ai.client.token.usage` (histogram, `{token}`, `gen_ai.token.type` = input|output);
 * - `gen_ai.client.operation.duration` (histogram, `s`): turn duration;
 * - `codex.supervisor.restarts` (counter, `{restart}`);
 * - `codex.threads.active` (observable up-down counter, `{thread}`), read from `activeThreads()`.
 *
 * @example
 * ```ts
 * const metrics = createTurnMetrics(meterProvider.getMeter('codex-actors'), () => 2);
 * metrics.recordRestart();
 * ```
 *
 * @internal
 */
export function createTurnMetrics(meter: Meter, activeThreads: () => number): TurnMetrics {
  const tokenUsage = meter.createHistogram(S.METRIC_GEN_AI_CLIENT_TOKEN_USAGE, {
    description: 'Tokens used per codex turn, by token type',
    unit: '{token}',
    advice: { explicitBucketBoundaries: S.TOKEN_USAGE_BUCKETS },
  });
  const duration = meter.createHistogram(S.METRIC_GEN_AI_CLIENT_OPERATION_DURATION, {
    description: 'Duration of codex turns (invoke_agent), from start to settlement',
    unit: 's',
    advice: { explicitBucketBoundaries: S.OPERATION_DURATION_BUCKETS },
  });
  const restarts = meter.createCounter(S.METRIC_CODEX_SUPERVISOR_RESTARTS, {
    description: 'Restarts of crashed codex processes by the supervisor',
    unit: '{restart}',
  });
  const active = meter.createObservableUpDownCounter(S.METRIC_CODEX_THREADS_ACTIVE, {
    description: 'Thread actors currently alive (running or restarting)',
    unit: '{thread}',
  });
  const observe = (result: { observe(value: number): void }) => result.observe(activeThreads());
  active.addCallback(observe);

  return {
    recordTurn(m) {
      const base: Attributes = { [S.ATTR_GEN_AI_OPERATION_NAME]: S.GEN_AI_OPERATION_INVOKE_AGENT };
      if (m.provider !== undefined) base[S.ATTR_GEN_AI_PROVIDER_NAME] = m.provider;
      if (m.model !== undefined) base[S.ATTR_GEN_AI_REQUEST_MODEL] = m.model;
      duration.record(m.durationMs / 1000, m.errorType !== undefined ? { ...base, [S.ATTR_ERROR_TYPE]: m.errorType } : base);
      if (m.usage) {
        tokenUsage.record(m.usage.input_tokens, { ...base, [S.ATTR_GEN_AI_TOKEN_TYPE]: S.GEN_AI_TOKEN_TYPE_INPUT });
        tokenUsage.record(m.usage.output_tokens, { ...base, [S.ATTR_GEN_AI_TOKEN_TYPE]: S.GEN_AI_TOKEN_TYPE_OUTPUT });
      }
    },
    recordRestart() {
      restarts.add(1);
    },
    close() {
      active.removeCallback(observe);
    },
  };
}
