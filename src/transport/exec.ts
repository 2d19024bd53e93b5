/**
 * The exec transport: one `codex exec --experimental-json` process per turn.
 *
 * The process gets the SDK's command line (see `execArgs.ts`), the prompt on stdin
 * (then stdin is closed: codex reads stdin to EOF and would hang on an open pipe,
 * codex-wire.md §2), and prints one JSON event per line on stdout, which is parsed
 * with the exec event schemas. The process is always gone, and the output-schema
 * temp file deleted, by the time the event stream ends, however it ends.
 */
import readline from 'node:readline';
import { execa, type Result } from 'execa';
import { Subject, type Observable } from 'rxjs';
import { AbortError, CodexProcessCrashedError, CodexSpawnError, InvalidOptionsError, type ProcessExit, type ProtocolError } from '../errors/index.js';
import { safeParseExecEvent, type ExecThreadEvent } from '../protocol/execEvents.js';
import { buildExecArgs, buildExecEnv, type ExecArgsOptions, type ExecEnvOptions } from './execArgs.js';
import { redactSecrets, secretsFromEnv, StderrTail } from './stderrTail.js';
import { assertOutputSchema, writeOutputSchemaFile, type OutputSchemaFile } from './outputSchemaFile.js';

/** Options of {@link runExecTurn}: the SDK's per-turn arguments plus process control. */
export interface ExecTurnOptions extends Omit<ExecArgsOptions, 'outputSchemaFile'>, ExecEnvOptions {
  /** Path of the codex executable (resolved by `native/`). */
  codexPath: string;
  /** The prompt, written to stdin. Images go in `images`. */
  input: string;
  /** JSON schema of the final answer; written to a temp file for `--output-schema` and deleted after the turn. */
  outputSchema?: unknown;
  /** Aborts the turn: nothing is spawned if already aborted, else the process is killed and the stream throws `AbortError`. */
  signal?: AbortSignal;
  /** How long to wait after SIGTERM before SIGKILL, in ms. Default 2000. */
  killTimeoutMs?: number;
}

/** One running (or finished) `codex exec` turn. */
export interface ExecTurn extends AsyncIterable<ExecThreadEvent>, AsyncDisposable {
  /**
   * The turn's events in wire order. The process starts on the first `next()`; the
   * generator returns after the process exited normally — exit code 0, or code 1 right
   * after a `turn.failed` event (the failure is already reported as data) — and throws:
   * - {@link AbortError} when `signal` aborts (the process is dead by then);
   * - {@link CodexSpawnError} when the executable cannot be started;
   * - {@link CodexProcessCrashedError} for any other exit code or a signal, with the
   *   stderr tail (secrets redacted).
   * Leaving the loop early (`break`, `return()`) kills the process and waits for it.
   */
  readonly events: AsyncGenerator<ExecThreadEvent, void, undefined>;
  /**
   * stdout lines that were not valid events, as they arrive. The turn goes on after each;
   * a line that was JSON but mis-shaped is also yielded as `{ type: 'unknown', raw }`.
   * Completes when the turn ends. Subscribe before iterating `events` to see them all.
   */
  readonly protocolErrors$: Observable<ProtocolError>;
  /** The OS process id, once spawned. */
  readonly pid: number | undefined;
  /** The exact arguments codex was started with, once spawned. */
  readonly args: readonly string[] | undefined;
  /**
   * Settles when `events` has finished: how the process ended, or `null` if it never
   * started (aborted first, spawn failure, closed before the first `next()`). Never rejects.
   */
  readonly exited: Promise<ProcessExit | null>;
}

const DEFAULT_KILL_TIMEOUT_MS = 2000;

/**
 * Runs one turn as a `codex exec` process and streams its events.
 *
 * - same arguments, env and stdin handling as `@openai/codex-sdk` (drop-in);
 * - events validated with zod; unknown event types pass through as `unknown`;
 * - invalid lines are reported on `protocolErrors$` without ending the turn;
 * - abort, crash and early exit never leave a process or temp file behind.
 *
 * @example
 * ```ts
 * const turn = runExecTurn({ codexPath, input: 'Say hi', skipGitRepoCheck: true, env: home.env });
 * turn.protocolErrors$.subscribe((err) => console.warn(err.message));
 * for await (const event of turn) {
 *   if (event.type === 'item.completed' && event.item.type === 'agent_message') console.log(event.item.text);
 * }
 * ```
 *
 * @throws InvalidOptionsError synchronously for options that can never work (empty `codexPath`,
 *   a `config` TOML cannot express, an `outputSchema` that is not an object, a bad `killTimeoutMs`,
 *   `approvalPolicy: 'untrusted'`, which the pinned binary refuses).
 * @see buildExecArgs for the command line.
 */
