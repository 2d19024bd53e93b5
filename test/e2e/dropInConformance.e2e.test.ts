/**
 * Drop-in conformance: the same programs, written the way @openai/codex-sdk is used
 * (its README and tests), run on the SDK itself and on codex-actors with both
 * transports, each against its own scripted model fed the same answers. Results,
 * the SDK's events (their known fields) and errors are compared field by field, so a
 * difference shows up here, not in a user's bug report. The differences codex-actors
 * declares (docs/migrating-from-openai-codex-sdk.md) are asserted as such.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Codex as SdkCodex } from '@openai/codex-sdk';
import { describe, expect, it } from 'vitest';
import { Codex as ActorsCodex } from '../../src/index.js';
import { responses, userTexts, type ScriptedResponse } from '../../src/testing/index.js';
import { createScriptedCodex, type ScriptedCodex } from '../support/index.js';

type Impl = 'sdk' | 'exec' | 'app-server';
const IMPLS: readonly Impl[] = ['sdk', 'exec', 'app-server'];

/** The part of the SDK's API the programs use (both libraries satisfy it). */
interface ThreadLike {
  readonly id: string | null;
  run(input: unknown, options?: Record<string, unknown>): Promise<{ items: unknown[]; finalResponse: string | null; usage: unknown }>;
  runStreamed(input: unknown, options?: Record<string, unknown>): Promise<{ events: AsyncGenerator<unknown> }>;
}
interface CodexLike {
  startThread(options?: Record<string, unknown>): ThreadLike;
  resumeThread(id: string, options?: Record<string, unknown>): ThreadLike;
}

interface Context {
  fixture: ScriptedCodex;
  codex: CodexLike;
  /** Starts a thread in the fixture's git workspace. */
  thread(options?: Record<string, unknown>): ThreadLike;
}

/** Runs `program` on one implementation against a fresh scripted model answering `script`. */
async function runOn<T>(impl: Impl, script: ScriptedResponse[], program: (ctx: Context) => Promise<T>, codexOptions: Record<string, unknown> = {}): Promise<{ out: T; fixture: ScriptedCodex }> {
  const fixture = await createScriptedCodex({ modelCatalog: true });
  fixture.server.enqueue(...script);
  const options = { codexPathOverride: fixture.codexPath, env: fixture.home.env, ...codexOptions };
  const actors = impl === 'sdk' ? null : new ActorsCodex({ ...options, ...(impl === 'exec' ? { transport: 'exec' } : {}) });
  const codex = (actors ?? new SdkCodex(options as ConstructorParameters<typeof SdkCodex>[0])) as unknown as CodexLike;
  try {
    const out = await program({ fixture, codex, thread: (o = {}) => codex.startThread({ workingDirectory: fixture.home.workspace, ...o }) });
    return { out, fixture };
  } finally {
    await actors?.close();
    await fixture.dispose();
  }
}

/** Runs `program` on all three and returns the outputs by implementation. */
async function runAll<T>(script: () => ScriptedResponse[], program: (ctx: Context) => Promise<T>, codexOptions: Partial<Record<Impl, Record<string, unknown>>> = {}): Promise<Record<Impl, T>> {
  const out = {} as Record<Impl, T>;
  // One after another: the machine is shared with other test files.
  for (const impl of IMPLS) out[impl] = (await runOn(impl, script(), program, codexOptions[impl])).out;
  return out;
}

/** The SDK's own fields of each item type (@openai/codex-sdk's ThreadItem). */
const SDK_ITEM_FIELDS: Record<string, readonly string[]> = {
  agent_message: ['id', 'type', 'text'],
  reasoning: ['id', 'type', 'text'],
  command_execution: ['id', 'type', 'command', 'aggregated_output', 'exit_code', 'status'],
  file_change: ['id', 'type', 'changes', 'status'],
  mcp_tool_call: ['id', 'type', 'server', 'tool', 'arguments', 'result', 'error', 'status'],
  web_search: ['id', 'type', 'query'],
  todo_list: ['id', 'type', 'items'],
  error: ['id', 'type', 'message'],
};

function pick(value: unknown, keys: readonly string[]): Record<string, unknown> {
  const object = value as Record<string, unknown>;
  return Object.fromEntries(keys.filter((k) => object[k] !== undefined).map((k) => [k, object[k]]));
}

function sdkItem(item: unknown): Record<string, unknown> {
  const type = (item as { type: string }).type;
  const fields = SDK_ITEM_FIELDS[type];
  if (!fields) return { type, unknownToSdk: true };
  const picked = pick(item, fields);
  if (type === 'file_change') picked.changes = (picked.changes as Array<Record<string, unknown>>).map((c) => pick(c, ['path', 'kind']));
  return picked;
}

const SDK_EVENTS = new Set(['thread.started', 'turn.started', 'turn.completed', 'turn.failed', 'item.started', 'item.updated', 'item.completed', 'error']);

/**
 * The SDK's events with their known fields. app-server also streams item.started /
 * item.updated for messages and reasoning (codex exec prints them completed only):
 * a declared extension, left out here.
 */
