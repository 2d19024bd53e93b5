import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Type-checks every ```ts block of docs/api.md against the library, so the
 * guide cannot drift from the API. Each block is its own module; unless it
 * declares them itself, `codex` and `thread` are in scope.
 */
const root = path.resolve(import.meta.dirname, '../../..');
const doc = readFileSync(path.join(root, 'docs/api.md'), 'utf8');
const blocks = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

function prelude(code: string): string {
  const lines = ["import type { Codex as __Codex, Thread as __Thread } from 'codex-actors';"];
  if (!/\b(const|let)\s+codex\b|\busing\s+codex\b/.test(code)) lines.push('declare const codex: __Codex;');
  if (!/\b(const|let)\s+thread\b/.test(code)) lines.push('declare const thread: __Thread;');
  return `${lines.join('\n')}\n`;
}

describe('docs/api.md', () => {
  it('has examples', () => {
    expect(blocks.length).toBeGreaterThan(20);
  });

  it('every example type-checks against the library', () => {
    const config = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
    const files = new Map(blocks.map((code, i) => [path.join(root, 'docs', `__api_example_${i}.ts`), `${prelude(code)}${code}\nexport {};\n`]));
    const host = ts.createCompilerHost(config.options);
    const readFile = host.readFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    const getSourceFile = host.getSourceFile.bind(host);
    host.readFile = (name) => files.get(name) ?? readFile(name);
    host.fileExists = (name) => files.has(name) || fileExists(name);
    host.getSourceFile = (name, language, onError, create) => {
      const text = files.get(name);
      return text !== undefined ? ts.createSourceFile(name, text, language, true) : getSourceFile(name, language, onError, create);
    };
    const program = ts.createProgram([...files.keys()], { ...config.options, noEmit: true, noUnusedLocals: false }, host);
    const problems = [...files.keys()].flatMap((name) =>
      ts.getPreEmitDiagnostics(program, program.getSourceFile(name)).map((d) => {
        const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : null;
        const index = Number(path.basename(name).match(/\d+/)![0]);
        return `example #${index + 1}${where ? ` line ${where.line + 1 - prelude(blocks[index]!).split('\n').length + 1}` : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      }),
    );
    expect(problems).toEqual([]);
  }, 120_000);
});
