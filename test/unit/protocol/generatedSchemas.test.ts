/**
 * The generated schemas read real app-server messages of the pinned codex:
 * samples copied from the wire reference (§3, completed where it trims with
 * `…`) and a whole conversation recorded from the binary
 * (fixtures/wireSamples.json, written by src/protocol/codegen/captureWireSamples.ts).
 * Every message must parse, come back equal to what was sent (no field
 * dropped or rewritten), keep fields this codex version does not know, and
 * the parse helpers must never throw.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, test } from 'vitest';

import type { WireSample } from '../../../src/protocol/codegen/captureWireSamples.js';
import {
  ClientRequestSchemas,
  parseClientRequestParams,
  parseClientRequestResult,
  parseNotification,
  parseServerRequest,
  parseServerRequestResult,
  ServerNotificationSchemas,
  ServerRequestSchemas,
  ThreadItemSchema,
  type ThreadItem,
  type ThreadItemOfType,
  type WireParseResult,
} from '../../../src/protocol/schemas.js';

const THREAD = '01a20a8f-5867-7a31-9d2c-5b1c1f0e8a11';
const TURN = '01a20a8f-5894-7c02-8f11-0c6a2d9b7e42';

/** Asserts a parse succeeded for a known method and returns the typed value. */
function parsed<T>(result: WireParseResult<T>): T {
  if (!result.ok) throw new Error(`expected a match, got issues: ${JSON.stringify(result.issues, null, 2)}`);
  if (!result.known) throw new Error('expected a method of the pinned protocol');
  return result.value;
}

// Items as the wire reference §3.4 shows them.
const userMessage = {
  type: 'userMessage',
  id: '7f0d5b8e-2f7c-4c1e-9a55-3d1b2f6e9c01',
  clientId: null,
  content: [{ type: 'text', text: 'hi there', text_elements: [] }],
};
const reasoning = { type: 'reasoning', id: 'rs_1', summary: ['Thinking hard'], content: [] };
const agentMessage = { type: 'agentMessage', id: 'msg_1', text: 'Hello, world', phase: null };
const commandStarted = {
  type: 'commandExecution',
  id: 'call_x',
  pluginId: null,
  scriptPath: null,
  command: "/bin/bash -c 'touch f && echo created'",
  cwd: '/abs/work',
  processId: null,
  source: 'agent',
  status: 'inProgress',
  commandActions: [{ type: 'unknown', command: 'touch f && echo created' }],
  aggregatedOutput: null,
  exitCode: null,
  durationMs: null,
};
const commandCompleted = {
  ...commandStarted,
  processId: '39876',
  source: 'unifiedExecStartup',
  status: 'completed',
  aggregatedOutput: 'created\n',
  exitCode: 0,
  durationMs: 0,
};
const fileChange = {
  type: 'fileChange',
  id: 'call_accept',
  changes: [{ path: '/abs/accept.txt', kind: { type: 'add' }, diff: 'made by accept\n' }],
  status: 'inProgress',
};
const dynamicToolCall = {
  type: 'dynamicToolCall',
  id: 'call_dyn1',
  namespace: null,
  tool: 'lookup_ticket',
  arguments: { id: 'ABC-123' },
  status: 'completed',
  contentItems: [{ type: 'inputText', text: 'Ticket ABC-123 is OPEN' }],
  success: true,
  durationMs: 1,
};

