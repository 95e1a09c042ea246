import {
  DirectorSchema,
  RealServerSchema,
  realServerKey,
  VirtualServiceSchema,
  virtualServiceKey,
  VrrpInstanceSchema,
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
