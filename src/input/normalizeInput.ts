import path from 'node:path';
import { InvalidOptionsError } from '../errors/index.js';
import { closestName } from '../options/closestName.js';
import { describeValue, quoteList } from '../options/describeValue.js';
import { formatOptionPath } from '../options/parseWithSchema.js';

/** Image detail hint. `low` is not offered: codex 0.169 drops such images ("detail 'low' is not supported"). */
export type ImageDetail = 'auto' | 'high' | 'original';

/**
 * One piece of user input (snake_case `type`s, like @openai/codex-sdk):
 * - `text`: plain text;
 * - `image`: an inline image as a `data:` URL (codex rejects remote URLs);
 * - `local_image`: an image file on disk;
 * - `skill`: invoke a codex skill by name and `SKILL.md` path;
 * - `mention`: mention an app/plugin resource (`path` such as `app://…`);
 * - `file`: a file to attach (staged by the attachments module; for now its path is
 *   mentioned in the prompt).
 *
 * @example
 * ```ts
 * await thread.run([
 *   { type: 'text', text: 'What is in this screenshot?' },
 *   { type: 'local_image', path: '/tmp/screenshot.png' },
 * ]);
 * ```
 */
export type UserInput =
  | { type: 'text'; text: string }
  | { type: 'image'; url: string; detail?: ImageDetail }
  | { type: 'local_image'; path: string; detail?: ImageDetail }
  | { type: 'skill'; name: string; path: string }
  | { type: 'mention'; name: string; path: string }
  | { type: 'file'; path: string };

/**
 * What `run()`, `turn()` and `steer()` accept: a prompt string, one input item or a list.
 *
 * @example
 * ```ts
 * await thread.run('Fix the failing test');
 * await thread.run({ type: 'file', path: '/repo/spec.md' });
 * ```
 */
export type Input = string | UserInput | readonly UserInput[];

/**
 * An item of app-server's `UserInput[]` (`turn/start.input`, `turn/steer.input`).
 *
 * @example
 * ```ts
 * const item: WireUserInput = { type: 'localImage', path: '/tmp/a.png' };
 * ```
 */
export type WireUserInput =
  | { type: 'text'; text: string; text_elements: [] }
  | { type: 'image'; url: string; detail?: ImageDetail }
  | { type: 'localImage'; path: string; detail?: ImageDetail }
  | { type: 'skill'; name: string; path: string }
  | { type: 'mention'; name: string; path: string };

/** A `file` input to stage, with its position in the input list. */
export interface FileAttachment {
  /** Absolute path of the file. */
  path: string;
  /** Index of the `file` item in the input (0 for a single object). */
  index: number;
}

/**
 * Result of {@link normalizeInput}.
 *
 * @example
 * ```ts
 * const { items, attachments } = normalizeInput([{ type: 'file', path: '/repo/a.md' }]);
 * ```
 */
export interface NormalizedInput {
  /** The wire items, in input order. */
  items: WireUserInput[];
  /** The `file` items, to be staged as attachments. */
  attachments: FileAttachment[];
}

/** Options of {@link normalizeInput} and `toExecInput`. */
export interface NormalizeInputOptions {
  /**
   * Base directory for relative `local_image`, `skill` and `file` paths. Without it a
   * relative path is an error, because codex would resolve it against its own working
   * directory, which is rarely what the caller meant.
   */
  baseDir?: string;
}

const INPUT_TYPES = ['text', 'image', 'local_image', 'skill', 'mention', 'file'] as const;
type InputType = (typeof INPUT_TYPES)[number];

const ALLOWED_KEYS: Record<InputType, readonly string[]> = {
  text: ['type', 'text'],
  image: ['type', 'url', 'detail'],
  local_image: ['type', 'path', 'detail'],
  skill: ['type', 'name', 'path'],
  mention: ['type', 'name', 'path'],
  file: ['type', 'path'],
};

