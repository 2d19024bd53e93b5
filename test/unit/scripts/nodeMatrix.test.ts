import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `npm test` runs the suite on every supported Node (scripts/test-matrix.sh). These checks run inside
 * a vitest worker, so they prove what the workers and the processes they start really run on.
 */
const root = path.resolve(import.meta.dirname, '../../..');
const major = process.versions.node.split('.')[0];

describe('the Node matrix', () => {
  it('this worker runs on the Node first on PATH (the one examples, the demo and the CLI start), and on the major the matrix asked for', () => {
    expect(execFileSync('node', ['-p', 'process.version'], { encoding: 'utf8' }).trim()).toBe(process.version);
    expect(major).toBe(process.env.CODEX_ACTORS_TEST_NODE ?? major);
  });

  it('the supported majors are one list: engines.node, which the scripts read, and the README', () => {
    const engines = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    const majors = execFileSync('bash', [path.join(root, 'scripts/node-majors.sh')], { encoding: 'utf8' }).trim().split(' ');
    expect(majors.join(' || ')).toBe(engines);
    expect(majors).toContain(major);
    const words = `${majors.slice(0, -1).join(', ')} and ${majors.at(-1)}`;
    expect(readFileSync(path.join(root, 'README.md'), 'utf8')).toContain(`Node ${words}`);
  });
});
