/**
 * A small agent, as you might write one: it triages a bug report with codex.
 * The agent may look at the git history (approved), may label the issue
 * through a typed tool, and must answer with a structured triage.
 * `triageAgent.test.ts` tests it offline with `codex-actors/testing`.
 */
import { z } from 'zod';
import { allowCommands, composeApprovals, defineTool, denyAll, type Codex } from 'codex-actors';

/** What the agent returns. */
export const Triage = z.object({
  severity: z.enum(['low', 'medium', 'high']),
  summary: z.string(),
});
export type Triage = z.infer<typeof Triage>;

/** Triages `report` in `workspace`; `labels` receives the labels the agent applies. */
export async function triageIssue(codex: Codex, workspace: string, report: string, labels: string[]): Promise<Triage> {
  const labelIssue = defineTool({
    name: 'label_issue',
    description: 'Apply a label to the issue being triaged.',
    parameters: z.object({ label: z.enum(['bug', 'regression', 'docs', 'security']) }),
    execute: ({ label }) => {
      labels.push(label);
      return `labelled ${label}`;
    },
  });
  const thread = codex.startThread({
    workingDirectory: workspace,
    sandbox: 'read-only',
    approvalMode: 'ask',
    // Reading history is fine; anything else is refused.
    onApproval: composeApprovals(allowCommands([/^git log\b/]), denyAll),
    tools: [labelIssue],
  });
  try {
    const result = await thread.run(`Triage this bug report. Label it, then answer with the triage.\n\n${report}`, { outputSchema: Triage });
    return result.output!;
  } finally {
    await thread.close();
  }
}
