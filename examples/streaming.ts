/**
 * Streaming: `runStreamed` yields the same events as @openai/codex-sdk, plus
 * `item.delta` text as it arrives; `thread.events$` is the same stream as an
 * RxJS Observable.
 *
 *   npx tsx examples/streaming.ts
 */
import { filter } from 'rxjs';
import { Codex } from 'codex-actors';
import { responses, sse } from 'codex-actors/testing';
import { exampleEnvironment } from './support/exampleEnvironment.js';

await using env = await exampleEnvironment((server) => {
  server.enqueue(
    responses.stream([sse.reasoning('Count to five.'), sse.message('One, two, three, four, five.', { stream: true, phase: 'final_answer' })], { delayMs: 20 }),
  );
});

await using codex = new Codex({ ...env.codexOptions });
const thread = codex.startThread({ workingDirectory: env.workspace });

// RxJS: every completed item of every turn of this thread.
thread.events$.pipe(filter((e) => e.type === 'item.completed')).subscribe((e) => console.log(`[events$] completed ${e.item.type}`));

const { events } = await thread.runStreamed('Count to five.');
for await (const event of events) {
  if (event.type === 'item.delta' && event.kind === 'agent_message') process.stdout.write(`[delta] ${JSON.stringify(event.delta)}\n`);
  else if (event.type === 'turn.completed') console.log(`[turn.completed] output tokens: ${event.usage.output_tokens}`);
  else console.log(`[${event.type}]`);
}