/**
 * Validates user input and converts it to app-server wire items. `file` items are
 * reported in `attachments` (another module stages them); until then each becomes a text
 * item naming the absolute path, so the model still learns about the file.
 *
 * Throws {@link InvalidOptionsError} naming the exact item (`input[2].path`) for an empty
 * list, an unknown `type` (with a "did you mean"), missing or empty `text`, a relative path
 * without `baseDir`, a non-`data:` image URL, or unknown keys in an item.
 *
 * @example
 * ```ts
 * normalizeInput('Fix the test');
 * // → { items: [{ type: 'text', text: 'Fix the test', text_elements: [] }], attachments: [] }
 * normalizeInput([{ type: 'text', text: 'What is this?' }, { type: 'local_image', path: '/tmp/a.png' }]);
 * // → items: [{ type: 'text', … }, { type: 'localImage', path: '/tmp/a.png' }]
 * ```
 *
 * @param input The input as given by the user.
 * @param options `baseDir` for relative paths.
 * @throws InvalidOptionsError when the input is invalid.
 */
export function normalizeInput(input: unknown, options: NormalizeInputOptions = {}): NormalizedInput {
  const entries = inputEntries(input);
  const items: WireUserInput[] = [];
  const attachments: FileAttachment[] = [];
  for (const { item, at, index } of entries) {
    const wire = toWireItem(item, at, options);
    if (wire.kind === 'file') {
      attachments.push({ path: wire.path, index });
      items.push(textItem(fileMentionText(wire.path)));
    } else {
      items.push(wire.item);
    }
  }
  return { items, attachments };
}

/**
 * The text that stands for an attached file in the prompt until attachments are staged.
 *
 * @example
 * ```ts
 * fileMentionText('/repo/spec.md'); // → 'Attached file: /repo/spec.md'
 * ```
 */
export function fileMentionText(absolutePath: string): string {
  return `Attached file: ${absolutePath}`;
}

/** One validated public item, with its option path and index. */
export interface InputEntry {
  item: Record<string, unknown>;
  /** Option path segments of the item (`[2]` in a list, `[]` for a single object). */
  at: Array<string | number>;
  index: number;
}

/**
 * Splits `input` into item entries (a string becomes one text item) and checks the
 * container: a list must not be empty, a string must not be empty.
 *
 * @internal
 */
export function inputEntries(input: unknown): InputEntry[] {
  if (typeof input === 'string') {
    if (input === '') throw new InvalidOptionsError('input', 'must not be an empty string; give the prompt text.');
    return [{ item: { type: 'text', text: input }, at: [], index: 0 }];
  }
  if (Array.isArray(input)) {
    if (input.length === 0) throw new InvalidOptionsError('input', 'must contain at least one item; an empty list sends nothing to the model.');
    return input.map((item: unknown, index) => ({ item: asItemObject(item, [index]), at: [index], index }));
  }
  if (typeof input === 'object' && input !== null) return [{ item: asItemObject(input, []), at: [], index: 0 }];
  throw new InvalidOptionsError(
    'input',
    `must be a string, an input item such as { type: 'text', text } or a list of items; got ${describeValue(input)}`,
  );
}

function asItemObject(item: unknown, at: Array<string | number>): Record<string, unknown> {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw new InvalidOptionsError(optionPath(at), `must be an input item object such as { type: 'text', text: '…' }; got ${describeValue(item)}`);
  }
  return item as Record<string, unknown>;
}

type WireResult = { kind: 'item'; item: WireUserInput } | { kind: 'file'; path: string };

/**
 * Validates one item and converts it to its wire form.
 *
 * @internal
 */
