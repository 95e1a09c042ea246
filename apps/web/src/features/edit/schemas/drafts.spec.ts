import {
  ClusterSpecSchema,
  DirectorSchema,
  RealServerSchema,
  realServerKey,
  VirtualServiceSchema,
  virtualServiceKey,
  VrrpInstanceSchema,
  VrrpScriptSchema,
  VrrpSyncGroupSchema,
} from '@lvs/domain';
import { describe, expect, it } from 'vitest';
import { clusterSpec, richClusterSpec } from '../../../../../../test/factories';
import { BODY, draftOf } from './drafts';
import { setIn } from './form-values';
import { check, checkSpecDocument } from './validate';

const keys = { vs: virtualServiceKey, rs: realServerKey };

describe('drafts: every resource survives form → body unchanged (nothing the form does not show is lost)', () => {
  const spec = richClusterSpec();

  it('directors, VRRP instances (members, VIPs, notify, track interfaces) and sync groups', () => {
    for (const d of spec.directors)
      expect(DirectorSchema.parse(BODY.director(draftOf('director', spec, d.name, undefined, keys).draft))).toEqual(d);
    for (const i of spec.vrrpInstances)
      expect(VrrpInstanceSchema.parse(BODY.vrrpInstance(draftOf('vrrpInstance', spec, i.name, undefined, keys).draft))).toEqual(i);
    for (const g of spec.vrrpSyncGroups)
      expect(VrrpSyncGroupSchema.parse(BODY.vrrpSyncGroup(draftOf('vrrpSyncGroup', spec, g.name, undefined, keys).draft))).toEqual(g);
  });

  it('virtual services (persistence, quorum, sorry server, fwmark) and real servers with each health check type', () => {
    for (const vs of spec.virtualServices) {
      const key = virtualServiceKey(vs);
      const found = draftOf('virtualService', spec, key, undefined, keys);
      expect(VirtualServiceSchema.parse({ ...(BODY.virtualService(found.draft) as object), realServers: vs.realServers })).toEqual(vs);
      vs.realServers.forEach((rs, j) => {
        const r = draftOf('realServer', spec, realServerKey(rs), key, keys);
        expect([r.service, r.index]).toEqual([spec.virtualServices.indexOf(vs), j]);
        expect(RealServerSchema.parse(BODY.realServer(r.draft))).toEqual(rs);
      });
    }
    const types = spec.virtualServices.flatMap((v) => v.realServers.map((r) => r.healthCheck?.type));
    expect(new Set(types).size).toBe(8);
  });

  it("starts from the API's fresh copy when there is one, and a new object from defaults", () => {
    const d = spec.directors[0];
    expect(draftOf('director', spec, d.name, undefined, keys, { ...d, id: 'x', version: 4, sshPort: 2200 }).draft.sshPort).toBe('2200');
    const fresh = draftOf('vrrpInstance', spec, undefined, undefined, keys);
    expect(fresh.index).toBeUndefined();
    expect(fresh.draft.members).toEqual([
      { director: 'lb1', priority: '150', state: 'MASTER' },
      { director: 'lb2', priority: '140', state: 'BACKUP' },
    ]);
    const noCheck = draftOf('realServer', spec, undefined, virtualServiceKey(spec.virtualServices[0]), keys);
    expect(noCheck.draft.port).toBe('443');
    expect(BODY.realServer(noCheck.draft)).toMatchObject({ healthCheck: undefined, port: 443, weight: 1 });
  });
});

