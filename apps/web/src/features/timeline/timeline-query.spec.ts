import { describe, expect, it } from 'vitest';
import { eventWhere, filtersFromParams, filtersToQuery, pageQuery, MIN_SPAN_MS, timelineSpan } from './timeline-query';

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

describe("the chart's span", () => {
  const now = Date.parse('2026-12-02T12:00:00Z');
  const at = (iso: string) => Date.parse(iso);

  it("is the filter's from/to when both are set, however short", () => {
    expect(timelineSpan(['2026-12-02T10:01:00Z'], { from: '2026-12-02T10:00:00Z', to: '2026-12-02T10:02:00Z' }, now)).toEqual({
      from: at('2026-12-02T10:00:00Z'),
      to: at('2026-12-02T10:02:00Z'),
    });
  });

  it('without a filter runs from just before the oldest event loaded to now', () => {
    const s = timelineSpan(['2026-12-02T11:00:00Z', '2026-12-02T10:00:00Z'], {}, now);
    expect(s.to).toBe(now);
    // 3 % of the two hours before the oldest, so its mark is off the edge
    expect(s.from).toBe(at('2026-12-02T10:00:00Z') - 0.03 * 7_200_000);
  });

  it('reaches an event newer than now (a clock ahead of this one)', () => {
    expect(timelineSpan(['2026-12-02T12:05:00Z'], {}, now).to).toBe(at('2026-12-02T12:05:00Z'));
  });

  it('is widened to ten minutes on the open side: back from to, or on from a from', () => {
    expect(timelineSpan(['2026-12-02T11:59:00Z'], {}, now)).toEqual({ from: now - MIN_SPAN_MS, to: now });
    expect(timelineSpan([], { to: '2026-12-02T11:00:00Z' }, now)).toEqual({
      from: at('2026-12-02T11:00:00Z') - MIN_SPAN_MS,
      to: at('2026-12-02T11:00:00Z'),
    });
    expect(timelineSpan([], { from: '2026-12-02T11:58:00Z', to: undefined }, at('2026-12-02T11:59:00Z'))).toEqual({
      from: at('2026-12-02T11:58:00Z'),
      to: at('2026-12-02T11:58:00Z') + MIN_SPAN_MS,
    });
  });

  it('with no events and no filter is the last ten minutes', () => {
    expect(timelineSpan([], {}, now)).toEqual({ from: now - MIN_SPAN_MS, to: now });
  });
});
