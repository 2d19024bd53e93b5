/**
 * JSON Lines on top of {@link LineSplitter}: one JSON value per line in, one per
 * line out. A line that is not JSON becomes a {@link ProtocolError} and the
 * stream goes on (codex itself ignores bad input lines the same way).
 */
import { ProtocolError } from '../../errors/index.js';
import { DEFAULT_MAX_LINE_BYTES, LineSplitter, type LineSplitterOptions } from './lineSplitter.js';

/** Receives what a {@link JsonLineDecoder} reads. Methods, not closures, so no allocation per line. */
export interface JsonLineSink {
  /** One parsed JSON value (any JSON type: checking the shape is the caller's job). */
  onJson(value: unknown, line: string): void;
  /** A line that could not be used. */
  onProtocolError(error: ProtocolError): void;
}

/**
 * Decodes a JSONL byte stream.
 *
 * @example
 * ```ts
 * const decoder = new JsonLineDecoder({
 *   onJson: (value) => handle(value),
 *   onProtocolError: (err) => console.warn(err.message),
 * });
 * stdout.on('data', (chunk) => decoder.push(chunk));
 * stdout.on('end', () => decoder.end());
 * ```
 */
export class JsonLineDecoder {
  private readonly splitter: LineSplitter;
  private readonly sink: JsonLineSink;

  constructor(sink: JsonLineSink, options: Pick<LineSplitterOptions, 'maxLineBytes'> = {}) {
    this.sink = sink;
    const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
    this.splitter = new LineSplitter(this.parseLine.bind(this), {
      maxLineBytes,
      onOverflow: (prefix, totalBytes) => {
        sink.onProtocolError(new ProtocolError(`line of ${totalBytes} bytes exceeds the ${maxLineBytes} byte limit and was dropped`, prefix));
      },
    });
  }

  /** Feeds a chunk of bytes. */
  push(chunk: Uint8Array): void {
    this.splitter.push(chunk);
  }

  /** Ends the stream (a final unterminated line is parsed too). */
  end(): void {
    this.splitter.end();
  }

  private parseLine(line: string): void {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      // Whitespace-only lines are blank, not garbage (checked only on this cold path).
      if (line.trim() === '') return;
      this.sink.onProtocolError(new ProtocolError(`not valid JSON (${(error as Error).message})`, line, { cause: error }));
      return;
    }
    this.sink.onJson(value, line);
  }
}

/**
 * Serialises one message as a JSONL line. `JSON.stringify` escapes newlines
 * inside strings, so the result is always exactly one line.
 */
export function encodeJsonLine(message: unknown): string {
  return `${JSON.stringify(message)}\n`;
}
