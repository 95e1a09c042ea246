import { describe, expect, it } from 'vitest';
import { clusterSpec } from '../../../test/factories';
import { interimStage, planHazards, reloadHazards, scriptHazards } from './hazards';

const twoInstances = () => {
  const s = clusterSpec();
  s.vrrpInstances.push({
    ...structuredClone(s.vrrpInstances[0]),
    name: 'VI_API',
    virtualRouterId: 52,
    vips: [{ address: '10.213.1.20/32' }],
  });
  return s;
};
const kinds = (a: ReturnType<typeof clusterSpec>, b: ReturnType<typeof clusterSpec>) =>
  reloadHazards(a, b).map((h) => `${h.kind} ${h.path}`);

describe('reloadHazards', () => {
  it('has none for a first deployment, an unchanged spec, a weight change or a drained real server', () => {
    const s = clusterSpec();
    expect(reloadHazards(null, s)).toEqual([]);
    expect(reloadHazards(s, structuredClone(s))).toEqual([]);
    const next = structuredClone(s);
    next.virtualServices[0].realServers[0].weight = 3;
    next.virtualServices[0].realServers[1].adminState = 'drained';
    expect(reloadHazards(s, next)).toEqual([]);
  });

  it('flags a VIP moved between instances, naming both', () => {
    const s = twoInstances();
    const next = structuredClone(s);
    next.vrrpInstances[1].vips.push(next.vrrpInstances[0].vips.pop()!);
    const h = reloadHazards(s, next);
    expect(h.map((x) => `${x.kind} ${x.path}`)).toEqual(['vip-moved vrrpInstances[1].vips[1]']);
    expect(h[0].message).toMatch(/10\.213\.1\.10 moves from instance VI_WEB to VI_API.*takes it off VI_WEB in a first stage/);
  });

  it('flags a changed virtual_router_id, and a removed instance with the VIPs it takes along', () => {
    const s = twoInstances();
    const vrid = structuredClone(s);
    vrid.vrrpInstances[1].virtualRouterId = 60;
    expect(kinds(s, vrid)).toEqual(['vrid-changed vrrpInstances[1].virtualRouterId']);
    const removed = structuredClone(s);
    removed.vrrpInstances.pop();
    const h = reloadHazards(s, removed);
    expect(h.map((x) => x.kind)).toEqual(['instance-removed']);
    expect(h[0].message).toContain('VIPs (10.213.1.20)');
  });

  it('flags an enabled real server removed from a kept service, not one that was drained or disabled first, nor a removed service', () => {
    const s = clusterSpec();
    const next = structuredClone(s);
    next.virtualServices[0].realServers.pop();
    const h = reloadHazards(s, next);
    expect(h.map((x) => `${x.kind} ${x.path}`)).toEqual(['real-server-removed virtualServices[0].realServers']);
    expect(h[0].message).toMatch(/10\.213\.0\.22:80 leaves 10\.213\.1\.10:80\/TCP without being drained.*drains it in a first stage/);
    for (const state of ['drained', 'disabled'] as const) {
      const was = structuredClone(s);
      was.virtualServices[0].realServers[1].adminState = state;
      expect(reloadHazards(was, next)).toEqual([]);
    }
    const noService = structuredClone(s);
    noService.virtualServices = [];
    expect(reloadHazards(s, noService)).toEqual([]);
  });
});

