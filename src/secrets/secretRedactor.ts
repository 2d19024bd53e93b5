import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { redactSecrets } from '../transport/stderrTail.js';

const REDACTED = '***';

/** JSON Web Tokens (ChatGPT sign-in tokens in auth.json are JWTs): header.payload.signature. */
const JWT = /\beyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{6,}/g;

/** Environment variable names whose values are credentials. */
const SECRET_ENV_NAME = /KEY|TOKEN|SECRET|PASSWORD|CREDENTIAL/i;

/** Where the secrets come from. */
export interface SecretSources {
  /** The `apiKey` option. */
  apiKey?: string | undefined;
  /** The codex processes' environment (the `env` option, else `process.env`). */
  env: Readonly<Record<string, string | undefined>>;
  /** The `codexHome` option; else `CODEX_HOME` from `env`, else `~/.codex`. */
  codexHome?: string | undefined;
}

/**
 * The known secret values of a `Codex`: the `apiKey` option, credential-like
 * environment variables (`*KEY*`, `*TOKEN*`, `*SECRET*`, `*PASSWORD*`,
 * `*CREDENTIAL*`; paths and short values are skipped), and the key and tokens
 * stored in `$CODEX_HOME/auth.json`.
 *
 * @example
 * ```ts
 * const secrets = collectSecrets({ apiKey: 'sk-…', env: process.env });
 * ```
 */
export function collectSecrets(sources: SecretSources): string[] {
  const found = new Set<string>();
  if (sources.apiKey) found.add(sources.apiKey);
  for (const [name, value] of Object.entries(sources.env)) {
    if (value !== undefined && value.length >= 8 && SECRET_ENV_NAME.test(name) && !path.isAbsolute(value) && !/\s/.test(value)) found.add(value);
  }
  for (const value of authJsonSecrets(sources)) found.add(value);
  return [...found];
}

function authJsonSecrets(sources: SecretSources): string[] {
  const home = sources.codexHome ?? sources.env['CODEX_HOME'] ?? path.join(sources.env['HOME'] ?? homedir(), '.codex');
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path.join(home, 'auth.json'), 'utf8'));
  } catch {
    return [];
  }
  const out: string[] = [];
  const walk = (value: unknown, key: string, depth: number) => {
    if (depth > 4) return;
    if (typeof value === 'string') {
      if (value.length >= 8 && (SECRET_ENV_NAME.test(key) || /token/i.test(key))) out.push(value);
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) walk(v, key === 'tokens' ? `token:${k}` : k, depth + 1);
    }
  };
  walk(parsed, '', 0);
  return out;
}

/**
 * Hides secrets in what codex-actors hands out: events, errors, results,
 * span attributes.
 *
 * Two strengths:
 * - **content** (agent messages, command output, diffs, deltas): only the
 *   exact known secret values are replaced, so ordinary text such as
 *   `password = input()` in a diff is never altered;
 * - **diagnostics** (error messages, stacks, `error` events, span text): also
 *   the shapes of credentials (`sk-…` keys, `Bearer …`, `api_key=…`, JWTs),
 *   since codex echoes provider error bodies and a provider may quote the key.
 *
 * Redaction is in place (the objects are codex-actors' own, freshly built per
 * event); values are replaced by `***`.
 *
 * @example
 * ```ts
 * const redactor = new SecretRedactor(collectSecrets({ apiKey, env: process.env }));
 * redactor.redact('401: Incorrect API key provided: sk-abc123456'); // '401: Incorrect API key provided: sk-***'
 * ```
 */
export class SecretRedactor {
  private readonly secrets: string[];

  constructor(secrets: Iterable<string>) {
    // Longest first, so a secret that contains another is replaced whole.
    this.secrets = [...new Set([...secrets].filter((s) => s.length >= 6))].sort((a, b) => b.length - a.length);
  }

  /** Adds a secret learnt later (e.g. a key passed to `login.apiKey`). */
  add(secret: string): void {
    if (secret.length < 6 || this.secrets.includes(secret)) return;
    this.secrets.push(secret);
    this.secrets.sort((a, b) => b.length - a.length);
  }

  /** Diagnostic text: known values and credential shapes. */
  redact(text: string): string {
    return redactSecrets(text, this.secrets).replace(JWT, REDACTED);
  }

