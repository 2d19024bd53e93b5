import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidOptionsError, type Input } from '../../src/index.js';
import { inputMessages, responses, userTexts, type RecordedRequest } from '../../src/testing/index.js';
import { listCodexProcesses } from '../support/listCodexProcesses.js';
import { useScriptedCodex } from '../support/useScriptedCodex.js';

const setup = useScriptedCodex();

/** A 1×1 transparent PNG. */
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const PNG_DATA_URL = `data:image/png;base64,${PNG_BASE64}`;

/** The content spans of the last user message of a request. */
function lastUserContent(request: RecordedRequest): Array<{ type: string; text?: string; image_url?: string }> {
  const last = inputMessages(request, 'user').at(-1)!;
  return last.content as Array<{ type: string; text?: string; image_url?: string }>;
}

describe('turn input reaches the model', () => {
  it('a string and a list of text items', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.message('1'), responses.message('2'));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    await thread.run('plain string');
    await thread.run([
      { type: 'text', text: 'first part' },
      { type: 'text', text: 'second part' },
    ]);
    expect(userTexts(fixture.server.requests[0]!)).toEqual(['plain string']);
    // Several text items become one text, a blank line between them, as @openai/codex-sdk sends them.
    expect(userTexts(fixture.server.requests[1]!)).toEqual(['plain string', 'first part\n\nsecond part']);
  });

  it('an inline image data URL becomes an input_image', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.message('a pixel'));
    await codex.startThread({ cwd: fixture.home.workspace }).run([
      { type: 'text', text: 'what is this?' },
      { type: 'image', url: PNG_DATA_URL },
    ]);
    const content = lastUserContent(fixture.server.requests[0]!);
    expect(content.map((c) => c.type)).toEqual(['input_text', 'input_image']);
    expect(content[1]!.image_url).toBe(PNG_DATA_URL);
  });

  it('a local image file reaches the model as a data URL (relative paths resolve against the thread cwd)', async () => {
    const { fixture, codex } = await setup();
    writeFileSync(path.join(fixture.home.workspace, 'pixel.png'), Buffer.from(PNG_BASE64, 'base64'));
    fixture.server.enqueue(responses.message('a pixel'));
    await codex.startThread({ cwd: fixture.home.workspace }).run([
      { type: 'text', text: 'describe' },
      { type: 'local_image', path: 'pixel.png' },
    ]);
    const content = lastUserContent(fixture.server.requests[0]!);
    const image = content.find((c) => c.type === 'input_image')!;
    expect(image.image_url).toBe(PNG_DATA_URL);
    expect(content[0]).toMatchObject({ type: 'input_text', text: 'describe' });
  });

  it('a skill input injects the skill file into the request', async () => {
    const { fixture, codex } = await setup();
    // codex only expands skills it has discovered; $CODEX_HOME/skills is one of its roots.
    const skillDir = path.join(fixture.home.path, 'skills', 'greet');
    mkdirSync(skillDir, { recursive: true });
    const skillPath = path.join(skillDir, 'SKILL.md');
    writeFileSync(skillPath, '---\nname: greet\ndescription: Greets people warmly\n---\n\nSKILL BODY: always say hello in French.\n');
    fixture.server.enqueue(responses.message('bonjour'));
    await codex.startThread({ cwd: fixture.home.workspace }).run([
      { type: 'text', text: 'greet me' },
      { type: 'skill', name: 'greet', path: skillPath },
    ]);
    const texts = userTexts(fixture.server.requests[0]!);
    expect(texts[0]).toBe('greet me');
    expect(texts[1]).toContain('<skill>\n<name>greet</name>');
    expect(texts[1]).toContain('SKILL BODY: always say hello in French.');
  });

  it('a mention input reaches codex (recorded on the user message) without breaking the turn', async () => {
    const { fixture, codex } = await setup();
    fixture.server.enqueue(responses.message('noted'));
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const result = await thread.run([
      { type: 'text', text: 'see the docs' },
      { type: 'mention', name: 'Docs', path: 'app://docs/readme' },
    ]);
    expect(result.finalResponse).toBe('noted');
    // codex resolves mentions of installed apps/plugins only; with none installed the model sees the text alone.
    expect(userTexts(fixture.server.requests[0]!)).toEqual(['see the docs']);
    const read = await thread.read({ includeTurns: true });
    const turns = (read.thread as { turns: Array<{ items: Array<{ type: string; content?: unknown[] }> }> }).turns;
    const user = turns[0]!.items.find((i) => i.type === 'userMessage')!;
    expect(user.content).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'mention', name: 'Docs', path: 'app://docs/readme' })]));
  });
});

describe('invalid input', () => {
  const cases: Array<[string, unknown, string]> = [
    ['an empty string', '', 'input'],
    ['an empty list', [], 'input'],
    ['an unknown type', [{ type: 'txt', text: 'x' }], 'input[0].type'],
    ['a text item without text', { type: 'text' }, 'input.text'],
    ['a remote image URL', [{ type: 'image', url: 'https://example.com/a.png' }], 'input[0].url'],
    ['an unknown field', [{ type: 'local_image', path: '/a.png', dpi: 2 }], 'input[0].dpi'],
    ['a number', 42, 'input'],
  ];
  it.each(cases)('%s → InvalidOptionsError before any process or model request', async (_name, input, option) => {
    const { fixture, codex } = await setup();
    const thread = codex.startThread({ cwd: fixture.home.workspace });
    const error = await thread.run(input as Input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect((error as InvalidOptionsError).option).toBe(option);
    expect(fixture.server.requests).toHaveLength(0);
    expect(listCodexProcesses(fixture.home.path)).toEqual([]);
    expect(thread.id).toBeNull();
  });
});
