/**
 * Structured output: pass a zod schema as `outputSchema`; codex constrains the
 * model to its JSON Schema, and `result.output` is parsed, validated and typed.
 * Invalid output rejects with `StructuredOutputError` (with the zod issues).
 *
 *   npx tsx examples/structuredOutput.ts
 */
import { z } from 'zod';
import { Codex } from 'codex-actors';
import { responses } from 'codex-actors/testing';
import { exampleEnvironment } from './support/exampleEnvironment.js';

const Review = z.object({
  verdict: z.enum(['approve', 'request_changes']),
  issues: z.array(z.object({ file: z.string(), line: z.number().int(), message: z.string() })),
});

await using env = await exampleEnvironment((server) => {
  server.enqueue(
    responses.message(JSON.stringify({ verdict: 'request_changes', issues: [{ file: 'src/app.ts', line: 12, message: 'unchecked null' }] }), { phase: 'final_answer' }),
  );
});

await using codex = new Codex({ ...env.codexOptions });
const thread = codex.startThread({ workingDirectory: env.workspace, sandbox: 'read-only' });

const result = await thread.run('Review the last commit.', { outputSchema: Review });
const review = result.output!; // typed: { verdict: 'approve' | 'request_changes'; issues: {...}[] }
console.log(`verdict: ${review.verdict}`);
for (const issue of review.issues) console.log(`issue: ${issue.file}:${issue.line} ${issue.message}`);
