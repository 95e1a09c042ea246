import { describe, expect, it } from 'vitest';
import type { FindingDto } from './fleet.dto';
import { LINT_KEY_MAX, lintChanges, lintKey, type OpenFinding } from './lint-record';

const finding = (over: Partial<FindingDto> = {}): FindingDto => ({
  code: 'vrid_reused',
  severity: 'error',
  clusterId: 'c1',
  cluster: 'east',
  instance: 'VI_1',
  path: 'vrrpInstances.0.virtualRouterId',
  message: 'virtual_router_id 51 (inet) is also used by …',
  fix: 'give one of them another virtual_router_id',
  related: { clusterId: 'c2', cluster: 'west', instance: 'VI_9' },
  blocksDeployment: false,
  ...over,
});
const open = (f: FindingDto, over: Partial<OpenFinding> = {}): OpenFinding => ({
  clusterId: f.clusterId,
  key: lintKey(f),
  code: f.code,
  severity: f.severity,
  finding: f,
  openedAt: new Date('2026-01-01T00:00:00Z'),
  ...over,
});

describe('lintKey: one finding, one stable subject', () => {
  it('names the instance instead of its index, then the director and the other side', () => {
    expect(lintKey(finding())).toBe('lint:vrid_reused:vrrpInstances[VI_1].virtualRouterId>c2/VI_9');
    // the instance moved to index 3 (one before it was removed): the same finding
    expect(lintKey(finding({ path: 'vrrpInstances.3.virtualRouterId' }))).toBe(lintKey(finding()));
    expect(
      lintKey(finding({ code: 'unicast_peer_mismatch', path: 'vrrpInstances.0.members.1.director', director: 'lb2', related: undefined })),
    ).toBe('lint:unicast_peer_mismatch:vrrpInstances[VI_1].members.1.director@lb2');
    expect(lintKey(finding({ code: 'no_ipvs', path: undefined, instance: undefined, director: 'lb1', related: undefined }))).toBe(
      'lint:no_ipvs:cluster@lb1',
    );
    expect(lintKey(finding({ code: 'advert_int_mismatch', path: 'vrrpSyncGroups.0', instance: undefined, related: undefined }))).toBe(
      'lint:advert_int_mismatch:vrrpSyncGroups.0',
    );
  });

  it('a clash with two clusters is two findings; the message is not part of the identity', () => {
    expect(lintKey(finding({ related: { clusterId: 'c3', cluster: 'north', instance: 'VI_9' } }))).not.toBe(lintKey(finding()));
    expect(lintKey(finding({ message: 'other words', severity: 'warning' }))).toBe(lintKey(finding()));
  });

  it('stays within the subject length, unique for long names', () => {
    const long = (n: string) => finding({ instance: n.repeat(200), related: { clusterId: 'c2', cluster: 'w', instance: n.repeat(200) } });
    expect(lintKey(long('a')).length).toBe(LINT_KEY_MAX);
    expect(lintKey(long('a'))).not.toBe(lintKey(long('b')));
    expect(lintKey(long('a'))).toBe(lintKey(long('a')));
  });
});

describe('lintChanges: what the timeline hears', () => {
  const clusters = new Set(['c1', 'c2']);

  it('a finding not open is found; one open is not found again', () => {
    const f = finding();
    expect(lintChanges([], [f], clusters)).toEqual({ found: [{ key: lintKey(f), finding: f }], changed: [], refreshed: [], gone: [] });
    expect(lintChanges([open(f)], [f], clusters)).toEqual({ found: [], changed: [], refreshed: [], gone: [] });
  });

  it('an open finding no longer found is gone, but only for the clusters that were linted', () => {
    const f = finding();
    const other = open(finding({ clusterId: 'c9' }));
    expect(lintChanges([open(f), other], [], clusters)).toEqual({ found: [], changed: [], refreshed: [], gone: [open(f)] });
  });

  it('a severity that changed is said again; the same finding on another cluster is another story', () => {
    const f = finding();
    const warning = finding({ severity: 'warning' });
    const c = lintChanges([open(f)], [warning], clusters);
    expect(c.changed).toEqual([{ key: lintKey(f), finding: warning, before: open(f) }]);
    expect(c.found).toEqual([]);
    const there = finding({ clusterId: 'c2', cluster: 'west', related: { clusterId: 'c1', cluster: 'east', instance: 'VI_1' } });
    expect(lintChanges([open(f)], [f, there], clusters).found).toEqual([{ key: lintKey(there), finding: there }]);
  });

  it('new details of an open finding (same severity) are kept without an event; key order (jsonb) is no change', () => {
    const f = finding();
    const reordered = Object.fromEntries(Object.entries(f).reverse()) as FindingDto;
    expect(lintChanges([open(reordered)], [f], clusters).refreshed).toEqual([]);
    const deployed = finding({ blocksDeployment: true, message: 'virtual_router_id 51 (inet) … (and their advert_int differ)' });
    const c = lintChanges([open(f)], [deployed], clusters);
    expect(c.refreshed).toEqual([{ key: lintKey(f), finding: deployed }]);
    expect([c.found, c.changed, c.gone]).toEqual([[], [], []]);
  });

  it('two findings with one key are one story', () => {
    const a = finding({ code: 'priority_equal', path: 'vrrpInstances.0.members', related: undefined, message: 'lb1 and lb2 …' });
    const b = { ...a, message: 'lb3 and lb4 …' };
    expect(lintChanges([], [a, b], clusters).found).toEqual([{ key: lintKey(a), finding: a }]);
  });
});
