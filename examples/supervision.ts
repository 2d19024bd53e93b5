/**
 * Supervision and crash recovery: each thread's codex process is a child of
 * an OTP-style supervisor. Kill one with SIGKILL and the supervisor restarts
 * it (with backoff, within a restart intensity), the thread resumes the same
 * codex thread id, and the next turn runs with the history intact.
 *
 *   npx tsx examples/supervision.ts
 */
import { filter, firstValueFrom } from 'rxjs';
import { Codex } from 'codex-actors';
import { responses, userTexts } from 'codex-actors/testing';
import { exampleEnvironment } from './support/exampleEnvironment.js';

await using env = await exampleEnvironment((server) => {
  server.enqueue(
    responses.message('Noted: the deploy window is Friday 18:00.', { phase: 'final_answer' }),
    // After the restart codex replays the thread's history to the model: it still knows.
    (request) => responses.message(userTexts(request).some((t) => t.includes('Friday')) ? 'Friday 18:00.' : 'I do not know.', { phase: 'final_answer' }),
  );
});

await using codex = new Codex({
  ...env.codexOptions,
  supervisor: { strategy: 'one_for_one', maxRestarts: 3, withinMs: 10_000, backoff: { initialDelayMs: 100 } },
});
codex.events$.pipe(filter((e) => e.type.startsWith('supervisor.'))).subscribe((e) => console.log(`supervisor: ${e.type}`));

const thread = codex.startThread({ workingDirectory: env.workspace });
await thread.run('Remember: the deploy window is Friday 18:00.');

const pid = thread.processId!;
const restarted = firstValueFrom(thread.events$.pipe(filter((e) => e.type === 'thread.restarted')));
console.log(`killing codex process ${pid}`);
process.kill(pid, 'SIGKILL');
const event = await restarted;
console.log(`thread.restarted: generation ${event.generation}, same thread id: ${event.thread_id === thread.id}, new pid: ${thread.processId !== pid}`);

const result = await thread.run('When is the deploy window?');
console.log(`answer after restart: ${result.finalResponse}`);
console.log(`restarts: ${codex.supervisor.tree().children[0]?.restarts}`);
