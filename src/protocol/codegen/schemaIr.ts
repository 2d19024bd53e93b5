/**
 * A small intermediate representation of the JSON Schema constructs codex
 * uses, so the TypeScript and zod emitters share one interpretation of the
 * bundle (nullable, optional, flattened unions, discriminators).
 *
 * @module
 */
import type { FlatDefinitions, JsonSchema, JsonSchemaObject, JsonTypeName } from './jsonSchema.js';

/** One node of the IR. */
export type IrNode =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'string' }
  | { readonly kind: 'number' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'null' }
  | { readonly kind: 'literal'; readonly value: string }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'array'; readonly items: IrNode }
  | { readonly kind: 'record'; readonly values: IrNode }
  | IrObject
  | { readonly kind: 'ref'; readonly name: string }
  | { readonly kind: 'nullable'; readonly inner: IrNode }
  | IrUnion
  | IrTagGroup;

/** An object; always lenient at runtime (unknown keys are kept). */
export interface IrObject {
  readonly kind: 'object';
  readonly properties: readonly IrProperty[];
  /** Schema of keys not listed in `properties`, when the object is also a map. */
  readonly additional?: IrNode;
  readonly description?: string;
}

/** One property of an object. */
export interface IrProperty {
  readonly name: string;
  readonly node: IrNode;
  readonly optional: boolean;
  readonly description?: string;
}

/** A union; `discriminator` is set when every option is an object tagged by a distinct literal. */
export interface IrUnion {
  readonly kind: 'union';
  readonly options: readonly IrNode[];
  readonly discriminator?: string;
}

/**
 * Options of a discriminated union that share one tag value (serde flatten
 * of an untagged enum into a tagged variant, e.g. an `imageGeneration` item
 * carrying either `fileId` or `result`). Only appears among the options of a
 * union with a `discriminator`.
 */
export interface IrTagGroup {
  readonly kind: 'tagGroup';
  readonly tag: string;
  readonly value: string;
  readonly options: readonly IrNode[];
}

/** Converts schemas of one bundle to IR nodes. */
export interface IrConverter {
  /** The IR of a schema found anywhere in the bundle. */
  convert(schema: JsonSchema): IrNode;
}

/** Property names tried first when looking for a union's tag. */
const PREFERRED_TAGS = ['type', 'method', 'kind', 'mode'];

/**
 * Creates a converter for the definitions of one bundle.
 *
 * @param defs - the flattened definitions (used to resolve `$ref`s and to
 *   look inside referenced objects when merging and when detecting tags)
 */
