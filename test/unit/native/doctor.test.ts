import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { execa } from 'execa';
import { afterEach, describe, expect, it } from 'vitest';

import { PINNED_CODEX_VERSION } from '../../../native/index.js';
import type { DoctorReport } from '../../../src/cli/doctor.js';
import { runCli } from '../../../src/cli/runCli.js';
import { installFake, tempDirs } from './fakeCodex.js';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const dirs = tempDirs();
afterEach(() => dirs.cleanup());

async function run(argv: string[], env: Record<string, string | undefined>): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env });
  return { code, stdout, stderr };
}

/** A sandbox: HOME and CODEX_HOME under /var/tmp, a fake codex, an empty PATH. */
async function sandbox(version = PINNED_CODEX_VERSION): Promise<{ codex: string; codexHome: string; env: Record<string, string> }> {
  const root = await dirs.make();
  const codexHome = join(root, 'codex-home');
  await mkdir(codexHome);
  const codex = await installFake(root, 'fake-codex-version');
  return { codex, codexHome, env: { HOME: root, CODEX_HOME: codexHome, CODEX_PATH: codex, FAKE_CODEX_VERSION: version, PATH: '' } };
}

/** Random, so any 5-character window found in the output can only have come from the secret. */
function fakeSecret(label: string): string {
  return `sk-${label}-${randomBytes(24).toString('hex')}`;
}

function expectNoPartOf(secret: string, output: string): void {
  const distinctive = secret.slice(secret.lastIndexOf('-') + 1);
  for (let i = 0; i + 5 <= distinctive.length; i += 1) {
    expect(output, `output contains a piece of a secret: ${distinctive.slice(i, i + 5)}`).not.toContain(distinctive.slice(i, i + 5));
  }
}

describe('codex-actors doctor', () => {
  it('reports a healthy setup and exits 0', async () => {
    const { codex, codexHome, env } = await sandbox();

    const { code, stdout } = await run(['doctor'], env);

    expect(code).toBe(0);
    expect(stdout).toContain(codex);
    expect(stdout).toMatch(/source\s+CODEX_PATH environment variable/);
    expect(stdout).toMatch(new RegExp(`version\\s+${PINNED_CODEX_VERSION.replaceAll('.', '\\.')}`));
    expect(stdout).toMatch(/match\s+yes/);
    expect(stdout).toContain(`${codexHome} (from CODEX_HOME; exists)`);
    expect(stdout).toContain(process.version);
    expect(stdout).toContain('OK: codex-actors can run codex');
  });

  it('prints a machine-readable report with --json', async () => {
    const { codex, codexHome, env } = await sandbox();

    const { code, stdout } = await run(['doctor', '--json'], env);
    const report = JSON.parse(stdout) as DoctorReport;

    expect(code).toBe(0);
    expect(report).toMatchObject({
      ok: true,
      binary: { found: true, path: codex, source: 'CODEX_PATH', version: PINNED_CODEX_VERSION, pinnedVersion: PINNED_CODEX_VERSION, versionMatches: true },
      codexHome: { path: codexHome, fromEnv: true, exists: true },
      auth: { present: false, authJson: { path: join(codexHome, 'auth.json'), exists: false } },
      node: { version: process.version, platform: process.platform, arch: process.arch },
      problems: [],
    });
    expect(report.warnings.join('\n')).toContain('No credentials found');
  });

  it('reports credentials as present without ever printing them (env and auth.json)', async () => {
    const { codexHome, env } = await sandbox();
    const secrets = { OPENAI_API_KEY: fakeSecret('openai'), CODEX_API_KEY: fakeSecret('codex'), CODEX_ACCESS_TOKEN: fakeSecret('token') };
    const fileSecret = fakeSecret('authjson');
    await writeFile(join(codexHome, 'auth.json'), JSON.stringify({ OPENAI_API_KEY: fileSecret, tokens: { access_token: fileSecret } }));

    const text = await run(['doctor'], { ...env, ...secrets });
    const json = await run(['doctor', '--json'], { ...env, ...secrets });
    const report = JSON.parse(json.stdout) as DoctorReport;

    expect(report.auth).toEqual({
      present: true,
      authJson: { path: join(codexHome, 'auth.json'), exists: true },
      envVars: [
        { name: 'OPENAI_API_KEY', set: true },
        { name: 'CODEX_API_KEY', set: true },
        { name: 'CODEX_ACCESS_TOKEN', set: true },
      ],
    });
    for (const output of [text.stdout + text.stderr, json.stdout + json.stderr]) {
      for (const secret of [...Object.values(secrets), fileSecret]) expectNoPartOf(secret, output);
    }
  });

  it('exits 1 on a version mismatch, naming both versions', async () => {
    const { env } = await sandbox('0.1.0');

    const { code, stdout } = await run(['doctor'], env);

    expect(code).toBe(1);
    expect(stdout).toMatch(/match\s+NO/);
    expect(stdout).toContain('Problems:');
    expect(stdout).toContain(`is version 0.1.0, but codex-actors is built and tested against ${PINNED_CODEX_VERSION}`);
    expect(stdout).toContain('NOT OK');
  });

  it('exits 1 when the binary is missing, with the fix', async () => {
    const { env } = await sandbox();
    const missing = join(env.HOME ?? '', 'nowhere', 'codex');

    const { code, stdout } = await run(['doctor', '--codex-path', missing], env);
    const json = JSON.parse((await run(['doctor', '--json', `--codex-path=${missing}`], env)).stdout) as DoctorReport;

    expect(code).toBe(1);
    expect(stdout).toContain('not usable (CODEX_NOT_FOUND)');
    expect(stdout).toContain(`${missing} (does not exist)`);
    expect(json).toMatchObject({ ok: false, binary: { found: false, error: { code: 'CODEX_NOT_FOUND' } } });
    // The user typed --codex-path, so that is what the message speaks of.
    expect(stdout).toContain(`--codex-path: ${missing} (does not exist)`);
    expect(stdout).toContain('--codex-path must name the codex executable itself');
    expect(stdout).toContain('or omit --codex-path to use the pinned');
    expect(stdout).not.toContain('codexPath');
    const empty = await run(['doctor', '--codex-path', ''], env);
    expect(empty.code).toBe(1);
    expect(empty.stdout).toContain('--codex-path');
    expect(empty.stdout).not.toContain('codexPath');
  });

  it('--version (and -v) prints the package version, the pinned codex and the Node it runs on', async () => {
    const pkg = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const { code, stdout } = await run([flag], {});
      expect(code).toBe(0);
      expect(stdout).toBe(`codex-actors ${pkg.version} (pinned codex ${PINNED_CODEX_VERSION}, Node ${process.version})\n`);
    }
  });

  it('exits 1 when CODEX_HOME is set to a missing directory (codex refuses to start then)', async () => {
    const { env } = await sandbox();
    const missingHome = join(env.HOME ?? '', 'no-codex-home');

    const { code, stdout } = await run(['doctor'], { ...env, CODEX_HOME: missingHome });

    expect(code).toBe(1);
    expect(stdout).toContain(`CODEX_HOME points to ${missingHome}, which does not exist`);
  });

  it('defaults CODEX_HOME to ~/.codex', async () => {
    const { env } = await sandbox();

    const { stdout } = await run(['doctor', '--json'], { ...env, CODEX_HOME: undefined });

    expect((JSON.parse(stdout) as DoctorReport).codexHome).toEqual({ path: join(env.HOME ?? '', '.codex'), fromEnv: false, exists: false });
  });
});

