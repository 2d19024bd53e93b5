import { InvalidOptionsError, TransportClosedError } from '../errors/index.js';
import type { SecretRedactor } from '../secrets/secretRedactor.js';
import type { GetAccountResponse } from '../protocol/generated/types.js';
import { LoginCompletionWatcher, LoginHandle, type LoginChannel, type LoginResult } from './loginHandle.js';

/**
 * The account codex is signed in with (`account/read`): `account` is
 * `{ type: 'apiKey' }`, `{ type: 'chatgpt', email, planType }`, … or null when
 * signed out; `requiresOpenaiAuth` is false when the model provider needs no
 * OpenAI auth. codex's own `GetAccountResponse`.
 */
export type AccountInfo = GetAccountResponse;

/**
 * `codex.login`: sign codex in with an API key or ChatGPT. Logins run on the
 * `Codex`'s control app-server process and are stored in its `CODEX_HOME`, so
 * they apply to every thread of that home.
 *
 * @example
 * ```ts
 * await codex.login.apiKey(process.env.OPENAI_API_KEY!);
 * const browser = await codex.login.chatgpt();
 * console.log('Open', browser.authUrl);
 * await browser.wait();
 * ```
 */
export class LoginClient {
  /** @internal */
  constructor(
    private readonly connect: () => Promise<LoginChannel>,
    /** Learns keys given to `apiKey()` and redacts the errors of every login call. */
    private readonly redactor?: SecretRedactor,
  ) {}

  /**
   * Stores an API key as codex's credentials (`account/login/start` type
   * `apiKey`). Resolves once codex confirms; never logs the key. From then on
   * the key is redacted by value (not only by shape) everywhere the `Codex`
   * hands out text: events, notifications, errors, results, spans.
   */
  async apiKey(key: string): Promise<LoginResult> {
    if (typeof key !== 'string' || key.trim() === '') throw new InvalidOptionsError('apiKey', 'must be a non-empty API key string');
    this.redactor?.add(key);
    const channel = await this.channel();
    const watcher = new LoginCompletionWatcher(channel);
    try {
      await channel.request('account/login/start', { type: 'apiKey', apiKey: key });
      // An API-key login completes at once and its completion carries no login id.
      return await watcher.wait(null);
    } finally {
      watcher.close(new TransportClosedError({ exitCode: null, signal: null, stderrTail: '' }, 'The login was abandoned'));
    }
  }

  /**
   * Starts the browser ChatGPT login: codex listens on 127.0.0.1:1455 for the
   * OAuth callback; open `authUrl` in a browser, then `await handle.wait()`.
   */
  chatgpt(): Promise<LoginHandle> {
    return this.start({ type: 'chatgpt' });
  }

  /** Starts the device-code ChatGPT login: show `verificationUrl` and `userCode` to the user, then `await handle.wait()`. */
  deviceCode(): Promise<LoginHandle> {
    return this.start({ type: 'chatgptDeviceCode' });
  }

  /** The login channel, its request errors redacted (codex may quote a rejected credential back). */
  private async channel(): Promise<LoginChannel> {
    const redactor = this.redactor;
    const channel = await (redactor ? redactor.guard(this.connect()) : this.connect());
    if (!redactor) return channel;
    return { notifications$: channel.notifications$, exited: channel.exited, request: (method, params) => redactor.guard(channel.request(method, params)) };
  }

  private async start(params: { type: 'chatgpt' | 'chatgptDeviceCode' }): Promise<LoginHandle> {
    const channel = await this.channel();
    // Listen before starting: codex may report completion before we have read the response.
    const watcher = new LoginCompletionWatcher(channel);
    let response: Record<string, unknown>;
    try {
      response = await channel.request('account/login/start', params);
    } catch (error) {
      watcher.close(error);
      throw error;
    }
    const loginId = String(response.loginId);
    const str = (v: unknown) => (typeof v === 'string' ? v : null);
    void watcher.wait(loginId).then(
      () => watcher.close(null),
      () => undefined,
    );
    return new LoginHandle(channel, watcher, loginId, str(response.authUrl), str(response.verificationUrl), str(response.userCode));
  }
}
