/**
 * What serializing inspectors see of a machine's context.
 *
 * XState inspectors such as `@statelyai/inspect` JSON-serialize every
 * snapshot they receive. Our contexts hold live resources — the app-server
 * transport with its child process, the supervisor's child specs (whose input
 * carries thread options, MCP server environments and all), actor refs — which
 * would be huge to serialize and could carry credentials. A context built with
 * {@link withInspectionSummary} serializes to a small summary instead, while
 * code in the process keeps reading the live fields as usual.
 *
 * @module
 */

/**
 * Adds a `toJSON` to a machine's initial context, returning `summary(context)`.
 * It is an own enumerable property on purpose: XState's `assign` copies the
 * context's enumerable properties into each new context, so every later
 * snapshot keeps it (`this` is then that snapshot's context).
 *
 * @example
 * ```ts
 * context: ({ input }) => withInspectionSummary({ input, pid: undefined }, (c) => ({ name: c.input.name, pid: c.pid })),
 * ```
 */
export function withInspectionSummary<T extends object>(context: T, summary: (context: T) => unknown): T {
  return Object.assign(context, {
    toJSON(this: T): unknown {
      return summary(this);
    },
  });
}

/**
 * An error as inspectors should see it: name, code and message (messages are
 * already redacted where they quote codex's stderr).
 *
 * @example
 * ```ts
 * errorSummary(new TransportClosedError(exit)); // { name: 'TransportClosedError', code: 'TRANSPORT_CLOSED', message: '…' }
 * ```
 */
export function errorSummary(error: unknown): { name: string; code?: string; message: string } | null {
  if (error === null || error === undefined) return null;
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { name: error.name, ...(typeof code === 'string' ? { code } : {}), message: error.message };
  }
  return { name: typeof error, message: String(error) };
}
