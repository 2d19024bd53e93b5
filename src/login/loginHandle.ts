import type { Observable, Subscription } from 'rxjs';
import { TransportClosedError } from '../errors/index.js';
import type { AppServerTransport } from '../transport/appServerTransport.js';
import type { RpcNotification } from '../transport/types.js';

/** How a login attempt ended (`account/login/completed`). */
export interface LoginResult {
  /** True when codex stored the new credentials. */
  success: boolean;
  /** codex's reason when `success` is false (e.g. `Login was not completed` after a cancel). */
  error: string | null;
  /** The attempt's id (null for API-key logins, which have none). */
  loginId: string | null;
}

/** What `cancel()` reports: `canceled`, or `notFound` when the attempt had already ended. */
export interface LoginCancelResult {
  status: 'canceled' | 'notFound' | (string & {});
}

/** What a handle needs from the process that runs the login. @internal */
export interface LoginChannel {
  readonly notifications$: Observable<RpcNotification>;
  readonly exited: Promise<unknown>;
  request: AppServerTransport['request'];
}

/**
 * Listens for `account/login/completed` on a channel from before the login is
 * started, so a completion that arrives before the `account/login/start`
 * response (or before `wait()` is called) is not lost. Completions of other
 * login ids are ignored. @internal
 */
export class LoginCompletionWatcher {
  private readonly seen: LoginResult[] = [];
  private readonly waiters: Array<{ id: string | null; resolve: (r: LoginResult) => void; reject: (e: unknown) => void }> = [];
  private readonly sub: Subscription;
  private closedError: unknown = null;

  constructor(channel: LoginChannel) {
    this.sub = channel.notifications$.subscribe({
      next: (n) => this.onNotification(n),
      complete: () => this.close(new TransportClosedError({ exitCode: null, signal: null, stderrTail: '' }, 'The codex process running the login ended before it completed')),
    });
  }

  /** Resolves with the completion of `loginId` (`null`: the id-less API-key completion). */
  wait(loginId: string | null): Promise<LoginResult> {
    const found = this.seen.find((r) => r.loginId === loginId);
    if (found) return Promise.resolve(found);
    if (this.closedError) return Promise.reject(this.closedError);
    return new Promise((resolve, reject) => this.waiters.push({ id: loginId, resolve, reject }));
  }

  /** Stops listening; pending waits reject with `error`. */
  close(error: unknown): void {
    this.sub.unsubscribe();
    this.closedError ??= error;
    for (const w of this.waiters.splice(0)) w.reject(this.closedError);
  }

  private onNotification(n: RpcNotification): void {
    if (n.method !== 'account/login/completed') return;
    const p = (n.params ?? {}) as Record<string, unknown>;
    const result: LoginResult = {
      success: p.success === true,
      error: typeof p.error === 'string' ? p.error : null,
      loginId: typeof p.loginId === 'string' ? p.loginId : null,
    };
    this.seen.push(result);
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      const w = this.waiters[i]!;
      if (w.id !== result.loginId) continue;
      this.waiters.splice(i, 1);
      w.resolve(result);
    }
  }
}

/**
 * One interactive ChatGPT login attempt (browser or device code), returned by
 * `codex.login.chatgpt()` / `codex.login.deviceCode()`.
 *
 * - `wait()` resolves with this attempt's completion only: codex ends an
 *   earlier attempt when a new one starts, and that completion carries the
 *   earlier attempt's id, so it never resolves this handle.
 * - `cancel()` ends the attempt (`wait()` then resolves with `success: false`).
 *
 * @example
 * ```ts
 * const login = await codex.login.deviceCode();
 * console.log(`Open ${login.verificationUrl} and enter ${login.userCode}`);
 * const { success, error } = await login.wait();
 * ```
 */
export class LoginHandle {
  /** @internal */
  constructor(
    private readonly channel: LoginChannel,
    private readonly watcher: LoginCompletionWatcher,
    /** codex's id of this attempt. */
    readonly loginId: string,
    /** Browser flow: the URL to open. */
    readonly authUrl: string | null,
    /** Device-code flow: the URL where the user enters {@link LoginHandle.userCode}. */
    readonly verificationUrl: string | null,
    /** Device-code flow: the one-time code. */
    readonly userCode: string | null,
  ) {}

  /** Resolves when this attempt completes (successfully or not). Rejects if the codex process ends first. */
  wait(): Promise<LoginResult> {
    return this.watcher.wait(this.loginId);
  }

  /** Cancels this attempt (`account/login/cancel`). */
  cancel(): Promise<LoginCancelResult> {
    return this.channel.request('account/login/cancel', { loginId: this.loginId });
  }
}
