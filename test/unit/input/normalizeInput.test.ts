import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from '../../../src/errors/index.js';
import { fileMentionText, normalizeInput, type NormalizedInput, type WireUserInput } from '../../../src/input/index.js';

const text = (t: string): WireUserInput => ({ type: 'text', text: t, text_elements: [] });

function invalid(input: unknown, options: { baseDir?: string } = {}): InvalidOptionsError {
  try {
    normalizeInput(input, options);
  } catch (err) {
    expect(err).toBeInstanceOf(InvalidOptionsError);
    return err as InvalidOptionsError;
  }
  throw new Error('expected normalizeInput to throw');
}

describe('normalizeInput: conversions to app-server UserInput', () => {
  it.each<[string, unknown, NormalizedInput]>([
    ['a prompt string', 'Fix the test', { items: [text('Fix the test')], attachments: [] }],
    ['a whitespace prompt is still text', ' ', { items: [text(' ')], attachments: [] }],
    ['one text object', { type: 'text', text: 'hi' }, { items: [text('hi')], attachments: [] }],
    ['several texts stay separate items', [{ type: 'text', text: 'a' }, { type: 'text', text: 'b' }], { items: [text('a'), text('b')], attachments: [] }],
    ['an inline image', { type: 'image', url: 'data:image/png;base64,AAAA' }, { items: [{ type: 'image', url: 'data:image/png;base64,AAAA' }], attachments: [] }],
    ['an image with detail', { type: 'image', url: 'DATA:image/png;base64,AA', detail: 'original' }, { items: [{ type: 'image', url: 'DATA:image/png;base64,AA', detail: 'original' }], attachments: [] }],
    ['a local image', { type: 'local_image', path: '/tmp/a.png' }, { items: [{ type: 'localImage', path: '/tmp/a.png' }], attachments: [] }],
    ['a local image with detail', { type: 'local_image', path: '/tmp/a.png', detail: 'high' }, { items: [{ type: 'localImage', path: '/tmp/a.png', detail: 'high' }], attachments: [] }],
    ['a skill', { type: 'skill', name: 'deploy', path: '/skills/deploy/SKILL.md' }, { items: [{ type: 'skill', name: 'deploy', path: '/skills/deploy/SKILL.md' }], attachments: [] }],
    ['a mention keeps its URI path', { type: 'mention', name: 'Drive', path: 'app://drive/doc' }, { items: [{ type: 'mention', name: 'Drive', path: 'app://drive/doc' }], attachments: [] }],
    [
      'a file becomes an attachment and a text mention',
      [{ type: 'text', text: 'review' }, { type: 'file', path: '/repo/spec.md' }],
      { items: [text('review'), text('Attached file: /repo/spec.md')], attachments: [{ path: '/repo/spec.md', index: 1 }] },
    ],
    ['undefined optional fields are ignored', { type: 'local_image', path: '/a.png', detail: undefined }, { items: [{ type: 'localImage', path: '/a.png' }], attachments: [] }],
  ])('%s', (_name, input, expected) => {
    expect(normalizeInput(input)).toEqual(expected);
  });

  it('resolves relative paths against baseDir', () => {
    expect(
      normalizeInput(
        [
          { type: 'local_image', path: 'img/a.png' },
          { type: 'skill', name: 's', path: 'skills/s/SKILL.md' },
          { type: 'file', path: '../notes.md' },
        ],
        { baseDir: '/work/app' },
      ),
    ).toEqual({
      items: [{ type: 'localImage', path: '/work/app/img/a.png' }, { type: 'skill', name: 's', path: '/work/app/skills/s/SKILL.md' }, text(fileMentionText('/work/notes.md'))],
      attachments: [{ path: '/work/notes.md', index: 2 }],
    });
  });

  it('accepts readonly arrays', () => {
    const input = Object.freeze([{ type: 'text', text: 'x' }] as const);
    expect(normalizeInput(input).items).toEqual([text('x')]);
  });
});

describe('normalizeInput: invalid input names the exact item', () => {
  it.each<[string, unknown, string, RegExp]>([
    ['empty list', [], 'input', /at least one item/],
    ['empty string', '', 'input', /empty string/],
    ['a number', 42, 'input', /string, an input item.*or a list.*the number 42/],
    ['null', null, 'input', /got null/],
    ['a non-object item', ['hi', { type: 'text', text: 'x' }], 'input[0]', /input item object.*the string "hi"/],
    ['missing type', [{ text: 'x' }], 'input[0].type', /is required.*'text', 'image', 'local_image'/],
    ['unknown type with a guess', [{ type: 'text', text: 'a' }, { type: 'localImage', path: '/a.png' }], 'input[1].type', /unknown input type 'localImage'; did you mean 'local_image'/],
    ['unknown type without a guess', { type: 'video', url: 'x' }, 'input.type', /unknown input type 'video'\. Valid types/],
    ['missing text', [{ type: 'text' }], 'input[0].text', /is required/],
    ['empty text', [{ type: 'text', text: 'a' }, { type: 'text', text: '' }], 'input[1].text', /non-empty string.*an empty string/],
    ['non-string text', { type: 'text', text: 5 }, 'input.text', /the number 5/],
    ['non-string url', [{ type: 'image', url: 3 }], 'input[0].url', /non-empty string.*the number 3/],
    ['remote url', [{ type: 'image', url: 'https://example.com/a.png' }], 'input[0].url', /inline data URL.*rejects remote image URLs.*local_image/],
    ['relative local_image path', [{ type: 'text', text: 'a' }, { type: 'text', text: 'b' }, { type: 'local_image', path: 'a.png' }], 'input[2].path', /absolute path; got the relative path "a\.png"/],
    ['missing local_image path', { type: 'local_image' }, 'input.path', /is required/],
    ['relative file path', [{ type: 'file', path: 'notes.md' }], 'input[0].path', /absolute/],
    ['relative skill path', [{ type: 'skill', name: 's', path: 'SKILL.md' }], 'input[0].path', /absolute/],
    ['skill without name', [{ type: 'skill', path: '/s/SKILL.md' }], 'input[0].name', /is required: the skill name/],
    ['mention without path', [{ type: 'mention', name: 'x' }], 'input[0].path', /is required/],
    ['low detail', [{ type: 'local_image', path: '/a.png', detail: 'low' }], 'input[0].detail', /'auto', 'high' or 'original'.*drops images with detail 'low'/],
    ['unknown field with a guess', [{ type: 'local_image', pth: '/a.png' }], 'input[0].pth', /not a field of 'local_image' input; did you mean 'path'/],
    ['SDK-style field on text', [{ type: 'text', text: 'x', text_elements: [] }], 'input[0].text_elements', /not a field of 'text' input/],
  ])('%s', (_name, input, option, reason) => {
    const err = invalid(input);
    expect(err.option).toBe(option);
    expect(err.reason).toMatch(reason);
  });
});