export function createIrConverter(defs: FlatDefinitions): IrConverter {
  const convert = (schema: JsonSchema): IrNode => {
    if (typeof schema === 'boolean') return { kind: 'unknown' };
    if (schema.$ref !== undefined) return { kind: 'ref', name: defs.refName(schema.$ref) };
    // schemars wraps a documented or defaulted `$ref` in a one-element allOf.
    if (schema.allOf !== undefined) {
      if (schema.allOf.length !== 1) throw new Error('codegen: allOf with several members is not supported');
      return convert(schema.allOf[0] as JsonSchema);
    }
    const union = schema.oneOf ?? schema.anyOf;
    if (union !== undefined) {
      // Properties next to oneOf/anyOf are serde `flatten`: every option also has them.
      if (schema.properties !== undefined) return unionOf(expandObjects(schema).map(toObjectNode), objectLookup);
      return unionOf(union.map(convert), objectLookup);
    }
    if (Array.isArray(schema.type)) {
      const members = schema.type.map((type) => convertTyped(schema, type));
      return unionOf(members, objectLookup);
    }
    if (schema.type !== undefined) return convertTyped(schema, schema.type);
    if (schema.enum !== undefined) return enumNode(schema.enum);
    if (schema.properties !== undefined) return toObjectNode(objectParts(schema));
    return { kind: 'unknown' };
  };

  const convertTyped = (schema: JsonSchemaObject, type: JsonTypeName): IrNode => {
    switch (type) {
      case 'null':
        return { kind: 'null' };
      case 'string':
        return schema.enum !== undefined ? enumNode(schema.enum) : { kind: 'string' };
      case 'integer':
      case 'number':
        // Integer formats (int64, uint64, uint16…) are not range-checked: JSON numbers
        // above 2^53 already lost precision in JSON.parse, and a range error would
        // only turn a harmless value into a dropped message.
        return { kind: 'number' };
      case 'boolean':
        return { kind: 'boolean' };
      case 'array': {
        if (Array.isArray(schema.items)) throw new Error('codegen: tuple arrays are not supported');
        return { kind: 'array', items: schema.items === undefined ? { kind: 'unknown' } : convert(schema.items) };
      }
      case 'object':
        return convertObject(schema);
    }
  };

  const convertObject = (schema: JsonSchemaObject): IrNode => {
    const extra = schema.additionalProperties;
    const hasProps = schema.properties !== undefined && Object.keys(schema.properties).length > 0;
    if (!hasProps && typeof extra === 'object') return { kind: 'record', values: convert(extra) };
    return toObjectNode(objectParts(schema));
  };

  /** Properties, required names and map part of one object schema. */
  const objectParts = (schema: JsonSchemaObject): ObjectParts => ({
    properties: schema.properties ?? {},
    required: new Set(schema.required ?? []),
    additional: typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined,
    description: schema.description,
  });

  const toObjectNode = (parts: ObjectParts): IrObject => ({
    kind: 'object',
    properties: Object.keys(parts.properties)
      .sort()
      .map((name) => {
        const propSchema = parts.properties[name] as JsonSchema;
        const description = typeof propSchema === 'object' ? propSchema.description : undefined;
        return {
          name,
          node: convert(propSchema),
          optional: !parts.required.has(name),
          ...(description !== undefined ? { description } : {}),
        };
      }),
    ...(parts.additional !== undefined ? { additional: convert(parts.additional) } : {}),
    ...(parts.description !== undefined ? { description: parts.description } : {}),
  });

  /**
   * Expands `{properties, oneOf: [...]}` into one object per option with the
   * shared properties merged in (recursively, for options that are themselves
   * flattened unions), which keeps every option a plain object a tag can pick.
   */
  const expandObjects = (schema: JsonSchemaObject): ObjectParts[] => {
    const base = objectParts(schema);
    const union = schema.oneOf ?? schema.anyOf;
    if (union === undefined) return [base];
    const expanded: ObjectParts[] = [];
    for (const option of union) {
      const resolved = resolveObjectSchema(option);
      for (const parts of expandObjects(resolved)) expanded.push(mergeParts(base, parts));
    }
    return expanded;
  };

  const resolveObjectSchema = (schema: JsonSchema): JsonSchemaObject => {
    if (typeof schema === 'object' && schema.$ref !== undefined) {
      return resolveObjectSchema(defs.definitions.get(defs.refName(schema.$ref)) as JsonSchema);
    }
    if (typeof schema !== 'object' || (schema.properties === undefined && schema.oneOf === undefined && schema.anyOf === undefined)) {
      throw new Error('codegen: a flattened union option is not an object');
    }
    return schema;
  };

  // Referenced objects are converted once, however many unions look into them for a tag.
  const referencedObjects = new Map<string, IrObject | undefined>();
  const objectLookup = (node: IrNode): IrObject | undefined => {
    if (node.kind === 'object') return node;
    if (node.kind !== 'ref') return undefined;
    if (!referencedObjects.has(node.name)) {
      const target = convert(defs.definitions.get(node.name) as JsonSchema);
      referencedObjects.set(node.name, target.kind === 'object' ? target : undefined);
    }
    return referencedObjects.get(node.name);
  };

  return { convert };
}

interface ObjectParts {
  readonly properties: Record<string, JsonSchema>;
  readonly required: ReadonlySet<string>;
  readonly additional: JsonSchema | undefined;
  readonly description: string | undefined;
}

function mergeParts(base: ObjectParts, option: ObjectParts): ObjectParts {
  return {
    properties: { ...base.properties, ...option.properties },
    required: new Set([...base.required, ...option.required]),
    additional: option.additional ?? base.additional,
    description: option.description ?? base.description,
  };
}

function enumNode(values: readonly unknown[]): IrNode {
  if (!values.every((value): value is string => typeof value === 'string')) {
    throw new Error(`codegen: non-string enum ${JSON.stringify(values)} is not supported`);
  }
  return values.length === 1 ? { kind: 'literal', value: values[0] as string } : { kind: 'enum', values: [...values] };
}

/**
 * Builds a union: `X | null` becomes a nullable X, single options collapse,
 * and a common literal-valued required property becomes the discriminator.
 */
