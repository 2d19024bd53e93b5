import type { CodexEvent, Thread, ThreadSnapshot } from '../src/index.js';
import type { DemoReporter } from './demoReporter.js';

/** Width of the thread, state and turn columns with their separators. */
const LEAD = 2 + 8 + 1 + 24 + 1 + 24 + 1;
/** A last event too long for its column goes below its row, under the state column… */
const UNDER = ' '.repeat(2 + 8 + 1);
/** …on at most this many lines (a streamed answer can be long). */
const MAX_UNDER_LINES = 3;

/** `text` in pieces of at most `size` characters. */
function wrap(text: string, size: number): string[] {
  const parts: string[] = [];
  for (let at = 0; at < text.length; at += size) parts.push(text.slice(at, at + size));
  return parts;
}

interface Row {
  name: string;
  thread: Thread;
  snapshot: ThreadSnapshot | null;
  last: string;
}

interface Output {
  write(text: string): void;
  isTTY?: boolean;
  columns?: number;
}

/**
 * The live terminal view: a log of what happens, and below it a compact
 * progress block with one row per thread (its state chart's state, its turn's
 * state, the last event), redrawn in place on a terminal. When the output is
 * not a terminal, state changes are logged as lines instead.
 */
export function createTerminalReporter(out: Output, env: Record<string, string | undefined> = process.env): DemoReporter {
  const tty = out.isTTY === true;
  const color = tty && !env['NO_COLOR'];
  const paint = (code: string, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const dim = (t: string) => paint('2', t);
  const bold = (t: string) => paint('1', t);
  const green = (t: string) => paint('32', t);
  const red = (t: string) => paint('31', t);
  const cyan = (t: string) => paint('36', t);
  const rows: Row[] = [];
  const started = Date.now();
  let blockLines = 0;
  let streaming: { itemId: string; row: Row; text: string } | null = null;

  const clock = () => dim(`${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s`);
  const width = () => Math.max(60, out.columns ?? 100);
  const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

  const block = (): string[] => {
    if (rows.length === 0) return [];
    // Every line must fit the terminal (a wrapped line would break the in-place redraw), so the
    // last event gets what the columns before it leave; when it does not fit there (on 80
    // columns it rarely does) it goes under its thread's row instead, wrapped rather than cut.
    const room = width() - 1 - LEAD;
    const under = width() - 1 - UNDER.length;
    const lines = rows.flatMap((row) => {
      const s = row.snapshot;
      const state = s ? `${s.state}${s.generation > 1 ? ` (gen ${s.generation})` : ''}` : '…';
      const turn = s?.turnState ?? '-';
      const head = `  ${bold(row.name.padEnd(8))} ${cyan(clip(state, 24).padEnd(24))} ${clip(turn, 24).padEnd(24)}`;
      if (row.last.length <= room) return [`${head} ${dim(row.last)}`];
      return [head.trimEnd(), ...wrap(clip(row.last, under * MAX_UNDER_LINES), under).map((part) => `${UNDER}${dim(part)}`)];
    });
    const title = `  ${'thread'.padEnd(8)} ${'state'.padEnd(24)} ${'turn'.padEnd(24)}`;
    return [dim(room >= 'last event'.length ? `${title} last event` : title.trimEnd()), ...lines];
  };

  const redraw = () => {
    if (!tty) return;
    const lines = block();
    out.write(`${blockLines > 0 ? `\x1b[${blockLines}F\x1b[J` : ''}${lines.map((l) => `${l}\n`).join('')}`);
    blockLines = lines.length;
  };

  const log = (text: string) => {
    if (tty && blockLines > 0) out.write(`\x1b[${blockLines}F\x1b[J`);
    blockLines = 0;
    out.write(`${clock()}  ${text}\n`);
    redraw();
  };

  const rowOf = (event: CodexEvent): Row | undefined => {
    const threadId = (event as { meta?: { threadId?: string | null } }).meta?.threadId;
    return threadId ? rows.find((r) => r.thread.id === threadId) : undefined;
  };

  return {
    step(index, title) {
      log(`${bold(`step ${index}`)}  ${title}`);
    },
    watch(name, thread) {
      const row: Row = { name, thread, snapshot: null, last: '' };
      rows.push(row);
      thread.state$.subscribe((snapshot) => {
        const before = row.snapshot;
        row.snapshot = snapshot;
        if (tty) return redraw();
        if (before?.state !== snapshot.state || before?.turnState !== snapshot.turnState) {
          out.write(`${clock()}    ${dim(`· ${name}: ${snapshot.state}${snapshot.turnState ? ` / turn ${snapshot.turnState}` : ''}`)}\n`);
        }
      });
    },
    event(event) {
      const row = rowOf(event);
      if (row) row.last = describe(event);
      switch (event.type) {
        case 'item.delta':
          if (row && event.kind === 'agent_message') {
            if (streaming?.itemId !== event.item_id) streaming = { itemId: event.item_id, row, text: '' };
            streaming.text += event.delta;
            row.last = `streaming "${streaming.text}"`;
          }
          break;
        case 'item.completed':
          if (event.item.type === 'agent_message') log(`${row?.name ?? '?'} says ${green(JSON.stringify(event.item.text))}`);
          if (event.item.type === 'command_execution') log(`${row?.name ?? '?'} ran ${JSON.stringify(event.item.command)} → ${event.item.status}${event.item.exit_code == null ? '' : ` (exit ${event.item.exit_code})`}`);
          break;
        case 'tool.called':
          log(`${row?.name ?? '?'} calls tool ${bold(event.tool)}(${JSON.stringify(event.arguments)})`);
          break;
        case 'tool.completed':
          log(`${row?.name ?? '?'} tool ${event.tool} answered ${JSON.stringify(event.output)} in ${event.durationMs} ms`);
          break;
        case 'thread.restarted':
          log(`${row?.name ?? '?'} ${green('restarted')}: generation ${event.generation}, resumed thread ${event.thread_id} (${event.reason})`);
          break;
        case 'error':
          // codex's retry notices ("Reconnecting... 2/5", "waiting for network"): the model is unreachable for now.
          if (event.willRetry) log(`${row?.name ?? '?'} ${red('retrying the model')}: ${event.message}${event.retry?.reason ? dim(` (${event.retry.reason})`) : ''}`);
          break;
        case 'turn.failed':
          log(`${row?.name ?? '?'} ${red('turn failed')}: ${event.error.message}`);
          break;
        default:
          if (event.type.startsWith('supervisor.')) log(`${cyan(event.type)} ${dim(supervisorDetail(event as Record<string, unknown>))}`);
      }
      redraw();
    },
    approval(thread, request, decision) {
      log(`${thread} asks to run ${bold(request.command ?? request.kind)}: the demo's onApproval answers ${green(decision)}`);
    },
    note(text) {
      log(text);
    },
    finish({ ok, error, summary }) {
      redraw();
      out.write('\n');
      if (ok) {
        out.write(`${green(bold('demo passed'))}  ${dim(JSON.stringify(summary))}\n`);
      } else {
        out.write(`${red(bold('demo FAILED'))}: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    },
  };
}

function describe(event: CodexEvent): string {
  switch (event.type) {
    case 'item.started':
    case 'item.completed':
      return `${event.type} ${event.item.type}`;
    case 'approval.requested':
      return `approval requested: ${event.command ?? event.kind}`;
    case 'approval.resolved':
      return `approval ${event.decision} (${event.reason})`;
    case 'tool.called':
      return `tool.called ${event.tool}`;
    case 'tool.completed':
      return `tool.completed ${event.tool} ${event.success ? 'ok' : 'failed'}`;
    case 'turn.completed':
      return `turn.completed (${event.usage.input_tokens} in, ${event.usage.output_tokens} out)`;
    case 'thread.restarted':
      return `thread.restarted gen ${event.generation}`;
    default:
      return event.type;
  }
}

function supervisorDetail(event: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const key of ['childId', 'generation', 'delayMs', 'attempt', 'reason']) if (event[key] !== undefined) parts.push(`${key}=${String(event[key])}`);
  const error = event['error'] as { message?: string } | undefined;
  if (error?.message) parts.push(`error="${error.message.split('\n')[0]}"`);
  return parts.join(' ');
}
