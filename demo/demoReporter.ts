import type { ApprovalDecision, ApprovalRequest, CodexEvent, Thread } from '../src/index.js';

/** What the demo tells its audience; one implementation per output mode. */
export interface DemoReporter {
  /** A step begins. */
  step(index: number, title: string): void;
  /** Show this thread in the progress view under `name`. */
  watch(name: string, thread: Thread): void;
  /** Every event of `codex.events$`. */
  event(event: CodexEvent): void;
  /** The demo's approval handler decided. */
  approval(thread: string, request: ApprovalRequest, decision: ApprovalDecision): void;
  /** A fact worth a line (a check that passed, a pid, a result). */
  note(text: string, data?: Record<string, unknown>): void;
  /** The demo ended; `error` is set when it failed. */
  finish(outcome: { ok: boolean; error?: unknown; summary: Record<string, unknown> }): void;
}
