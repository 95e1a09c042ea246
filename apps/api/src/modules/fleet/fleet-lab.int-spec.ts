import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register } from '../../../../../lab/src/register';
import { CAN_RUN_LAB, LAB_SKIP_REASON, startLab, type StartedLab } from '../../../../../lab/src/testing';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { call, login, type Json } from '../../../../../test/http';
import { DeploymentsService } from '../deployments/deployments.service';

/** Polls `f` until it returns a value (not undefined) or the deadline passes. */
async function until<T>(what: string, f: () => Promise<T | undefined> | T | undefined, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Fleet safety against the netns lab (real sshd and keepalived with real VRRP in each director's
 * namespace, one bridge): the lab's cluster ("web" here) is split in two — it keeps lab-d1 and lab-d2, a
 * second cluster takes lab-d3 with the same virtual_router_id on the same segment — and the
 * what-if of killing the MASTER is compared with what the lab does when it is killed.
 */
describe.skipIf(!CAN_RUN_LAB)(`fleet safety in the netns lab${CAN_RUN_LAB ? '' : ` — skipped: ${LAB_SKIP_REASON}`}`, () => {
  let lab: StartedLab;
  let t: TestApp;
  let token: string;
  let web: string;
  let webName: string;
  let other: string;
  const api = (method: string, path: string, body?: unknown) => call(t.baseUrl, method, `/api/v1${path}`, { token, body });

  beforeAll(async () => {
    lab = await startLab({ directors: 3, realServers: 1 });
    t = await startTestApp({ TELEMETRY_TICK_MS: '1000' });
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'fleet-lab', role: 'admin' } })).body.secret;
    const reg = await register(lab.state, { url: t.baseUrl, token });
    web = reg.clusterId;
    webName = reg.clusterName;
    // "web" keeps lab-d1 and lab-d2; lab-d3 goes to a cluster of its own with the same VRID
    const spec = (await api('GET', `/clusters/${web}/spec`)).body;
    const d3 = spec.directors.find((d: Json) => d.name === 'lab-d3');
    spec.directors = spec.directors.filter((d: Json) => d.name !== 'lab-d3');
    spec.vrrpInstances[0].members = spec.vrrpInstances[0].members.filter((m: Json) => m.director !== 'lab-d3');
    const put = await api('PUT', `/clusters/${web}/spec`, spec);
    expect(put.status, put.text).toBe(200);
    const created = await api('POST', '/clusters', {
      name: 'other',
      directors: [d3],
      vrrpInstances: [
        {
          name: 'VI_OTHER',
          interface: 'eth0',
          virtualRouterId: spec.vrrpInstances[0].virtualRouterId,
          members: [{ director: 'lab-d3', priority: 100 }],
          vips: [{ address: `${lab.state.vips[0].replace(/\.\d+$/, '.200')}/32`, dev: 'eth0' }],
        },
      ],
    });
    expect(created.status, created.text).toBe(201);
    other = created.body.id;
    const fp = lab.state.directors.find((d) => d.name === 'lab-d3')!.hostKeyFingerprint;
    expect((await api('PUT', `/clusters/${other}/host-keys/lab-d3`, { fingerprint: fp })).status).toBe(200);
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    lab?.down();
  });

  it("two clusters on the lab's segment with the same VRID: a lint error on the plan, from the directors' own interfaces; a deployment is refused once the other is deployed", async () => {
    // first contact: each plan reads its directors' capabilities (their eth0 is on the lab subnet)
    expect((await api('GET', `/clusters/${web}/plan`)).status).toBe(200);
    const plan = await api('GET', `/clusters/${other}/plan`);
    expect(plan.status, plan.text).toBe(200);
    const clash = plan.body.lint.find((f: Json) => f.code === 'vrid_reused');
    expect(clash, JSON.stringify(plan.body.lint)).toMatchObject({
      severity: 'error',
      cluster: 'other',
      instance: 'VI_OTHER',
      related: { clusterId: web, cluster: webName, instance: 'VI_LAB' },
      blocksDeployment: false,
    });
    expect(clash.message).toContain(`on the same L2 segment (subnet ${lab.state.subnet})`);
    const caps = (await api('GET', `/clusters/${other}/directors/lab-d3/capabilities`)).body;
    expect(caps.capabilities.interfaces).toContainEqual({
      name: 'eth0',
      addresses: expect.arrayContaining([`${lab.state.directors[2].address}/24`]),
    });
    expect(caps.capabilities.keepalived.version).toBe('2.2.7');

    const d = await api('POST', `/clusters/${web}/deployments`, { message: 'web without lab-d3' });
    expect(d.status, d.text).toBe(202);
    await t.app.get(DeploymentsService).settle(d.body.id);
    expect((await api('GET', `/clusters/${web}/deployments/${d.body.id}`)).body.status).toBe('succeeded');
    expect((await api('GET', `/clusters/${other}/plan`)).body.lint.find((f: Json) => f.code === 'vrid_reused')).toMatchObject({
      blocksDeployment: true,
    });
    const refused = await api('POST', `/clusters/${other}/deployments`, {});
    expect(refused.status, refused.text).toBe(422);
    expect(refused.body.code).toBe('fleet.lint_errors');
    expect((await api('GET', `/clusters/${other}/deployments`)).body.total).toBe(0);
  }, 180_000);

  it('what-if of killing the MASTER matches what the lab does when it is killed: the same new MASTER, the same VIPs', async () => {
    const vip = lab.state.vips[0];
    const holder = await until('one director holds the VIP', () => {
      const h = lab.vipHolders(vip);
      return h.length === 1 ? h[0] : undefined;
    });
    const masterName = lab.state.directors.find((x) => x.role === holder)!.name;
    // the live state has caught up with the lab: it names the same MASTER
    await until('telemetry sees the MASTER', async () =>
      (await api('GET', `/clusters/${web}/state`)).body?.instances?.VI_LAB?.master === masterName ? true : undefined,
    );
    const w = await api('GET', `/clusters/${web}/what-if?fail=director:${masterName}`);
    expect(w.status, w.text).toBe(200);
    expect(w.body.live).toBe(true);
    const inst = w.body.instances[0];
    expect(inst).toMatchObject({ name: 'VI_LAB', before: masterName, changed: true });
    const predicted = inst.after as string;
    expect(predicted).not.toBe(masterName);
    const predictedVips = w.body.vips.filter((v: Json) => v.to === predicted).map((v: Json) => v.address.split('/')[0]);
    expect(predictedVips).toEqual([vip]);

    await lab.faults.stopKeepalived(holder);
    try {
      const now = await until('the VIP moves', () => {
        const h = lab.vipHolders(vip);
        return h.length === 1 && h[0] !== holder ? h[0] : undefined;
      });
      expect(lab.state.directors.find((x) => x.role === now)!.name).toBe(predicted);
      expect(lab.state.vips.filter((v) => lab.vipHolders(v).includes(now))).toEqual(predictedVips);
      // and the console's live state agrees
      await until('telemetry sees the new MASTER', async () =>
        (await api('GET', `/clusters/${web}/state`)).body?.instances?.VI_LAB?.master === predicted ? true : undefined,
      );
    } finally {
      await lab.faults.startKeepalived(holder);
    }
  }, 180_000);
});
