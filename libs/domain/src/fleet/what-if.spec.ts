import { describe, expect, it } from 'vitest';
import { clusterSpec } from '../../../../test/factories';
import type { ClusterSpecInput } from '../spec';
import { contribution, effectivePriority, priorityRange, trackedObjects } from './priority';
import { failureProblems, parseFailures, whatIf, type Failure } from './what-if';

/** Three directors, VI_WEB over all of them (150/100/50), optionally tracking chk_haproxy. */
function trio(over: Partial<ClusterSpecInput> = {}, inst: Record<string, unknown> = {}) {
  const base = clusterSpec();
  return clusterSpec({
    directors: [
      { name: 'lb1', address: '10.213.0.11' },
      { name: 'lb2', address: '10.213.0.12' },
      { name: 'lb3', address: '10.213.0.13' },
    ],
    vrrpInstances: [
      {
        ...base.vrrpInstances[0],
        members: [
          { director: 'lb1', priority: 150, state: 'MASTER' },
          { director: 'lb2', priority: 100, state: 'BACKUP' },
          { director: 'lb3', priority: 50, state: 'BACKUP' },
        ],
        ...inst,
      },
    ],
    ...over,
  });
}
const fails = (text: string): Failure[] => {
  const r = parseFailures(text);
  if ('error' in r) throw new Error(r.error);
  return r.failures;
};
const chk = (weight?: number, extra: Record<string, unknown> = {}) => ({
  vrrpScripts: [{ name: 'chk_haproxy', script: '/usr/bin/killall -0 haproxy', ...(weight === undefined ? {} : { weight }), ...extra }],
});

describe('priority arithmetic (keepalived.conf(5) weights)', () => {
  it('weight 0 (the vrrp_script default) is a FAULT on failure; reverse makes OK the fault', () => {
    const s = trio(chk(), { trackScripts: [{ name: 'chk_haproxy' }] });
    const [t] = trackedObjects(s, s.vrrpInstances[0]);
    expect(t).toMatchObject({ kind: 'script', weight: 0 });
    expect(contribution(t, true)).toEqual({ fault: true, delta: 0 });
    expect(contribution(t, false)).toEqual({ fault: false, delta: 0 });
    expect(contribution({ ...t, reverse: true }, false)).toEqual({ fault: true, delta: 0 });
  });

  it('a positive weight is added while OK, a negative one subtracted while failing; reverse turns each round', () => {
    const t = { kind: 'script' as const, name: 'x', weight: 20, reverse: false, configuredWeight: 20 };
    expect(contribution(t, false).delta).toBe(20);
    expect(contribution(t, true).delta).toBe(0);
    expect(contribution({ ...t, weight: -30, configuredWeight: -30 }, false).delta).toBe(0);
    expect(contribution({ ...t, weight: -30, configuredWeight: -30 }, true).delta).toBe(-30);
    expect(contribution({ ...t, reverse: true }, false).delta).toBe(-20);
    // "Use reverse to increase priority if an interface is down"
    expect(contribution({ ...t, weight: -30, reverse: true }, true).delta).toBe(30);
  });

  it('a track_file contributes its value times the weight; weight 0 makes a non-zero value a fault; below -253 is a fault', () => {
    const f = { kind: 'file' as const, name: 'f', weight: 10, reverse: false, configuredWeight: 10 };
    expect(contribution(f, false, 3).delta).toBe(30);
    expect(contribution({ ...f, weight: 0 }, false, 1)).toEqual({ fault: true, delta: 0 });
    expect(contribution({ ...f, weight: 0 }, false, 0)).toEqual({ fault: false, delta: 0 });
    expect(contribution({ ...f, weight: -254 }, false, 1).fault).toBe(true);
  });

  it('the effective priority is the base plus the weights, kept within 1..254', () => {
    const s = trio(chk(-200), {
      trackScripts: [{ name: 'chk_haproxy' }],
      trackInterfaces: ['eth1'],
      trackInterfaceWeights: { eth1: { weight: 200 } },
    });
    const inst = s.vrrpInstances[0];
    expect(effectivePriority(s, inst, 'lb1', new Set()).priority).toBe(254); // 150 + 200, clamped
    expect(effectivePriority(s, inst, 'lb3', new Set(['script:chk_haproxy', 'interface:eth1'])).priority).toBe(1); // 50 - 200, clamped
    expect(effectivePriority(s, inst, 'lb2', new Set(['interface:eth0'])).priority).toBeNull(); // its own interface: FAULT
    expect(priorityRange(s, inst, 'lb2')).toEqual({ min: 1, max: 254 });
  });

  it('a track_script reference overrides the script weight; in a sync group without tracking weight every weight is 0', () => {
    const base = trio(chk(-20), { trackScripts: [{ name: 'chk_haproxy', weight: -60 }] });
    expect(trackedObjects(base, base.vrrpInstances[0])[0].weight).toBe(-60);
    const grouped = {
      ...base,
      vrrpInstances: [
        base.vrrpInstances[0],
        { ...base.vrrpInstances[0], name: 'VI_2', virtualRouterId: 52, vips: [{ address: '10.213.1.11/32' }] },
      ],
      vrrpSyncGroups: [{ name: 'G', instances: ['VI_WEB', 'VI_2'] }],
    };
    expect(trackedObjects(grouped, grouped.vrrpInstances[0])[0]).toMatchObject({ weight: 0, configuredWeight: -60 });
  });
});