describe('drafts: health-tracked failover (vrrp_script, track_script, track_interface weights)', () => {
  const base = clusterSpec();
  const spec = {
    ...base,
    trackFiles: [{ name: 'maint', file: '/run/lvs/maint', extra: [] }],
    vrrpScripts: [
      { name: 'chk_haproxy', script: '/usr/bin/pgrep -x haproxy', interval: 2, weight: -30, rise: 2, fall: 3, user: 'nobody', extra: [] },
      { name: 'chk_disk', script: '/usr/bin/test -w /var', initFail: true, reverse: true, extra: [] },
    ],
    vrrpInstances: base.vrrpInstances.map((i, n) =>
      n === 0
        ? VrrpInstanceSchema.parse({
            ...i,
            trackScripts: [{ name: 'chk_haproxy', weight: -30 }, { name: 'chk_disk' }],
            trackInterfaces: ['eth1', 'eth2'],
            trackInterfaceWeights: { eth1: { weight: -20, reverse: true } },
            // Not in the form: a PUT replaces the whole instance, so these must ride along.
            trackFiles: [{ name: 'maint', weight: -50 }],
            useVmac: { name: 'vrrp.51' },
            extra: [{ keyword: 'lvs_sync_daemon_interface', args: ['eth1'] }],
          })
        : i,
    ),
  };
  const instance = spec.vrrpInstances[0];

  it('an instance and a script survive form → body unchanged, fields the form does not show included', () => {
    expect(VrrpInstanceSchema.parse(BODY.vrrpInstance(draftOf('vrrpInstance', spec, instance.name, undefined, keys).draft))).toEqual(
      instance,
    );
    for (const x of spec.vrrpScripts)
      expect(VrrpScriptSchema.parse(BODY.vrrpScript(draftOf('vrrpScript', spec, x.name, undefined, keys).draft))).toEqual(x);
  });

  it('weights typed in the rows become track_script weights and trackInterfaceWeights; blank = the object’s own', () => {
    let d = draftOf('vrrpInstance', spec, instance.name, undefined, keys).draft;
    d = setIn(d, 'trackScripts.0.weight', '-40');
    d = setIn(d, 'trackScripts.1.weight', '');
    d = setIn(d, 'trackInterfaces.0.weight', '');
    d = setIn(d, 'trackInterfaces.1.weight', '-10');
    expect(BODY.vrrpInstance(d)).toMatchObject({
      trackScripts: [{ name: 'chk_haproxy', weight: -40 }, { name: 'chk_disk' }],
      trackInterfaces: ['eth1', 'eth2'],
      // eth1 loses its weight (and with it the reverse that went with the weight).
      trackInterfaceWeights: { eth2: { weight: -10 } },
    });
    const none = BODY.vrrpInstance(setIn(setIn(d, 'trackScripts', []), 'trackInterfaces', [])) as Record<string, unknown>;
    expect([none.trackScripts, none.trackInterfaces, none.trackInterfaceWeights]).toEqual([undefined, [], undefined]);
  });

  it("the domain's rules before the round trip: a bad interval, a weight out of range, an unknown script", () => {
    const script = (over: Record<string, unknown>) => {
      let d = draftOf('vrrpScript', spec, undefined, undefined, keys).draft;
      for (const [k, v] of Object.entries({ name: 'chk_new', script: '/bin/true', ...over })) d = setIn(d, k, v);
      return check('vrrpScript', BODY.vrrpScript(d), spec, {});
    };
    expect(Object.keys(script({ interval: '0' }))).toEqual(['interval']);
    expect(Object.keys(script({ interval: 'soon' }))).toEqual(['interval']);
    expect(script({ name: 'chk_disk' })).toEqual({ name: expect.stringMatching(/duplicate/) });
    expect(script({})).toEqual({});
    const inst = (path: string, value: unknown) =>
      check(
        'vrrpInstance',
        BODY.vrrpInstance(setIn(draftOf('vrrpInstance', spec, instance.name, undefined, keys).draft, path, value)),
        spec,
        {
          index: 0,
        },
      );
    expect(Object.keys(inst('trackScripts.0.weight', '300'))).toEqual(['trackScripts.0.weight']);
    expect(Object.keys(inst('trackScripts.1.name', 'chk_gone'))).toEqual(['trackScripts.1.name']);
    expect(inst('trackScripts.0.weight', '-253')).toEqual({});
  });
});

