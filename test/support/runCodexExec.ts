import { execa } from 'execa';
import type { CodexHome } from '../../src/testing/index.js';
import { codexBinaryPath } from './codexBinaryPath.js';

/** One parsed JSON line of `codex exec --json` stdout. */
export interface ExecEvent {
  readonly type: string;
  readonly [field: string]: unknown;
}

/** Outcome of {@link runCodexExec}. */
export interface ExecRun {
  readonly events: ExecEvent[];
  readonly exitCode: number | undefined;
  readonly signal: string | undefined;
  readonly stderr: string;
  /** stdout lines that were not JSON (should be none). */
  readonly otherLines: string[];
}

/** Options of {@link runCodexExec}. */
export interface RunCodexExecOptions {
  /** Extra CLI arguments placed before the `-` prompt marker (e.g. `['-s', 'workspace-write']`). */
  args?: readonly string[];
  /** Kill the process after this many ms (default 30 000). */
  timeoutMs?: number;
  /** Called for each event as it arrives. */
  onEvent?: (event: ExecEvent) => void;
}

/**
 * Runs one `codex exec --json --skip-git-repo-check -` turn with the prompt on
 * stdin. stdin is closed after the prompt: exec reads stdin to EOF even when
 * given a prompt and hangs on an open pipe (wire reference §2). The environment
 * is exactly the home's env, so nothing leaks in from the developer's shell.
 */
export async function runCodexExec(home: CodexHome, prompt: string, options: RunCodexExecOptions = {}): Promise<ExecRun> {
  const child = execa(codexBinaryPath(), ['exec', '--json', '--skip-git-repo-check', ...(options.args ?? []), '-'], {
    cwd: home.workspace,
    env: home.env,
    extendEnv: false,
    input: prompt,
    reject: false,
    timeout: options.timeoutMs ?? 30_000,
    lines: false,
    buffer: { stdout: false, stderr: true },
  });
  const events: ExecEvent[] = [];
  const otherLines: string[] = [];
  for await (const line of child.iterable({ from: 'stdout' })) {
    if (line.trim() === '') continue;
    try {
      const event = JSON.parse(line) as ExecEvent;
      events.push(event);
      options.onEvent?.(event);
    } catch {
      otherLines.push(line);
    }
  }
  const result = await child;
  return { events, exitCode: result.exitCode, signal: result.signal, stderr: String(result.stderr ?? ''), otherLines };
}
