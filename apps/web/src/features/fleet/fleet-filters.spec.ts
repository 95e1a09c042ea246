import { describe, expect, it } from 'vitest';
import { fleetFiltersFromParams, fleetFiltersToQuery, lintByCluster, matches } from './fleet-filters';

describe('fleet filters', () => {
  it('reads back what it writes and ignores what cannot be a severity or a code', () => {
    expect(fleetFiltersFromParams(new URLSearchParams(fleetFiltersToQuery({ severity: 'error', code: 'vrid_reused' })))).toEqual({
      severity: 'error',
      code: 'vrid_reused',
    });
    expect(fleetFiltersFromParams(new URLSearchParams('severity=fatal&code=No%20such!'))).toEqual({});
  });

  it('filters findings by severity and code', () => {
    const all = [
      { severity: 'error', code: 'vrid_reused' },
      { severity: 'warning', code: 'priority_equal' },
      { severity: 'warning', code: 'vrid_reused' },
    ];
    expect(all.filter(matches({ code: 'vrid_reused' }))).toHaveLength(2);
    expect(all.filter(matches({ severity: 'warning', code: 'vrid_reused' }))).toEqual([all[2]]);
    expect(all.filter(matches({}))).toHaveLength(3);
  });

  it('counts per cluster', () => {
    const m = lintByCluster([
      { clusterId: 'a', severity: 'error', blocksDeployment: true },
      { clusterId: 'a', severity: 'warning', blocksDeployment: false },
      { clusterId: 'b', severity: 'warning', blocksDeployment: false },
    ]);
    expect(m.get('a')).toEqual({ errors: 1, warnings: 1, blocking: 1 });
    expect(m.get('b')).toEqual({ errors: 0, warnings: 1, blocking: 0 });
    expect(m.get('c')).toBeUndefined();
  });
});
