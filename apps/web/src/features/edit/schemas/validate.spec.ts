import type { ClusterSpec } from '@lvs/domain';
import { describe, expect, it } from 'vitest';
import { check, resolveDraft } from './validate';

const spec = {
  name: 'c',
  mode: 'keepalived',
  directors: [{ name: 'lb1', address: '10.213.0.11' }],
  vrrpInstances: [],
  vrrpSyncGroups: [],
  virtualServices: [],
} as unknown as ClusterSpec;
const options = { fields: {}, shouldUseNativeValidation: false } as const;

/** The editors' resolver (zodResolver over the domain schemas, then the cluster rules) says what `check` says. */
describe('resolveDraft', () => {
  it.each([
    ['a bad field', 'director', { name: 'bad name!', address: '10.0.0.300', sshPort: 70000 }],
    ['a cluster-wide rule', 'director', { name: 'lb1', address: '10.213.0.13' }],
    [
      'a nested path',
      'vrrpInstance',
      {
        name: 'VI',
        interface: 'eth0',
        virtualRouterId: 300,
        members: [{ director: 'lb1', priority: 999 }],
        vips: [{ address: '10.0.0.1/33' }],
      },
    ],
    ['a valid body', 'director', { name: 'lb2', address: '10.213.0.12' }],
  ] as const)('%s', async (_, kind, body) => {
    const expected = check(kind, body, spec);
    expect(await resolveDraft(kind, body, spec, {}, options)).toEqual(expected);
    if (_ !== 'a valid body') expect(Object.keys(expected).length).toBeGreaterThan(0);
  });
});
