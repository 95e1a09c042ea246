import { describe, expect, it } from 'vitest';
import { clusterSpec } from '../../../../../test/factories';
import { executionGroups, rollingOrder } from './rolling-order';

describe('rollingOrder', () => {
  it('pushes BACKUP directors first and the MASTER last', () => {
    const base = clusterSpec();
    const spec = { ...base, directors: [...base.directors, { ...base.directors[1], name: 'lb3', address: '10.213.0.13' }] };
    spec.vrrpInstances = [
      {
        ...spec.vrrpInstances[0],
        members: [
          { director: 'lb1', priority: 150, state: 'MASTER' },
          { director: 'lb2', priority: 100, state: 'BACKUP' },
          { director: 'lb3', priority: 90, state: 'BACKUP' },
        ],
      },
    ];
    expect(rollingOrder(spec).map((d) => d.name)).toEqual(['lb2', 'lb3', 'lb1']);
    expect(executionGroups(rollingOrder(spec), true).map((g) => g.map((d) => d.name))).toEqual([['lb2', 'lb3'], ['lb1']]);
    expect(executionGroups(rollingOrder(spec), false)).toHaveLength(3);
  });
});