export function runExecTurn(options: ExecTurnOptions): ExecTurn {
  validate(options);
  const env = buildExecEnv(options);
  const secrets = [...secretsFromEnv(env), ...(options.apiKey ? [options.apiKey] : [])];
  const protocolErrors = new Subject<ProtocolError>();
  const state: { pid?: number; args?: string[]; exit: ProcessExit | null } = { exit: null };
  let settle!: (exit: ProcessExit | null) => void;
  const exited = new Promise<ProcessExit | null>((resolve) => (settle = resolve));

  async function* events(): AsyncGenerator<ExecThreadEvent, void, undefined> {
    try {
      yield* runProcess(options, env, secrets, state, protocolErrors);
    } finally {
      protocolErrors.complete();
      settle(state.exit);
    }
  }
  const stream = new LazyEventStream(events(), () => {
    // Closed before the first next(): the body never ran, so its finally never will.
    protocolErrors.complete();
    settle(null);
  });

  return {
    events: stream,
    protocolErrors$: protocolErrors.asObservable(),
    get pid() {
      return state.pid;
    },
    get args() {
      return state.args;
    },
    exited,
    [Symbol.asyncIterator]: () => stream,
    [Symbol.asyncDispose]: async () => {
      await stream.return();
      await exited;
    },
  };
}

/**
 * Delegates to a generator and notices when it is closed before it ever started, the
 * one case where a generator's `finally` does not run.
 */
class LazyEventStream implements AsyncGenerator<ExecThreadEvent, void, undefined> {
  readonly #inner: AsyncGenerator<ExecThreadEvent, void, undefined>;
  readonly #onClosedUnstarted: () => void;
  #started = false;

  constructor(inner: AsyncGenerator<ExecThreadEvent, void, undefined>, onClosedUnstarted: () => void) {
    this.#inner = inner;
    this.#onClosedUnstarted = onClosedUnstarted;
  }

  next(): Promise<IteratorResult<ExecThreadEvent, void>> {
    this.#started = true;
    return this.#inner.next();
  }

