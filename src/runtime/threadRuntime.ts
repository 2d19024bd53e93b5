import type { ThreadActorRef } from '../../machines/thread/threadMachine.js';
import type { Input } from '../input/normalizeInput.js';
import type { RunOptions } from '../structuredOutput/structuredTypes.js';
import type { Thread } from '../thread.js';
import type { TurnHandle } from '../turnHandle.js';
import type { TurnResult } from '../turnResult.js';
import type { EventBus } from './eventBus.js';
import type { CodexTelemetry } from '../telemetry/index.js';
import type { Attachments } from '../attachments/index.js';
import type { SecretRedactor } from '../secrets/index.js';

/** What a `Thread` needs from the `Codex` that made it. @internal */
export interface ThreadRuntime {
  readonly bus: EventBus;
  /** Traces turns (absent in tests that build a runtime by hand). */
  readonly telemetry?: CodexTelemetry;
  /** Stages `file` / `local_image` inputs (absent in tests that build a runtime by hand). */
  readonly attachments?: Attachments;
  /** `CodexOptions.turnTimeoutMs`: bound of each turn's running time. */
  readonly turnTimeoutMs?: number;
  /** Hides secrets in turn results and errors (absent in tests that build a runtime by hand). */
  readonly redactor?: SecretRedactor;
  /** Cluster mode: turns run on a host agent, which checks the working directory itself. */
  readonly remoteWorkspace?: boolean;
  /** The thread's actor, spawned under the supervisor on first call. */
  ensureThreadActor(thread: Thread): ThreadActorRef;
  /** The thread's actor if it exists, without spawning. */
  peekThreadActor(thread: Thread): ThreadActorRef | undefined;
  closeThread(thread: Thread): Promise<void>;
  /** Stops the thread's actor and process but keeps the thread usable: the next use resumes it in a new actor. */
  recycleThread?(thread: Thread): Promise<void>;
  /** Keeps the codex processes holding Node's event loop open until the returned function is called (a turn in flight). */
  holdProcesses?(): () => void;
  maxTurnsExceeded(maxTurns: number, results: TurnResult[]): Error;
  /** Set with `transport: 'exec'`: runs the thread's turns as `codex exec` processes instead of on its actor. */
  execTurn?(thread: Thread, input: Input, options: RunOptions): Promise<TurnHandle>;
}
