import { describe, expect, it } from 'vitest';
import { clusterSpec } from '../../../test/factories';
import { colourDiff, formatSpecChanges, specChanges } from './spec-diff';

describe('specChanges: by natural key, terraform-like', () => {
  it('is empty for the same spec, and reordering members or real servers is no change to a key', () => {
    const a = clusterSpec({ name: 'x' });
    expect(specChanges(a, structuredClone(a))).toEqual([]);
    const b = structuredClone(a);
    b.vrrpInstances[0].members.reverse();
    b.virtualServices[0].realServers.reverse();
    expect(specChanges(a, b)).toEqual([]);
  });

  it('names what is added, changed (field by field, members by director) and removed', () => {
    const a = clusterSpec({ name: 'x' });
    const b = structuredClone(a);
    b.vrrpInstances[0].members[1].priority = 120;
    b.directors.push({ ...b.directors[0], name: 'lb3', address: '10.213.0.13' });
    b.virtualServices[0].realServers.pop();
    b.description = 'd';
    const ch = specChanges(a, b);
    expect(ch).toEqual([
      { op: '~', key: 'cluster', fields: [{ path: 'description', from: '', to: 'd' }] },
      { op: '+', key: 'director:lb3', fields: [] },
      { op: '~', key: 'vrrpInstance:VI_WEB', fields: [{ path: 'members.lb2.priority', from: 100, to: 120 }] },
      { op: '-', key: 'realServer:10.213.1.10:80/TCP>10.213.0.22:80', fields: [] },
    ]);
    expect(formatSpecChanges(ch, false)).toBe(
      [
        '~ cluster',
        '    ~ description: "" → "d"',
        '+ director:lb3',
        '~ vrrpInstance:VI_WEB',
        '    ~ members.lb2.priority: 100 → 120',
        '- realServer:10.213.1.10:80/TCP>10.213.0.22:80',
        'Spec: 1 to add, 2 to change, 1 to remove.',
        '',
      ].join('\n'),
    );
  });

  it('a cluster that does not exist yet is all additions; colours only when asked (a TTY)', () => {
    const b = clusterSpec({ name: 'new' });
    const ch = specChanges(null, b);
    expect(ch.every((c) => c.op === '+')).toBe(true);
    expect(ch.map((c) => c.key)).toContain('virtualService:10.213.1.10:80/TCP');
    expect(formatSpecChanges(ch, false)).not.toContain('\u001b[');
    expect(colourDiff('+a\n-b\n c', false)).toBe('+a\n-b\n c');
  });
});
