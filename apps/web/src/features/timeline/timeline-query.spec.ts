import { describe, expect, it } from 'vitest';
import { axisPositions, eventWhere, filtersFromParams, filtersToQuery, pageQuery } from './timeline-query';

describe('timeline filters in the address', () => {
  it('reads back what it writes, with the API names and readable commas', () => {
    const f = { kind: 'vrrp.,deployment.failed', severity: ['warning', 'critical'] as const, from: '2026-12-02T06:00:00.000Z' };
    const q = filtersToQuery({ ...f, severity: [...f.severity] });
    expect(q).toBe('kind=vrrp.,deployment.failed&severity=warning,critical&from=2026-12-02T06%3A00%3A00.000Z');
    expect(filtersFromParams(new URLSearchParams(q))).toEqual({ ...f, severity: ['warning', 'critical'] });
  });

  it('drops severities the API does not know, and empty values', () => {
    expect(filtersFromParams(new URLSearchParams('severity=bad,info&kind=&to='))).toEqual({ severity: ['info'] });
  });

  it('pages by cursor after the first page', () => {
    expect(pageQuery({ severity: ['critical'] }, 50)).toBe('severity=critical&limit=50');
    expect(pageQuery({}, 50, 'abc|1')).toBe('limit=50&cursor=abc%7C1');
  });
});

describe('where an event happened', () => {
  it('names the director, instance, service and real server of its evidence', () => {
    expect(eventWhere({ subject: 'VI_1', data: { instance: 'VI_1', director: 'lb2', from: 'BACKUP', to: 'MASTER' } })).toEqual([
      'director lb2',
      'instance VI_1',
    ]);
    expect(eventWhere({ subject: 'x', data: { service: '10.0.0.1:80/TCP', realServer: '10.0.0.11:80', observedOn: 'lb1' } })).toEqual([
      'director lb1',
      'service 10.0.0.1:80/TCP',
      'real server 10.0.0.11:80',
    ]);
  });

  it('names a deployment by the start of its id', () => {
    const id = '0f8e6a2c-1111-4222-8333-444455556666';
    expect(eventWhere({ subject: id, data: { deploymentId: id, director: 'lb1' } })).toEqual(['director lb1', 'deployment 0f8e6a2c']);
  });

  it('names the target of a topology edit', () => {
    const id = '9a1b2c3d-0000-4000-8000-000000000000';
    expect(eventWhere({ subject: `cluster:${id}`, data: { action: 'cluster.create', targetType: 'cluster', targetId: id } })).toEqual([
      'the cluster',
    ]);
    expect(eventWhere({ subject: `director:${id}`, data: { targetType: 'director', targetId: id } })).toEqual(['director 9a1b2c3d']);
  });

  it('falls back to the subject', () => {
    expect(eventWhere({ subject: 'cluster', data: { action: 'cluster.update' } })).toEqual(['cluster']);
    expect(eventWhere({ subject: null, data: {} })).toEqual([]);
  });
});

describe('the time axis', () => {
  it('places events between the oldest and the newest loaded', () => {
    const a = axisPositions(['2026-12-02T10:10:00Z', '2026-12-02T10:00:00Z', '2026-12-02T10:05:00Z']);
    expect(a.at).toEqual([1, 0, 0.5]);
    expect(a.end - a.start).toBe(600_000);
  });

  it("uses the filter's bounds when set, clamping what lies outside", () => {
    expect(
      axisPositions(['2026-12-02T10:15:00Z', '2026-12-02T09:00:00Z'], { from: '2026-12-02T10:00:00Z', to: '2026-12-02T10:20:00Z' }).at,
    ).toEqual([0.75, 0]);
  });

  it('puts a lone event in the middle', () => {
    expect(axisPositions(['2026-12-02T10:00:00Z']).at).toEqual([0.5]);
  });
});
