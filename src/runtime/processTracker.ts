import type { AppServerTransport } from '../transport/appServerTransport.js';

/**
 * Every app-server process a `Codex` started, and every start still under way,
 * so `Codex.close()` can make sure none outlives it whatever state the actors
 * were in (a start aborted mid-handshake kills its process before it settles,
 * so awaiting the starts is enough for those).
 *
 * @internal
 * @example
 * ```ts
 * const tracker = new ProcessTracker();
 * tracker.start(startAppServer(options));
 * await tracker.closeAll();
 * ```
 */
export class ProcessTracker {
  private readonly live = new Set<AppServerTransport>();
  private readonly starting = new Set<Promise<unknown>>();
  private holders = 0;
  private readonly releases = new Map<AppServerTransport, () => void>();

  /** Tracks a start; once it resolves, the transport until its process exits. Returns `start` unchanged. */
  start(start: Promise<AppServerTransport>): Promise<AppServerTransport> {
    this.starting.add(start);
    start.then(
      (transport) => {
        this.starting.delete(start);
        this.live.add(transport);
        if (this.holders > 0) this.releases.set(transport, transport.hold());
        void transport.exited.then(() => {
          this.live.delete(transport);
          this.releases.delete(transport);
        });
      },
      () => this.starting.delete(start),
    );
    return start;
  }

  /**
   * Keeps every process (and any started meanwhile) holding Node's event loop
   * open until the returned function is called: work is in flight (a turn).
   * Idle processes never keep a program alive (see `loopKeeper.ts`).
   */
  hold(): () => void {
    if (this.holders++ === 0) for (const transport of this.live) this.releases.set(transport, transport.hold());
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.holders > 0) return;
      for (const release of this.releases.values()) release();
      this.releases.clear();
    };
  }

  /** OS pids of the live processes. */
  pids(): number[] {
    return [...this.live].map((t) => t.pid);
  }

  /** Waits for pending starts, then closes every live process (each close reaps the commands it left). */
  async closeAll(): Promise<void> {
    await Promise.allSettled([...this.starting]);
    await Promise.all([...this.live].map((t) => t.close()));
  }
}
