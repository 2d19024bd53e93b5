import { createRequire } from 'node:module';
import type * as OtelApi from '@opentelemetry/api';

/** The `@opentelemetry/api` module. */
export type OtelApiModule = typeof OtelApi;

let cached: OtelApiModule | null | undefined;

/**
 * Loads `@opentelemetry/api` if the application has it, else `null`.
 *
 * It is an optional peer dependency: a static import would make codex-actors
 * unusable without it. A synchronous `require` keeps `new Codex()`
 * synchronous; the API keeps its registrations (global providers, context
 * manager) on `globalThis`, so the CommonJS copy loaded here sees what the
 * application registered through the ESM entry point.
 *
 * @example
 * ```ts
 * const api = loadOtelApi();
 * const tracer = api?.trace.getTracer('codex-actors');
 * ```
 *
 * @internal
 */
export function loadOtelApi(): OtelApiModule | null {
  if (cached !== undefined) return cached;
  try {
    cached = createRequire(import.meta.url)('@opentelemetry/api') as OtelApiModule;
  } catch {
    cached = null;
  }
  return cached;
}
