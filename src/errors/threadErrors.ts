import { CodexError, type CodexErrorOptions } from './codexError.js';

/**
 * Another codex process holds the thread: codex allows one writer per thread,
 * and a second app-server on the same `CODEX_HOME` (another `Codex`, another
 * service process on this host) is refused ("thread … already has an active
 * writer"). Raised by the resume, before any turn of this thread is sent.
 *
 * @example
 * ```ts
 * try { await codex.resumeThread(id).run('go on'); }
 * catch (err) { if (err instanceof ThreadInUseError) console.error(`close thread ${err.threadId} in the other process first`); }
 * ```
 */
export class ThreadInUseError extends CodexError {
  readonly threadId: string;

  constructor(threadId: string, options?: CodexErrorOptions) {
    super(
      'THREAD_IN_USE',
      `Thread ${threadId} is held by another codex process on the same CODEX_HOME (codex allows one writer per thread). ` +
        'Close the thread in the process that holds it (thread.close() or codex.close()) and resume it again, ' +
        'or run both processes as clients of cluster mode (new Codex({ cluster })), which gives every thread one owner.',
      options,
    );
    this.threadId = threadId;
  }
}

/**
 * The codex process of an ephemeral thread died after the thread had turns.
 * codex never stores ephemeral threads, so there is nothing to resume: the
 * history is gone. The thread fails with this error unless it was started with
 * `ephemeralRestart: 'new-thread'`, which accepts a fresh thread instead.
 *
 * @example
 * ```ts
 * const thread = codex.startThread({ ephemeral: true, ephemeralRestart: 'new-thread' }); // accept a fresh thread after a crash
 * ```
 */
export class EphemeralThreadLostError extends CodexError {
  readonly threadId: string;

  constructor(threadId: string, options?: CodexErrorOptions) {
    super(
      'EPHEMERAL_THREAD_LOST',
      `The codex process of ephemeral thread ${threadId} died, and codex never stores ephemeral threads: its history cannot be resumed. ` +
        "Start a new thread, drop `ephemeral: true` to make threads survive restarts, or pass `ephemeralRestart: 'new-thread'` " +
        'to accept a fresh thread (announced by thread.restarted) after a crash.',
      options,
    );
    this.threadId = threadId;
  }
}

/**
 * After a restart codex reported a thread setting different from the one in
 * force before it (sandbox, approval policy, model, effort, cwd), and setting it
 * back failed. The thread fails rather than run with a changed setting.
 *
 * @example
 * ```ts
 * if (err instanceof SettingsNotRestoredError) console.error(err.settings); // e.g. ['sandbox']
 * ```
 */
export class SettingsNotRestoredError extends CodexError {
  readonly threadId: string;
  /** The settings that differ. */
  readonly settings: readonly string[];
  /** Each setting's value before the restart and as codex reported it after. */
  readonly drift: ReadonlyArray<{ setting: string; expected: unknown; actual: unknown }>;

  constructor(threadId: string, drift: ReadonlyArray<{ setting: string; expected: unknown; actual: unknown }>, options?: CodexErrorOptions) {
    const list = drift.map((d) => `${d.setting} (was ${JSON.stringify(d.expected)}, codex reports ${JSON.stringify(d.actual)})`).join(', ');
    super(
      'SETTINGS_NOT_RESTORED',
      `After a restart, thread ${threadId} came back with different settings: ${list}, and codex refused to set them back. ` +
        'The thread was stopped instead of running with them; look at the cause, then resume the thread with the settings you want.',
      options,
    );
    this.threadId = threadId;
    this.settings = drift.map((d) => d.setting);
    this.drift = drift;
  }
}
