import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from '../../../src/errors/index.js';
import { clusterNames } from '../../../src/cluster/clusterNames.js';
import { assertConnectionOptions, isLoopbackUrl } from '../../../src/cluster/natsConnect.js';

describe('NATS connection security', () => {
  it('recognises loopback URLs', () => {
    expect(['nats://127.0.0.1:4222', '127.0.0.5:1', 'localhost:4222', 'nats://[::1]:4222'].map(isLoopbackUrl)).toEqual([true, true, true, true]);
    expect(['nats://10.0.0.2:4222', 'nats.example.com:4222'].map(isLoopbackUrl)).toEqual([false, false]);
  });
  it('refuses a non-loopback server without credentials unless insecure: true', () => {
    expect(() => assertConnectionOptions({ servers: 'nats://10.0.0.2:4222' }, 'cluster')).toThrow(InvalidOptionsError);
    expect(() => assertConnectionOptions({ servers: 'nats://10.0.0.2:4222' }, 'cluster')).toThrow(/not a loopback address and no credentials/);
    expect(() => assertConnectionOptions({ servers: 'nats://10.0.0.2:4222', insecure: true }, 'cluster')).not.toThrow();
    expect(() => assertConnectionOptions({ servers: 'nats://10.0.0.2:4222', token: 't0ken' }, 'cluster')).not.toThrow();
    expect(() => assertConnectionOptions({ servers: 'nats://127.0.0.1:4222' }, 'cluster')).not.toThrow();
    expect(() => assertConnectionOptions({ servers: [] }, 'cluster')).toThrow(/at least one NATS server/);
  });
  it('namespaces every subject and bucket by the cluster name, and refuses names that cannot be subject tokens', () => {
    const a = clusterNames('alpha');
    const b = clusterNames('beta');
    expect([a.hostsBucket, a.threadsBucket, a.rolloutsStore, a.eventsStream]).toEqual(['codex-actors-alpha-hosts', 'codex-actors-alpha-threads', 'codex-actors-alpha-rollouts', 'codex-actors-alpha-events']);
    expect(a.hostOpen('h1')).not.toBe(b.hostOpen('h1'));
    expect(a.threadEvents('x')).toBe('codex-actors.alpha.events.x');
    expect(() => clusterNames('a.b')).toThrow(InvalidOptionsError);
    expect(() => clusterNames('')).toThrow(InvalidOptionsError);
  });
});
