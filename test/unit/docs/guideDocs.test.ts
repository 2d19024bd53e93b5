import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The guides stay true: every relative link (parity.md links the tests that
 * prove each row) points at a file that exists, and every ```ts block of the
 * testing and migration guides type-checks against the library. Blocks are
 * fragments of one test file: `codex`, `thread`, `server` and `home` are in
 * scope unless a block declares them.
 */
const root = path.resolve(import.meta.dirname, '../../..');
const GUIDES = ['README.md', 'native/README.md', 'native/MAINTAINING.md', 'docs/architecture.md', 'docs/testing.md', 'docs/migrating-from-openai-codex-sdk.md', 'docs/parity.md'];
const TYPECHECKED = ['docs/testing.md', 'docs/migrating-from-openai-codex-sdk.md', 'docs/architecture.md'];

const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

function prelude(code: string): string {
  const lines = [
    "import type { Codex as __Codex, Thread as __Thread } from 'codex-actors';",
    "import type { CodexHome as __Home, ScriptedModelServer as __Server } from 'codex-actors/testing';",
  ];
  const declares = (name: string) => new RegExp(`\\b(const|let|using)\\s+${name}\\b|\\blet\\s+${name}:`).test(code);
  if (!declares('codex')) lines.push('declare const codex: __Codex;');
  if (!declares('thread')) lines.push('declare const thread: __Thread;');
  if (!declares('server')) lines.push('declare const server: __Server;');
  if (!declares('home')) lines.push('declare const home: __Home;');
  return `${lines.join('\n')}\n`;
}

describe('guides', () => {
  it.each(GUIDES)('%s: relative links point at files that exist', (file) => {
    const links = [...read(file).matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/.test(l));
    const broken = links.filter((link) => !existsSync(path.resolve(root, path.dirname(file), link)));
    expect(broken).toEqual([]);
  });

  it('the ts examples of the guides type-check against the library', () => {
    const blocks = TYPECHECKED.flatMap((file) => [...read(file).matchAll(/```ts\n([\s\S]*?)```/g)].map((m, i) => ({ file, index: i, code: m[1]! })));
    expect(blocks.length).toBeGreaterThan(8);
    const config = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
    const files = new Map(blocks.map((b) => [path.join(root, 'docs', `__guide_${path.basename(b.file, '.md')}_${b.index}.ts`), { ...b, text: `${prelude(b.code)}${b.code}\nexport {};\n` }]));
    const host = ts.createCompilerHost(config.options);
    const readFile = host.readFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    const getSourceFile = host.getSourceFile.bind(host);
    host.readFile = (name) => files.get(name)?.text ?? readFile(name);
    host.fileExists = (name) => files.has(name) || fileExists(name);
    host.getSourceFile = (name, language, onError, create) => {
      const entry = files.get(name);
      return entry ? ts.createSourceFile(name, entry.text, language, true) : getSourceFile(name, language, onError, create);
    };
    const program = ts.createProgram([...files.keys()], { ...config.options, noEmit: true, noUnusedLocals: false }, host);
    const problems = [...files].flatMap(([name, block]) =>
      ts.getPreEmitDiagnostics(program, program.getSourceFile(name)).map((d) => {
        const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 - prelude(block.code).split('\n').length + 1 : 0;
        return `${block.file} example #${block.index + 1} line ${line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      }),
    );
    expect(problems).toEqual([]);
  }, 120_000);
});