function unionOf(options: readonly IrNode[], objectLookup: (node: IrNode) => IrObject | undefined): IrNode {
  const nonNull = options.filter((option) => option.kind !== 'null');
  if (nonNull.length < options.length) {
    const inner = unionOf(nonNull, objectLookup);
    return inner.kind === 'nullable' ? inner : { kind: 'nullable', inner };
  }
  if (options.length === 1) return options[0] as IrNode;
  // Nested unions read (and type) the same flattened, and only a flat list
  // of objects can be searched for a tag.
  if (options.some((option) => option.kind === 'union' || option.kind === 'tagGroup')) {
    return unionOf(options.flatMap(leaves), objectLookup);
  }
  // Unit variants documented one by one arrive as one single-value enum each.
  const literals = options.filter(isStringLiteral);
  if (literals.length > 1) {
    const values = [...new Set(literals.flatMap((option) => (option.kind === 'literal' ? [option.value] : option.values)))];
    const merged = enumNode(values);
    const rest = options.filter((option) => !isStringLiteral(option));
    // The merged enum takes the place of the first literal, keeping option order stable.
    const at = options.indexOf(literals[0] as IrNode);
    return unionOf([...rest.slice(0, at), merged, ...rest.slice(at)], objectLookup);
  }
  const discriminator = findDiscriminator(options, objectLookup);
  if (discriminator === undefined) return { kind: 'union', options };
  return { kind: 'union', options: groupByTag(options, discriminator, objectLookup), discriminator };
}

type IrLiteralLike = Extract<IrNode, { kind: 'literal' | 'enum' }>;

function isStringLiteral(node: IrNode): node is IrLiteralLike {
  return node.kind === 'literal' || node.kind === 'enum';
}

function leaves(node: IrNode): IrNode[] {
  return node.kind === 'union' || node.kind === 'tagGroup' ? node.options.flatMap(leaves) : [node];
}

/**
 * The tag of a union of objects: a required property with a literal value in
 * every option. Tags with a distinct value per option are preferred; else
 * options sharing a value are grouped (see {@link IrTagGroup}).
 */
function findDiscriminator(
  options: readonly IrNode[],
  objectLookup: (node: IrNode) => IrObject | undefined,
): string | undefined {
  const objects = options.map(objectLookup);
  if (objects.some((object) => object === undefined)) return undefined;
  const first = objects[0] as IrObject;
  const candidates = first.properties.map((prop) => prop.name);
  const ordered = [
    ...PREFERRED_TAGS.filter((tag) => candidates.includes(tag)),
    ...candidates.filter((name) => !PREFERRED_TAGS.includes(name)),
  ];
  const valuesOf = (name: string): (string | undefined)[] => (objects as IrObject[]).map((object) => tagValue(object, name));
  const tagged = ordered.filter((name) => valuesOf(name).every((value) => value !== undefined));
  return tagged.find((name) => new Set(valuesOf(name)).size === options.length) ?? tagged[0];
}

function tagValue(object: IrObject, name: string): string | undefined {
  const prop = object.properties.find((candidate) => candidate.name === name);
  return prop !== undefined && !prop.optional && prop.node.kind === 'literal' ? prop.node.value : undefined;
}

function groupByTag(
  options: readonly IrNode[],
  tag: string,
  objectLookup: (node: IrNode) => IrObject | undefined,
): IrNode[] {
  const byValue = new Map<string, IrNode[]>();
  for (const option of options) {
    const value = tagValue(objectLookup(option) as IrObject, tag) as string;
    byValue.set(value, [...(byValue.get(value) ?? []), option]);
  }
  return [...byValue].map(([value, members]) =>
    members.length === 1 ? (members[0] as IrNode) : { kind: 'tagGroup', tag, value, options: members },
  );
}

/** Names of the definitions a node refers to directly. */
export function collectRefs(node: IrNode, into: Set<string> = new Set()): Set<string> {
  switch (node.kind) {
    case 'ref':
      into.add(node.name);
      break;
    case 'array':
      collectRefs(node.items, into);
      break;
    case 'record':
      collectRefs(node.values, into);
      break;
    case 'nullable':
      collectRefs(node.inner, into);
      break;
    case 'union':
    case 'tagGroup':
      for (const option of node.options) collectRefs(option, into);
      break;
    case 'object':
      for (const prop of node.properties) collectRefs(prop.node, into);
      if (node.additional !== undefined) collectRefs(node.additional, into);
      break;
    default:
      break;
  }
  return into;
}
