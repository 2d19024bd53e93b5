import { existsSync } from 'node:fs';
import { filter, firstValueFrom, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { PINNED_CODEX_VERSION } from '../../native/index.js';
import { InvalidParamsError, InvalidRequestError, MethodNotFoundError, TransportClosedError } from '../../src/errors/index.js';
import { startAppServer, type AppServerTransport } from '../../src/transport/appServerTransport.js';
import { isProcessAlive, listDescendants } from '../../src/transport/orphanReaper.js';
import type { RpcNotification } from '../../src/transport/types.js';
import { createScriptedCodex, listCodexProcesses, type ScriptedCodex } from '../support/index.js';

function start(codex: ScriptedCodex): Promise<AppServerTransport> {
  return startAppServer({ codexPath: codex.codexPath, env: codex.home.env, cwd: codex.home.workspace });
}

/**
 * Runs `command/exec` (a request codex answers only when the command exits)
 * with a shell that prints the pid of a background `sleep` and waits for it.
 * Resolves with that pid once it is printed, and the still-pending request.
 * (Inside the read-only sandbox the pid is bwrap's namespaced one, not the host's.)
 */
async function startSleeper(t: AppServerTransport, sandbox: 'dangerFullAccess' | 'readOnly') {
  const processId = `sleeper-${sandbox}`;
  const firstOutput = firstValueFrom(
    t.notifications$.pipe(
      filter((n: RpcNotification) => n.method === 'command/exec/outputDelta' && (n.params as { processId: string }).processId === processId),
    ),
  );
  const pending = t
    .request('command/exec', {
      command: ['sh', '-c', 'sleep 300 & echo $!; wait'],
      processId,
      streamStdoutStderr: true,
      sandboxPolicy: sandbox === 'dangerFullAccess' ? { type: 'dangerFullAccess' } : { type: 'readOnly', networkAccess: false },
    })
    .catch((e: unknown) => e);
  // If codex refuses the command, fail here instead of waiting for output forever.
  const delta = (await Promise.race([firstOutput, pending.then((e) => Promise.reject(e))])).params as { deltaBase64: string };
  const sleepPid = Number(Buffer.from(delta.deltaBase64, 'base64').toString('utf8').trim());
  return { sleepPid, pending };
}

describe('app-server transport on the real binary', () => {
  it('initializes: userAgent names codex-actors, codexHome is ours', async () => {
    await using codex = await createScriptedCodex();
    const t = await start(codex);
    try {
      expect(t.initializeResult.userAgent.startsWith(`codex-actors/${PINNED_CODEX_VERSION} `)).toBe(true);
      expect(t.initializeResult.userAgent).toContain('(codex-actors; ');
      expect(t.initializeResult.codexHome).toBe(codex.home.path);
      expect(t.initializeResult.platformFamily).toBe('unix');
    } finally {
      await t.close();
    }
  });

  it('maps codex -32600 answers: unknown method, bad params, bad state', async () => {
    await using codex = await createScriptedCodex();
    const t = await start(codex);
    try {
      // Ill-typed on purpose (what codex answers to wrong input): requestUnchecked skips the compile-time check.
      const unknown = await t.requestUnchecked('thread/doesNotExist', {}).catch((e: unknown) => e);
      expect(unknown).toBeInstanceOf(MethodNotFoundError);
      expect((unknown as MethodNotFoundError).rpcCode).toBe(-32600);
      expect((unknown as MethodNotFoundError).rpcMessage).toContain('unknown variant `thread/doesNotExist`');

      await expect(t.requestUnchecked('thread/read', {})).rejects.toSatisfy(
        (e) => e instanceof InvalidParamsError && e.rpcMessage.includes('missing field `threadId`'),
      );
      await expect(t.requestUnchecked('thread/read', { threadId: 42 })).rejects.toBeInstanceOf(InvalidParamsError);
      await expect(t.request('thread/read', { threadId: 'not-a-uuid' })).rejects.toSatisfy(
        (e) => e instanceof InvalidParamsError && e.rpcMessage.startsWith('invalid thread id'),
      );
      await expect(t.requestUnchecked('thread/start', { cwd: codex.home.workspace, sandbox: 'workspaceWrite' })).rejects.toBeInstanceOf(InvalidParamsError);
      await expect(t.request('thread/read', { threadId: '01a20a8a-0000-7000-8000-000000000000' })).rejects.toBeInstanceOf(InvalidRequestError);
      await expect(t.request('initialize', { clientInfo: { name: 'again', version: '1' } })).rejects.toSatisfy(
        (e) => e instanceof InvalidRequestError && e.rpcMessage === 'Already initialized',
      );
      // The connection stays usable after errors.
      await expect(t.request('thread/list', { limit: 1 })).resolves.toMatchObject({ data: [] });
    } finally {
      await t.close();
    }
  });

  it('kill -9 with a request pending: TransportClosedError with SIGKILL, and the orphaned command is reaped', async () => {
    await using codex = await createScriptedCodex();
    const t = await start(codex);
    // Unsandboxed: this sleep outlives a SIGKILLed app-server unless the transport reaps it.
    const { sleepPid, pending } = await startSleeper(t, 'dangerFullAccess');
    expect(isProcessAlive(sleepPid)).toBe(true);

    process.kill(t.pid, 'SIGKILL');
    const error = (await pending) as TransportClosedError;
    expect(error).toBeInstanceOf(TransportClosedError);
    expect(error.signal).toBe('SIGKILL');
    expect(error.exitCode).toBeNull();
    expect(error.message).toContain('killed by SIGKILL');
    await expect(t.request('thread/list', {})).rejects.toBe(error);

    const exit = await t.exited;
    expect(exit.signal).toBe('SIGKILL');
    expect(isProcessAlive(sleepPid)).toBe(false);
    expect(listCodexProcesses(codex.home.path)).toEqual([]);
  });

  it('close() ends the process and the commands it runs, sandboxed or not, leaving nothing in /proc', async () => {
    await using codex = await createScriptedCodex();
    const t = await start(codex);
    const notifications = firstValueFrom(t.notifications$.pipe(toArray()));
    const free = await startSleeper(t, 'dangerFullAccess');
    await startSleeper(t, 'readOnly');
    // Everything codex runs now: the unsandboxed sh+sleep, and bwrap → codex-linux-sandbox → sh → sleep.
    const tree = listDescendants(t.pid);
    expect(tree.length).toBeGreaterThanOrEqual(4);
    const began = performance.now();
    const exit = await t.close();
    const closeMs = performance.now() - began;

    expect(exit).toMatchObject({ exitCode: 0, signal: null });
    expect(closeMs).toBeLessThan(2000);
    expect(existsSync(`/proc/${t.pid}`)).toBe(false);
    expect(isProcessAlive(free.sleepPid)).toBe(false);
    expect(tree.filter(isProcessAlive)).toEqual([]);
    expect(listCodexProcesses(codex.home.path)).toEqual([]);
    await expect(free.pending).resolves.toBeInstanceOf(TransportClosedError);
    await expect(notifications).resolves.toEqual(expect.any(Array));
  });
});
