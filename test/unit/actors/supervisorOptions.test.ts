import { describe, expect, it } from 'vitest';
import { defineChildSpec, validateChildSpec, speaksProtocol } from '../../../actors/childSpec.js';
import { createSupervisor } from '../../../actors/createSupervisor.js';
import { resolveSupervisorOptions } from '../../../actors/supervisorOptions.js';
import { InvalidOptionsError } from '../../../src/errors/index.js';
import { plainChildMachine, protocolChildMachine } from './support/dummyChildren.js';

function optionError(fn: () => unknown): InvalidOptionsError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidOptionsError);
    return error as InvalidOptionsError;
  }
  throw new Error('expected an InvalidOptionsError');
}

describe('supervisor options', () => {
  it('fills in the defaults', () => {
    expect(resolveSupervisorOptions()).toEqual({
      strategy: 'one_for_one',
      maxRestarts: 3,
      withinMs: 5000,
      backoff: { initialDelayMs: 100, maxDelayMs: 5000, factor: 2, jitter: 0.2 },
    });
  });

  it('keeps what is given, merging backoff field by field', () => {
    const resolved = resolveSupervisorOptions({ strategy: 'rest_for_one', maxRestarts: 0, backoff: { jitter: 0 } });
    expect(resolved.strategy).toBe('rest_for_one');
    expect(resolved.maxRestarts).toBe(0);
    expect(resolved.backoff).toEqual({ initialDelayMs: 100, maxDelayMs: 5000, factor: 2, jitter: 0 });
  });

  it.each([
    [{ maxRestarts: -1 }, 'supervisor.maxRestarts', 'must be a non-negative integer'],
    [{ maxRestarts: 1.5 }, 'supervisor.maxRestarts', 'must be a non-negative integer'],
    [{ maxRestarts: '3' }, 'supervisor.maxRestarts', 'must be a non-negative integer'],
    [{ withinMs: 0 }, 'supervisor.withinMs', 'must be a positive finite number of milliseconds'],
    [{ strategy: 'one_for_some' }, 'supervisor.strategy', "must be 'one_for_one', 'one_for_all' or 'rest_for_one'"],
    [{ backoff: { jitter: 2 } }, 'supervisor.backoff.jitter', 'must be a number between 0 and 1'],
    [{ backoff: { factor: 0.5 } }, 'supervisor.backoff.factor', 'must be a finite number >= 1'],
    [{ backoff: { initialDelayMs: 1000, maxDelayMs: 10 } }, 'supervisor.backoff.maxDelayMs', 'must be >= backoff.initialDelayMs (1000), got 10'],
    [{ maxRestart: 3 }, 'supervisor', 'unknown option(s) maxRestart'],
  ])('rejects %j naming %s', (options, option, reason) => {
    const error = optionError(() => resolveSupervisorOptions(options));
    expect(error.option).toBe(option);
    expect(error.reason).toBe(reason);
    expect(error.code).toBe('INVALID_OPTIONS');
  });

  it('createSupervisor throws synchronously on invalid options and specs', () => {
    expect(optionError(() => createSupervisor({ options: { maxRestarts: -1 } })).option).toBe('supervisor.maxRestarts');
    const bad = { id: 'a', logic: plainChildMachine, restart: 'sometimes', shutdownTimeoutMs: 1 } as never;
    expect(optionError(() => createSupervisor({ children: [bad] })).option).toBe('childSpec.restart');
    const a = defineChildSpec({ id: 'a', logic: plainChildMachine });
    expect(optionError(() => createSupervisor({ children: [a, a] })).option).toBe('children');
  });
});

describe('child specs', () => {
  it('defaults restart to permanent and the shutdown timeout to 5 s', () => {
    const spec = defineChildSpec({ id: 'a', logic: plainChildMachine });
    expect(spec.restart).toBe('permanent');
    expect(spec.shutdownTimeoutMs).toBe(5000);
  });

  it('detects protocol children from the events their machine handles', () => {
    expect(speaksProtocol(protocolChildMachine)).toBe(true);
    expect(speaksProtocol(plainChildMachine)).toBe(false);
    expect(defineChildSpec({ id: 'a', logic: protocolChildMachine }).protocol).toBe(true);
    expect(defineChildSpec({ id: 'a', logic: protocolChildMachine, protocol: false }).protocol).toBe(false);
  });

  it.each([
    [{ id: '', logic: plainChildMachine, restart: 'permanent', shutdownTimeoutMs: 1 }, 'childSpec.id'],
    [{ id: 'a', logic: {}, restart: 'permanent', shutdownTimeoutMs: 1 }, 'childSpec.logic'],
    [{ id: 'a', logic: plainChildMachine, restart: 'permanent', shutdownTimeoutMs: Infinity }, 'childSpec.shutdownTimeoutMs'],
    [{ id: 'a', logic: plainChildMachine, restart: 'permanent', shutdownTimeoutMs: 1, systemId: '' }, 'childSpec.systemId'],
    [{ id: 'a', logic: protocolChildMachine, restart: 'permanent', shutdownTimeoutMs: 1, input: 'text' }, 'childSpec.input'],
  ])('rejects an invalid spec (%#) naming %s', (spec, option) => {
    expect(optionError(() => validateChildSpec(spec)).option).toBe(option);
  });
});
