import { describe, expect, it } from 'vitest';
import { CODEX_OPTION_DEFAULTS, parseCodexOptions } from '../../../src/options/index.js';
import { expectInvalid } from './expectInvalid.js';

const fn = () => undefined;

describe('parseCodexOptions: defaults and normalisation', () => {
  it('fills every default when no options are given', () => {
    for (const raw of [undefined, null, {}]) {
      expect(parseCodexOptions(raw)).toEqual({
        configOverrides: [],
        transport: 'app-server',
        processModel: 'per-thread',
        supervisor: { strategy: 'one_for_one', maxRestarts: 3, withinMs: 5000, backoff: { initialDelayMs: 100, maxDelayMs: 5000, factor: 2, jitter: 0.2 } },
        versionCheck: 'error',
        requestTimeoutMs: 60_000,
        shutdownTimeoutMs: 5_000,
        approvalTimeoutMs: 300_000,
        retryTurnOnCrash: false,
      });
    }
    expect(CODEX_OPTION_DEFAULTS.approvalTimeoutMs).toBe(300_000);
  });

  it('folds codexPathOverride into codexPath', () => {
    expect(parseCodexOptions({ codexPathOverride: '/opt/codex' }).codexPath).toBe('/opt/codex');
    expect(parseCodexOptions({ codexPath: '/opt/codex', codexPathOverride: '/opt/codex' }).codexPath).toBe('/opt/codex');
  });

  it('keeps partial supervisor settings and fills the rest', () => {
    const opts = parseCodexOptions({ supervisor: { strategy: 'rest_for_one', backoff: { factor: 3, jitter: false } } });
    expect(opts.supervisor).toEqual({
      strategy: 'rest_for_one',
      maxRestarts: 3,
      withinMs: 5000,
      backoff: { initialDelayMs: 100, maxDelayMs: 5000, factor: 3, jitter: 0 },
    });
    expect(parseCodexOptions({ supervisor: { backoff: { jitter: true } } }).supervisor.backoff.jitter).toBe(0.2);
  });

  it('raises the default backoff cap to a larger initial delay instead of failing', () => {
    expect(parseCodexOptions({ supervisor: { backoff: { initialDelayMs: 8000 } } }).supervisor.backoff).toMatchObject({ initialDelayMs: 8000, maxDelayMs: 8000 });
  });

  it('drops undefined env entries (process.env spreads) and keeps the rest', () => {
    expect(parseCodexOptions({ env: { PATH: '/bin', UNSET: undefined } }).env).toEqual({ PATH: '/bin' });
  });

  it('accepts every SDK option and every codex-actors option', () => {
    const tracerProvider = { getTracer: () => ({}) };
    const meterProvider = { getMeter: () => ({}) };
    const opts = parseCodexOptions({
      codexPath: 'codex',
      codexHome: '/var/tmp/home',
      env: { A: 'b' },
      apiKey: 'sk-test',
      baseUrl: 'http://127.0.0.1:1234/v1',
      config: { model: 'gpt-5.5', tools: { update_plan: { enabled: true } } },
      configOverrides: ['model_reasoning_effort="high"'],
      transport: 'exec',
      processModel: { pool: 4 },
      supervisor: { strategy: 'one_for_all', maxRestarts: 0, withinMs: 1, backoff: { initialDelayMs: 0, maxDelayMs: 0, factor: 1, jitter: 1 } },
      versionCheck: 'off',
      requestTimeoutMs: 1,
      shutdownTimeoutMs: 0,
      approvalTimeoutMs: 2_147_483_647,
      retryTurnOnCrash: true,
      onApproval: fn,
      onUserInput: fn,
      onElicitation: fn,
      inspect: { next: fn },
      tracerProvider,
      meterProvider,
    });
    expect(opts).toMatchObject({ transport: 'exec', processModel: { pool: 4 }, shutdownTimeoutMs: 0, retryTurnOnCrash: true, tracerProvider, meterProvider });
    expect(opts.onApproval).toBe(fn);
    expect(opts).not.toHaveProperty('codexPathOverride');
  });
});