export function toWireItem(item: Record<string, unknown>, at: Array<string | number>, options: NormalizeInputOptions): WireResult {
  const type = checkType(item, at);
  checkKeys(item, type, at);
  switch (type) {
    case 'text':
      return { kind: 'item', item: textItem(requireString(item, 'text', at, 'the text to send')) };
    case 'image': {
      const url = requireString(item, 'url', at, "a data URL such as 'data:image/png;base64,…'");
      if (!/^data:/i.test(url)) {
        throw new InvalidOptionsError(
          optionPath([...at, 'url']),
          "must be an inline data URL ('data:image/png;base64,…'): codex 0.169 rejects remote image URLs. " +
            "Download the image and pass { type: 'local_image', path } instead.",
        );
      }
      return { kind: 'item', item: withDetail({ type: 'image', url }, item, at) };
    }
    case 'local_image':
      return { kind: 'item', item: withDetail({ type: 'localImage', path: requirePath(item, at, options) }, item, at) };
    case 'skill':
      return { kind: 'item', item: { type: 'skill', name: requireString(item, 'name', at, 'the skill name'), path: requirePath(item, at, options) } };
    case 'mention':
      return {
        kind: 'item',
        item: { type: 'mention', name: requireString(item, 'name', at, 'the display name'), path: requireString(item, 'path', at, "the resource path, e.g. 'app://…'") },
      };
    case 'file':
      return { kind: 'file', path: requirePath(item, at, options) };
  }
}

function textItem(text: string): WireUserInput {
  return { type: 'text', text, text_elements: [] };
}

function checkType(item: Record<string, unknown>, at: Array<string | number>): InputType {
  const type = item['type'];
  if ((INPUT_TYPES as readonly unknown[]).includes(type)) return type as InputType;
  const where = optionPath([...at, 'type']);
  if (typeof type !== 'string') {
    throw new InvalidOptionsError(where, `is required and must be one of ${quoteList(INPUT_TYPES)}; got ${describeValue(type)}`);
  }
  const guess = closestName(type, INPUT_TYPES);
  throw new InvalidOptionsError(
    where,
    `unknown input type '${type}'${guess ? `; did you mean '${guess}'?` : '.'} Valid types: ${quoteList(INPUT_TYPES)}.`,
  );
}

function checkKeys(item: Record<string, unknown>, type: InputType, at: Array<string | number>): void {
  const allowed = ALLOWED_KEYS[type];
  for (const key of Object.keys(item)) {
    if (allowed.includes(key) || item[key] === undefined) continue;
    const guess = closestName(key, allowed);
    throw new InvalidOptionsError(
      optionPath([...at, key]),
      `is not a field of '${type}' input${guess ? `; did you mean '${guess}'?` : '.'} Fields: ${quoteList(allowed)}.`,
    );
  }
}

function requireString(item: Record<string, unknown>, key: string, at: Array<string | number>, what: string): string {
  const value = item[key];
  if (typeof value === 'string' && value !== '') return value;
  throw new InvalidOptionsError(
    optionPath([...at, key]),
    value === undefined ? `is required: ${what}` : `must be a non-empty string (${what}); got ${describeValue(value)}`,
  );
}

function requirePath(item: Record<string, unknown>, at: Array<string | number>, options: NormalizeInputOptions): string {
  const value = requireString(item, 'path', at, 'an absolute file path');
  if (path.isAbsolute(value)) return value;
  if (options.baseDir !== undefined) return path.resolve(options.baseDir, value);
  throw new InvalidOptionsError(
    optionPath([...at, 'path']),
    `must be an absolute path; got the relative path ${JSON.stringify(value)}. Use path.resolve() on it.`,
  );
}

function withDetail<T extends { type: 'image' | 'localImage' }>(wire: T, item: Record<string, unknown>, at: Array<string | number>): T & { detail?: ImageDetail } {
  const detail = item['detail'];
  if (detail === undefined) return wire;
  if (detail === 'auto' || detail === 'high' || detail === 'original') return { ...wire, detail };
  throw new InvalidOptionsError(
    optionPath([...at, 'detail']),
    `must be 'auto', 'high' or 'original'; got ${describeValue(detail)}${detail === 'low' ? " (codex 0.169 drops images with detail 'low')" : ''}`,
  );
}

function optionPath(at: Array<string | number>): string {
  return formatOptionPath(at, 'input');
}
