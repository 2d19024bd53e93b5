/**
 * A gate holds a scripted response after its first event until the test opens it.
 * It lets a test act while the model is "mid-stream" (steer, interrupt, kill)
 * without sleeping: await `gate.reached`, act, then `gate.release()`.
 *
 * @example
 * ```ts
 * const gate = createGate();
 * server.enqueue(responses.message('slow answer', { gate }));
 * const turn = thread.run('hi');
 * await gate.reached;          // codex has received response.created
 * await thread.interrupt();    // ...act mid-stream
 * gate.release();
 * ```
 */
export interface Gate {
  /** Lets the held response continue. Idempotent; releasing before it is reached is fine. */
  release(): void;
  /** True once {@link Gate.release} was called. */
  readonly released: boolean;
  /** Resolves when a response reaches the gate (its first event has been sent). */
  readonly reached: Promise<void>;
  /**
   * Called by the server when a response reaches the gate; resolves on release.
   * @internal
   */
  wait(): Promise<void>;
}

/** Creates a closed {@link Gate}. */
export function createGate(): Gate {
  let released = false;
  let open!: () => void;
  let markReached!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  const reached = new Promise<void>((resolve) => {
    markReached = resolve;
  });
  return {
    release() {
      released = true;
      open();
    },
    get released() {
      return released;
    },
    reached,
    wait() {
      markReached();
      return opened;
    },
  };
}
