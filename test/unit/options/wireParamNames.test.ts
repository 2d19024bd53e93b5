/**
 * Drift guard: every param the option mappings emit must be declared by the pinned
 * binary's own protocol schema (`codex app-server generate-json-schema --experimental`),
 * with an accepted type/enum value. codex ignores unknown params silently, so without
 * this test a renamed field would just stop working.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveCodexBinary } from '../../../native/index.js';
import {
  APPROVAL_MODES,
  parseThreadOptions,
  parseTurnOptions,
  toThreadForkParams,
  toThreadResumeParams,
  toThreadStartParams,
  toTurnStartParams,
  toTurnSteerParams,
  type ApprovalMode,
} from '../../../src/options/index.js';
import { checkAgainstSchema } from './strictSchemaCheck.js';

const run = promisify(execFile);
let outDir = '';
const schemas = new Map<string, Record<string, unknown>>();

beforeAll(async () => {
  const binary = await resolveCodexBinary();
  outDir = await mkdtemp('/var/tmp/codex-actors-schema-');
  await run(binary.path, ['app-server', 'generate-json-schema', '--experimental', '--out', outDir]);
  for (const name of ['ThreadStartParams', 'ThreadResumeParams', 'ThreadForkParams', 'TurnStartParams', 'TurnSteerParams']) {
    schemas.set(name, JSON.parse(await readFile(path.join(outDir, 'v2', `${name}.json`), 'utf8')) as Record<string, unknown>);
  }
}, 30_000);

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

function problems(schemaName: string, params: unknown): string[] {
  const schema = schemas.get(schemaName);
  if (!schema) throw new Error(`schema ${schemaName} not loaded`);
  return checkAgainstSchema(JSON.parse(JSON.stringify(params)), schema, schema);
}

const tools = [
  { name: 'lookup_ticket', description: 'Fetch a ticket', inputSchema: { type: 'object', properties: { id: { type: 'string' } } }, deferLoading: true },
];

/** Thread options that set every field the mapping turns into a wire param. */
function fullThreadOptions(approvalMode: ApprovalMode, sandbox: 'read-only' | 'workspace-write' | 'danger-full-access' = 'workspace-write') {
  return parseThreadOptions({
    model: 'gpt-5.5',
    modelProvider: 'openai',
    serviceTier: 'flex',
    serviceName: 'svc',
    threadSource: 'sdk',
    sandbox,
    cwd: '/repo',
    modelReasoningEffort: 'high',
    networkAccessEnabled: true,
    webSearchMode: 'cached',
    approvalMode,
    additionalDirectories: ['/data'],
    mcpServers: { docs: { command: 'docs-mcp', args: ['--stdio'], env: { A: 'b' }, toolTimeoutSec: 30 }, web: { url: 'https://mcp.example/mcp', bearerTokenEnvVar: 'TOKEN' } },
    baseInstructions: 'base',
    developerInstructions: 'dev',
    personality: 'none',
    ephemeral: true,
    config: { tools: { update_plan: { enabled: true } }, sandbox_workspace_write: { exclude_slash_tmp: true } },
    collaborationMode: 'plan',
  });
}

describe('params emitted by the option mappings exist in the pinned protocol', () => {
  it.each(APPROVAL_MODES)('thread/start, thread/resume and thread/fork with approvalMode %s', (mode) => {
    const thread = fullThreadOptions(mode);
    const start = toThreadStartParams(thread, { tools });
    // Every mapped field really is emitted, so the schema check covers it.
    expect(Object.keys(start).sort()).toEqual(
      [
        'model', 'modelProvider', 'serviceTier', 'serviceName', 'threadSource', 'cwd', 'approvalPolicy', 'sandbox', 'config',
        'baseInstructions', 'developerInstructions', 'personality', 'ephemeral', 'dynamicTools',
        ...(mode === 'deny_all' ? [] : ['approvalsReviewer']),
      ].sort(),
    );
    expect(problems('ThreadStartParams', start)).toEqual([]);
    expect(problems('ThreadResumeParams', toThreadResumeParams('01a20a8f-5867-7000-8000-000000000000', thread, { excludeTurns: true }))).toEqual([]);
    expect(problems('ThreadForkParams', toThreadForkParams('01a20a8f-5867-7000-8000-000000000000', thread, { excludeTurns: true }))).toEqual([]);
  });

  it.each(['read-only', 'danger-full-access'] as const)('thread/start with sandbox %s', (sandbox) => {
    expect(problems('ThreadStartParams', toThreadStartParams(fullThreadOptions('ask', sandbox), { tools }))).toEqual([]);
  });

  it.each([
    ['read-only', 'deny_all'],
    ['workspace-write', 'auto_review'],
    ['danger-full-access', 'ask'],
  ] as const)('turn/start with sandbox %s and approvalMode %s', (sandbox, approvalMode) => {
    const thread = fullThreadOptions('ask');
    const turn = parseTurnOptions({
      model: 'gpt-5.5',
      effort: 'low',
      summary: 'concise',
      cwd: '/repo/sub',
      sandbox,
      approvalMode,
      personality: 'none',
      outputSchema: { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'], additionalProperties: false },
      cyberAccessProgram: 'daybreak_blue',
      serviceTier: 'priority',
      collaborationMode: 'plan',
    });
    const input = [
      { type: 'text', text: 'look' },
      { type: 'image', url: 'data:image/png;base64,AAAA', detail: 'high' },
      { type: 'local_image', path: '/tmp/a.png', detail: 'original' },
      { type: 'skill', name: 'deploy', path: '/skills/deploy/SKILL.md' },
      { type: 'mention', name: 'Drive', path: 'app://drive' },
      { type: 'file', path: '/repo/spec.md' },
    ] as const;
    const params = toTurnStartParams('01a20a8f-5867-7000-8000-000000000000', input, turn, { thread });
    expect(params.sandboxPolicy).toBeDefined();
    expect(params.collaborationMode).toBeDefined();
    expect(problems('TurnStartParams', params)).toEqual([]);
  });

  it('turn/steer', () => {
    expect(problems('TurnSteerParams', toTurnSteerParams('01a20a8f-5867-7000-8000-000000000000', 'turn-1', 'more'))).toEqual([]);
  });

  it('the checker itself rejects undeclared params and bad enum values', () => {
    expect(problems('ThreadStartParams', { sandboxMode: 'read-only' })).toEqual(['$.sandboxMode: not a property the schema declares']);
    expect(problems('ThreadStartParams', { approvalPolicy: 'on-failure' })).not.toEqual([]);
    expect(problems('TurnStartParams', { threadId: 't', input: [{ type: 'local_image', path: '/a' }] })).not.toEqual([]);
    expect(problems('TurnStartParams', { threadId: 't', input: [], sandboxPolicy: { type: 'read-only' } })).not.toEqual([]);
  });
});