describe('codex-actors command line', () => {
  it.each([[['bogus']], [[]], [['doctor', '--bogus']], [['doctor', 'extra']]])('prints usage and exits 2 for %j', async (argv) => {
    const { code, stdout, stderr } = await run(argv, {});

    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage: codex-actors <command>');
  });

  it.each([[['--help']], [['doctor', '--help']]])('prints usage and exits 0 for %j', async (argv) => {
    const { code, stdout } = await run(argv, {});

    expect(code).toBe(0);
    expect(stdout).toContain('Usage: codex-actors <command>');
  });

  it('runs as a real process from src/cli/main.ts: exit codes and no secret in any output', async () => {
    const { env } = await sandbox();
    const secret = fakeSecret('process');
    const mainTs = join(REPO_ROOT, 'src', 'cli', 'main.ts');
    const node = (args: string[], extraEnv: Record<string, string>) =>
      execa(process.execPath, ['--import', 'tsx', mainTs, ...args], {
        cwd: REPO_ROOT,
        env: { ...env, ...extraEnv, OPENAI_API_KEY: secret },
        extendEnv: false,
        reject: false,
        timeout: 30_000,
      });

    const [healthy, mismatch, usage, version] = await Promise.all([
      node(['doctor', '--json'], {}),
      node(['doctor'], { FAKE_CODEX_VERSION: '0.1.0' }),
      node(['frobnicate'], {}),
      node(['--version'], {}),
    ]);
    // The CLI runs on this worker's Node (the matrix of npm test puts each Node first in PATH).
    expect(version.stdout).toContain(`Node ${process.version})`);

    expect(healthy.exitCode).toBe(0);
    expect(JSON.parse(healthy.stdout)).toMatchObject({ ok: true, auth: { present: true } });
    expect(mismatch.exitCode).toBe(1);
    expect(usage.exitCode).toBe(2);
    for (const result of [healthy, mismatch, usage]) expectNoPartOf(secret, result.stdout + result.stderr);
  }, 60_000); // three Node + tsx start-ups on a shared CI machine
});