describe('samples from the wire reference', () => {
  test.each([
    ['userMessage', userMessage],
    ['reasoning', reasoning],
    ['agentMessage', agentMessage],
    ['commandExecution (started)', commandStarted],
    ['commandExecution (completed)', commandCompleted],
    ['fileChange', fileChange],
    ['dynamicToolCall', dynamicToolCall],
  ])('item/started and item/completed carry a %s item intact', (_name, item) => {
    const started = parsed(parseNotification('item/started', { item, threadId: THREAD, turnId: TURN, startedAtMs: 1795473496217 }));
    expect(started.item).toEqual(item);
    const completed = parsed(
      parseNotification('item/completed', { item, threadId: THREAD, turnId: TURN, contentTokenCount: null, completedAtMs: 1795473496300 }),
    );
    expect(completed.item).toEqual(item);
    expect(completed.threadId).toBe(THREAD);
  });

  test('turn/start result, turn/started and turn/completed', () => {
    const turn = {
      id: TURN,
      rootTurnId: TURN,
      items: [],
      itemsView: 'notLoaded',
      status: 'inProgress',
      error: null,
      startedAt: null,
      completedAt: null,
      durationMs: null,
    };
    expect(parsed(parseClientRequestResult('turn/start', { turn })).turn).toEqual(turn);
    const startedTurn = { ...turn, startedAt: 1795473496 };
    expect(parsed(parseNotification('turn/started', { threadId: THREAD, turn: startedTurn })).turn).toEqual(startedTurn);
    const completedTurn = { ...startedTurn, items: [agentMessage], itemsView: 'summary', status: 'completed', completedAt: 1795473497, durationMs: 182 };
    const completed = parsed(parseNotification('turn/completed', { threadId: THREAD, turn: completedTurn }));
    expect(completed.turn.status).toBe('completed');
    expect(completed.turn.items).toEqual([agentMessage]);
  });

  test('thread/tokenUsage/updated keeps total, last and the context window', () => {
    const usage = { totalTokens: 1290, inputTokens: 1234, cachedInputTokens: 1000, cacheWriteInputTokens: 0, outputTokens: 56, reasoningOutputTokens: 20 };
    const params = { threadId: THREAD, turnId: TURN, tokenUsage: { total: usage, last: usage, modelContextWindow: 258400 } };
    expect(parsed(parseNotification('thread/tokenUsage/updated', params))).toEqual(params);
  });

  test.each([
    ['a plain code', 'contextWindowExceeded'],
    ['an HTTP status variant', { responseTooManyFailedAttempts: { httpStatusCode: 429 } }],
    ['a stream variant with a null status', { responseStreamDisconnected: { httpStatusCode: null } }],
  ])('error notification with codexErrorInfo as %s', (_name, codexErrorInfo) => {
    const params = {
      error: { message: 'exceeded retry limit, last status: 429 Too Many Requests', codexErrorInfo, additionalDetails: null, misalignment: null },
      willRetry: false,
      threadId: THREAD,
      turnId: TURN,
    };
    expect(parsed(parseNotification('error', params)).error.codexErrorInfo).toEqual(codexErrorInfo);
  });

  test('item/commandExecution/requestApproval and its decisions', () => {
    const params = {
      kind: 'command',
      threadId: THREAD,
      turnId: TURN,
      itemId: 'call_accept_untrusted',
      startedAtMs: 1795473501822,
      environmentId: 'local',
      command: "/bin/bash -c 'touch made-by-accept.txt && echo created'",
      cwd: '/abs/work',
      commandActions: [{ type: 'unknown', command: 'touch made-by-accept.txt && echo created' }],
      proposedExecpolicyAmendment: ['touch', 'made-by-accept.txt'],
      availableDecisions: ['accept', { acceptWithExecpolicyAmendment: { execpolicy_amendment: ['touch', 'made-by-accept.txt'] } }, 'cancel'],
    };
    expect(parsed(parseServerRequest('item/commandExecution/requestApproval', params))).toEqual(params);
    for (const decision of ['accept', 'acceptForSession', 'decline', 'cancel']) {
      expect(parsed(parseServerRequestResult('item/commandExecution/requestApproval', { decision }))).toEqual({ decision });
    }
    expect(parseServerRequestResult('item/commandExecution/requestApproval', { decision: 'maybe' }).ok).toBe(false);
  });

  test('item/fileChange/requestApproval', () => {
    const params = { threadId: THREAD, turnId: TURN, itemId: 'call_accept', startedAtMs: 1795473501822, reason: null, grantRoot: null };
    expect(parsed(parseServerRequest('item/fileChange/requestApproval', params))).toEqual(params);
    expect(parsed(parseServerRequestResult('item/fileChange/requestApproval', { decision: 'decline' }))).toEqual({ decision: 'decline' });
  });

  test('item/tool/call params and a tool result', () => {
    const params = { threadId: THREAD, turnId: TURN, callId: 'call_dyn1', namespace: null, tool: 'lookup_ticket', arguments: { id: 'ABC-123' } };
    expect(parsed(parseServerRequest('item/tool/call', params))).toEqual(params);
    const result = { contentItems: [{ type: 'inputText', text: 'Ticket ABC-123 is OPEN' }], success: true };
    expect(parsed(parseServerRequestResult('item/tool/call', result))).toEqual(result);
  });

  test('thread/start params with dynamic tools (experimental fields are in the schema)', () => {
    const params = {
      cwd: '/abs/work',
      approvalPolicy: 'never',
      dynamicTools: [
        { type: 'function', name: 'lookup_ticket', description: 'Fetch a ticket by id', inputSchema: { type: 'object' } },
        { type: 'namespace', name: 'crm', description: 'CRM tools', tools: [{ type: 'function', name: 'find_customer', description: 'Find', inputSchema: {} }] },
      ],
    };
    expect(parsed(parseClientRequestParams('thread/start', params))).toEqual(params);
  });
});

