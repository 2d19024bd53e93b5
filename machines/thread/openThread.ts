/**
 * Opening a codex thread for the thread actor: `thread/start` for a new one,
 * `thread/resume` for an existing one, both carrying the thread's effective
 * settings. After a resume, what codex reports is checked against them and any
 * difference is set back (`thread/settings/update`) before the next turn; if
 * codex refuses, the open fails with a `SettingsNotRestoredError` naming the
 * settings — a restart never silently changes what a thread may do.
 *
 * @module
 */
import { fromPromise } from 'xstate';
import { InvalidRequestError, SettingsNotRestoredError, ThreadInUseError, TransportClosedError } from '../../src/errors/index.js';
import { settingsDrift, toSettingsUpdate, withSettings, type EffectiveSettings, type ReportedSettings, type SettingsDrift } from '../../src/options/effectiveSettings.js';
import type { Thread, ThreadResumeParams, ThreadResumeResponse, ThreadStartParams } from '../../src/protocol/generated/types.js';
import type { RpcTransport } from '../../src/transport/types.js';

/** Input of {@link openThread}. */
export interface OpenThreadInput {
  transport: RpcTransport;
  /** The codex thread to resume; `null` starts a new one. */
  threadId: string | null;
  startParams: ThreadStartParams;
  resumeParams(threadId: string): ThreadResumeParams;
  settings: EffectiveSettings;
  /** What serializing inspectors see of this input (the params hold thread options): keep it to ids and settings. */
  toJSON?(): unknown;
}

/** The opened thread and the settings that had to be set back after a resume. */
export interface OpenedThread {
  thread: Thread;
  restored: SettingsDrift[];
}

/**
 * Starts or resumes the codex thread (see the module comment).
 *
 * @example
 * ```ts
 * invoke: { src: openThread, input: { transport, threadId: '01a2…', startParams, resumeParams, settings } }
 * ```
 *
 * @throws ThreadInUseError when another codex process holds the thread.
 * @throws SettingsNotRestoredError when codex resumed it with other settings and refused to set them back.
 */
export const openThread = fromPromise<OpenedThread, OpenThreadInput>(async ({ input }) => {
  const { transport, threadId, settings } = input;
  if (threadId === null) {
    const started = await transport.request('thread/start', withSettings(input.startParams, settings));
    return { thread: started.thread, restored: [] };
  }
  let resumed: ThreadResumeResponse;
  try {
    resumed = await transport.request('thread/resume', withSettings(input.resumeParams(threadId), settings));
  } catch (error) {
    if (isHeldElsewhere(error)) throw new ThreadInUseError(threadId, { cause: error });
    throw error;
  }
  const drift = settingsDrift(settings, resumed);
  if (drift.length > 0) {
    try {
      await transport.request('thread/settings/update', toSettingsUpdate(threadId, settings));
    } catch (error) {
      if (error instanceof TransportClosedError) throw error;
      throw new SettingsNotRestoredError(threadId, drift, { cause: error });
    }
  }
  return { thread: resumed.thread, restored: drift };
});

/** codex 0.169 refuses a second writer of a thread with -32600 "thread … already has an active writer". */
function isHeldElsewhere(error: unknown): boolean {
  return error instanceof InvalidRequestError && /already has an active writer/i.test(error.message);
}