  /** Content text: known values only. */
  redactKnown(text: string): string {
    let out = text;
    for (const secret of this.secrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    return out;
  }

  /**
   * Redacts a public event in place and returns it. Error-carrying events
   * (`error`, `turn.failed`, error items, `thread.restarted`) get the
   * diagnostic strength, everything else the content strength.
   */
  redactEvent<E extends { type: string }>(event: E): E {
    const record = event as unknown as Record<string, unknown>;
    const diagnostic =
      event.type === 'error' || event.type === 'turn.failed' || event.type === 'thread.restarted' || ((record.item as { type?: unknown } | undefined)?.type === 'error');
    // Content with no known secret values has nothing to find: skip the walk (every delta passes here).
    if (!diagnostic && this.secrets.length === 0) return event;
    this.walk(record, diagnostic ? (t) => this.redact(t) : (t) => this.redactKnown(t), new Set(), 0);
    return event;
  }

  /**
   * A raw app-server notification (`thread.notifications$`) with its secrets
   * redacted: `error` and `turn/completed` (which carries the turn's error)
   * with the diagnostic strength, everything else (deltas, items) with the
   * content strength. A copy when there is anything to look for (the original
   * goes on to the turn that folds it), else the notification itself.
   */
  redactNotification<N extends { method: string; params?: unknown }>(notification: N): N {
    const diagnostic = notification.method === 'error' || notification.method === 'turn/completed';
    if (!diagnostic && this.secrets.length === 0) return notification;
    const copy = structuredClone(notification);
    this.walk(copy.params, diagnostic ? (t) => this.redact(t) : (t) => this.redactKnown(t), new Set(), 0);
    return copy;
  }

  /**
   * The same promise, rejecting with its error redacted: for every request
   * whose error reaches a user (thread-less requests, `thread.read()`, `ready()`…).
   */
  async guard<T>(work: Promise<T>): Promise<T> {
    try {
      return await work;
    } catch (error) {
      throw this.redactError(error);
    }
  }

  /**
   * Redacts an error in place (message, stack, string fields, `cause` chain,
   * and objects such as `result` hanging off it) and returns it.
   */
  redactError<T>(error: T): T {
    this.walk(error, (t) => this.redact(t), new Set(), 0);
    return error;
  }

  /** Redacts a value (a turn result, an item) with the content strength, in place. */
  redactContent<T>(value: T): T {
    this.walk(value, (t) => this.redactKnown(t), new Set(), 0);
    return value;
  }

  private walk(value: unknown, fix: (text: string) => string, seen: Set<object>, depth: number): void {
    if (typeof value !== 'object' || value === null || seen.has(value) || depth > 8) return;
    seen.add(value);
    const isError = value instanceof Error;
    const keys = isError ? Object.getOwnPropertyNames(value) : Object.keys(value);
    for (const key of keys) {
      const item = (value as Record<string, unknown>)[key];
      if (typeof item === 'string') {
        const fixed = fix(item);
        if (fixed !== item) assign(value as Record<string, unknown>, key, fixed);
      } else if (typeof item === 'object' && item !== null) {
        // The turn result on an error is content (messages, diffs): known values only.
        this.walk(item, isError && key === 'result' ? (t) => this.redactKnown(t) : fix, seen, depth + 1);
      }
    }
  }
}

/**
 * Replaces a string property, whatever kind of property it is: a writable one
 * or an accessor with a setter is assigned (on Node ≥ 21 an error's own
 * `stack` is such an accessor), a read-only or getter-only one is redefined
 * as a read-only value when configurable, and left alone when it is not.
 */
function assign(target: Record<string, unknown>, key: string, value: string): void {
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  if (!descriptor || descriptor.writable || descriptor.set) {
    target[key] = value;
    return;
  }
  if (!descriptor.configurable) return;
  // A data descriptor may not carry get/set: build it afresh rather than spreading an accessor's.
  Object.defineProperty(target, key, { value, writable: false, enumerable: descriptor.enumerable ?? false, configurable: true });
}

/**
 * Redacts a settled turn in place: the error (diagnostic strength), the
 * result's `error` (diagnostic) and its items and text (content strength).
 *
 * @example
 * ```ts
 * finish: async (settled) => redactSettledTurn(settled, redactor),
 * ```
 */
export function redactSettledTurn<S extends { ok: boolean; error?: unknown; result: { error?: unknown } | null }>(settled: S, redactor: SecretRedactor | undefined): S {
  if (!redactor) return settled;
  if (settled.result) {
    redactor.redactContent(settled.result);
    if (settled.result.error) redactor.redactError(settled.result.error);
  }
  if (!settled.ok && settled.error) redactor.redactError(settled.error);
  return settled;
}
