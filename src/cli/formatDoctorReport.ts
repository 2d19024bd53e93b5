import type { DoctorReport } from './doctor.js';

const SOURCE_LABELS = {
  option: '--codex-path',
  CODEX_PATH: 'CODEX_PATH environment variable',
  package: 'pinned @openai/codex npm package',
  PATH: '`codex` on PATH',
} as const;

/**
 * Renders a {@link DoctorReport} for people: one aligned line per check, then
 * problems and warnings with how to fix them, then a one-line verdict.
 *
 * @example
 * ```ts
 * process.stdout.write(formatDoctorReport(await collectDoctorReport()));
 * ```
 */
export function formatDoctorReport(report: DoctorReport): string {
  const rows: Array<[string, string]> = [];
  const { binary } = report;
  if (binary.found) {
    rows.push(['codex binary', binary.path]);
    rows.push(['source', SOURCE_LABELS[binary.source]]);
    rows.push(['version', binary.version]);
    rows.push(['pinned version', binary.pinnedVersion]);
    rows.push(['match', binary.versionMatches ? 'yes' : 'NO']);
  } else {
    rows.push(['codex binary', `not usable (${binary.error.code})`]);
    rows.push(['pinned version', binary.pinnedVersion]);
  }
  const home = report.codexHome;
  rows.push(['CODEX_HOME', `${home.path} (${home.fromEnv ? 'from CODEX_HOME' : 'default ~/.codex'}; ${home.exists ? 'exists' : 'does not exist'})`]);
  const envVars = report.auth.envVars.map((v) => `${v.name} ${v.set ? 'set' : 'not set'}`).join(', ');
  rows.push(['auth', `${report.auth.present ? 'present' : 'none found'}: auth.json ${report.auth.authJson.exists ? 'present' : 'absent'}; ${envVars}`]);
  rows.push(['node', `${report.node.version} on ${report.node.platform}/${report.node.arch}`]);

  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = ['codex-actors doctor', '', ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`)];
  if (report.problems.length > 0) lines.push('', 'Problems:', ...report.problems.map((p) => bullet('✗', p)));
  if (report.warnings.length > 0) lines.push('', 'Warnings:', ...report.warnings.map((w) => bullet('!', w)));
  lines.push(
    '',
    report.ok
      ? `OK: codex-actors can run codex ${binary.found ? binary.version : ''}.`
      : `NOT OK: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'} must be fixed before codex-actors can run codex.`,
  );
  return `${lines.join('\n')}\n`;
}

/** A multi-line message as an indented bullet, so the fix lines stay under their problem. */
function bullet(mark: string, text: string): string {
  const [first = '', ...rest] = text.split('\n');
  return [`  ${mark} ${first}`, ...rest.map((line) => `    ${line}`)].join('\n');
}
