/**
 * The exec backend of a `Thread` (`new Codex({ transport: 'exec' })`): every
 * turn is one `codex exec` process started exactly as @openai/codex-sdk starts
 * it (`runExecTurn`), and later turns resume the thread (`exec … resume <id>`).
 * Turns of one thread run one after another.
 */
import { TurnAccumulator } from '../../machines/turn/turnAccumulator.js';
import type { TurnOutcome } from '../../machines/thread/threadTypes.js';
import type { ResolvedCodexBinary } from '../../native/index.js';
import { AbortError, InvalidOptionsError } from '../errors/index.js';
import type { Input } from '../input/normalizeInput.js';
import { toExecInput } from '../input/toExecInput.js';
import type { NormalizedCodexOptions } from '../options/codexOptions.js';
import { turnSettings } from '../options/effectiveSettings.js';
import { mcpServersToConfig } from '../options/mcpServers.js';
import type { NormalizedThreadOptions } from '../options/threadOptions.js';
import { parseTurnOptions, type NormalizedTurnOptions } from '../options/turnOptions.js';
import type { ExecThreadEvent, ExecUsage } from '../protocol/execEvents.js';
import type { ThreadEvent, Usage } from '../protocol/publicEvents.js';
import type { ThreadItem } from '../protocol/publicItems.js';
import { toConfigOverrides } from '../protocol/tomlOverrides.js';
import { finishStructured } from '../structuredOutput/finishStructured.js';
import type { Attachments } from '../attachments/index.js';
import { redactSettledTurn, type SecretRedactor } from '../secrets/index.js';
import type { CodexTelemetry } from '../telemetry/index.js';
import { prepareOutputSchema } from '../structuredOutput/outputSchema.js';
import { splitStructuredOptions, type RunOptions } from '../structuredOutput/structuredTypes.js';
import type { Thread } from '../thread.js';
import { runExecTurn, type ExecTurnOptions } from '../transport/exec.js';
import { ORIGINATOR_ENV, type ExecArgsOptions } from '../transport/execArgs.js';
import { TurnHandle } from '../turnHandle.js';

/** Thread options codex exec has no way to carry (they need app-server's JSON-RPC). */
const APP_SERVER_ONLY: ReadonlyArray<keyof NormalizedThreadOptions> = [
  'onApproval',
  'onUserInput',
  'onElicitation',
  'approvalMode',
  'approvalsReviewer',
  'baseInstructions',
  'developerInstructions',
  'collaborationMode',
  'personality',
  'ephemeral',
  'ephemeralRestart',
  'modelProvider',
  'serviceTier',
  'serviceName',
];

/** Turn options exec supports; per-turn model/effort/sandbox stay in force for later turns, as codex does. */
const EXEC_TURN_OPTIONS = new Set(['outputSchema', 'signal', 'model', 'effort', 'sandbox']);

/**
 * Rejects thread options the exec transport cannot honour, before anything starts.
 *
 * @throws InvalidOptionsError naming the first such option.
 * @example
 * ```ts
 * assertExecThreadOptions(parseThreadOptions({ sandbox: 'read-only' })); // ok
 * ```
 */
export function assertExecThreadOptions(options: NormalizedThreadOptions): void {
  if (options.tools.length > 0) throw unsupported('tools', 'dynamic tools need the app-server transport');
  for (const key of APP_SERVER_ONLY) if (options[key] !== undefined) throw unsupported(key, 'codex exec has no such setting');
  if (typeof options.approvalPolicy === 'object') throw unsupported('approvalPolicy', 'granular policies need the app-server transport');
}

function unsupported(option: string, why: string): InvalidOptionsError {
  return new InvalidOptionsError(option, `is not supported with transport: 'exec' (${why}). Use the default app-server transport.`);
}

/** What the backend needs from the `Codex`. */
export interface ExecThreadContext {
  options: NormalizedCodexOptions;
  binary(): Promise<ResolvedCodexBinary>;
  /** Stages `file` / `local_image` inputs (as on app-server). */
  attachments?: Attachments;
  /** Hides secrets in settled results and errors. */
  redactor?: SecretRedactor;
  /** Traces each turn. */
  telemetry?: CodexTelemetry;
}

/**
 * Runs the turns of one thread as `codex exec` processes.
 *
 * @example
 * ```ts
 * const runner = new ExecThreadRunner(thread, { options, binary: () => codex.binary() });
 * const handle = await runner.turn('Say hi', {});
 * ```
 */
