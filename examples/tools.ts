/**
 * Tools: `defineTool` registers a typed function the model can call. Arguments
 * are validated with zod before `execute` runs; a thrown error goes back to
 * the model as a failed tool output and the turn goes on.
 *
 *   npx tsx examples/tools.ts
 */
import { z } from 'zod';
import { Codex, defineTool } from 'codex-actors';
import { responses } from 'codex-actors/testing';
import { exampleEnvironment } from './support/exampleEnvironment.js';

const tickets = new Map([['ABC-123', { title: 'Login fails on Safari', status: 'open' }]]);

const lookupTicket = defineTool({
  name: 'lookup_ticket',
  description: 'Fetch a support ticket by id.',
  parameters: z.object({ id: z.string().regex(/^[A-Z]+-\d+$/) }),
  execute: async ({ id }) => {
    const ticket = tickets.get(id);
    if (!ticket) throw new Error(`no ticket ${id}`);
    return JSON.stringify({ id, ...ticket });
  },
});

await using env = await exampleEnvironment((server) => {
  server.enqueue(
    responses.dynamicToolCall('lookup_ticket', { id: 'ABC-123' }, { callId: 'call_1' }),
    responses.message('ABC-123 ("Login fails on Safari") is still open.', { phase: 'final_answer' }),
  );
});

await using codex = new Codex({ ...env.codexOptions });
const thread = codex.startThread({ workingDirectory: env.workspace, tools: [lookupTicket] });
thread.events$.subscribe((e) => {
  if (e.type === 'tool.called') console.log(`tool.called ${e.tool} ${JSON.stringify(e.arguments)}`);
  if (e.type === 'tool.completed') console.log(`tool.completed ${e.tool} success=${e.success} output=${e.output}`);
});

const result = await thread.run('What is the status of ticket ABC-123?');
console.log(`answer: ${result.finalResponse}`);
