import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from '../../../src/index.js';
import { parseCodexOptions } from '../../../src/options/codexOptions.js';
import { appServerClientInfo } from '../../../src/runtime/appServerStarter.js';

describe('originator', () => {
  it('app-server labels requests codex-actors by default; the option, then the environment override, change it', () => {
    expect(appServerClientInfo(parseCodexOptions({ env: {} }))).toEqual({});
    expect(appServerClientInfo(parseCodexOptions({ env: {}, originator: 'codex_sdk_ts' })).clientInfo).toMatchObject({ name: 'codex_sdk_ts' });
    expect(appServerClientInfo(parseCodexOptions({ env: { CODEX_INTERNAL_ORIGINATOR_OVERRIDE: 'from_env' } })).clientInfo).toMatchObject({ name: 'from_env' });
    expect(appServerClientInfo(parseCodexOptions({ env: { CODEX_INTERNAL_ORIGINATOR_OVERRIDE: 'from_env' }, originator: 'mine' })).clientInfo).toMatchObject({ name: 'mine' });
  });

  it('must be a header value', () => {
    for (const bad of ['', 'two words', 'line\nbreak', 42]) expect(() => parseCodexOptions({ originator: bad })).toThrow(InvalidOptionsError);
  });
});
