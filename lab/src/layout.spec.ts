import { render } from '@lvs/keepalived';
import { describe, expect, it } from 'vitest';
import { labClusterSpec } from './cluster-spec';
import {
  bridgeName,
  checkLabName,
  checkSize,
  directorAddress,
  hostVethName,
  MAX_DIRECTORS,
  MAX_INDEX,
  MAX_REAL_SERVERS,
  realServerAddress,
  subnet,
  tapName,
  vipAddress,
  vmAddress,
} from './layout';

describe('lab layout', () => {
  it('gives each index its own /24 above the addresses the API tests make up, and never reuses an address inside a lab', () => {
    expect(subnet(0)).toBe('10.213.100.0/24');
    expect(subnet(MAX_INDEX)).toBe('10.213.199.0/24');
    expect(() => subnet(MAX_INDEX + 1)).toThrow(/outside/);
    const all = [
      ...Array.from({ length: MAX_DIRECTORS }, (_, k) => directorAddress(7, k + 1)),
      ...Array.from({ length: MAX_REAL_SERVERS }, (_, k) => realServerAddress(7, k + 1)),
      ...Array.from({ length: 10 }, (_, k) => vipAddress(7, k + 1)),
      ...Array.from({ length: 50 }, (_, k) => vmAddress(7, k + 1)),
    ];
    expect(new Set(all).size).toBe(all.length);
    expect(all.every((a) => a.startsWith('10.213.107.') && Number(a.split('.')[3]) < 255)).toBe(true);
  });

  it('keeps interface names within the kernel limit of 15 characters', () => {
    for (const n of [
      bridgeName(MAX_INDEX),
      hostVethName(MAX_INDEX, `d${MAX_DIRECTORS}`),
      hostVethName(MAX_INDEX, `r${MAX_REAL_SERVERS}`),
      tapName(MAX_INDEX, 50),
    ])
      expect(n.length).toBeLessThanOrEqual(15);
  });

  it('refuses bad names and sizes, and the folders .lab/ keeps for other uses', () => {
    expect(() => checkLabName('Lab 1')).toThrow(/a-z/);
    expect(() => checkLabName('cache')).toThrow(/reserved/);
    expect(() => checkLabName('ci-7')).not.toThrow();
    expect(() => checkSize({ directors: 0, realServers: 3 })).toThrow(/--directors/);
    expect(() => checkSize({ directors: 2, realServers: 41 })).toThrow(/--real-servers/);
  });

  it("renders each director's keepalived.conf from the lab's cluster spec: one instance, priorities descending, director 1 MASTER", () => {
    const spec = labClusterSpec('x', 3, { directors: 3, realServers: 2 });
    const d1 = render(spec, 'lab-d1');
    const d3 = render(spec, 'lab-d3');
    expect(d1).toMatch(/state MASTER[\s\S]*priority 150/);
    expect(d3).toMatch(/state BACKUP[\s\S]*priority 130/);
    expect(d1).toContain('10.213.103.100/32');
    expect(spec.directors.map((d) => d.pidFile)).toEqual(Array(3).fill('/etc/keepalived/keepalived.pid'));
    expect(spec.virtualServices[0].realServers.map((r) => r.address)).toEqual(['10.213.103.31', '10.213.103.32']);
  });
});
