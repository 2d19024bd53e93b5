import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from '../../../src/errors/index.js';
import { toExecInput, type ExecInput } from '../../../src/input/index.js';

describe('toExecInput: prompt and --image paths for codex exec', () => {
  it.each<[string, unknown, ExecInput]>([
    ['a prompt string is passed through', 'Fix it', { prompt: 'Fix it', images: [] }],
    ['one text object', { type: 'text', text: 'hi' }, { prompt: 'hi', images: [] }],
    ['texts are joined with a blank line, like the SDK', [{ type: 'text', text: 'a' }, { type: 'text', text: 'b\n' }, { type: 'text', text: 'c' }], { prompt: 'a\n\nb\n\n\nc', images: [] }],
    [
      'local images become --image paths in order',
      [{ type: 'local_image', path: '/1.png' }, { type: 'text', text: 'compare' }, { type: 'local_image', path: '/2.png', detail: 'high' }],
      { prompt: 'compare', images: ['/1.png', '/2.png'] },
    ],
    ['images only give an empty prompt', [{ type: 'local_image', path: '/1.png' }], { prompt: '', images: ['/1.png'] }],
    ['a file is mentioned in the prompt', [{ type: 'text', text: 'review' }, { type: 'file', path: '/repo/spec.md' }], { prompt: 'review\n\nAttached file: /repo/spec.md', images: [] }],
  ])('%s', (_name, input, expected) => {
    expect(toExecInput(input)).toEqual(expected);
  });

  it('resolves relative image paths against baseDir', () => {
    expect(toExecInput([{ type: 'local_image', path: 'a.png' }], { baseDir: '/pics' })).toEqual({ prompt: '', images: ['/pics/a.png'] });
  });

  it.each<[string, unknown, string, RegExp]>([
    ['inline image', [{ type: 'text', text: 'x' }, { type: 'image', url: 'data:image/png;base64,AA' }], 'input[1].type', /not supported by the exec transport.*app-server/],
    ['skill', [{ type: 'skill', name: 's', path: '/s/SKILL.md' }], 'input[0].type', /'skill' input is not supported by the exec transport/],
    ['mention', { type: 'mention', name: 'm', path: 'app://m' }, 'input.type', /exec transport/],
    ['invalid input is validated like app-server input', [], 'input', /at least one item/],
    ['relative path without baseDir', [{ type: 'local_image', path: 'a.png' }], 'input[0].path', /absolute/],
  ])('rejects %s', (_name, input, option, reason) => {
    let err: unknown;
    try {
      toExecInput(input);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InvalidOptionsError);
    expect((err as InvalidOptionsError).option).toBe(option);
    expect((err as InvalidOptionsError).reason).toMatch(reason);
  });
});