  async return(value?: void | PromiseLike<void>): Promise<IteratorResult<ExecThreadEvent, void>> {
    const result = await this.#inner.return(value as void);
    if (!this.#started) this.#onClosedUnstarted();
    return result;
  }

  async throw(error: unknown): Promise<IteratorResult<ExecThreadEvent, void>> {
    try {
      return await this.#inner.throw(error);
    } finally {
      if (!this.#started) this.#onClosedUnstarted();
    }
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.return();
  }
}

function validate(options: ExecTurnOptions): void {
  if (typeof options.codexPath !== 'string' || options.codexPath === '') {
    throw new InvalidOptionsError('codexPath', 'must be the path of the codex executable');
  }
  if (typeof options.input !== 'string') {
    throw new InvalidOptionsError('input', 'must be a string (the prompt written to stdin)');
  }
  const kill = options.killTimeoutMs;
  if (kill !== undefined && !(Number.isFinite(kill) && kill >= 0)) {
    throw new InvalidOptionsError('killTimeoutMs', `must be a non-negative number of milliseconds, got ${kill}`);
  }
  if (options.approvalPolicy === 'untrusted') {
    // The pinned binary exits 1 on `approval_policy = "untrusted"` in config, which is how exec receives it (codex-wire.md §2).
    throw new InvalidOptionsError(
      'approvalPolicy',
      "'untrusted' is not supported by `codex exec` (0.169.0 rejects it as config); use the app-server transport, or 'on-request' / 'never'",
    );
  }
  if (options.outputSchema !== undefined) assertOutputSchema(options.outputSchema);
  buildExecArgs(options); // throws InvalidOptionsError for a config TOML cannot express
}

async function* runProcess(
  options: ExecTurnOptions,
  env: Record<string, string>,
  secrets: readonly string[],
  state: { pid?: number; args?: string[]; exit: ProcessExit | null },
  protocolErrors: Subject<ProtocolError>,
): AsyncGenerator<ExecThreadEvent, void, undefined> {
  const { signal } = options;
  throwIfAborted(signal);
  let schemaFile: OutputSchemaFile | undefined;
  try {
    if (options.outputSchema !== undefined) {
      schemaFile = await writeOutputSchemaFile(options.outputSchema);
      throwIfAborted(signal);
    }
    const args = buildExecArgs({ ...options, outputSchemaFile: schemaFile?.path });
    state.args = args;
    yield* streamProcess(options, args, env, secrets, state, protocolErrors);
  } finally {
    await schemaFile?.cleanup();
  }
}

async function* streamProcess(
  options: ExecTurnOptions,
  args: string[],
  env: Record<string, string>,
  secrets: readonly string[],
  state: { pid?: number; exit: ProcessExit | null },
  protocolErrors: Subject<ProtocolError>,
): AsyncGenerator<ExecThreadEvent, void, undefined> {
  const { signal } = options;
  const subprocess = execa(options.codexPath, args, {
    env,
    extendEnv: false,
    input: options.input, // written, then stdin is closed
    stdout: 'pipe',
    stderr: 'pipe',
    buffer: false,
    reject: false,
    forceKillAfterDelay: options.killTimeoutMs ?? DEFAULT_KILL_TIMEOUT_MS,
    cleanup: true, // kill codex if this Node process exits
    windowsHide: true,
  });
  state.pid = subprocess.pid;
  const tail = new StderrTail({ secrets });
  subprocess.stderr?.on('data', (chunk: Buffer) => tail.push(chunk));
  const lines = readline.createInterface({ input: subprocess.stdout!, crlfDelay: Infinity });

  let aborted = false;
  const onAbort = () => {
    aborted = true;
    subprocess.kill(); // SIGTERM: codex persists the turn as interrupted and exits in ~15 ms (§2.5)
    lines.close(); // stop waiting for output now, not when the pipe closes
  };
  signal?.addEventListener('abort', onAbort, { once: true });

  let lastEventType: string | undefined;
  let done = false;
  try {
    for await (const line of lines) {
      if (line.trim() === '') continue;
      const parsed = safeParseExecEvent(line);
      if (parsed.ok) {
        lastEventType = parsed.event.type;
        yield parsed.event;
      } else {
        protocolErrors.next(parsed.error);
        if (parsed.raw !== undefined) yield { type: 'unknown', raw: parsed.raw };
      }
    }
    const exit = toProcessExit(await subprocess, tail);
    state.exit = exit.exit;
    done = true;
    if (aborted || signal?.aborted) throw new AbortError(signal?.reason, 'The codex exec turn');
    if (exit.spawnFailure !== undefined) {
      state.exit = null;
      // Config overrides may carry credentials (e.g. provider headers); errors must not.
      const shownArgs = args.map((arg) => redactSecrets(arg, secrets));
      throw new CodexSpawnError({ path: options.codexPath, args: shownArgs, reason: exit.spawnFailure }, { cause: exit.cause });
    }
    if (isNormalExit(exit.exit, lastEventType)) return;
    throw new CodexProcessCrashedError(exit.exit, 'codex exec');
  } finally {
    signal?.removeEventListener('abort', onAbort);
    lines.close();
    if (!done) {
      // Left early (break/return/throw from the consumer, or abort): make sure the process is gone.
      subprocess.kill();
      const exit = toProcessExit(await subprocess, tail);
      state.exit = exit.spawnFailure === undefined ? exit.exit : null;
    }
  }
}

/** Exit code 1 right after `turn.failed` is how codex reports a failed turn, not a crash (§2.4). */
function isNormalExit(exit: ProcessExit, lastEventType: string | undefined): boolean {
  if (exit.signal !== null) return false;
  return exit.exitCode === 0 || (exit.exitCode === 1 && lastEventType === 'turn.failed');
}

function toProcessExit(result: Result, tail: StderrTail): { exit: ProcessExit; spawnFailure?: string; cause?: unknown } {
  const exit: ProcessExit = { exitCode: result.exitCode ?? null, signal: result.signal ?? null, stderrTail: tail.toString() };
  if (result.exitCode === undefined && result.signal === undefined) {
    // execa reports a process that never started (ENOENT, EACCES…) with neither an exit code nor a signal.
    const cause = result.cause;
    const reason = cause instanceof Error ? cause.message : result.shortMessage;
    return { exit, spawnFailure: reason, cause };
  }
  return { exit };
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortError(signal.reason, 'The codex exec turn');
}
