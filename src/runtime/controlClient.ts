import type { ClientRequestMethod } from '../protocol/generated/clientRequests.js';
import type { AppServerTransport } from '../transport/appServerTransport.js';
import type { SecretRedactor } from '../secrets/secretRedactor.js';
import type { RequestParams, RequestParamsArg, RequestResult } from '../transport/types.js';
import type { AppServerStarter } from './appServerStarter.js';

/**
 * A lazily started app-server process for calls that belong to no thread
 * (`models`, `listThreads`, `archiveThread`, login…). Restarted on the next
 * call if it died; closed with the `Codex`.
 */
export class ControlClient {
  private transport: Promise<AppServerTransport> | null = null;
  private closed = false;

  constructor(
    private readonly start: AppServerStarter,
    /** Redacts the errors of these requests: they reach the user (`listThreads`, `models`…). */
    private readonly redactor?: SecretRedactor,
  ) {}

  /** Sends a request on the control process; its error, if any, is redacted. */
  async request<M extends ClientRequestMethod>(method: M, ...params: RequestParamsArg<M>): Promise<RequestResult<M>> {
    // RequestParamsArg only makes params optional where RequestParams<M> already includes undefined.
    const work = this.connection().then((transport) => transport.request(method, params[0] as RequestParams<M>));
    return this.redactor ? this.redactor.guard(work) : work;
  }

  /** The live control transport (started on first use). */
  async connection(): Promise<AppServerTransport> {
    if (this.closed) throw new Error('The Codex instance is closed');
    if (this.transport) {
      const current = await this.transport.catch(() => null);
      if (current && !current.closed) return current;
    }
    const controller = new AbortController();
    this.transport = this.start({ signal: controller.signal, onSpawned: () => {} });
    return this.transport;
  }

  async close(): Promise<void> {
    this.closed = true;
    const transport = await this.transport?.catch(() => null);
    await transport?.close();
  }
}
