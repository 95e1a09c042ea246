import { describe, expect, it } from 'vitest';
import { clusterSpec } from '../../../../../../test/factories';
import type { RequestContext } from '../../../common/request-context';
import { mayMakePrivilegedChanges, privilegedChanges } from './privileged-changes';
import { hideSecrets } from '../viewer-secrets.interceptor';

const paths = (a: ReturnType<typeof clusterSpec>, b: ReturnType<typeof clusterSpec>) => privilegedChanges(a, b).map((i) => i.path);

describe('privilegedChanges', () => {
  it('an added or changed script is privileged; a removed one, weights and VIPs are not', () => {
    const s = clusterSpec();
    const next = structuredClone(s);
    next.vrrpInstances[0].notify = { master: '/bin/sh -c id' };
    next.virtualServices[0].realServers[0].weight = 1;
    expect(paths(s, next)).toEqual(['vrrpInstances.0.notify.master']);
    expect(paths(next, s)).toEqual([]);
  });

  it('directors: a credential, and where a credentialed director connects; non-default paths; sudo', () => {
    const s = clusterSpec();
    const next = structuredClone(s);
    next.directors[0] = { ...next.directors[0], credential: 'prod' };
    next.directors[1] = { ...next.directors[1], address: '10.213.0.99', configPath: '/etc/keepalived/other.conf', sudo: true };
    next.directors.push({
      ...next.directors[1],
      name: 'lb3',
      address: '10.213.0.13',
      configPath: '/etc/keepalived/keepalived.conf',
      sudo: false,
    });
    expect(paths(s, next)).toEqual(['directors.0.credential', 'directors.1.configPath', 'directors.1.sudo']);
    const moved = structuredClone(next);
    moved.directors[0] = { ...moved.directors[0], address: '10.213.0.50', sshPort: 2222 };
    expect(paths(next, moved)).toEqual(['directors.0.address', 'directors.0.sshPort']);
    // dropping the credential is not privileged; moving it back to a default path is not either
    const back = structuredClone(next);
    back.directors[0] = { ...s.directors[0] };
    back.directors[1] = { ...back.directors[1], configPath: '/etc/keepalived/keepalived.conf' };
    expect(paths(next, back)).toEqual([]);
  });

  it('only an admin that is not scoped to a cluster may; outside a request the console itself may', () => {
    const ctx = (principal?: Partial<RequestContext['principal']>) => ({
      requestId: 'r',
      ip: '127.0.0.1',
      userAgent: '',
      method: 'PUT',
      path: '/',
      audited: false,
      principal: principal as RequestContext['principal'],
    });
    expect(mayMakePrivilegedChanges(undefined)).toBe(true);
    expect(mayMakePrivilegedChanges(ctx({ kind: 'user', role: 'admin' }))).toBe(true);
    expect(mayMakePrivilegedChanges(ctx({ kind: 'token', role: 'admin', clusterId: null }))).toBe(true);
    expect(mayMakePrivilegedChanges(ctx({ kind: 'token', role: 'admin', clusterId: 'c' }))).toBe(false);
    expect(mayMakePrivilegedChanges(ctx({ kind: 'user', role: 'operator' }))).toBe(false);
    expect(mayMakePrivilegedChanges(ctx())).toBe(false);
  });
});

describe('hideSecrets (what a viewer reads)', () => {
  it('replaces auth_pass in objects, serialised JSON and configuration text; leaves the rest', () => {
    expect(hideSecrets({ vrrpInstances: [{ name: 'VI', authPass: 'abc' }, { name: 'VJ' }] })).toEqual({
      vrrpInstances: [{ name: 'VI', authPass: '[set]' }, { name: 'VJ' }],
    });
    expect(hideSecrets('{"name":"VI","authPass":"a.b:c"}')).toBe('{"name":"VI","authPass":"[set]"}');
    expect(hideSecrets({ diff: '-    auth_pass old1\n+    auth_pass new2\n auth_type PASS' })).toEqual({
      diff: '-    auth_pass [set]\n+    auth_pass [set]\n auth_type PASS',
    });
  });
});
