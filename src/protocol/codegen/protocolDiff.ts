/**
 * What changed on the wire between two codex versions, for a maintainer to
 * read: methods in each direction added, removed or re-typed, and the generated
 * definitions added, removed or changed field by field. Computed on the IR the
 * generator emits from, so the report speaks about the same types the code sees.
 *
 * @module
 */
import { typeSource } from './emitTypeScript.js';
import { canonicalJson } from './jsonSchema.js';
import type { MethodEntry, ProtocolMethods, RequestEntry } from './protocolMethods.js';
import type { IrNode, IrObject } from './schemaIr.js';

/** The parts of a generated protocol the diff compares. */
export interface ProtocolModel {
  readonly methods: ProtocolMethods;
  /** Every generated definition, by name. */
  readonly definitions: ReadonlyMap<string, IrNode>;
}

/** The four method tables, with the names the report uses. */
const TABLES = [
  ['clientRequests', 'Client requests'],
  ['serverRequests', 'Server requests'],
  ['serverNotifications', 'Server notifications'],
  ['clientNotifications', 'Client notifications'],
] as const;

/** One table's changes. */
export interface MethodTableChanges {
  readonly title: string;
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** `method: what changed`. */
  readonly changed: readonly string[];
}

/** One changed definition. */
export interface DefinitionChange {
  readonly name: string;
  /** One line per change (field added / removed / re-typed, variant added / removed, whole type). */
  readonly details: readonly string[];
}

/** Everything that changed. */
export interface ProtocolChanges {
  readonly methods: readonly MethodTableChanges[];
  readonly addedDefinitions: readonly string[];
  readonly removedDefinitions: readonly string[];
  readonly changedDefinitions: readonly DefinitionChange[];
}

/** Compares two generated protocols. */
export function diffProtocols(before: ProtocolModel, after: ProtocolModel): ProtocolChanges {
  const methods = TABLES.map(([key, title]) => diffTable(title, before.methods[key], after.methods[key]));
  const names = (model: ProtocolModel) => new Set(model.definitions.keys());
  const beforeNames = names(before);
  const afterNames = names(after);
  const changedDefinitions: DefinitionChange[] = [];
  for (const name of sorted([...afterNames].filter((n) => beforeNames.has(n)))) {
    const details = diffNode(before.definitions.get(name) as IrNode, after.definitions.get(name) as IrNode);
    if (details.length > 0) changedDefinitions.push({ name, details });
  }
  return {
    methods,
    addedDefinitions: sorted([...afterNames].filter((n) => !beforeNames.has(n))),
    removedDefinitions: sorted([...beforeNames].filter((n) => !afterNames.has(n))),
    changedDefinitions,
  };
}

/** True when nothing at all changed. */
export function isEmptyChange(changes: ProtocolChanges): boolean {
  return (
    changes.methods.every((table) => table.added.length + table.removed.length + table.changed.length === 0) &&
    changes.addedDefinitions.length + changes.removedDefinitions.length + changes.changedDefinitions.length === 0
  );
}

/**
 * The markdown section for one upgrade step (`## from → to`), headed for
 * `docs/protocol-changes.md`.
 *
 * @param notes - extra lines (generator warnings, typecheck outcome) listed under "Notes"
 */
export function renderChangeReport(from: string, to: string, changes: ProtocolChanges, notes: readonly string[] = []): string {
  const lines = [`## codex ${from} → ${to}`, ''];
  if (isEmptyChange(changes)) lines.push('No protocol change.', '');
  for (const table of changes.methods) {
    if (table.added.length + table.removed.length + table.changed.length === 0) continue;
    lines.push(`### ${table.title}`, '');
    for (const method of table.added) lines.push(`- added ${method}`);
    for (const method of table.removed) lines.push(`- removed ${code(method)}`);
    for (const change of table.changed) lines.push(`- changed ${change}`);
    lines.push('');
  }
  if (changes.addedDefinitions.length + changes.removedDefinitions.length + changes.changedDefinitions.length > 0) {
    lines.push('### Types', '');
    if (changes.addedDefinitions.length > 0) lines.push(`- added: ${changes.addedDefinitions.map(code).join(', ')}`);
    if (changes.removedDefinitions.length > 0) lines.push(`- removed: ${changes.removedDefinitions.map(code).join(', ')}`);
    for (const change of changes.changedDefinitions) {
      lines.push(`- \`${change.name}\``);
      for (const detail of change.details) lines.push(`  - ${detail}`);
    }
    lines.push('');
  }
  if (notes.length > 0) {
    lines.push('### Notes', '');
    for (const note of notes) lines.push(`- ${note}`);
    lines.push('');
  }
  return lines.join('\n');
}

function diffTable(title: string, before: readonly MethodEntry[], after: readonly MethodEntry[]): MethodTableChanges {
  const byName = (entries: readonly MethodEntry[]) => new Map(entries.map((entry) => [entry.method, entry]));
  const old = byName(before);
  const now = byName(after);
  const changed: string[] = [];
  for (const [method, entry] of now) {
    const previous = old.get(method);
    if (previous === undefined) continue;
    const parts: string[] = [];
    const beforeParams = signature(previous);
    const afterParams = signature(entry);
    if (beforeParams !== afterParams) parts.push(`params ${code(beforeParams)} → ${code(afterParams)}`);
    const beforeResult = resultOf(previous);
    const afterResult = resultOf(entry);
    if (beforeResult !== afterResult) parts.push(`result ${code(beforeResult)} → ${code(afterResult)}`);
    if (parts.length > 0) changed.push(`\`${method}\`: ${parts.join('; ')}`);
  }
  return {
    title,
    added: sorted([...now.keys()].filter((method) => !old.has(method))).map((method) => describeMethod(now.get(method) as MethodEntry)),
    removed: sorted([...old.keys()].filter((method) => !now.has(method))),
    changed: sorted(changed),
  };
}

