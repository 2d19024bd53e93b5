import { InvalidOptionsError } from '../errors/index.js';
import { formatOptionPath } from '../options/parseWithSchema.js';
import { fileMentionText, inputEntries, toWireItem, type NormalizeInputOptions } from './normalizeInput.js';

/**
 * What one `codex exec` run takes: the prompt (stdin/argument) and `--image` paths.
 *
 * @example
 * ```ts
 * const { prompt, images } = toExecInput('Describe', {}); // → { prompt: 'Describe', images: [] }
 * ```
 */
export interface ExecInput {
  prompt: string;
  images: string[];
}

/**
 * Converts user input for the exec transport, the way @openai/codex-sdk does: text items
 * are joined with a blank line (`\n\n`) into the prompt, `local_image` paths become
 * `--image` arguments. `file` items add their "Attached file: …" line to the prompt.
 *
 * `codex exec` has no way to pass inline images, skills or mentions, so those are
 * rejected (the SDK silently dropped unknown items; an error is kinder than a prompt
 * that quietly lost part of its input).
 *
 * @example
 * ```ts
 * toExecInput([{ type: 'text', text: 'Describe' }, { type: 'text', text: 'briefly' }, { type: 'local_image', path: '/tmp/a.png' }]);
 * // → { prompt: 'Describe\n\nbriefly', images: ['/tmp/a.png'] }
 * ```
 *
 * @param input The user input.
 * @param options `baseDir` for relative paths.
 * @throws InvalidOptionsError for invalid input or items exec cannot carry.
 */
export function toExecInput(input: unknown, options: NormalizeInputOptions = {}): ExecInput {
  const parts: string[] = [];
  const images: string[] = [];
  for (const { item, at } of inputEntries(input)) {
    const wire = toWireItem(item, at, options);
    if (wire.kind === 'file') {
      parts.push(fileMentionText(wire.path));
      continue;
    }
    const w = wire.item;
    if (w.type === 'text') parts.push(w.text);
    else if (w.type === 'localImage') images.push(w.path);
    else {
      throw new InvalidOptionsError(
        formatOptionPath([...at, 'type'], 'input'),
        `'${String(item['type'])}' input is not supported by the exec transport (codex exec only takes text and local image files). ` +
          "Use transport: 'app-server', or pass images as { type: 'local_image', path }.",
      );
    }
  }
  return { prompt: parts.join('\n\n'), images };
}
