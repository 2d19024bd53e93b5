/**
 * IR → zod v4 schema source.
 *
 * Runtime choices, all for reading a stream that a newer codex may extend:
 * - objects are `z.looseObject`: unknown keys are kept, never an error;
 * - tagged unions are `z.discriminatedUnion` (one map lookup per message
 *   instead of trying every option);
 * - numbers are plain `z.number()` (see schemaIr.ts for why formats are not checked);
 * - `z.lazy` appears only on references inside a cycle.
 *
 * @module
 */
import type { IrNode, IrObject } from './schemaIr.js';
import { propertyKey, quote } from './sourceText.js';

/** How references to definitions are written. */
export interface ZodEmitOptions {
  /** The schema constant for a definition name (e.g. `ThreadItemSchema`). */
  readonly schemaName: (name: string) => string;
  /** True when a reference must be deferred with `z.lazy` (it is declared later in a cycle). */
  readonly isLazy: (name: string) => boolean;
}

/** The zod expression for `node`, laid out for `indent`. */
export function zodSource(node: IrNode, indent: string, options: ZodEmitOptions): string {
  switch (node.kind) {
    case 'unknown':
      return 'z.unknown()';
    case 'string':
      return 'z.string()';
    case 'number':
      return 'z.number()';
    case 'boolean':
      return 'z.boolean()';
    case 'null':
      return 'z.null()';
    case 'literal':
      return `z.literal(${quote(node.value)})`;
    case 'enum':
      return `z.enum(${listSource(node.values.map(quote), indent)})`;
    case 'ref': {
      const name = options.schemaName(node.name);
      return options.isLazy(node.name) ? `z.lazy(() => ${name})` : name;
    }
    case 'array':
      return `z.array(${zodSource(node.items, indent, options)})`;
    case 'record':
      return `z.record(z.string(), ${zodSource(node.values, indent, options)})`;
    case 'object':
      return objectSource(node, indent, options);
    case 'nullable':
      return `${zodSource(node.inner, indent, options)}.nullable()`;
    case 'union': {
      const inner = `${indent}  `;
      const members = node.options.map((option) => zodSource(option, inner, options));
      const list = listSource(members, indent);
      return node.discriminator === undefined
        ? `z.union(${list})`
        : `z.discriminatedUnion(${quote(node.discriminator)}, ${list})`;
    }
    case 'tagGroup': {
      // A discriminated union finds an option by its tag; a plain union of the
      // options sharing this tag has none, so a pipe supplies it: the tag-only
      // object picks the group, then the union checks the options.
      const inner = `${indent}  `;
      const members = node.options.map((option) => zodSource(option, inner, options));
      const tagObject = `z.looseObject({ ${propertyKey(node.tag)}: z.literal(${quote(node.value)}) })`;
      return `${tagObject}.pipe(z.union(${listSource(members, indent)}))`;
    }
  }
}

/** The zod expression of a value that may be absent (`optional`) and/or null. */
export function optionalSource(node: IrNode, optional: boolean, indent: string, options: ZodEmitOptions): string {
  if (!optional) return zodSource(node, indent, options);
  if (node.kind === 'nullable') return `${zodSource(node.inner, indent, options)}.nullish()`;
  return `${zodSource(node, indent, options)}.optional()`;
}

function objectSource(node: IrObject, indent: string, options: ZodEmitOptions): string {
  const inner = `${indent}  `;
  const shape =
    node.properties.length === 0
      ? '{}'
      : `{\n${node.properties
          .map((prop) => `${inner}${propertyKey(prop.name)}: ${optionalSource(prop.node, prop.optional, inner, options)},`)
          .join('\n')}\n${indent}}`;
  // A map with known keys validates the other keys with `catchall`, which also keeps them.
  return node.additional === undefined
    ? `z.looseObject(${shape})`
    : `z.object(${shape}).catchall(${zodSource(node.additional, indent, options)})`;
}

function listSource(items: readonly string[], indent: string): string {
  const single = `[${items.join(', ')}]`;
  if (!single.includes('\n') && single.length + indent.length <= 100) return single;
  return `[\n${items.map((item) => `${indent}  ${item},`).join('\n')}\n${indent}]`;
}
