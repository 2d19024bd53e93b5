import type { DemoReporter } from './demoReporter.js';

/**
 * `--json`: the raw event stream, one JSON object per line: every
 * `codex.events$` event as codex-actors publishes it, interleaved with the
 * demo's own lines, whose `type` starts with `demo.` (`demo.step`,
 * `demo.state` on every thread/turn state change, `demo.approval`,
 * `demo.note`, `demo.finished`).
 */
export function createJsonReporter(write: (line: string) => void): DemoReporter {
  const emit = (value: unknown) => write(`${JSON.stringify(value, replacer)}\n`);
  return {
    step: (index, title) => emit({ type: 'demo.step', index, title }),
    watch: (name, thread) => {
      let last = '';
      thread.state$.subscribe((s) => {
        const key = `${s.state}|${s.turnState}|${s.generation}|${s.threadId}`;
        if (key === last) return;
        last = key;
        emit({ type: 'demo.state', thread: name, threadId: s.threadId, state: s.state, turnState: s.turnState, generation: s.generation });
      });
    },
    event: (event) => emit(event),
    approval: (thread, request, decision) => emit({ type: 'demo.approval', thread, kind: request.kind, command: request.command ?? null, decision }),
    note: (text, data) => emit({ type: 'demo.note', text, ...data }),
    finish: ({ ok, error, summary }) => emit({ type: 'demo.finished', ok, ...(error === undefined ? {} : { error: describeError(error) }), summary }),
  };
}

/** Errors become `{ name, code, message }` instead of `{}`. */
function replacer(_key: string, value: unknown): unknown {
  return value instanceof Error ? describeError(value) : value;
}

function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  return { name: error.name, message: error.message, ...('code' in error ? { code: (error as { code: unknown }).code } : {}) };
}
