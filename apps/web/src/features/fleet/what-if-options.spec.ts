import type { ClusterSpec } from '@lvs/domain';
import { describe, expect, it } from 'vitest';
import { failOptions } from './what-if-options';

describe('what-if options of a spec', () => {
  it('names every director, interface of a member, script and real server in the API syntax, once each', () => {
    const spec = {
      directors: [{ name: 'lb1' }, { name: 'lb2' }],
      vrrpInstances: [
        { interface: 'eth0', members: [{ director: 'lb1' }, { director: 'lb2' }] },
        { interface: 'eth0', members: [{ director: 'lb1' }] },
      ],
      vrrpScripts: [{ name: 'chk_haproxy' }],
      virtualServices: [
        {
          realServers: [
            { address: '10.0.0.11', port: 80 },
            { address: '2001:db8::11', port: 443 },
          ],
        },
        { realServers: [{ address: '10.0.0.11', port: 80 }] },
      ],
    } as unknown as ClusterSpec;
    expect(failOptions(spec).map((o) => o.value)).toEqual([
      'director:lb1',
      'director:lb2',
      'interface:eth0@lb1',
      'interface:eth0@lb2',
      'script:chk_haproxy',
      'real-server:10.0.0.11:80',
      'real-server:[2001:db8::11]:443',
    ]);
  });
});
