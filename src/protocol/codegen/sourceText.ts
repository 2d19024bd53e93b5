/**
 * Small helpers for printing TypeScript source: string literals, property
 * keys, doc comments and the header every generated file carries.
 *
 * @module
 */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A single-quoted string literal. */
export function quote(text: string): string {
  const escaped = JSON.stringify(text)
    .slice(1, -1)
    .replace(/\\"/g, '"')
    .replace(/'/g, "\\'");
  return `'${escaped}'`;
}

/** A property key: bare when it is an identifier, quoted otherwise. */
export function propertyKey(name: string): string {
  return IDENTIFIER.test(name) ? name : quote(name);
}

/**
 * A JSDoc block for `text` at `indent`, or '' when there is no text.
 * `*\/` inside the text is broken up so it cannot end the comment early.
 */
export function docComment(text: string | undefined, indent: string): string {
  if (text === undefined || text.trim() === '') return '';
  const lines = text
    .trim()
    .replace(/\*\//g, '*\\/')
    .split('\n')
    .map((line) => line.trimEnd());
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => (line === '' ? `${indent} *` : `${indent} * ${line}`)).join('\n')}\n${indent} */\n`;
}

/** The header of every generated file. */
export function generatedHeader(codexVersion: string, purpose: string): string {
  return [
    '// GENERATED FILE: do not edit by hand.',
    `// Source: \`codex app-server generate-json-schema --experimental\` of codex-cli ${codexVersion}.`,
    '// Regenerate with `npm run codegen`; test/unit/protocol/codegenDrift.test.ts fails when this file is stale.',
    `// ${purpose}`,
    '',
  ].join('\n');
}
