/**
 * Concurrency: threads are independent actors, each with its own codex
 * process, so their turns run at the same time; turns sent to one thread
 * queue and run in order. `codex.events$` interleaves everything, each event
 * tagged with its thread and turn.
 *
 *   npx tsx examples/concurrency.ts
 */
import { Codex, type ThreadEvent } from 'codex-actors';
import { responses, userTexts, type RecordedRequest } from 'codex-actors/testing';
import { exampleEnvironment } from './support/exampleEnvironment.js';

const files = ['api.ts', 'db.ts', 'ui.ts'];

// The scripted model answers by prompt, so the order requests arrive in does not matter.
const answer = (request: RecordedRequest) => {
  const prompt = userTexts(request).at(-1) ?? '';
  return responses.message(`${prompt}: looks fine.`, { phase: 'final_answer', delayMs: 100 });
};
await using env = await exampleEnvironment((server) => {
  for (let i = 0; i < files.length + 2; i++) server.enqueue(answer);
});

await using codex = new Codex({ ...env.codexOptions });
const perThread = new Map<string, number>();
codex.events$.subscribe((e) => {
  const threadId = e.type.startsWith('supervisor.') ? null : (e as ThreadEvent).meta?.threadId;
  if (threadId) perThread.set(threadId, (perThread.get(threadId) ?? 0) + 1);
});

// Three threads at once.
const threads = files.map(() => codex.startThread({ workingDirectory: env.workspace, sandbox: 'read-only' }));
const results = await Promise.all(threads.map((thread, i) => thread.run(`Review ${files[i]}`)));
for (const result of results) console.log(`parallel: ${result.finalResponse}`);

// Two turns sent to one thread without waiting: the second is queued behind the first.
const thread = threads[0]!;
const [first, second] = await Promise.all([thread.run('Check the tests'), thread.run('Check the docs')]);
console.log(`in order: ${first.finalResponse} / ${second.finalResponse}`);
console.log(`second started after the first completed: ${second.startedAt! >= first.completedAt!}`);
console.log(`events per thread: ${[...perThread.values()].join(', ')} (${perThread.size} threads on codex.events$)`);
