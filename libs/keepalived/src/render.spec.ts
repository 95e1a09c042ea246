import { describe, expect, it } from 'vitest';
import { clusterSpec, largeClusterSpec } from '../../../test/factories';
import { diff } from './diff';
import { specSha256 } from './hash';
import { render, renderIpvsadm, UnsafeValueError } from './render';

describe('render', () => {
  it('is deterministic and names cluster, revision and spec hash in the header', () => {
    const spec = clusterSpec();
    const a = render(spec, 'lb1', { revision: 7, specSha256: specSha256(spec) });
    expect(render(structuredClone(spec), 'lb1', { revision: 7, specSha256: specSha256(spec) })).toBe(a);
    expect(a).toMatch(/^! Managed by LVS Console: cluster cluster-\d+, director lb1, revision 7\n! spec sha256 [0-9a-f]{64}\n/);
    expect(a).toContain('router_id lb1');
  });

  it("renders each director's own priority and state", () => {
    const spec = clusterSpec();
    expect(render(spec, 'lb1')).toMatch(/state MASTER[\s\S]*priority 150/);
    expect(render(spec, 'lb2')).toMatch(/state BACKUP[\s\S]*priority 100/);
  });

  it('renders drained real servers with weight 0 and leaves disabled ones out', () => {
    const spec = clusterSpec();
    spec.virtualServices[0].realServers[0].adminState = 'drained';
    spec.virtualServices[0].realServers[1].adminState = 'disabled';
    const text = render(spec, 'lb1');
    expect(text).toMatch(/real_server 10\.213\.0\.21 80 \{\n\s+weight 0\n/);
    expect(text).not.toContain('10.213.0.22');
  });

  it('refuses any value that could open or close a block or start a directive, even past the schema', () => {
    for (const hostile of ['lb1 }\nvirtual_server 1.2.3.4 80 {', 'a b', 'x"y', 'x#y']) {
      const spec = clusterSpec();
      spec.vrrpInstances[0].interface = hostile;
      expect(() => render(spec, 'lb1')).toThrow(UnsafeValueError);
    }
    const spec = clusterSpec();
    spec.virtualServices[0].realServers[0].healthCheck = { type: 'MISC_CHECK', script: '/bin/check" }\nvrrp_script x {', dynamic: false };
    expect(() => render(spec, 'lb1')).toThrow(UnsafeValueError);
  });

  it('renders ipvsadm-restore rules', () => {
    const spec = clusterSpec();
    spec.virtualServices[0].persistence = { timeout: 300, netmask: '255.255.255.0' };
    spec.virtualServices[0].realServers[1].adminState = 'drained';
    expect(renderIpvsadm(spec)).toBe('-A -t 10.213.1.10:80 -s wrr -p 300 -M 255.255.255.0\n-a -t 10.213.1.10:80 -r 10.213.0.21:80 -g -w 10\n-a -t 10.213.1.10:80 -r 10.213.0.22:80 -g -w 0\n');
  });

  it('renders a 20k-real-server cluster', () => {
    const text = render(largeClusterSpec(100, 20), 'lb1');
    expect(text.match(/real_server /g)).toHaveLength(2000);
  });
});

describe('diff', () => {
  it('is empty for equal texts and a unified diff otherwise', () => {
    expect(diff('a\nb\n', 'a\nb\n')).toBe('');
    const d = diff('a\nb\nc\nd\ne\nf\ng\nh\n', 'a\nb\nc\nD\ne\nf\ng\nh\n', { oldLabel: 'live', newLabel: 'new' });
    expect(d).toBe('--- live\n+++ new\n@@ -1,7 +1,7 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n');
  });

  it('handles additions to an empty file and removals of everything', () => {
    expect(diff('', 'x\ny\n')).toBe('--- a\n+++ b\n@@ -0,0 +1,2 @@\n+x\n+y\n');
    expect(diff('x\n', '')).toBe('--- a\n+++ b\n@@ -1,1 +0,0 @@\n-x\n');
  });

  it('keeps distant changes in separate hunks', () => {
    const a = Array.from({ length: 30 }, (_, i) => `l${i}`).join('\n') + '\n';
    const b = a.replace('l2\n', 'L2\n').replace('l25\n', 'L25\n');
    expect(diff(a, b).match(/^@@/gm)).toHaveLength(2);
  });
});