describe('parseFailures', () => {
  it('reads every kind, several at once', () => {
    expect(
      fails(
        'director:lab-d1, interface:eth1@lab-d2,script:chk_haproxy@lab-d1,script:chk,real-server:10.0.0.11:80,real-server:[2001:db8::1]:443,real-server:2001:db8::2',
      ),
    ).toEqual([
      { kind: 'director', director: 'lab-d1' },
      { kind: 'interface', name: 'eth1', director: 'lab-d2' },
      { kind: 'script', name: 'chk_haproxy', director: 'lab-d1' },
      { kind: 'script', name: 'chk' },
      { kind: 'real-server', address: '10.0.0.11', port: 80 },
      { kind: 'real-server', address: '2001:db8::1', port: 443 },
      { kind: 'real-server', address: '2001:db8::2' },
    ]);
  });
  it('names what is wrong', () => {
    expect(parseFailures('router:lb1')).toEqual({ error: expect.stringMatching(/"router:lb1" is not a failure: director:NAME/) });
    expect(parseFailures('interface:eth1')).toEqual({ error: expect.stringMatching(/not a failure/) });
    expect(parseFailures('real-server:10.0.0.300:80')).toEqual({ error: expect.stringMatching(/not an IPv4 or IPv6 address/) });
    expect(parseFailures('real-server:10.0.0.1:70000')).toEqual({ error: expect.stringMatching(/1-65535/) });
    expect(parseFailures(' , ')).toEqual({ error: expect.stringMatching(/must name what fails/) });
  });
  it('finds failures that name nothing in the spec', () => {
    const s = trio(chk(-60), { trackScripts: [{ name: 'chk_haproxy' }] });
    expect(failureProblems(s, fails('director:lb9,interface:eth7@lb1,script:chk_nginx,real-server:10.9.9.9:80'))).toEqual([
      'no director named "lb9" in this cluster',
      'no VRRP instance on lb1 runs on or tracks interface eth7',
      'no vrrp_script named "chk_nginx" in this cluster',
      'no virtual service has real server 10.9.9.9:80',
    ]);
    expect(failureProblems(s, fails('director:lb1,interface:eth0@lb2,script:chk_haproxy@lb3,real-server:10.213.0.21'))).toEqual([]);
  });
});