function sdkEvents(events: unknown[]): unknown[] {
  return events.flatMap((raw): unknown[] => {
    const e = raw as Record<string, unknown> & { type: string };
    if (!SDK_EVENTS.has(e.type)) return [];
    const item = e.item as { type: string } | undefined;
    if ((e.type === 'item.started' || e.type === 'item.updated') && (item?.type === 'agent_message' || item?.type === 'reasoning')) return [];
    switch (e.type) {
      case 'thread.started':
        return [{ type: e.type, thread_id: typeof e.thread_id }];
      case 'turn.completed':
        return [{ type: e.type, usage: e.usage }];
      case 'turn.failed':
        return [{ type: e.type, error: pick(e.error, ['message']) }];
      case 'error':
        return [{ type: e.type, message: e.message }];
      case 'turn.started':
        return [{ type: e.type }];
      default:
        return [{ type: e.type, item: sdkItem(item) }];
    }
  });
}

async function collect(stream: { events: AsyncGenerator<unknown> }): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const event of stream.events) out.push(event);
  return out;
}

async function settle<T>(promise: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: { name: string; message: string; isError: boolean } }> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    const e = error as Error;
    return { ok: false, error: { name: e.name, message: e.message, isError: e instanceof Error } };
  }
}

const usage = (inputTokens: number, outputTokens: number) => ({ inputTokens, outputTokens, cachedInputTokens: 2, reasoningOutputTokens: 1 });

function expectSame<T>(by: Record<Impl, T>, what: string): void {
  for (const impl of ['exec', 'app-server'] as const) expect(by[impl], `${what}: codex-actors ${impl} vs @openai/codex-sdk`).toEqual(by.sdk);
}