describe('drafts: what a form does not show is kept (a PUT replaces the whole object)', () => {
  const base = clusterSpec();
  const vs = base.virtualServices[0];
  const spec = ClusterSpecSchema.parse({
    ...base,
    vrrpInstances: [
      ...base.vrrpInstances.map((i) => ({ ...i, vips: [{ address: '10.213.1.10/32', options: ['scope', 'global'] }] })),
      { ...base.vrrpInstances[0], name: 'VI_2', virtualRouterId: 52, vips: [{ address: '10.213.1.11/32' }] },
    ],
    vrrpSyncGroups: [
      { name: 'SG', instances: ['VI_WEB', 'VI_2'], trackingWeight: true, extra: [{ keyword: 'global_tracking', args: [] }] },
    ],
    virtualServices: [
      {
        ...vs,
        scheduler: 'sh',
        schedulerFlags: ['sh-port'],
        ops: false,
        extra: [{ keyword: 'ha_suspend', args: [] }],
        realServers: [
          {
            ...vs.realServers[0],
            notifyUp: '/usr/local/bin/up',
            additionalChecks: [{ type: 'TCP_CHECK', connectPort: 8080 }],
            healthCheck: { type: 'HTTP_GET', urls: [{ path: '/health', statusCodes: ['200-299', '503'], virtualhost: 'www.example.org' }] },
          },
        ],
      },
    ],
  });

  it('VIP options, sync group tracking, scheduler flags, real-server notify and extra checks, status code lists', () => {
    expect(VrrpInstanceSchema.parse(BODY.vrrpInstance(draftOf('vrrpInstance', spec, 'VI_WEB', undefined, keys).draft))).toEqual(
      spec.vrrpInstances[0],
    );
    expect(VrrpSyncGroupSchema.parse(BODY.vrrpSyncGroup(draftOf('vrrpSyncGroup', spec, 'SG', undefined, keys).draft))).toEqual(
      spec.vrrpSyncGroups[0],
    );
    const service = spec.virtualServices[0];
    const key = virtualServiceKey(service);
    const found = draftOf('virtualService', spec, key, undefined, keys);
    expect(VirtualServiceSchema.parse({ ...(BODY.virtualService(found.draft) as object), realServers: service.realServers })).toEqual(
      service,
    );
    const rs = service.realServers[0];
    const r = draftOf('realServer', spec, realServerKey(rs), key, keys);
    expect(RealServerSchema.parse(BODY.realServer(r.draft))).toEqual(rs);
    // Another check type starts clean: the HTTP URL's fields do not follow it.
    expect(BODY.realServer(setIn(r.draft, 'healthCheck.type', 'TCP_CHECK'))).toMatchObject({
      healthCheck: { type: 'TCP_CHECK' },
      notifyUp: '/usr/local/bin/up',
    });
    expect((BODY.realServer(setIn(r.draft, 'healthCheck.type', 'TCP_CHECK')) as { healthCheck: object }).healthCheck).not.toHaveProperty(
      'urls',
    );
  });
});

describe('check: the shared rules in the browser, placed on the body paths', () => {
  const spec = clusterSpec();
  const real = (over: Record<string, unknown>) => {
    const found = draftOf('realServer', spec, '10.213.0.21:80', '10.213.1.10:80/TCP', keys);
    let d = found.draft;
    for (const [k, v] of Object.entries(over)) d = setIn(d, k, v);
    return check('realServer', BODY.realServer(d), spec, { index: found.index, service: found.service });
  };

  it('field rules (zod) first, one message per path', () => {
    expect(real({ weight: '70000' })).toEqual({ weight: 'must be 0-65535' });
    expect(real({ weight: 'x', address: '10.0.0.300' })).toMatchObject({
      weight: 'must be a number',
      address: expect.stringMatching(/IPv4 or IPv6/),
    });
    expect(real({ 'healthCheck.urls.0.path': 'health' })).toEqual({ 'healthCheck.urls.0.path': 'url path must start with "/"' });
  });

  it("then the cluster-wide rules on the cluster as it would be: on the field, or at the top when not the form's", () => {
    expect(real({ port: '8080' })).toEqual({ port: expect.stringMatching(/^DR cannot change ports/) });
    // The rules name the other server as the duplicate: the form shows that at its top, as the API would.
    expect(real({ address: '10.213.0.22' })).toEqual({
      'spec:virtualServices.0.realServers.1': expect.stringMatching(/^duplicate real server 10\.213\.0\.22:80/),
    });
    expect(check('director', { name: 'lb2', address: '10.213.0.13' }, spec)).toEqual({
      name: expect.stringMatching(/^duplicate director name "lb2"/),
    });
    // A service's quorum against its real servers' weights: the servers are not in this form.
    expect(check('virtualService', { vip: '10.213.1.10', port: 80, quorum: 50 }, spec, { index: 0 })).toEqual({
      'spec:virtualServices.0.realServers': expect.stringMatching(/below the quorum 50/),
    });
    expect(real({ weight: '7' })).toEqual({});
  });

  it('a pasted spec document: its paths in the messages', () => {
    expect(
      checkSpecDocument({
        name: 'x',
        directors: [
          { name: 'a', address: '10.0.0.1' },
          { name: 'a', address: '10.0.0.2' },
        ],
      }),
    ).toEqual({ 'spec:directors.1.name': expect.stringMatching(/^directors\.1\.name: duplicate director name/) });
    expect(checkSpecDocument({ name: 'bad name' })).toEqual({ 'spec:name': expect.stringMatching(/^name: cluster name must be/) });
  });
});