const samplesPath = fileURLToPath(new URL('./fixtures/wireSamples.json', import.meta.url));
const recorded = JSON.parse(readFileSync(samplesPath, 'utf8')) as WireSample[];

/** The payload of a recorded message and the helper that checks it. */
function check(sample: WireSample): { payload: unknown; result: WireParseResult<unknown> } {
  switch (sample.kind) {
    case 'notification':
      return { payload: sample.message['params'], result: parseNotification(sample.method, sample.message['params']) };
    case 'serverRequest':
      return { payload: sample.message['params'], result: parseServerRequest(sample.method, sample.message['params']) };
    case 'serverRequestResult':
      return { payload: sample.result, result: parseServerRequestResult(sample.method, sample.result) };
    case 'clientRequest':
      return { payload: sample.params, result: parseClientRequestParams(sample.method, sample.params) };
    case 'clientResponse':
      return { payload: sample.message['result'], result: parseClientRequestResult(sample.method, sample.message['result']) };
  }
}

describe('a conversation recorded from the pinned binary', () => {
  test('covers the message families the library consumes', () => {
    const methods = new Set(recorded.map((sample) => `${sample.kind} ${sample.method}`));
    for (const expected of [
      'clientResponse thread/start',
      'clientResponse turn/start',
      'clientResponse thread/read',
      'notification turn/started',
      'notification turn/completed',
      'notification item/started',
      'notification item/completed',
      'notification item/agentMessage/delta',
      'notification thread/tokenUsage/updated',
      'notification error',
      'serverRequest item/commandExecution/requestApproval',
      'serverRequest item/fileChange/requestApproval',
      'serverRequest item/tool/call',
    ]) {
      expect(methods).toContain(expected);
    }
    const itemTypes = new Set(
      recorded.flatMap((sample) =>
        sample.kind === 'notification' && sample.method === 'item/completed'
          ? [(sample.message['params'] as { item: ThreadItem }).item.type]
          : [],
      ),
    );
    expect([...itemTypes].sort()).toEqual(['agentMessage', 'commandExecution', 'dynamicToolCall', 'fileChange', 'reasoning', 'userMessage']);
  });

  test.each(recorded.map((sample, index) => [index, sample.kind, sample.method, sample] as const))(
    '#%i %s %s parses and round-trips',
    (_index, _kind, _method, sample) => {
      const { payload, result } = check(sample);
      expect(parsed(result)).toEqual(payload);
    },
  );
});