export class ExecThreadRunner {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly thread: Thread,
    private readonly context: ExecThreadContext,
    /** exec reports thread-cumulative usage; the last figure of each thread id (shared by the Threads of one id) turns it into per-turn usage. */
    private readonly lastCumulative: Map<string, ExecUsage> = new Map(),
  ) {}

  /** Queues a turn and returns its handle at once (validation errors reject before anything runs). */
  async turn(input: Input, options: RunOptions = {}): Promise<TurnHandle> {
    const { turnOptions: raw, throwOnInvalid } = splitStructuredOptions(options);
    const turnOptions = parseTurnOptions(raw);
    for (const key of Object.keys(turnOptions)) {
      if (!EXEC_TURN_OPTIONS.has(key) && turnOptions[key as keyof NormalizedTurnOptions] !== undefined) throw unsupported(key, 'not a codex exec setting');
    }
    this.thread.assertTurnDirectory(turnOptions);
    const staged = this.context.attachments ? await this.context.attachments.stageInput(this.thread, input) : input;
    const execInput = toExecInput(staged, { baseDir: this.thread.options.cwd ?? process.cwd() });
    const signal = turnOptions.signal;
    if (signal?.aborted) throw new AbortError(signal.reason, 'The turn');
    const prepared = turnOptions.outputSchema !== undefined ? prepareOutputSchema(turnOptions.outputSchema) : null;
    const controller = new AbortController();
    let endReason: TurnOutcome['endReason'] = null;
    let endCause: unknown;
    const stop = (reason: 'interrupt' | 'abort', cause?: unknown) => {
      endReason ??= reason;
      endCause ??= cause;
      controller.abort(cause);
    };
    const handle = new TurnHandle(
      {
        publish: (event) => this.thread.publish(event, null),
        interrupt: (_id, reason, cause) => stop(reason, cause),
        steer: () => Promise.reject(unsupported('steer', 'codex exec takes the whole input when the turn starts')),
        steerUnsupported: () => unsupported('steer', 'codex exec takes the whole input when the turn starts'),
        finish: async (settled) => redactSettledTurn(await finishStructured(settled, prepared, { throwOnInvalid }), this.context.redactor),
      },
      // Never called: `codex exec` takes the turn's input on its command line, not through turn/start.
      (threadId) => ({ threadId, input: [] }),
    );
    // exec reports neither the provider nor the resolved model: the model is known only when set.
    this.context.telemetry?.traceTurn(handle, { threadId: () => this.thread.id, model: () => this.thread.settings.model, provider: () => undefined, label: this.thread.options.label });
    if (signal) {
      const onAbort = () => handle.abort(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      void handle.outcome().then(() => signal.removeEventListener('abort', onAbort));
    }
    // Per-turn model/effort/sandbox stay in force for later turns (`exec resume` forgets them: we pass them again).
    this.thread.foldSettings(turnSettings(turnOptions));
    const args: ExecArgsOptions = { ...this.execArgs(), images: execInput.images };
    const run = async () => {
      if (controller.signal.aborted) return handle.request.settle({ state: 'rejected', acc: null, error: null, endReason, endCause }, handle.request.attempt);
      const outcome = await this.runTurn(handle, execInput.prompt, args, prepared?.jsonSchema, controller.signal);
      handle.request.settle({ ...outcome, endReason, endCause }, handle.request.attempt);
    };
    this.tail = this.tail.then(run, run);
    return handle;
  }

  private async runTurn(
    handle: TurnHandle,
    prompt: string,
    args: ExecArgsOptions,
    outputSchema: unknown,
    signal: AbortSignal,
  ): Promise<Omit<TurnOutcome, 'endReason' | 'endCause'>> {
    const acc = new TurnAccumulator(() => undefined);
    const publish = (event: ThreadEvent) => handle.request.publish(event);
    const { options } = this.context;
    try {
      const binary = await this.context.binary();
      const env = options.env ?? (process.env as Record<string, string | undefined>);
      const turnEnv = options.codexHome ? { ...env, CODEX_HOME: options.codexHome } : env;
      const turnOptions: ExecTurnOptions = {
        ...args,
        codexPath: binary.path,
        input: prompt,
        threadId: this.thread.id,
        env: turnEnv,
        signal,
        ...(options.apiKey !== undefined ? { apiKey: options.apiKey } : {}),
        // The option wins over the environment's override; buildExecEnv keeps the SDK's order otherwise.
        ...(options.originator !== undefined ? { env: { ...turnEnv, [ORIGINATOR_ENV]: options.originator } } : {}),
        ...(outputSchema !== undefined ? { outputSchema } : {}),
        killTimeoutMs: options.shutdownTimeoutMs,
      };
      for await (const event of runExecTurn(turnOptions).events) this.onEvent(event, acc, publish);
    } catch (error) {
      if (signal.aborted) return { state: 'interrupted', acc, error: null };
      return { state: acc.wireStatus === 'failed' ? 'failed' : 'crashed', acc, error };
    }
    if (acc.wireStatus === null) return { state: signal.aborted ? 'interrupted' : 'crashed', acc, error: null };
    return { state: acc.wireStatus, acc, error: null };
  }

  private onEvent(event: ExecThreadEvent, acc: TurnAccumulator, publish: (event: ThreadEvent) => void): void {
    switch (event.type) {
      case 'thread.started':
        // Every exec run announces the thread; the thread stream hears it once, when it is new.
        if (this.thread.id === null) {
          this.thread.onThreadOpened({ id: event.thread_id });
          this.thread.publish({ type: 'thread.started', thread_id: event.thread_id }, null);
        }
        return;
      case 'turn.started':
        acc.startedAt = Date.now();
        return publish({ type: 'turn.started' });
      case 'item.started':
      case 'item.updated':
        return publish({ type: event.type, item: toPublicItem(event.item) });
      case 'item.completed': {
        const item = toPublicItem(event.item);
        acc.items.push(item);
        return publish({ type: 'item.completed', item });
      }
      case 'turn.completed':
        Object.assign(acc.usage, this.perTurnUsage(event.usage));
        acc.completedAt = Date.now();
        acc.wireStatus = 'completed';
        return;
      case 'turn.failed':
        acc.error = { message: event.error.message };
        acc.completedAt = Date.now();
        acc.wireStatus = 'failed';
        return;
      case 'error':
        return publish({ type: 'error', message: event.message });
      default:
        return publish({ type: 'unknown', raw: (event as { raw?: unknown }).raw ?? event });
    }
  }

  private perTurnUsage(cumulative: ExecUsage): Usage {
    const id = this.thread.id;
    const before = id === null ? undefined : this.lastCumulative.get(id);
    if (id !== null) this.lastCumulative.set(id, cumulative);
    const minus = (key: keyof ExecUsage) => Math.max(0, (cumulative[key] ?? 0) - (before?.[key] ?? 0));
    return {
      input_tokens: minus('input_tokens'),
      cached_input_tokens: minus('cached_input_tokens'),
      cache_write_input_tokens: minus('cache_write_input_tokens'),
      output_tokens: minus('output_tokens'),
      reasoning_output_tokens: minus('reasoning_output_tokens'),
    };
  }

  /** The SDK's exec arguments from the Codex and thread options, with the thread's effective settings (per-turn overrides folded in). */
  private execArgs(): ExecArgsOptions {
    const codex = this.context.options;
    const thread = this.thread.options;
    const args: ExecArgsOptions = {
      configOverrides: [...codex.configOverrides, ...(thread.config ? toConfigOverrides(thread.config) : []), ...mcpOverrides(thread)],
      skipGitRepoCheck: thread.skipGitRepoCheck,
      additionalDirectories: thread.additionalDirectories,
    };
    const { model, sandbox, effort } = this.thread.settings;
    if (codex.config) args.config = codex.config as ExecArgsOptions['config'] & object;
    if (codex.baseUrl) args.baseUrl = codex.baseUrl;
    if (model !== undefined) args.model = model;
    if (thread.threadSource !== undefined) args.threadSource = thread.threadSource;
    if (sandbox !== undefined) args.sandboxMode = sandbox;
    if (thread.cwd !== undefined) args.workingDirectory = thread.cwd;
    if (effort !== undefined) args.modelReasoningEffort = effort as ExecArgsOptions['modelReasoningEffort'];
    if (thread.networkAccessEnabled !== undefined) args.networkAccessEnabled = thread.networkAccessEnabled;
    if (thread.webSearchMode !== undefined) args.webSearchMode = thread.webSearchMode as ExecArgsOptions['webSearchMode'];
    if (typeof thread.approvalPolicy === 'string') args.approvalPolicy = thread.approvalPolicy;
    return args;
  }
}

