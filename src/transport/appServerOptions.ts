/**
 * Options of `startAppServer`, their defaults and validation.
 */
import packageJson from '../../package.json' with { type: 'json' };
import type { InitializeResponse } from '../protocol/generated/types.js';
import { InvalidOptionsError } from '../errors/index.js';

/** `initialize.clientInfo`: becomes the `originator` header and User-Agent prefix of model requests. */
export interface AppServerClientInfo {
  name: string;
  title?: string | null;
  version: string;
}

/** The `initialize` response (userAgent, codexHome, platform…), as the generated protocol of the pinned codex types it. */
export type InitializeResult = InitializeResponse;

/** Options of `startAppServer` (see `appServerTransport.ts`). */
export interface AppServerOptions {
  /** Absolute path of the codex executable (finding it is `native/`'s job). */
  codexPath: string;
  /** Extra arguments after `app-server`, e.g. `['-c', 'model="o3"', '--enable', 'x']`. */
  args?: readonly string[];
  /** The child's whole environment; replaces `process.env` when given. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Working directory of the process. */
  cwd?: string;
  /** Default per-request timeout in ms (default 60 000; `0` or `Infinity` disables). */
  requestTimeoutMs?: number;
  /** Timeout of the `initialize` handshake in ms (default: `requestTimeoutMs`). */
  initializeTimeoutMs?: number;
  /** Default `{ name: 'codex-actors', title: 'codex-actors', version: <package version> }`. */
  clientInfo?: AppServerClientInfo;
  /**
   * Check every notification and server request against the pinned protocol (default true).
   * A cluster host agent turns it off: it relays lines it does not interpret, and the
   * client's transport checks them where they are used.
   */
  validateIncoming?: boolean;
  /**
   * Called with every notification and the exact line it came in, before
   * `notifications$` gets it: a relay (the cluster host agent) forwards the line
   * itself instead of serializing the parsed value again.
   */
  onNotificationLine?: (notification: { method: string; params: unknown }, line: string) => void;
  /** `initialize.capabilities.experimentalApi` (default true: dynamic tools need it). */
  experimentalApi?: boolean;
  /** Notification methods codex should not send at all (exact names). */
  optOutNotificationMethods?: readonly string[];
  /** Bound of each shutdown phase of {@link AppServerTransport.close} in ms (default 2000). */
  shutdownTimeoutMs?: number;
  /** Aborting it cancels startup (rejects with `AbortError`) or, later, closes the transport. */
  signal?: AbortSignal;
  /** Called once the process is spawned, before the initialize handshake (the connection chart's `initializing` state). */
  onSpawned?: (pid: number | undefined) => void;
}

/** The default `clientInfo` sent in `initialize`. */
export const DEFAULT_CLIENT_INFO: AppServerClientInfo = Object.freeze({
  name: 'codex-actors',
  title: 'codex-actors',
  version: (packageJson as { version: string }).version,
});

/** @internal Timeouts after defaults and validation. */
export interface ResolvedSettings {
  requestTimeoutMs: number;
  shutdownTimeoutMs: number;
  /** Unset means true. */
  validateIncoming?: boolean;
  onNotificationLine?: (notification: { method: string; params: unknown }, line: string) => void;
}

/**
 * Applies defaults to the timeouts and validates them.
 *
 * @throws InvalidOptionsError for a missing `codexPath` or a negative / NaN timeout.
 * @internal
 */
export function resolveTimeouts(options: AppServerOptions): ResolvedSettings & { initializeTimeoutMs: number } {
  if (typeof options.codexPath !== 'string' || options.codexPath === '') {
    throw new InvalidOptionsError('codexPath', 'must be the path of the codex executable (a non-empty string)');
  }
  const requestTimeoutMs = normalizeTimeout('requestTimeoutMs', options.requestTimeoutMs, 60_000);
  const initializeTimeoutMs = normalizeTimeout('initializeTimeoutMs', options.initializeTimeoutMs, requestTimeoutMs);
  const shutdownTimeoutMs = options.shutdownTimeoutMs ?? 2000;
  // Unlike request timeouts, shutdown phases must end: no "0 disables" here.
  if (typeof shutdownTimeoutMs !== 'number' || !Number.isFinite(shutdownTimeoutMs) || shutdownTimeoutMs < 0) {
    throw new InvalidOptionsError('shutdownTimeoutMs', `must be a finite, non-negative number of milliseconds, got ${String(shutdownTimeoutMs)}`);
  }
  return { requestTimeoutMs, initializeTimeoutMs, shutdownTimeoutMs };
}

function normalizeTimeout(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw new InvalidOptionsError(name, `must be a non-negative number of milliseconds (0 or Infinity disables it), got ${String(value)}`);
  }
  return value === 0 ? Number.POSITIVE_INFINITY : value;
}