describe('parseCodexOptions: rejects with the option path and a fix', () => {
  it.each<[unknown, string, RegExp]>([
    [{ codexPath: '' }, 'codexPath', /non-empty string.*omit the option/],
    [{ codexPathOverride: '  ' }, 'codexPathOverride', /non-empty/],
    [{ codexPath: '/a', codexPathOverride: '/b' }, 'codexPathOverride', /conflicts with `codexPath`.*pass only `codexPath`/],
    [{ codexHome: 'relative/home' }, 'codexHome', /absolute path.*"relative\/home".*path\.resolve/],
    [{ codexHome: 42 }, 'codexHome', /absolute path string; got the number 42/],
    [{ env: { A: 1 } }, 'env', /"A" must be a string; got the number 1/],
    [{ env: { 'A=B': 'x' } }, 'env', /invalid variable name/],
    [{ env: 'PATH=/bin' }, 'env', /object of environment variables/],
    [{ apiKey: '' }, 'apiKey', /non-empty string; got an empty string/],
    [{ baseUrl: 'localhost:8080' }, 'baseUrl', /http\(s\) URL/],
    [{ config: { a: { b: null } } }, 'config.a.b', /cannot be null.*omit a key/],
    [{ config: { n: Number.NaN } }, 'config.n', /finite number/],
    [{ config: [] }, 'config', /plain object/],
    [{ configOverrides: ['novalue'] }, 'configOverrides[0]', /'key=value'/],
    [{ transport: 'stdio' }, 'transport', /one of 'app-server', 'exec'; got the string "stdio"/],
    [{ processModel: { pool: 0 } }, 'processModel.pool', /integer from 1 to 1024; got the number 0/],
    [{ processModel: { pool: 2.5 } }, 'processModel.pool', /integer/],
    [{ processModel: { size: 2 } }, 'processModel.size', /unknown option 'size'.*also: `processModel.pool`: is required/],
    [{ processModel: { pol: 2 } }, 'processModel.pol', /did you mean 'pool'/],
    [{ processModel: 'shared' }, 'processModel', /'per-thread' or \{ pool: N \}/],
    [{ supervisor: { strategy: 'one-for-one' } }, 'supervisor.strategy', /'one_for_one', 'one_for_all', 'rest_for_one'/],
    [{ supervisor: { maxRestarts: -1 } }, 'supervisor.maxRestarts', /integer >= 0; got the number -1/],
    [{ supervisor: { maxRestarts: 1.5 } }, 'supervisor.maxRestarts', /integer/],
    [{ supervisor: { withinMs: 0 } }, 'supervisor.withinMs', /between 1 and/],
    [{ supervisor: { backoff: { factor: 0.5 } } }, 'supervisor.backoff.factor', /from 1 to/],
    [{ supervisor: { backoff: { jitter: 2 } } }, 'supervisor.backoff.jitter', /from 0 to 1; got the number 2/],
    [{ supervisor: { backoff: { initialDelayMs: 500, maxDelayMs: 100 } } }, 'supervisor.backoff.maxDelayMs', /below supervisor\.backoff\.initialDelayMs/],
    [{ supervisor: { backoff: { jiter: 0.1 } } }, 'supervisor.backoff.jiter', /did you mean 'jitter'/],
    [{ versionCheck: 'strict' }, 'versionCheck', /'error', 'warn', 'off'/],
    [{ requestTimeoutMs: -1 }, 'requestTimeoutMs', /whole number of milliseconds between 1 and 2147483647; got the number -1/],
    [{ requestTimeoutMs: 0 }, 'requestTimeoutMs', /between 1/],
    [{ shutdownTimeoutMs: 1.5 }, 'shutdownTimeoutMs', /whole number/],
    [{ approvalTimeoutMs: 3_000_000_000 }, 'approvalTimeoutMs', /2147483647/],
    [{ approvalTimeoutMs: '5m' }, 'approvalTimeoutMs', /got the string "5m"/],
    [{ retryTurnOnCrash: 'yes' }, 'retryTurnOnCrash', /boolean/],
    [{ onApproval: 'accept' }, 'onApproval', /must be a function \(the approval handler\)/],
    [{ onUserInput: {} }, 'onUserInput', /function/],
    [{ onElicitation: 1 }, 'onElicitation', /function/],
    [{ inspect: 'console' }, 'inspect', /inspection callback or observer/],
    [{ tracerProvider: {} }, 'tracerProvider', /TracerProvider \(an object with getTracer\(\)\)/],
    [{ meterProvider: () => ({}) }, 'meterProvider', /MeterProvider/],
  ])('%j → %s', (raw, option, reason) => {
    expect(expectInvalid(() => parseCodexOptions(raw), option)).toMatch(reason);
  });

  it('suggests the closest name for a typo', () => {
    expect(expectInvalid(() => parseCodexOptions({ codexPathOveride: '/x' }), 'codexPathOveride')).toBe("unknown option 'codexPathOveride'; did you mean 'codexPathOverride'?");
    expect(expectInvalid(() => parseCodexOptions({ supervisr: {} }), 'supervisr')).toMatch(/did you mean 'supervisor'/);
    expect(expectInvalid(() => parseCodexOptions({ requestTimeout: 5 }), 'requestTimeout')).toMatch(/did you mean 'requestTimeoutMs'/);
  });

  it('lists the valid names when nothing is close', () => {
    expect(expectInvalid(() => parseCodexOptions({ zzz: 1 }), 'zzz')).toMatch(/valid options here are 'codexPath', .*'meterProvider'/);
  });

  it('says where a thread or turn option belongs', () => {
    expect(expectInvalid(() => parseCodexOptions({ sandbox: 'read-only' }), 'sandbox')).toMatch(/thread option: pass it to codex\.startThread/);
    expect(expectInvalid(() => parseCodexOptions({ outputSchema: {} }), 'outputSchema')).toMatch(/turn option: pass it to thread\.run/);
  });

  it('never echoes the API key or other secrets, not even in the error cause', () => {
    const cases: Array<[unknown, string]> = [
      [{ apiKey: 12345 }, 'apiKey'],
      [{ apiKey: 'sk-secret-1', requestTimeoutMs: -1 }, 'requestTimeoutMs'],
      [{ apiKey: 'sk-secret-1', sandbx: 1 }, 'sandbx'],
      [{ baseUrl: 'sk-secret-1' }, 'baseUrl'],
      [{ configOverrides: ['sk-secret-1'] }, 'configOverrides[0]'],
    ];
    for (const [raw, option] of cases) {
      let err: unknown;
      try {
        parseCodexOptions(raw);
      } catch (e) {
        err = e;
      }
      expectInvalid(() => { throw err; }, option);
      const seen = JSON.stringify({ message: (err as Error).message, cause: (err as Error).cause ?? null }, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
      expect(seen).not.toContain('12345');
      expect(seen).not.toContain('sk-secret-1');
    }
  });

  it('reports further problems in the same message', () => {
    const reason = expectInvalid(() => parseCodexOptions({ requestTimeoutMs: -5, shutdownTimeoutMs: 'x' }), 'requestTimeoutMs');
    expect(reason).toMatch(/also: `shutdownTimeoutMs`: .*"x"/);
  });

  it('rejects a non-object', () => {
    expect(expectInvalid(() => parseCodexOptions('fast'), 'options')).toMatch(/object of options, got the string "fast"/);
  });
});
