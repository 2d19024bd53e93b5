/**
 * Lays the generated protocol out into files: written-out types, zod schemas
 * in declaration order, one method-map file per message direction, an index.
 *
 * @module
 */
import { orderDependencies } from './dependencyOrder.js';
import { declarationSource, spaced, typeSource } from './emitTypeScript.js';
import { optionalSource, type ZodEmitOptions, zodSource } from './emitZod.js';
import type { FlatDefinitions, JsonSchema } from './jsonSchema.js';
import type { MethodEntry, ProtocolMethods, RequestEntry } from './protocolMethods.js';
import { collectRefs, type IrConverter, type IrNode } from './schemaIr.js';
import { docComment, generatedHeader, quote } from './sourceText.js';

/** Definitions that are roots of the generated output even if no method mentions them. */
const EXTRA_ROOTS = ['ThreadItem'];

/** Everything the renderer needs. */
export interface RenderInput {
  readonly defs: FlatDefinitions;
  readonly ir: IrConverter;
  readonly methods: ProtocolMethods;
  readonly codexVersion: string;
}

/** File name (relative to the output folder) → content. */
export type RenderedFiles = ReadonlyMap<string, string>;

/** The schema constant of a definition. */
const schemaName = (name: string): string => `${name}Schema`;

/** Renders every generated file. */
export function renderProtocolFiles(input: RenderInput): RenderedFiles {
  const { methods, codexVersion } = input;
  const nodes = reachableDefinitions(input);
  checkNames(nodes);
  const files = new Map<string, string>();
  files.set('types.ts', renderTypes(input, nodes));
  files.set('definitions.ts', renderDefinitions(input, nodes));
  files.set('clientRequests.ts', renderRequests(codexVersion, 'Client', 'client → server', methods.clientRequests));
  files.set('serverRequests.ts', renderRequests(codexVersion, 'Server', 'server → client', methods.serverRequests));
  files.set(
    'serverNotifications.ts',
    renderNotifications(codexVersion, 'Server', 'server → client', methods.serverNotifications),
  );
  files.set(
    'clientNotifications.ts',
    renderNotifications(codexVersion, 'Client', 'client → server', methods.clientNotifications),
  );
  files.set('registry.ts', renderRegistry(codexVersion, nodes));
  files.set('index.ts', renderIndex(codexVersion));
  return files;
}

