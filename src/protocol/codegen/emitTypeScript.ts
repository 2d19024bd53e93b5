/**
 * IR → TypeScript type source.
 *
 * The types are written out rather than inferred from the zod schemas:
 * inference of lenient (`z.looseObject`) schemas adds a `[key: string]:
 * unknown` index signature to every object, so a misspelt property would
 * type-check; recursive types need written-out types anyway; and named
 * interfaces keep editor hovers and compiler errors readable. The lookup maps
 * annotate every schema with its type, so tsc proves the two agree.
 *
 * @module
 */
import type { IrNode, IrObject } from './schemaIr.js';
import { docComment, propertyKey, quote } from './sourceText.js';

/** How references to definitions are written. */
export interface TypeEmitOptions {
  /** Prefix for definition names, e.g. `'T.'` when types come from a namespace import. */
  readonly refPrefix: string;
}

const SIMPLE_TYPE = /^[A-Za-z_$][A-Za-z0-9_$.]*$/;

/** The TypeScript type of `node`, laid out for `indent`. */
export function typeSource(node: IrNode, indent: string, options: TypeEmitOptions): string {
  switch (node.kind) {
    case 'unknown':
      return 'unknown';
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'literal':
      return quote(node.value);
    case 'enum':
      return unionSource(node.values.map(quote), indent);
    case 'ref':
      return `${options.refPrefix}${node.name}`;
    case 'array': {
      const items = typeSource(node.items, indent, options);
      return SIMPLE_TYPE.test(items) ? `${items}[]` : `Array<${items}>`;
    }
    case 'record':
      return `{ [key: string]: ${typeSource(node.values, indent, options)} }`;
    case 'object':
      return objectSource(node, indent, options);
    case 'nullable':
    case 'union':
    case 'tagGroup':
      return unionSource(unionMembers(node, indent, options), indent);
  }
}

/**
 * A top-level declaration: `interface` for objects (named in hovers, cached
 * by the compiler), `type` for everything else.
 */
export function declarationSource(name: string, node: IrNode, description: string | undefined, options: TypeEmitOptions): string {
  const doc = docComment(description, '');
  if (node.kind === 'object' && node.additional === undefined && node.properties.length > 0) {
    return `${doc}export interface ${name} ${objectSource(node, '', options)}\n`;
  }
  return `${doc}export type ${name} =${spaced(typeSource(node, '', options))};\n`;
}

function objectSource(node: IrObject, indent: string, options: TypeEmitOptions): string {
  if (node.properties.length === 0) {
    return node.additional === undefined
      ? '{ [key: string]: unknown }'
      : `{ [key: string]: ${typeSource(node.additional, indent, options)} }`;
  }
  const inner = `${indent}  `;
  const lines = node.properties.map((prop) => {
    const doc = docComment(prop.description, inner);
    const optional = prop.optional ? '?' : '';
    return `${doc}${inner}${propertyKey(prop.name)}${optional}:${spaced(typeSource(prop.node, inner, options))};`;
  });
  const body = `{\n${lines.join('\n')}\n${indent}}`;
  // A map with known keys: an index signature would have to cover the known
  // properties' types, so the map part is a separate intersection member.
  return node.additional === undefined
    ? body
    : `${body} & { [key: string]: ${typeSource(node.additional, indent, options)} }`;
}

function unionMembers(node: IrNode, indent: string, options: TypeEmitOptions): string[] {
  if (node.kind === 'nullable') return [...unionMembers(node.inner, indent, options), 'null'];
  if (node.kind === 'tagGroup') return node.options.flatMap((option) => unionMembers(option, indent, options));
  if (node.kind !== 'union') return [typeSource(node, indent, options)];
  const hasLiterals = node.options.some((option) => option.kind === 'literal' || option.kind === 'enum');
  return node.options.flatMap((option) => {
    if (option.kind === 'enum') return option.values.map(quote);
    // `string & {}` keeps the listed literals visible (and autocompleted)
    // next to an open-ended string instead of collapsing them into `string`.
    if (option.kind === 'string' && hasLiterals) return ['(string & {})'];
    if (option.kind === 'tagGroup') return unionMembers(option, indent, options);
    const source = typeSource(option, `${indent}  `, options);
    return [option.kind === 'union' || option.kind === 'nullable' ? `(${source})` : source];
  });
}

function unionSource(members: readonly string[], indent: string): string {
  const single = members.join(' | ');
  if (!single.includes('\n') && single.length + indent.length <= 100) return single;
  return members.map((member) => `\n${indent}  | ${member}`).join('');
}

/** Puts a space before a type unless it starts on its own line (multi-line unions). */
export function spaced(type: string): string {
  return type.startsWith('\n') ? type : ` ${type}`;
}
