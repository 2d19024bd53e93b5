/**
 * Splits a byte stream into lines, for JSONL protocols.
 *
 * Why bytes and not strings: `\n` (0x0A) never occurs inside a multi-byte
 * UTF-8 sequence, so cutting the raw bytes at newlines is always safe, and each
 * line is decoded exactly once, whatever the chunk boundaries were.
 *
 * Why a list of pieces: a 10 MB line arrives as ~160 pipe chunks; appending
 * each to a growing buffer would copy O(n²) bytes. The pieces are kept as they
 * came and concatenated once, when the newline shows up.
 */

/** Options of {@link LineSplitter}. */
export interface LineSplitterOptions {
  /**
   * Longest line kept, in bytes (default 256 MiB; V8 cannot hold a string much
   * longer than 512 MiB). A longer line is dropped and reported to `onOverflow`.
   */
  maxLineBytes?: number;
  /** Called instead of `onLine` for a line over `maxLineBytes`, with its first 64 KiB and its length. */
  onOverflow?: (prefix: string, totalBytes: number) => void;
}

/** Default {@link LineSplitterOptions.maxLineBytes}: 256 MiB. */
export const DEFAULT_MAX_LINE_BYTES = 256 * 1024 * 1024;

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const OVERFLOW_PREFIX_BYTES = 65_536;

/**
 * Incremental line splitter over UTF-8 byte chunks.
 *
 * - accepts chunks cut anywhere (mid-line, mid-character, between `\r` and `\n`);
 * - strips a trailing `\r` (CRLF input);
 * - skips empty lines;
 * - never copies a line more than once.
 *
 * @example
 * ```ts
 * const splitter = new LineSplitter((line) => console.log(JSON.parse(line)));
 * child.stdout.on('data', (chunk) => splitter.push(chunk));
 * child.stdout.on('end', () => splitter.end());
 * ```
 */
export class LineSplitter {
  private readonly onLine: (line: string) => void;
  private readonly maxLineBytes: number;
  private readonly onOverflow: ((prefix: string, totalBytes: number) => void) | undefined;
  /** Pieces of the current, unfinished line. */
  private pieces: Buffer[] = [];
  private pendingBytes = 0;
  /** True while dropping the rest of an over-long line. */
  private overflowing = false;
  private overflowPrefix = '';

  constructor(onLine: (line: string) => void, options: LineSplitterOptions = {}) {
    this.onLine = onLine;
    this.maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
    this.onOverflow = options.onOverflow;
  }

  /** Bytes held for the current unfinished line. */
  get bufferedBytes(): number {
    return this.pendingBytes;
  }

  /** Feeds the next chunk; calls `onLine` once per complete line in it. */
  push(chunk: Uint8Array): void {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let newline = buf.indexOf(NEWLINE);
    if (newline === -1) {
      this.hold(buf);
      return;
    }
    // The first newline of the chunk ends whatever was held from earlier chunks.
    if (this.pendingBytes > 0 || this.overflowing) {
      this.hold(buf.subarray(0, newline));
      this.finishHeldLine();
    } else {
      this.emit(buf, 0, newline);
    }
    let start = newline + 1;
    while ((newline = buf.indexOf(NEWLINE, start)) !== -1) {
      this.emit(buf, start, newline);
      start = newline + 1;
    }
    if (start < buf.length) this.hold(buf.subarray(start));
  }

  /** Ends the stream: a final line without a trailing newline is delivered too. */
  end(): void {
    if (this.pendingBytes > 0 || this.overflowing) this.finishHeldLine();
  }

  private hold(piece: Buffer): void {
    if (piece.length === 0) return;
    if (this.overflowing) {
      this.pendingBytes += piece.length;
      return;
    }
    if (this.pendingBytes + piece.length > this.maxLineBytes) {
      // Keep only a prefix for the report; drop everything else until the newline.
      this.pieces.push(piece);
      const head = Buffer.concat(this.pieces, this.pendingBytes + piece.length);
      this.overflowPrefix = head.toString('utf8', 0, Math.min(head.length, OVERFLOW_PREFIX_BYTES));
      this.pieces = [];
      this.pendingBytes += piece.length;
      this.overflowing = true;
      return;
    }
    this.pieces.push(piece);
    this.pendingBytes += piece.length;
  }

  private finishHeldLine(): void {
    if (this.overflowing) {
      const total = this.pendingBytes;
      const prefix = this.overflowPrefix;
      this.overflowing = false;
      this.overflowPrefix = '';
      this.pendingBytes = 0;
      this.onOverflow?.(prefix, total);
      return;
    }
    const pieces = this.pieces;
    const line = pieces.length === 1 ? (pieces[0] as Buffer) : Buffer.concat(pieces, this.pendingBytes);
    this.pieces = [];
    this.pendingBytes = 0;
    this.emit(line, 0, line.length);
  }

  private emit(buf: Buffer, start: number, end: number): void {
    if (end > start && buf[end - 1] === CARRIAGE_RETURN) end--;
    if (end === start) return;
    if (end - start > this.maxLineBytes) {
      this.onOverflow?.(buf.toString('utf8', start, Math.min(end, start + OVERFLOW_PREFIX_BYTES)), end - start);
      return;
    }
    this.onLine(buf.toString('utf8', start, end));
  }
}