describe('drop-in conformance with @openai/codex-sdk (the SDK, codex-actors exec, codex-actors app-server)', () => {
  it('run(): items, finalResponse and usage of a turn with a command', async () => {
    const by = await runAll(
      () => [responses.shellCall('echo conformance', { callId: 'call_1', usage: usage(10, 2) }), responses.message('Listed.', { usage: usage(20, 3) })],
      async ({ thread }) => {
        const t = thread();
        const result = await t.run('list the files');
        return { items: result.items.map(sdkItem), finalResponse: result.finalResponse, usage: result.usage, keys: Object.keys(result.usage as object).sort(), hasId: typeof t.id };
      },
    );
    expectSame(by, 'run()');
    expect(by.sdk.items).toMatchObject([{ id: 'item_0', type: 'command_execution', exit_code: 0 }, { id: 'item_1', type: 'agent_message', text: 'Listed.' }]);
  });

  it('runStreamed(): the same events, in the same order, with the same fields', async () => {
    const by = await runAll(
      () => [responses.shellCall('echo streamed', { callId: 'call_s', usage: usage(5, 1) }), responses.message('done', { usage: usage(6, 2) })],
      async ({ thread }) => sdkEvents(await collect(await thread().runStreamed('stream it'))),
    );
    expectSame(by, 'runStreamed() events');
    expect(by.sdk.map((e) => (e as { type: string }).type)).toEqual(['thread.started', 'turn.started', 'item.started', 'item.completed', 'item.completed', 'turn.completed']);
  });

  it('a second turn and resumeThread on the same Codex: history, ids numbered per turn, and the declared usage difference', async () => {
    const by = await runAll(
      () => [responses.message('one', { usage: usage(10, 1) }), responses.message('two', { usage: usage(30, 2) }), responses.message('three', { usage: usage(50, 3) })],
      async ({ thread, codex, fixture }) => {
        const t = thread();
        const first = await t.run('first');
        const second = await t.run('second');
        const resumed = codex.resumeThread(t.id!, { workingDirectory: fixture.home.workspace });
        const third = await resumed.run('third');
        return {
          items: [first, second, third].map((r) => r.items.map(sdkItem)),
          finalResponses: [first.finalResponse, second.finalResponse, third.finalResponse],
          sameId: resumed.id === t.id,
          history: userTexts(fixture.server.requests[2]!),
          usage: [first.usage, second.usage, third.usage] as Array<Record<string, number>>,
        };
      },
    );
    const { usage: sdkUsage, ...sdkRest } = by.sdk;
    for (const impl of ['exec', 'app-server'] as const) {
      const { usage: ours, ...rest } = by[impl];
      expect(rest, impl).toEqual(sdkRest);
      // Declared difference: the SDK reports codex exec's thread-cumulative usage, codex-actors each turn's own.
      expect(ours[0]).toEqual(sdkUsage[0]);
      for (const turn of [1, 2]) {
        for (const key of Object.keys(sdkUsage[turn]!)) expect(ours[turn]![key], `${impl} turn ${turn} ${key}`).toBe(sdkUsage[turn]![key]! - sdkUsage[turn - 1]![key]!);
      }
    }
    expect(by.sdk.items).toEqual([[{ id: 'item_0', type: 'agent_message', text: 'one' }], [{ id: 'item_0', type: 'agent_message', text: 'two' }], [{ id: 'item_0', type: 'agent_message', text: 'three' }]]);
  });

  it('input: several text items reach the model as one prompt, blank lines between', async () => {
    const by = await runAll(
      () => [responses.message('ok')],
      async ({ thread, fixture }) => {
        await thread().run([{ type: 'text', text: 'Describe file changes' }, { type: 'text', text: 'Focus on impacted tests' }]);
        return userTexts(fixture.server.requests[0]!);
      },
    );
    expectSame(by, 'user texts');
    expect(by.sdk).toEqual(['Describe file changes\n\nFocus on impacted tests']);
  });

  it('a local_image outside the working directory is sent', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'codex-actors-conformance-'));
    const image = path.join(dir, 'pixel.png');
    await writeFile(image, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
    try {
      const by = await runAll(
        () => [responses.message('an image')],
        async ({ thread, fixture }) => {
          const result = await thread().run([{ type: 'text', text: 'what is it' }, { type: 'local_image', path: image }]);
          return { finalResponse: result.finalResponse, sentImage: JSON.stringify(fixture.server.requests[0]!.body).includes('data:image/png;base64,') };
        },
      );
      expectSame(by, 'local_image');
      expect(by.sdk).toEqual({ finalResponse: 'an image', sentImage: true });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('outputSchema as a JSON-schema object: parsed JSON and a non-JSON answer both come back as finalResponse', async () => {
    const schema = { type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'], additionalProperties: false };
    const by = await runAll(
      () => [responses.message('{"answer":"42"}'), responses.message('no JSON, sorry')],
      async ({ thread, fixture }) => {
        const t = thread();
        const json = await t.run('structured', { outputSchema: schema });
        const text = await t.run('structured again', { outputSchema: schema });
        const format = (fixture.server.requests[0]!.body!.text as { format?: unknown } | undefined)?.format;
        return { finalResponses: [json.finalResponse, text.finalResponse], format };
      },
    );
    expectSame(by, 'outputSchema');
    expect(by.sdk.finalResponses).toEqual(['{"answer":"42"}', 'no JSON, sorry']);
  });

  it('originator: codex_sdk_ts from the SDK and exec; app-server sends codex-actors unless told (originator option)', async () => {
    const by = await runAll(
      () => [responses.message('hi')],
      async ({ thread, fixture }) => {
        await thread().run('hello');
        return fixture.server.requests[0]!.headers.originator;
      },
      { 'app-server': { originator: 'codex_sdk_ts' } },
    );
    expectSame(by, 'originator');
    expect(by.sdk).toBe('codex_sdk_ts');
    const plain = await runOn('app-server', [responses.message('hi')], async ({ thread, fixture }) => (await thread().run('hello'), fixture.server.requests[0]!.headers.originator));
    expect(plain.out).toBe('codex-actors');
  });

  it('errors: a failed turn rejects with codex\'s message; runStreamed reports it as turn.failed', async () => {
    const by = await runAll(
      () => [responses.failed('server_error', 'the model broke'), responses.failed('server_error', 'the model broke again')],
      async ({ thread }) => {
        const t = thread();
        const run = await settle(t.run('fail'));
        const seen: unknown[] = [];
        const streamed = await t.runStreamed('fail again');
        const iteration = await settle((async () => {
          for await (const event of streamed.events) seen.push(event);
        })());
        return {
          run: run.ok ? 'resolved' : { message: run.error.message, isError: run.error.isError },
          failed: sdkEvents(seen).filter((e) => (e as { type: string }).type === 'turn.failed'),
          iterationThrew: !iteration.ok,
        };
      },
    );
    expectSame(by, 'failed turn');
    // codex exec exits 1 after turn.failed, so the SDK's loop throws after yielding it; codex-actors' too.
    expect(by.sdk).toMatchObject({ run: { message: expect.stringContaining('the model broke'), isError: true }, iterationThrew: true });
    expect(by.sdk.failed).toHaveLength(1);
  });

  it('errors: an already aborted signal; a directory outside git without skipGitRepoCheck', async () => {
    const plain = await mkdtemp(path.join(tmpdir(), 'codex-actors-not-git-'));
    try {
      const by = await runAll(
        () => [responses.message('never sent')],
        async ({ thread, fixture }) => {
          const controller = new AbortController();
          controller.abort();
          const aborted = await settle(thread().run('x', { signal: controller.signal }));
          const streamed = await thread().runStreamed('x', { signal: controller.signal });
          const firstNext = await settle(streamed.events.next());
          const notGit = await settle(thread({ workingDirectory: plain }).run('x'));
          return {
            aborted: !aborted.ok && aborted.error.name === 'AbortError',
            streamedResolved: true,
            firstNextAborted: !firstNext.ok && firstNext.error.name === 'AbortError',
            notGit: !notGit.ok && /Not inside a trusted directory and --skip-git-repo-check was not specified/.test(notGit.error.message),
            requests: fixture.server.requests.length,
          };
        },
      );
      expectSame(by, 'errors');
      expect(by.sdk).toEqual({ aborted: true, streamedResolved: true, firstNextAborted: true, notGit: true, requests: 0 });
    } finally {
      await rm(plain, { recursive: true, force: true });
    }
  });
});
