/**
 * P3's input: one real app-server turn recorded from the pinned binary, then
 * replicated (ids renumbered) into a stream of ≥ 100k wire lines.
 *
 * The recorded turn is deliberately delta-heavy, like a real one: a streamed
 * reasoning summary and a shell command in the first model response, then a
 * long answer streamed word by word.
 */
import type { CodexHome, ScriptedModelServer } from '../src/testing/index.js';
import { responses, sse } from '../src/testing/index.js';
import { RawRpcClient } from './rawRpcClient.js';

/** One turn's notification lines (`turn/started` … `turn/completed`) and the ids they use. */
export interface RecordedTurn {
  threadId: string;
  turnId: string;
  lines: string[];
}

const ANSWER_WORDS = 240;
const REASONING_WORDS = 60;

function words(n: number, seed: string): string {
  return Array.from({ length: n }, (_, i) => `${seed}${i % 17 === 0 ? '.' : ''}`).join(' ');
}

/** The scripted model answers of the recorded turn (also used by P1/P2 for a realistic turn). */
export function recordedTurnScript(): ReturnType<typeof responses.stream>[] {
  return [
    responses.stream([sse.reasoning(words(REASONING_WORDS, 'thinking'), { stream: true }), sse.shellCall('echo recorded', { callId: 'call_rec' })]),
    responses.stream([sse.message(words(ANSWER_WORDS, 'answer'), { stream: true, phase: 'final_answer' })]),
  ];
}

/**
 * Runs one warm-up turn and one recorded turn on a fresh app-server and returns
 * the recorded turn's notifications, exactly as they came off stdout.
 */
export async function recordTurnStream(codexPath: string, server: ScriptedModelServer, home: CodexHome): Promise<RecordedTurn> {
  const client = await RawRpcClient.start(codexPath, { ...home.env });
  try {
    const threadId = await client.startThread({ cwd: home.workspace, approvalPolicy: 'never', sandbox: 'workspace-write' });
    server.enqueue(responses.message('warm'));
    await client.runTurn(threadId, 'warm up');
    server.enqueue(...recordedTurnScript());
    client.recording = true;
    await client.runTurn(threadId, 'record this turn');
    client.recording = false;
    const lines = client.lines.filter((line) => {
      const message = JSON.parse(line) as { id?: unknown; method?: unknown };
      return message.method !== undefined && message.id === undefined;
    });
    const started = lines.findIndex((l) => l.includes('"turn/started"'));
    const completed = lines.findIndex((l) => l.includes('"turn/completed"'));
    if (started < 0 || completed < started) throw new Error('the recorded turn has no turn/started … turn/completed span');
    const turnLines = lines.slice(started, completed + 1);
    const turnId = (JSON.parse(turnLines[0]!) as { params: { turn: { id: string } } }).params.turn.id;
    return { threadId, turnId, lines: turnLines };
  } finally {
    await client.close();
  }
}

/** Replaces every string equal to a key of `ids` (deeply). */
function renumber(value: unknown, ids: Map<string, string>): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => renumber(v, ids));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = renumber(v, ids);
    return out;
  }
  return value;
}

/** One replicated turn: its id and wire lines. */
export interface ReplayTurn {
  turnId: string;
  lines: string[];
}

/**
 * Copies the recorded turn until the stream holds at least `minLines` lines;
 * copy k gets its own turn id and item ids, so every turn is distinct on the wire.
 */
export function replicateTurn(recorded: RecordedTurn, minLines: number): ReplayTurn[] {
  const itemIds = new Set<string>();
  for (const line of recorded.lines) {
    const m = JSON.parse(line) as { params?: { item?: { id?: unknown }; itemId?: unknown } };
    if (typeof m.params?.item?.id === 'string') itemIds.add(m.params.item.id);
    if (typeof m.params?.itemId === 'string') itemIds.add(m.params.itemId);
  }
  const turns: ReplayTurn[] = [];
  let total = 0;
  for (let k = 0; total < minLines; k++) {
    const suffix = k.toString(16).padStart(8, '0');
    const turnId = `${recorded.turnId.slice(0, -8)}${suffix}`;
    const ids = new Map<string, string>([[recorded.turnId, turnId]]);
    for (const id of itemIds) ids.set(id, `${id}-${suffix}`);
    const lines = recorded.lines.map((line) => JSON.stringify(renumber(JSON.parse(line), ids)));
    turns.push({ turnId, lines });
    total += lines.length;
  }
  return turns;
}

/**
 * One turn holding ≥ `minLines` lines: the recorded turn's item traffic
 * (everything between `turn/started` and `turn/completed`) copied with
 * renumbered item ids. Isolates the per-line cost from the per-turn cost.
 */
export function replicateWithinTurn(recorded: RecordedTurn, minLines: number): ReplayTurn {
  const copies = replicateTurn({ ...recorded, lines: recorded.lines.slice(1, -1) }, minLines);
  const turnId = recorded.turnId;
  // Every copy keeps its own item ids but must carry the one turn id.
  const retag = (line: string, from: string) => line.split(from).join(turnId);
  const body = copies.flatMap((c) => c.lines.map((l) => retag(l, c.turnId)));
  return { turnId, lines: [recorded.lines[0]!, ...body, recorded.lines.at(-1)!] };
}