function describeMethod(entry: MethodEntry): string {
  const result = resultOf(entry);
  return `${code(entry.method)} (params ${code(signature(entry))}${result === undefined ? '' : `, result ${code(result)}`})`;
}

function signature(entry: MethodEntry): string {
  return `${inline(entry.params)}${entry.paramsOptional ? ', optional' : ''}`;
}

function resultOf(entry: MethodEntry): string | undefined {
  if (!('result' in entry)) return undefined;
  return (entry as RequestEntry).result ?? 'unknown';
}

function diffNode(before: IrNode, after: IrNode): string[] {
  if (same(before, after)) return [];
  if (before.kind === 'object' && after.kind === 'object') return diffObject(before, after);
  const beforeTags = variants(before);
  const afterTags = variants(after);
  if (beforeTags !== undefined && afterTags !== undefined && beforeTags.tag === afterTags.tag) {
    const details: string[] = [];
    for (const [value, node] of afterTags.byValue) {
      const previous = beforeTags.byValue.get(value);
      if (previous === undefined) details.push(`variant \`${afterTags.tag}: '${value}'\` added`);
      else for (const detail of diffNode(previous, node)) details.push(`variant \`${afterTags.tag}: '${value}'\`: ${detail}`);
    }
    for (const value of beforeTags.byValue.keys()) {
      if (!afterTags.byValue.has(value)) details.push(`variant \`${beforeTags.tag}: '${value}'\` removed`);
    }
    if (details.length > 0) return details;
  }
  const beforeMembers = members(before);
  const afterMembers = members(after);
  if (beforeMembers !== undefined && afterMembers !== undefined) {
    const added = afterMembers.filter((member) => !beforeMembers.includes(member));
    const removed = beforeMembers.filter((member) => !afterMembers.includes(member));
    if (added.length + removed.length > 0) {
      return [
        ...(added.length > 0 ? [`members added: ${added.map(code).join(', ')}`] : []),
        ...(removed.length > 0 ? [`members removed: ${removed.map(code).join(', ')}`] : []),
      ];
    }
  }
  return [`type ${code(inline(before))} → ${code(inline(after))}`];
}

function diffObject(before: IrObject, after: IrObject): string[] {
  const details: string[] = [];
  const field = (prop: IrObject['properties'][number]) => `${prop.optional ? '?' : ''}${inline(prop.node)}`;
  const old = new Map(before.properties.map((prop) => [prop.name, prop]));
  for (const prop of after.properties) {
    const previous = old.get(prop.name);
    if (previous === undefined) details.push(`field \`${prop.name}${prop.optional ? '?' : ''}: ${inline(prop.node)}\` added`);
    else if (field(previous) !== field(prop)) details.push(`field \`${prop.name}\`: ${code(field(previous))} → ${code(field(prop))}`);
  }
  for (const prop of before.properties) {
    if (!after.properties.some((candidate) => candidate.name === prop.name)) details.push(`field \`${prop.name}\` removed`);
  }
  if (!same(before.additional ?? null, after.additional ?? null)) {
    const extra = (node: IrNode | undefined) => (node === undefined ? 'none' : inline(node));
    details.push(`extra keys ${code(extra(before.additional))} → ${code(extra(after.additional))}`);
  }
  return details;
}

/** The options of a tagged union by tag value, or undefined for other nodes. */
function variants(node: IrNode): { tag: string; byValue: Map<string, IrNode> } | undefined {
  const union = node.kind === 'nullable' ? node.inner : node;
  if (union.kind !== 'union' || union.discriminator === undefined) return undefined;
  const tag = union.discriminator;
  const byValue = new Map<string, IrNode>();
  for (const option of union.options) {
    if (option.kind === 'tagGroup') byValue.set(option.value, option);
    else if (option.kind === 'object') {
      const prop = option.properties.find((candidate) => candidate.name === tag);
      if (prop?.node.kind === 'literal') byValue.set(prop.node.value, option);
    } else if (option.kind === 'ref') byValue.set(option.name, option);
  }
  return { tag, byValue };
}

/** The members of an enum or union, one type each (enum values split out), or undefined for other nodes. */
function members(node: IrNode): string[] | undefined {
  if (node.kind === 'enum') return node.values.map((value) => `'${value}'`);
  if (node.kind === 'nullable') return [...(members(node.inner) ?? [inline(node.inner)]), 'null'];
  if (node.kind !== 'union') return undefined;
  return node.options.flatMap((option) => members(option) ?? [inline(option)]);
}

/** Equal up to documentation. */
function same(a: unknown, b: unknown): boolean {
  return canonicalJson(withoutDocs(a)) === canonicalJson(withoutDocs(b));
}

function withoutDocs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDocs);
  if (value === null || typeof value !== 'object') return value;
  const result: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) if (key !== 'description') result[key] = withoutDocs(inner);
  return result;
}

/** A type on one line, shortened past 300 characters. */
function inline(node: IrNode): string {
  const text = typeSource(node, '', { refPrefix: '' })
    .replace(/\/\*\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\| /, '');
  return text.length > 300 ? `${text.slice(0, 297)}…` : text;
}

function code(text: string | undefined): string {
  return `\`${text ?? 'none'}\``;
}

function sorted(values: readonly string[]): string[] {
  return [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
