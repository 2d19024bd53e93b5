/** Something that can hold Node's event loop open: a child process, a pipe, a timer. */
export interface RefHandle {
  ref(): void;
  unref(): void;
}

/**
 * Holds Node's event loop open for a codex process only while it has work in
 * flight: a request waiting for its answer, or a hold (a turn running). An idle
 * app-server process is unreferenced, so a program that never calls `close()`
 * ends after its last line, as it does with @openai/codex-sdk (whose processes
 * live one turn); the process itself is still stopped when Node exits (execa's
 * `cleanup`).
 *
 * @example
 * ```ts
 * const keeper = new LoopKeeper([child, child.stdin, child.stdout, child.stderr], () => pending.size > 0);
 * const release = keeper.hold(); // a turn starts
 * release();                     // it ended: the process no longer keeps Node alive
 * ```
 */
export class LoopKeeper {
  private holds = 0;
  private referenced = true;

  constructor(
    private readonly handles: ReadonlyArray<RefHandle | null | undefined>,
    private readonly busy: () => boolean,
  ) {}

  /** Keeps the loop open until the returned function is called (idempotent). */
  hold(): () => void {
    this.holds++;
    this.update();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds--;
      this.update();
    };
  }

  /** Re-evaluates after the busy state may have changed. */
  update(): void {
    const wanted = this.holds > 0 || this.busy();
    if (wanted === this.referenced) return;
    this.referenced = wanted;
    for (const handle of this.handles) {
      if (wanted) handle?.ref();
      else handle?.unref();
    }
  }
}
