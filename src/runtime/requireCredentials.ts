import { homedir } from 'node:os';
import path from 'node:path';
import { AuthError } from '../errors/index.js';
import type { AccountInfo } from '../login/loginClient.js';
import type { NormalizedCodexOptions } from '../options/codexOptions.js';
import type { AppServerStarter } from './appServerStarter.js';

/**
 * Wraps the starter of thread processes so that a thread with no credential
 * at all fails at once with {@link AuthError}. Without one, codex still sends
 * the turn to the model provider, and with no network it retries
 * ("Reconnecting... 1/5 … 5/5", then "waiting for network") without end.
 * codex itself says whether it has a credential: `account/read` answers
 * `account: null` and `requiresOpenaiAuth: true` when it is signed in with
 * nothing and its provider needs OpenAI auth (a provider with its own
 * `env_key`, like the testing kit's, needs none). The control process (logins,
 * `codex.account()`) is started without this check, so signing in still works.
 *
 * @example
 * ```ts
 * const connect = requireCredentials(starter, options);
 * ```
 */
export function requireCredentials(start: AppServerStarter, options: NormalizedCodexOptions): AppServerStarter {
  return async (hooks) => {
    const transport = await start(hooks);
    try {
      const info = await transport.request('account/read', {});
      if (info.account == null && info.requiresOpenaiAuth) throw new AuthError(noCredentialsMessage(options));
      return transport;
    } catch (error) {
      await transport.close();
      throw error;
    }
  };
}

function noCredentialsMessage(options: NormalizedCodexOptions): string {
  const env = options.env ?? process.env;
  const home = options.codexHome ?? env['CODEX_HOME'] ?? path.join(env['HOME'] ?? homedir(), '.codex');
  const ignored = ['OPENAI_API_KEY', 'CODEX_API_KEY'].filter((name) => (env[name] ?? '') !== '');
  return (
    `codex has no credentials: it is not signed in (no API key or ChatGPT login in ${path.join(home, 'auth.json')}) and its model provider needs OpenAI auth, ` +
    'so the turn was not sent' +
    (ignored.length > 0 ? ` (codex app-server does not read ${ignored.join(' or ')} from its environment: pass it as the apiKey option)` : '')
  );
}
