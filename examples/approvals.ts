/**
 * Approvals: with `approvalMode: 'ask'` codex asks before running a command it
 * does not know to be safe. `onApproval` decides: here a policy allows `echo`
 * and declines everything else (no handler at all would also decline).
 *
 *   npx tsx examples/approvals.ts
 */
import { Codex, allowCommands, composeApprovals, type ApprovalHandler } from 'codex-actors';
import { responses } from 'codex-actors/testing';
import { exampleEnvironment } from './support/exampleEnvironment.js';

await using env = await exampleEnvironment((server) => {
  server.enqueue(
    responses.shellCall('echo "release notes" > notes.txt', { callId: 'allowed' }),
    responses.shellCall('rm -rf .git', { callId: 'refused' }),
    responses.message('I wrote notes.txt; deleting .git was refused, so I left it alone.', { phase: 'final_answer' }),
  );
});

const log: ApprovalHandler = (request) => {
  console.log(`codex asks: ${request.kind} ${request.command ?? ''}`);
  return undefined; // no opinion: the next handler decides
};
const decline: ApprovalHandler = () => 'decline';

await using codex = new Codex({ ...env.codexOptions });
const thread = codex.startThread({
  workingDirectory: env.workspace,
  sandbox: 'workspace-write', // approved commands may still run sandboxed: let them write the workspace
  approvalMode: 'ask',
  onApproval: composeApprovals(log, allowCommands([/^echo\b/]), decline),
});
thread.events$.subscribe((e) => {
  if (e.type === 'approval.resolved') console.log(`decision: ${e.decision} (${e.reason})`);
});

const result = await thread.run('Write notes.txt, then clean up the repository.');
const commands = result.items.filter((i) => i.type === 'command_execution');
for (const c of commands) console.log(`command ${JSON.stringify(c.command)} → ${c.status}`);
console.log(`answer: ${result.finalResponse}`);