describe('interimStage', () => {
  it('puts a removed enabled real server back as drained, and is null when nothing needs a first stage', () => {
    const s = clusterSpec();
    const next = structuredClone(s);
    next.virtualServices[0].realServers.shift();
    next.virtualServices[0].realServers[0].weight = 3;
    const stage = interimStage(s, next)!;
    expect(stage.drained).toEqual([{ service: '10.213.1.10:80/TCP', realServer: '10.213.0.21:80' }]);
    expect(stage.heldVips).toEqual([]);
    expect(stage.spec.virtualServices[0].realServers.map((r) => [r.address, r.weight, r.adminState])).toEqual([
      ['10.213.0.22', 3, 'enabled'],
      ['10.213.0.21', 10, 'drained'],
    ]);
    expect(next.virtualServices[0].realServers).toHaveLength(1); // next itself untouched
    expect(interimStage(null, next)).toBeNull();
    expect(interimStage(s, structuredClone(s))).toBeNull();
  });

  it('holds a moving VIP on neither instance, and leaves out a new instance that would carry nothing yet', () => {
    const s = twoInstances();
    s.vrrpInstances[0].vips.push({ address: '10.213.1.11/32' });
    const next = structuredClone(s);
    next.vrrpInstances[1].vips.push(next.vrrpInstances[0].vips.pop()!); // .11 moves VI_WEB → VI_API
    const stage = interimStage(s, next)!;
    expect(stage.heldVips).toEqual([{ vip: '10.213.1.11', from: 'VI_WEB', to: 'VI_API' }]);
    expect(stage.spec.vrrpInstances.map((i) => [i.name, i.vips.map((v) => v.address)])).toEqual([
      ['VI_WEB', ['10.213.1.10/32']],
      ['VI_API', ['10.213.1.20/32']],
    ]);
    // into a new instance whose only VIP is the moving one: that instance waits for the second stage
    const intoNew = structuredClone(s);
    intoNew.vrrpInstances.push({
      ...structuredClone(s.vrrpInstances[1]),
      name: 'VI_NEW',
      virtualRouterId: 53,
      vips: [intoNew.vrrpInstances[0].vips.pop()!],
    });
    expect(interimStage(s, intoNew)!.spec.vrrpInstances.map((i) => i.name)).toEqual(['VI_WEB', 'VI_API']);
  });
});

describe('scriptHazards', () => {
  it('lists every script on a first deployment, with its directors and text; an unchanged one is no hazard', () => {
    const s = clusterSpec();
    s.vrrpInstances[0].notify = { master: '/usr/local/bin/notify master' };
    s.virtualServices[0].quorumUp = '/usr/local/bin/up';
    expect(scriptHazards(null, s)).toEqual([
      {
        kind: 'script-changed',
        path: 'vrrpInstances[0].notify.master',
        directors: ['lb1', 'lb2'],
        script: '/usr/local/bin/notify master',
        message: expect.stringMatching(/notify_master .* is added: keepalived runs "\/usr\/local\/bin\/notify master" as root on lb1, lb2/),
      },
      {
        kind: 'script-changed',
        path: 'virtualServices[0].quorumUp',
        directors: ['lb1', 'lb2'],
        script: '/usr/local/bin/up',
        message: expect.stringContaining('quorum_up'),
      },
    ]);
    expect(scriptHazards(s, structuredClone(s))).toEqual([]);
    // reloadHazards keeps its meaning: nothing on a first deployment
    expect(reloadHazards(null, s)).toEqual([]);
    expect(planHazards(null, s).map((h) => h.kind)).toEqual(['script-changed', 'script-changed']);
  });

  it('a changed script shows the old and the new text; a removed one the text it had', () => {
    const s = clusterSpec();
    s.virtualServices[0].realServers[0].healthCheck = { type: 'MISC_CHECK', script: '/usr/bin/check a', dynamic: false };
    s.vrrpInstances[0].notify = { fault: '/usr/bin/page' };
    const next = structuredClone(s);
    next.virtualServices[0].realServers[0].healthCheck = { type: 'MISC_CHECK', script: '/bin/sh -c reboot', dynamic: false };
    next.vrrpInstances[0].notify = {};
    const h = scriptHazards(s, next);
    expect(h).toEqual([
      expect.objectContaining({
        path: 'virtualServices[0].realServers[0].healthCheck.script',
        script: '/bin/sh -c reboot',
        previous: '/usr/bin/check a',
        message: expect.stringContaining('changes from "/usr/bin/check a" to "/bin/sh -c reboot"'),
      }),
      expect.objectContaining({
        path: 'vrrpInstances[0].notify.fault',
        script: '/usr/bin/page',
        message: expect.stringContaining('is removed'),
      }),
    ]);
  });
});
