import type { WireUserInput } from './normalizeInput.js';

/**
 * Joins every text item of a turn's input into one, with a blank line between
 * them, where the first text item stood; other items keep their order. This is
 * what @openai/codex-sdk does (it sends one prompt, `texts.join('\n\n')`), so the
 * model sees the same input on both transports.
 *
 * @example
 * ```ts
 * joinTextItems([{ type: 'text', text: 'Describe', text_elements: [] }, { type: 'text', text: 'briefly', text_elements: [] }]);
 * // → [{ type: 'text', text: 'Describe\n\nbriefly', text_elements: [] }]
 * ```
 */
export function joinTextItems(items: WireUserInput[]): WireUserInput[] {
  const texts = items.filter((item) => item.type === 'text');
  if (texts.length < 2) return items as WireUserInput[];
  const joined: WireUserInput = { type: 'text', text: texts.map((t) => t.text).join('\n\n'), text_elements: [] };
  const first = items.indexOf(texts[0]!);
  return items.flatMap((item, index): WireUserInput[] => (index === first ? [joined] : item.type === 'text' ? [] : [item]));
}