describe('forward compatibility', () => {
  test('fields unknown to the pinned protocol are kept, at every level', () => {
    const item = { ...agentMessage, futureField: { nested: [1, 2] } };
    const params = { item, threadId: THREAD, turnId: TURN, completedAtMs: 1, addedLater: 'x' };
    const value = parsed(parseNotification('item/completed', params));
    expect(value).toEqual(params);
    expect((value as unknown as Record<string, unknown>)['addedLater']).toBe('x');
    expect((value.item as unknown as Record<string, unknown>)['futureField']).toEqual({ nested: [1, 2] });
  });

  test('a method the pinned protocol does not know passes through untouched', () => {
    const params = { anything: [1, { deep: true }] };
    const result = parseNotification('thread/teleported', params);
    expect(result).toEqual({ ok: true, known: false, value: params });
    expect(result.value).toBe(params);
    expect(parseServerRequest('item/newKind/requestApproval', params)).toEqual({ ok: true, known: false, value: params });
    expect(parseClientRequestResult('thread/teleport', params)).toEqual({ ok: true, known: false, value: params });
  });

  test('prototype keys are unknown methods, not schemas', () => {
    for (const method of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(parseNotification(method, 1)).toEqual({ ok: true, known: false, value: 1 });
    }
  });

  test('a malformed payload of a known method is reported as data, never thrown', () => {
    const result = parseNotification('turn/completed', { threadId: THREAD });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.value).toEqual({ threadId: THREAD });
    expect(result.issues.map((issue) => issue.path.join('.'))).toContain('turn');
    for (const garbage of [null, undefined, 42, 'text', [], () => 0]) {
      expect(() => parseNotification('item/completed', garbage)).not.toThrow();
      expect(parseNotification('item/completed', garbage).ok).toBe(false);
    }
  });

  test('an item type newer than the pinned protocol fails the item schema (callers fall back to the raw item)', () => {
    const result = parseNotification('item/completed', { item: { type: 'teleport', id: 'x' }, threadId: THREAD, turnId: TURN });
    expect(result.ok).toBe(false);
  });
});

describe('the maps and the ThreadItem union', () => {
  test('the method maps name the protocol the library relies on', () => {
    expect(Object.keys(ClientRequestSchemas)).toEqual(
      expect.arrayContaining(['initialize', 'thread/start', 'thread/resume', 'thread/fork', 'turn/start', 'turn/steer', 'turn/interrupt', 'thread/read', 'thread/list', 'model/list']),
    );
    expect(Object.keys(ServerRequestSchemas)).toEqual(
      expect.arrayContaining([
        'item/commandExecution/requestApproval',
        'item/fileChange/requestApproval',
        'item/permissions/requestApproval',
        'item/tool/requestUserInput',
        'mcpServer/elicitation/request',
        'item/tool/call',
      ]),
    );
    expect(Object.keys(ServerNotificationSchemas)).toEqual(
      expect.arrayContaining(['turn/started', 'turn/completed', 'item/started', 'item/completed', 'error', 'serverRequest/resolved']),
    );
  });

  test('ThreadItem is a discriminated union on `type` and narrows by it', () => {
    const item: ThreadItem = ThreadItemSchema.parse(commandCompleted) as ThreadItem;
    expect(item.type).toBe('commandExecution');
    if (item.type !== 'commandExecution') return;
    const command: ThreadItemOfType<'commandExecution'> = item;
    expect(command.aggregatedOutput).toBe('created\n');
    expect(ThreadItemSchema.def.type).toBe('union');
    expect('discriminator' in ThreadItemSchema.def && ThreadItemSchema.def.discriminator).toBe('type');
  });

  test('an imageGeneration item may carry a file id or inline data, not neither', () => {
    const base = { type: 'imageGeneration', id: 'ig_1', status: 'completed' };
    expect(ThreadItemSchema.safeParse({ ...base, fileId: 'file_1' }).success).toBe(true);
    expect(ThreadItemSchema.safeParse({ ...base, result: 'iVBORw0KGgo=' }).success).toBe(true);
    expect(ThreadItemSchema.safeParse(base).success).toBe(false);
  });
});