describe('whatIf', () => {
  it('killing the MASTER: the next priority takes over after 3 × advert_int + skew, the VIPs move with it', () => {
    const r = whatIf(trio(), undefined, fails('director:lb1'));
    expect(r.instances[0]).toMatchObject({ name: 'VI_WEB', before: 'lb1', after: 'lb2', changed: true, takeoverSeconds: 3.61 }); // 3 + (256-100)/256
    expect(r.instances[0].members.map((m) => [m.director, m.state])).toEqual([
      ['lb1', 'DOWN'],
      ['lb2', 'MASTER'],
      ['lb3', 'BACKUP'],
    ]);
    expect(r.vips).toEqual([{ address: '10.213.1.10/32', instance: 'VI_WEB', from: 'lb1', to: 'lb2' }]);
    expect(r.services[0]).toMatchObject({
      service: '10.213.1.10:80/TCP',
      directorBefore: 'lb1',
      directorAfter: 'lb2',
      realServers: { total: 2, before: 2, after: 2 },
      weight: { before: 20, after: 20 },
      down: false,
    });
    expect(r.summary[0]).toBe('VI_WEB: MASTER lb1 → lb2 in about 3.61 s; 10.213.1.10/32 move to lb2');
  });

  it('a failing weighted script moves the MASTER only when the weight takes it below the BACKUP', () => {
    const small = whatIf(trio(chk(-20), { trackScripts: [{ name: 'chk_haproxy' }] }), undefined, fails('script:chk_haproxy@lb1'));
    expect(small.instances[0]).toMatchObject({ after: 'lb1', changed: false });
    expect(small.instances[0].members[0]).toMatchObject({ priority: 130, why: ['script chk_haproxy -20'] });
    const big = whatIf(trio(chk(-60), { trackScripts: [{ name: 'chk_haproxy' }] }), undefined, fails('script:chk_haproxy@lb1'));
    expect(big.instances[0]).toMatchObject({ after: 'lb2', changed: true, takeoverSeconds: 3.61 });
    expect(big.instances[0].notes[0]).toMatch(/lb2 \(100\) preempts lb1 \(90\)/);
  });

  it('an unweighted script or interface failing is a FAULT: the skew time only (priority-0 advert)', () => {
    const r = whatIf(trio(chk(), { trackScripts: [{ name: 'chk_haproxy' }] }), undefined, fails('script:chk_haproxy@lb1'));
    expect(r.instances[0]).toMatchObject({ after: 'lb2', takeoverSeconds: 0.61 });
    expect(r.instances[0].members[0].state).toBe('FAULT');
    const i = whatIf(trio(), undefined, fails('interface:eth0@lb1'));
    expect(i.instances[0].after).toBe('lb2');
  });

  it('a script failing everywhere with weight 0 leaves no MASTER: the service is down', () => {
    const r = whatIf(trio(chk(), { trackScripts: [{ name: 'chk_haproxy' }] }), undefined, fails('script:chk_haproxy'));
    expect(r.instances[0].after).toBeNull();
    expect(r.services[0]).toMatchObject({ directorAfter: null, down: true });
    expect(r.summary[0]).toMatch(/are held by nobody/);
  });

  it('preempt_delay adds to the takeover when a BACKUP preempts a MASTER whose priority fell', () => {
    const r = whatIf(
      trio(chk(-60), {
        trackScripts: [{ name: 'chk_haproxy' }],
        preemptDelay: 10,
        members: [
          { director: 'lb1', priority: 150 },
          { director: 'lb2', priority: 100 },
          { director: 'lb3', priority: 50 },
        ],
      }),
      undefined,
      fails('script:chk_haproxy@lb1'),
    );
    expect(r.instances[0]).toMatchObject({ after: 'lb2', takeoverSeconds: 13.61 });
  });

  it('nopreempt: the current MASTER keeps the role while it can, even below a BACKUP', () => {
    const spec = trio(chk(-60), {
      trackScripts: [{ name: 'chk_haproxy' }],
      nopreempt: true,
      members: [
        { director: 'lb1', priority: 150 },
        { director: 'lb2', priority: 100 },
        { director: 'lb3', priority: 50 },
      ],
    });
    const r = whatIf(spec, undefined, fails('script:chk_haproxy@lb1'));
    expect(r.instances[0]).toMatchObject({ before: 'lb1', after: 'lb1', changed: false });
    expect(r.instances[0].notes.join()).toMatch(/nopreempt: lb1 stays MASTER although lb2 has the higher priority \(100\)/);
    // the live MASTER is lb3 (it took over once): killing lb2 changes nothing; killing lb3 elects lb1
    const live = { instances: { VI_WEB: { master: 'lb3', states: {}, since: '' } } };
    expect(whatIf(spec, live, fails('director:lb2')).instances[0]).toMatchObject({ before: 'lb3', after: 'lb3' });
    expect(whatIf(spec, live, fails('director:lb3')).instances[0]).toMatchObject({ before: 'lb3', after: 'lb1' });
  });

  it('equal priorities: the higher address wins', () => {
    const r = whatIf(
      trio(
        {},
        {
          members: [
            { director: 'lb1', priority: 150, state: 'MASTER' },
            { director: 'lb2', priority: 100 },
            { director: 'lb3', priority: 100 },
          ],
        },
      ),
      undefined,
      fails('director:lb1'),
    );
    expect(r.instances[0].after).toBe('lb3'); // 10.213.0.13 > 10.213.0.12
  });

  it('a sync group fails together: a FAULT in one instance takes its partner on that director along', () => {
    const base = trio();
    const spec = {
      ...base,
      vrrpInstances: [
        { ...base.vrrpInstances[0], trackInterfaces: ['eth1'] },
        { ...base.vrrpInstances[0], name: 'VI_INT', interface: 'eth2', virtualRouterId: 52, vips: [{ address: '10.213.2.10/32' }] },
      ],
      vrrpSyncGroups: [{ name: 'G_WEB', instances: ['VI_WEB', 'VI_INT'] }],
    };
    const r = whatIf(spec, undefined, fails('interface:eth1@lb1'));
    expect(r.instances.map((i) => [i.name, i.after])).toEqual([
      ['VI_WEB', 'lb2'],
      ['VI_INT', 'lb2'],
    ]);
    expect(r.instances[1].members[0]).toMatchObject({ state: 'FAULT', why: ['sync group G_WEB: VI_WEB is in FAULT on lb1'] });
    expect(r.vips.map((v) => [v.address, v.to])).toEqual([
      ['10.213.1.10/32', 'lb2'],
      ['10.213.2.10/32', 'lb2'],
    ]);
  });

  it('directors the live state sees down take no part; the MASTER now comes from the live state', () => {
    const live = {
      directors: { lb2: { reachable: false, reason: 'timeout', keepalived: 'unknown' as const, ipvs: 'unknown' as const, since: '' } },
      instances: { VI_WEB: { master: 'lb1', states: {}, since: '' } },
    };
    const r = whatIf(trio(), live, fails('director:lb1'));
    expect(r.instances[0]).toMatchObject({ before: 'lb1', after: 'lb3' });
    expect(r.downDirectors).toEqual([
      { director: 'lb2', why: 'unreachable now (timeout)' },
      { director: 'lb1', why: 'fails (director lb1)' },
    ]);
  });

  it('a real server failing: what each service keeps, and the quorum', () => {
    const base = trio();
    const spec = {
      ...base,
      virtualServices: [
        { ...base.virtualServices[0], quorum: 15 },
        { ...base.virtualServices[0], port: 443, realServers: base.virtualServices[0].realServers.map((r) => ({ ...r, port: 443 })) },
      ],
    };
    const r = whatIf(spec, undefined, fails('real-server:10.213.0.21:80'));
    expect(r.instances[0].changed).toBe(false);
    expect(r.services[0]).toMatchObject({
      lost: ['10.213.0.21:80'],
      realServers: { after: 1 },
      weight: { before: 20, after: 10 },
      quorum: 15,
      belowQuorumBefore: false,
      belowQuorumAfter: true,
      down: true,
    });
    expect(r.services[1]).toMatchObject({ lost: [], weight: { after: 20 }, down: false });
    // without a port: every service of that address loses it; a real server already down (live) is not counted
    const all = whatIf(
      spec,
      { realServers: { '10.213.1.10:443/TCP>10.213.0.22:443': { service: '', realServer: '', state: 'down', since: '' } } },
      fails('real-server:10.213.0.21'),
    );
    expect(all.services.map((s) => [s.realServers.before, s.realServers.after, s.weight.after])).toEqual([
      [2, 1, 10],
      [1, 0, 0],
    ]);
    expect(all.services[1].belowQuorumAfter).toBe(true);
  });

  it('hysteresis lowers the line a service falls below', () => {
    const base = trio();
    const spec = { ...base, virtualServices: [{ ...base.virtualServices[0], quorum: 15, hysteresis: 5 }] };
    expect(whatIf(spec, undefined, fails('real-server:10.213.0.21:80')).services[0].belowQuorumAfter).toBe(false); // 10 >= 15 - 5
  });
});
