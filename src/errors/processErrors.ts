import { CodexError, type CodexErrorOptions } from './codexError.js';

/** Raised when no codex binary could be found. Lists every place that was tried. */
export class CodexNotFoundError extends CodexError {
  /** Every candidate that was tried, with why it was rejected. */
  readonly tried: ReadonlyArray<{ source: string; path: string; reason: string }>;

  constructor(tried: ReadonlyArray<{ source: string; path: string; reason: string }>, hint: string, options?: CodexErrorOptions) {
    const lines = tried.map((t) => `  - ${t.source}: ${t.path} (${t.reason})`).join('\n');
    super('CODEX_NOT_FOUND', `No usable codex binary was found. Tried:\n${lines}\n${hint}`, options);
    this.tried = tried;
  }
}

/** The binary's version differs from the pinned one. */
export class CodexVersionError extends CodexError {
  readonly path: string;
  readonly expected: string;
  readonly actual: string;

  constructor(fields: { path: string; expected: string; actual: string }, options?: CodexErrorOptions) {
    super(
      'CODEX_VERSION_MISMATCH',
      `codex at ${fields.path} is version ${fields.actual}, but codex-actors is built and tested against ${fields.expected}. ` +
        `Install @openai/codex@${fields.expected}, point codexPath/CODEX_PATH at a ${fields.expected} binary, ` +
        `or pass versionCheck: 'warn' to accept it.`,
      options,
    );
    this.path = fields.path;
    this.expected = fields.expected;
    this.actual = fields.actual;
  }
}

/** The codex process could not be started at all. */
export class CodexSpawnError extends CodexError {
  readonly path: string;
  readonly args: readonly string[];

  constructor(fields: { path: string; args: readonly string[]; reason: string }, options?: CodexErrorOptions) {
    super('CODEX_SPAWN_FAILED', `Could not start ${fields.path}: ${fields.reason}. Check that the file exists and is executable (see \`codex-actors doctor\`).`, options);
    this.path = fields.path;
    this.args = fields.args;
  }
}

/** Fields describing how a codex process ended. */
export interface ProcessExit {
  exitCode: number | null;
  signal: string | null;
  /** The last lines the process wrote to stderr (secrets redacted). */
  stderrTail: string;
}

/** A codex process died while work depended on it. */
export class CodexProcessCrashedError extends CodexError {
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly stderrTail: string;

  constructor(exit: ProcessExit, context = 'the codex process', options?: CodexErrorOptions) {
    // Neither code nor signal: the process was stopped by us (a supervisor restart), not by itself.
    const how = exit.signal ? `was killed by ${exit.signal}` : exit.exitCode !== null ? `exited with code ${exit.exitCode}` : 'was stopped';
    const tail = exit.stderrTail.trim() ? `\nLast stderr:\n${exit.stderrTail.trim()}` : '';
    super('CODEX_PROCESS_CRASHED', `${context} ${how}.${tail}`, options);
    this.exitCode = exit.exitCode;
    this.signal = exit.signal;
    this.stderrTail = exit.stderrTail;
  }
}

/** A transport was used after its process ended, or ended with requests pending. */
export class TransportClosedError extends CodexError {
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly stderrTail: string;

  constructor(exit: ProcessExit, detail = 'The codex app-server connection is closed', options?: CodexErrorOptions) {
    const how = exit.signal ? ` (process killed by ${exit.signal})` : exit.exitCode !== null ? ` (process exited with code ${exit.exitCode})` : '';
    const tail = exit.stderrTail.trim() ? `\nLast stderr:\n${exit.stderrTail.trim()}` : '';
    super('TRANSPORT_CLOSED', `${detail}${how}.${tail}`, options);
    this.exitCode = exit.exitCode;
    this.signal = exit.signal;
    this.stderrTail = exit.stderrTail;
  }
}

/** A line from the process that is not valid protocol. The stream goes on. */
export class ProtocolError extends CodexError {
  /** The offending line (truncated to 64 KiB). */
  readonly line: string;

  constructor(reason: string, line: string, options?: CodexErrorOptions) {
    const shown = line.length > 200 ? `${line.slice(0, 200)}… (${line.length} chars)` : line;
    super('PROTOCOL_ERROR', `Invalid protocol line from codex: ${reason}: ${shown}`, options);
    this.line = line.length > 65_536 ? line.slice(0, 65_536) : line;
  }
}
