/**
 * `runStreamed` reports a turn that cannot start the way @openai/codex-sdk does:
 * the call resolves, the stream's first `next()` throws. No binary is needed (the
 * path does not exist): nothing here may reach a process.
 */
import { describe, expect, it } from 'vitest';
import { AbortError, Codex, InvalidOptionsError } from '../../../src/index.js';

describe.each(['app-server', 'exec'] as const)('runStreamed errors (%s)', (transport) => {
  const thread = () => new Codex({ codexPath: '/no/such/codex', transport }).startThread({ skipGitRepoCheck: true });

  it('an already aborted signal: runStreamed resolves, the first next() throws AbortError', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    const { events } = await thread().runStreamed('hi', { signal: controller.signal });
    const error = await events.next().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ name: 'AbortError', code: 'ABORT_ERR' });
  });

  it('invalid options and input fail inside the iteration, so a try around the loop catches them', async () => {
    for (const [input, options] of [
      ['hi', { outputSchema: 'not a schema' }],
      [[{ type: 'nope' }], {}],
    ] as const) {
      const { events } = await thread().runStreamed(input as never, options as never);
      let caught: unknown;
      try {
        for await (const event of events) expect.unreachable(`no event expected, got ${event.type}`);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InvalidOptionsError);
    }
  });

  it('a stream nobody reads leaves no unhandled rejection', async () => {
    const controller = new AbortController();
    controller.abort();
    await thread().runStreamed('hi', { signal: controller.signal });
    await new Promise((resolve) => setImmediate(resolve));
  });
});
