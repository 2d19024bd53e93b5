/**
 * An in-process stand-in for a `codex app-server` child process, for P3: it
 * answers `initialize`, `thread/start` and `turn/start` on the stdio pipes an
 * {@link AppServerTransport} reads, and after each `turn/start` replays the
 * next recorded turn's lines in 64 KiB chunks (the size a pipe delivers).
 *
 * Why in process: P3 measures our pipeline's CPU cost per wire line. A real
 * child (or a replaying fixture process) would share the 2 cores with the code
 * being measured and add pipe noise that belongs to neither side.
 */
import { EventEmitter } from 'node:events';
import { PassThrough, Writable } from 'node:stream';
import type { SpawnedCodex } from '../src/transport/spawnCodexProcess.js';
import type { ReplayTurn } from './recordTurnStream.js';

const CHUNK_BYTES = 64 * 1024;
/** A pid no process has: the transport's kill() and orphan reaper look up descendants by pid, and must find none. */
const NO_PID = 2_147_483_646;

/** The fake child: what `AppServerTransport` touches of an execa subprocess. */
export interface ReplayProcess {
  spawned: SpawnedCodex;
  /** Turns not yet replayed. */
  readonly remaining: number;
}

/**
 * Creates a fake app-server that will replay `turns` in order, one per
 * `turn/start`, for thread `threadId`.
 */
export function createReplayAppServer(threadId: string, turns: readonly ReplayTurn[]): ReplayProcess {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const child = new EventEmitter() as EventEmitter & Record<string, unknown>;
  let next = 0;
  let exited = false;
  let resolveExit!: () => void;
  const exitPromise = new Promise<void>((resolve) => (resolveExit = resolve));

  const exit = (code: number | null, signal: string | null) => {
    if (exited) return;
    exited = true;
    stdout.end();
    stderr.end();
    // After the streams close, like a real child.
    setImmediate(() => {
      child.emit('exit', code, signal);
      resolveExit();
    });
  };

  // Encoded up front: turning the text into bytes is the child's work, not the pipeline's.
  const payloads = turns.map((t) => Buffer.from(`${t.lines.join('\n')}\n`));
  const sendBytes = (bytes: Buffer) => {
    for (let at = 0; at < bytes.length; at += CHUNK_BYTES) stdout.write(bytes.subarray(at, at + CHUNK_BYTES));
  };
  const send = (text: string) => sendBytes(Buffer.from(text));

  const answer = (line: string) => {
    const request = JSON.parse(line) as { id?: number; method: string };
    if (request.id === undefined) return;
    switch (request.method) {
      case 'initialize':
        send(`${JSON.stringify({ id: request.id, result: { userAgent: 'replay/0.169.0', codexHome: '/nonexistent', platformFamily: 'unix', platformOs: 'linux' } })}\n`);
        return;
      case 'thread/start':
      case 'thread/resume':
        send(`${JSON.stringify({ id: request.id, result: { thread: { id: threadId, model: 'mock-model', turns: [] } } })}\n`);
        return;
      case 'turn/start': {
        const turn = turns[next++];
        if (!turn) {
          send(`${JSON.stringify({ id: request.id, error: { code: -32600, message: 'replay exhausted' } })}\n`);
          return;
        }
        const response = JSON.stringify({ id: request.id, result: { turn: { id: turn.turnId, items: [], status: 'inProgress', error: null } } });
        send(`${response}\n`);
        // The turn's traffic follows on a later tick, as it does from codex (the model answers after the response).
        const payload = payloads[next - 1]!;
        setImmediate(() => sendBytes(payload));
        return;
      }
      default:
        send(`${JSON.stringify({ id: request.id, result: {} })}\n`);
    }
  };

  let pending = '';
  const stdin = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      const parts = (pending + chunk.toString('utf8')).split('\n');
      pending = parts.pop()!;
      // Answer on a later turn of the event loop, as a separate process would.
      setImmediate(() => {
        for (const line of parts) if (line.length > 0) answer(line);
      });
      callback();
    },
    final(callback) {
      exit(0, null);
      callback();
    },
  });

  Object.assign(child, {
    stdin,
    stdout,
    stderr,
    pid: NO_PID,
    kill: (signal: string = 'SIGTERM') => {
      exit(null, signal);
      return true;
    },
    then: (onFulfilled?: (v: unknown) => unknown, onRejected?: (e: unknown) => unknown) => exitPromise.then(onFulfilled, onRejected),
  });

  return {
    spawned: { subprocess: child as never, pid: NO_PID, processTag: `replay-${process.pid}-${Date.now()}`, env: {} },
    get remaining() {
      return turns.length - next;
    },
  };
}
