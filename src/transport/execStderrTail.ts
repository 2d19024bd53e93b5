import { StringDecoder } from 'node:string_decoder';

/**
 * Keeps the end of a process's stderr for error messages, with secrets removed.
 * codex logs to stderr; a crash report should show the last lines, never an API key.
 */

const REDACTED = '[REDACTED]';

// Shapes of credentials that may appear in logs regardless of which env var held them.
const SECRET_PATTERNS: readonly RegExp[] = [
  /\bsk-[A-Za-z0-9_-]{8,}/g, // OpenAI-style keys
  /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, // authorization headers
  /\b(api[_-]?key|access[_-]?token|refresh[_-]?token|secret|password)(["']?\s*[:=]\s*["']?)[^\s"',}]{4,}/gi,
];

// Env vars whose values are treated as secrets wherever they appear.
const SECRET_ENV_NAME = /KEY|TOKEN|SECRET|PASSWORD|CREDENTIAL|AUTH/i;

/**
 * Collects every value that must never be shown: the given secrets plus the values of
 * env vars whose names look secret (`*_KEY`, `*TOKEN*`, …). Values shorter than 6
 * characters are ignored so that redaction does not shred ordinary words.
 */
export function secretValues(env: Readonly<Record<string, string | undefined>>, extra: ReadonlyArray<string | undefined> = []): string[] {
  const values = new Set<string>();
  for (const value of extra) if (value && value.length >= 6) values.add(value);
  for (const [name, value] of Object.entries(env)) {
    if (value && value.length >= 6 && SECRET_ENV_NAME.test(name)) values.add(value);
  }
  // Longest first, so a secret that contains another is removed whole.
  return [...values].sort((a, b) => b.length - a.length);
}

/**
 * Replaces known secret values and credential-looking substrings with `[REDACTED]`.
 *
 * @example
 * ```ts
 * redactSecrets('auth failed for sk-abc123456789', []); // → 'auth failed for [REDACTED]'
 * ```
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join(REDACTED);
  out = out.replace(SECRET_PATTERNS[0]!, REDACTED);
  out = out.replace(SECRET_PATTERNS[1]!, (_m, scheme: string) => `${scheme} ${REDACTED}`);
  out = out.replace(SECRET_PATTERNS[2]!, (_m, name: string, sep: string) => `${name}${sep}${REDACTED}`);
  return out;
}

/** A bounded buffer holding the last bytes of a stream as text. */
export class StderrTail {
  readonly #maxChars: number;
  readonly #decoder = new StringDecoder('utf8');
  #text = '';
  #trimmed = false;

  /** @param maxChars How much of the end to keep (default 16 KiB of text). */
  constructor(maxChars = 16_384) {
    this.#maxChars = maxChars;
  }

  /** Appends a chunk, dropping the oldest text beyond the limit. */
  push(chunk: string | Uint8Array): void {
    this.#text += typeof chunk === 'string' ? chunk : this.#decoder.write(Buffer.from(chunk));
    if (this.#text.length > this.#maxChars * 2) {
      this.#text = this.#text.slice(-this.#maxChars);
      this.#trimmed = true;
    }
  }

  /**
   * The last `maxLines` lines (at most `maxChars` characters), secrets redacted.
   * After trimming, the first kept line is dropped: it may start in the middle of a
   * secret, whose remainder would no longer match.
   */
  read(secrets: readonly string[], maxLines = 40): string {
    let lines = redactSecrets(this.#text, secrets).split('\n');
    if (this.#trimmed) lines = lines.slice(1);
    const tail = lines.slice(-maxLines - 1).join('\n');
    return tail.length > this.#maxChars ? tail.slice(-this.#maxChars) : tail;
  }
}