/** IR of every definition reachable from a method (or an extra root), by name: what gets generated. */
export function reachableDefinitions(input: Omit<RenderInput, 'codexVersion'>): ReadonlyMap<string, IrNode> {
  const { defs, ir, methods } = input;
  const roots = new Set<string>(EXTRA_ROOTS);
  const entries: MethodEntry[] = [
    ...methods.clientRequests,
    ...methods.serverRequests,
    ...methods.serverNotifications,
    ...methods.clientNotifications,
  ];
  for (const entry of entries) collectRefs(entry.params, roots);
  for (const entry of [...methods.clientRequests, ...methods.serverRequests]) if (entry.result !== undefined) roots.add(entry.result);
  for (const root of EXTRA_ROOTS) {
    if (!defs.definitions.has(root)) throw new Error(`codegen: the bundle has no "${root}" definition`);
  }
  const nodes = new Map<string, IrNode>();
  const pending = [...roots];
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (nodes.has(name)) continue;
    const node = ir.convert(defs.definitions.get(name) as JsonSchema);
    nodes.set(name, node);
    for (const ref of collectRefs(node)) if (!nodes.has(ref)) pending.push(ref);
  }
  return new Map([...nodes].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** `XSchema` must not be the name of another type, or exports would be ambiguous to readers. */
function checkNames(nodes: ReadonlyMap<string, IrNode>): void {
  for (const name of nodes.keys()) {
    if (nodes.has(schemaName(name))) {
      throw new Error(`codegen: "${schemaName(name)}" is both a type and the schema of "${name}"; add a naming rule`);
    }
  }
}

function definitionDescription(input: RenderInput, name: string): string | undefined {
  const schema = input.defs.definitions.get(name);
  return typeof schema === 'object' ? schema.description : undefined;
}

function renderTypes(input: RenderInput, nodes: ReadonlyMap<string, IrNode>): string {
  const parts = [generatedHeader(input.codexVersion, 'TypeScript types of every app-server protocol definition.')];
  for (const [name, node] of nodes) {
    parts.push(declarationSource(name, node, definitionDescription(input, name), { refPrefix: '' }));
  }
  return parts.join('\n');
}

function renderDefinitions(input: RenderInput, nodes: ReadonlyMap<string, IrNode>): string {
  const edges = new Map([...nodes].map(([name, node]) => [name, collectRefs(node)] as const));
  const order = orderDependencies(edges);
  const parts = [
    generatedHeader(
      input.codexVersion,
      'zod schemas of every definition, declared after their dependencies; z.lazy only inside cycles.',
    ),
    "import { z } from 'zod';\n",
    "import type * as T from './types.js';\n",
  ];
  for (const group of order.groups) {
    for (const name of group) {
      const options: ZodEmitOptions = {
        schemaName,
        isLazy: (ref) => order.cyclic.has(ref) && order.groupOf.get(ref) === order.groupOf.get(name),
      };
      const expr = zodSource(nodes.get(name) as IrNode, '', options);
      // Members of a cycle need a written type: TypeScript cannot infer a
      // constant whose initializer refers back to itself.
      const annotation = order.cyclic.has(name) ? `: z.ZodType<T.${name}>` : '';
      parts.push(`${docComment(`Schema of {@link T.${name}}.`, '')}export const ${schemaName(name)}${annotation} = ${expr};\n`);
    }
  }
  return parts.join('\n');
}

/** The TS type of a method's params, `undefined` allowed when they may be omitted. */
function paramsType(entry: MethodEntry, indent: string): string {
  const type = typeSource(entry.params, indent, { refPrefix: 'T.' });
  return entry.paramsOptional ? `${type} | undefined` : type;
}

const definitionsOptions: ZodEmitOptions = { schemaName: (name) => `S.${schemaName(name)}`, isLazy: () => false };

function paramsSchema(entry: MethodEntry, indent: string): string {
  return optionalSource(entry.params, entry.paramsOptional, indent, definitionsOptions);
}

function renderRequests(codexVersion: string, side: 'Client' | 'Server', direction: string, entries: readonly RequestEntry[]): string {
  const map = `${side}RequestMap`;
  const method = `${side}RequestMethod`;
  const lines: string[] = [
    generatedHeader(codexVersion, `Every ${direction} request: params and result, by method.`),
    "import * as S from './definitions.js';",
    "import type * as T from './types.js';\n",
    `/** Params and result types of every ${direction} request, by method. */`,
    `export interface ${map} {`,
  ];
  for (const entry of entries) {
    lines.push(
      `${docComment(entry.description, '  ')}  ${quote(entry.method)}: {\n    params:${spaced(paramsType(entry, '    '))};\n    result: ${entry.result === undefined ? 'unknown' : `T.${entry.result}`};\n  };`,
    );
  }
  lines.push('}\n', `/** A ${direction} request method. */`, `export type ${method} = keyof ${map};\n`);
  lines.push(
    `/**`,
    ` * zod schemas of every ${direction} request's params and result, by method.`,
    ` * Each parses to the matching type of {@link ${map}} (proved by generatedSchemas.types.test.ts;`,
    ` * an annotation here would make the compiler compare every zod class structurally, which costs minutes).`,
    ` */`,
    `export const ${side}RequestSchemas = {`,
  );
  for (const entry of entries) {
    lines.push(
      `  ${quote(entry.method)}: {\n    params: ${paramsSchema(entry, '    ')},\n    result: ${entry.result === undefined ? 'z.unknown()' : `S.${schemaName(entry.result)}`},\n  },`,
    );
  }
  lines.push('} as const;\n');
  return withZodImport(lines.join('\n'));
}

function renderNotifications(
  codexVersion: string,
  side: 'Client' | 'Server',
  direction: string,
  entries: readonly MethodEntry[],
): string {
  const map = `${side}NotificationMap`;
  const method = `${side}NotificationMethod`;
  const lines: string[] = [
    generatedHeader(codexVersion, `Every ${direction} notification: params, by method.`),
  ];
  const usesDefinitions = entries.some((entry) => collectRefs(entry.params).size > 0);
  if (usesDefinitions) lines.push("import * as S from './definitions.js';", "import type * as T from './types.js';\n");
  lines.push(`/** Params type of every ${direction} notification, by method. */`, `export interface ${map} {`);
  for (const entry of entries) {
    lines.push(`${docComment(entry.description, '  ')}  ${quote(entry.method)}:${spaced(paramsType(entry, '  '))};`);
  }
  lines.push('}\n', `/** A ${direction} notification method. */`, `export type ${method} = keyof ${map};\n`);
  lines.push(
    `/**`,
    ` * zod schema of every ${direction} notification's params, by method.`,
    ` * Each parses to the matching type of {@link ${map}} (proved by generatedSchemas.types.test.ts).`,
    ` */`,
    `export const ${side}NotificationSchemas = {`,
  );
  for (const entry of entries) lines.push(`  ${quote(entry.method)}: ${paramsSchema(entry, '  ')},`);
  lines.push('} as const;\n');
  return withZodImport(lines.join('\n'));
}

/** Adds `import { z }` after the header when the file uses `z.` (optional params do). */
function withZodImport(source: string): string {
  if (!source.includes(' z.')) return source;
  const headerEnd = source.indexOf('\n\n') + 2;
  return `${source.slice(0, headerEnd)}import { z } from 'zod';\n\n${source.slice(headerEnd)}`;
}

function renderRegistry(codexVersion: string, nodes: ReadonlyMap<string, IrNode>): string {
  return [
    generatedHeader(codexVersion, 'Every protocol type by definition name (type-only).'),
    "import type * as T from './types.js';\n",
    '/**',
    ' * Every protocol type by its codex definition name. The schema of `ProtocolTypes[N]` is the',
    ' * `${N}Schema` export of definitions.ts (agreement proved by generatedSchemas.types.test.ts).',
    ' */',
    'export interface ProtocolTypes {',
    ...[...nodes.keys()].map((name) => `  ${name}: T.${name};`),
    '}\n',
    '/** A codex definition name. */',
    'export type ProtocolTypeName = keyof ProtocolTypes;',
    '',
  ].join('\n');
}

function renderIndex(codexVersion: string): string {
  return [
    generatedHeader(codexVersion, 'Entry point of the generated protocol.'),
    "export type * from './types.js';",
    "export * from './definitions.js';",
    "export * from './clientRequests.js';",
    "export * from './serverRequests.js';",
    "export * from './serverNotifications.js';",
    "export * from './clientNotifications.js';",
    "export type * from './registry.js';\n",
    '/** The codex-cli version the protocol files were generated from. */',
    `export const GENERATED_FROM_CODEX_VERSION = ${quote(codexVersion)};`,
    '',
  ].join('\n');
}