function mcpOverrides(thread: NormalizedThreadOptions): string[] {
  return thread.mcpServers ? toConfigOverrides(mcpServersToConfig(thread.mcpServers), 'mcpServers') : [];
}

/** exec items are already SDK-shaped; only exec's `declined` command status differs from the public union. */
function toPublicItem(item: ExecThreadEvent extends infer E ? (E extends { item: infer I } ? I : never) : never): ThreadItem {
  const raw = item as unknown as Record<string, unknown>;
  if (raw.type === 'command_execution') {
    const { exit_code, status, ...rest } = raw as { exit_code?: number | null; status: string };
    return {
      ...(rest as object),
      ...(exit_code !== undefined ? { exit_code } : {}),
      status: status === 'declined' ? 'failed' : status,
      ...(status === 'declined' ? { declined: true } : {}),
    } as ThreadItem;
  }
  return raw as unknown as ThreadItem;
}

/**
 * The `execTurn` hook of a `Codex` with `transport: 'exec'`: one runner per thread.
 *
 * @example
 * ```ts
 * runtime.execTurn = createExecTurns({ options, binary: () => codex.binary() });
 * ```
 */
export function createExecTurns(context: ExecThreadContext): (thread: Thread, input: Input, options: RunOptions) => Promise<TurnHandle> {
  const runners = new WeakMap<Thread, ExecThreadRunner>();
  const lastCumulative = new Map<string, ExecUsage>();
  return (thread, input, options) => {
    let runner = runners.get(thread);
    if (!runner) runners.set(thread, (runner = new ExecThreadRunner(thread, context, lastCumulative)));
    return runner.turn(input, options);
  };
}
