import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseThreadOptions } from '../../../src/options/threadOptions.js';
import { toThreadStartParams } from '../../../src/options/toWireParams.js';
import { defineTool } from '../../../src/tools/defineTool.js';

describe('dynamic tools on thread/start', () => {
  it('groups namespaced tools into one namespace entry after the plain tools', () => {
    const tool = (name: string, namespace?: string) =>
      defineTool({ name, description: `${name} tool`, parameters: z.object({ q: z.string() }), ...(namespace ? { namespace } : {}), execute: () => 'ok' });
    const tools = [tool('find_customer', 'crm'), tool('now'), tool('open_ticket', 'crm')];
    const params = toThreadStartParams(parseThreadOptions({ tools }), { tools });
    expect(params.dynamicTools).toEqual([
      { type: 'function', name: 'now', description: 'now tool', inputSchema: expect.objectContaining({ type: 'object' }) },
      {
        type: 'namespace',
        name: 'crm',
        description: 'crm tools',
        tools: [expect.objectContaining({ type: 'function', name: 'find_customer' }), expect.objectContaining({ type: 'function', name: 'open_ticket' })],
      },
    ]);
  });
});
