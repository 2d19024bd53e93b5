/**
 * Quickstart: one thread, one turn, the answer and its token usage.
 *
 *   npx tsx examples/quickstart.ts
 */
import { Codex } from 'codex-actors';
import { responses } from 'codex-actors/testing';
import { exampleEnvironment } from './support/exampleEnvironment.js';

await using env = await exampleEnvironment((server) => {
  server.enqueue(responses.message('This workspace is an empty git repository.', { phase: 'final_answer' }));
});

await using codex = new Codex({ ...env.codexOptions });
const thread = codex.startThread({ workingDirectory: env.workspace, sandbox: 'read-only' });

const result = await thread.run('In one sentence: what is in this directory?');
console.log(`answer: ${result.finalResponse}`);
console.log(`thread: ${thread.id}, tokens in/out: ${result.usage?.input_tokens}/${result.usage?.output_tokens}`);
