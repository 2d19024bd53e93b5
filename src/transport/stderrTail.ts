/**
 * A bounded, redacted tail of a process's stderr, for error messages.
 *
 * stderr must be drained continuously (a full pipe would block codex), but only
 * the end matters when something goes wrong; and what is shown must never leak
 * an API key (codex logs request headers at higher RUST_LOG levels).
 */
import { StringDecoder } from 'node:string_decoder';

/** Options of {@link StderrTail}. */
export interface StderrTailOptions {
  /** Characters kept (default 65 536). */
  maxChars?: number;
  /** Lines returned by {@link StderrTail.toString} (default 50). */
  maxLines?: number;
  /** Exact values to hide (e.g. API keys from the child's environment). */
  secrets?: readonly string[];
}

const REDACTED = '***';

/** ANSI escape sequences (codex colours its tracing output even into a pipe). */
const ANSI_ESCAPES = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

/** Token shapes hidden wherever they appear. */
const SECRET_PATTERNS: ReadonlyArray<[RegExp, string]> = [
  // OpenAI-style keys: sk-…, sk-proj-…, sk-svcacct-…
  [/\bsk-[A-Za-z0-9_-]{6,}/g, `sk-${REDACTED}`],
  // HTTP bearer / basic credentials.
  [/\b(Bearer)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${REDACTED}`],
  [/\b(Basic)\s+[A-Za-z0-9+/=]{8,}/g, `$1 ${REDACTED}`],
  // key=value / "key": "value" for credential-looking keys.
  // (`Bearer …`/`Basic …` values are left to the rules above, so the scheme stays readable.)
  [/\b((?:api[_-]?key|access[_-]?token|refresh[_-]?token|token|secret|password|authorization)["']?\s*[:=]\s*["']?)(?!(?:Bearer|Basic)\s)[^\s"',;}]+/gi, `$1${REDACTED}`],
];

/**
 * Hides credentials in `text`: OpenAI-style `sk-…` keys, `Bearer …` tokens,
 * `api_key=…`/`"token": "…"` style pairs, and every exact value in `secrets`.
 *
 * @example
 * ```ts
 * redactSecrets('auth: Bearer sk-abc123456789'); // 'auth: Bearer ***'
 * ```
 */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 6) out = out.split(secret).join(REDACTED);
  }
  for (const [pattern, replacement] of SECRET_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/**
 * Environment values worth redacting: those whose names look like credentials
 * (`*KEY*`, `*TOKEN*`, `*SECRET*`, `*PASSWORD*`, `*AUTH*`) and are long enough to be one.
 */
export function secretsFromEnv(env: Readonly<Record<string, string | undefined>>): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && value.length >= 8 && /KEY|TOKEN|SECRET|PASSWORD|AUTH/i.test(name)) out.push(value);
  }
  return out;
}

/**
 * Keeps the last `maxChars` characters written to it and renders the last
 * `maxLines` lines, redacted.
 *
 * @example
 * ```ts
 * const tail = new StderrTail({ secrets: [process.env.OPENAI_API_KEY ?? ''] });
 * child.stderr.on('data', (chunk) => tail.push(chunk));
 * // later: new TransportClosedError({ exitCode, signal, stderrTail: tail.toString() })
 * ```
 */
export class StderrTail {
  private readonly maxChars: number;
  private readonly maxLines: number;
  // A true private field: no serializer or inspector (JSON, util.inspect, an
  // XState inspector walking a snapshot) can reach the values being hidden.
  readonly #secrets: readonly string[];
  private readonly decoder = new StringDecoder('utf8');
  private text = '';
  /** True once the start of the stream was dropped (the first kept line may be partial). */
  private truncated = false;

  constructor(options: StderrTailOptions = {}) {
    this.maxChars = options.maxChars ?? 65_536;
    this.maxLines = options.maxLines ?? 50;
    this.#secrets = options.secrets ?? [];
  }

  /** Appends a chunk (bytes are decoded as UTF-8 across chunk boundaries). */
  push(chunk: Uint8Array | string): void {
    this.text += typeof chunk === 'string' ? chunk : this.decoder.write(chunk as Buffer);
    // Trim lazily (at twice the limit) so a chatty stderr costs O(1) amortised per byte.
    if (this.text.length > this.maxChars * 2) {
      this.text = this.text.slice(-this.maxChars);
      this.truncated = true;
    }
  }

  /** The last lines, without colour codes, redacted; `''` when nothing was written. */
  toString(): string {
    let text = this.text.length > this.maxChars ? this.text.slice(-this.maxChars) : this.text;
    text = text.replace(ANSI_ESCAPES, '');
    let lines = text.split('\n');
    // A partial first line could hold half a secret that no pattern recognises: drop it.
    if (this.truncated || this.text.length > this.maxChars) lines = lines.slice(1);
    if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    if (lines.length > this.maxLines) lines = lines.slice(-this.maxLines);
    text = lines.join('\n');
    return redactSecrets(text, this.#secrets);
  }

  /** Serializes as the redacted tail only (never the raw text). */
  toJSON(): string {
    return this.toString();
  }
}
