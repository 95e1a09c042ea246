import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register } from '../../../../../lab/src/register';
import { CAN_RUN_LAB, LAB_SKIP_REASON, startLab, type StartedLab, vmLabUnavailableReason } from '../../../../../lab/src/testing';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../test/app';
import { call, login, type Json } from '../../../../../test/http';
import { DeploymentsService } from '../deployments/deployments.service';

/**
 * Drain, disable and enable "now" against a real IPVS: a VM director (Debian's kernel under QEMU)
 * running full keepalived with the console's runtime controls. Connections held open through the
 * VIP before the drain finish after it; keepalived's pid, its VRRP state and its log (no
 * "Reloading") show that no reload happened.
 */

const skipReason = CAN_RUN_LAB ? await vmLabUnavailableReason() : LAB_SKIP_REASON;
if (skipReason) console.warn(`[runtime vm lab] skipped: ${skipReason}`);

/** Opens N connections to the VIP from the client namespace, sends half a request, waits for "finish", then completes them (HTTP/1.0: the body is not chunked). */
const HOLDER = `'use strict';
const net = require('node:net');
const [host, n] = process.argv.slice(2);
const socks = [];
let open = 0;
for (let i = 0; i < Number(n); i++) {
  const s = net.connect(80, host, () => { s.write('GET /held HTTP/1.0\\r\\nHost: lab\\r\\n'); if (++open === Number(n)) process.stdout.write('open\\n'); });
  s.setEncoding('utf8'); s.body = ''; s.on('data', (d) => { s.body += d; }); s.on('error', (e) => { s.body += 'ERROR ' + e.message; });
  socks.push(s);
}
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => {
  if (!d.includes('finish')) return;
  let done = 0;
  for (const s of socks) {
    s.on('close', () => { if (++done === socks.length) { process.stdout.write(JSON.stringify(socks.map((x) => x.body.split('\\r\\n\\r\\n')[1] ?? x.body)) + '\\n'); process.exit(0); } });
    s.write('\\r\\n');
  }
});
`;

describe.skipIf(!!skipReason)(
  skipReason ? `runtime controls on a VM director — skipped: ${skipReason}` : 'runtime controls on a VM director with a real IPVS',
  () => {
    let lab: StartedLab;
    let t: TestApp;
    let token: string;
    let clusterId: string;
    let serviceId: string;
    let vip: string;
    // One retry when a kept-alive socket was closed by the server while the test talked to the VM for a while (ECONNRESET).
    const api = (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
      call(t.baseUrl, method, `/api/v1${path}`, { token, body, headers }).catch((e: Error) => {
        if (method !== 'GET' || !/fetch failed/.test(e.message)) throw e;
        return call(t.baseUrl, method, `/api/v1${path}`, { token, body, headers });
      });
    const vm = (cmd: string) => lab.ssh('d1', cmd, 30_000);
    const kaPid = () => vm('cat /etc/keepalived/keepalived.pid').trim();
    const reloads = () => Number(vm('grep -c "Reloading" /run/keepalived.log || true').trim());
    /** `address:port` → weight (absent: not in the table) in the VM's IPVS table. */
    const table = (): Record<string, number> => {
      const out: Record<string, number> = {};
      for (const m of vm('ipvsadm -L -n --exact').matchAll(/->\s+(\S+)\s+\S+\s+(\d+)\s+(\d+)/g)) out[m[1]] = Number(m[2]);
      return out;
    };
    const activeConn = (): Record<string, number> => {
      const out: Record<string, number> = {};
      for (const m of vm('ipvsadm -L -n --exact').matchAll(/->\s+(\S+)\s+\S+\s+(\d+)\s+(\d+)/g)) out[m[1]] = Number(m[3]);
      return out;
    };
    const realId = async (address: string) =>
      (await api('GET', `/clusters/${clusterId}/virtual-services/${serviceId}/real-servers?q=${address}`)).body.items[0].id as string;
    const adminState = async (address: string, body: Record<string, unknown>) => {
      const id = await realId(address);
      const etag = (await api('GET', `/clusters/${clusterId}/virtual-services/${serviceId}/real-servers/${id}`)).headers.get('etag')!;
      return api('POST', `/clusters/${clusterId}/virtual-services/${serviceId}/real-servers/${id}/admin-state`, body, { 'if-match': etag });
    };

    beforeAll(async () => {
      lab = await startLab({ vm: true, directors: 1, realServers: 2 });
      t = await startTestApp({});
      const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
      token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'lab', role: 'admin' } })).body.secret;
      clusterId = (await register(lab.state, { url: t.baseUrl, token })).clusterId;
      vip = lab.state.vips[0];
      serviceId = (await api('GET', `/clusters/${clusterId}/virtual-services`)).body.items[0].id;
      // The lab's own first config has no runtime controls: the plan says so, the deployment adds them.
      const r = await api('POST', `/clusters/${clusterId}/deployments`, { message: 'runtime controls' });
      expect(r.status, r.text).toBe(202);
      await t.app.get(DeploymentsService).settle(r.body.id);
      const d = (await api('GET', `/clusters/${clusterId}/deployments/${r.body.id}`)).body;
      expect(d.status, JSON.stringify(d.targets)).toBe('succeeded');
      // both real servers up (their HTTP checks pass) before the test starts
      const deadline = Date.now() + 60_000;
      while (Object.keys(table()).length < 2 && Date.now() < deadline) await new Promise((res) => setTimeout(res, 1000));
    }, 400_000);

    afterAll(async () => {
      await t?.close();
      lab?.down();
    }, 60_000);

    it('drain now: weight 0 within the call, held connections finish, new ones go elsewhere, no reload', async () => {
      const [r1, r2] = lab.state.realServers;
      const k1 = `${r1.address}:80`;
      const k2 = `${r2.address}:80`;
      expect(table()).toEqual({ [k1]: 1, [k2]: 1 });
      const pid = kaPid();
      const reloadsBefore = reloads();
      const script = join(tmpdir(), `lvs-holder-${process.pid}.js`);
      writeFileSync(script, HOLDER);
      const holder: ChildProcessWithoutNullStreams = spawn('ip', [
        'netns',
        'exec',
        lab.state.client.namespace,
        process.execPath,
        script,
        vip,
        '4',
      ]);
      let out = '';
      holder.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      try {
        const deadline = Date.now() + 30_000;
        while (!out.includes('open') && Date.now() < deadline) await new Promise((res) => setTimeout(res, 100));
        expect(out).toContain('open');
        const held = activeConn();
        expect(held[k1], JSON.stringify(held)).toBeGreaterThan(0); // wrr over weights 1/1: two each

        const called = Date.now();
        const r = await adminState(r1.address, { adminState: 'drained', apply: 'now' });
        const callMs = Date.now() - called;
        expect(r.status, r.text).toBe(200);
        expect(r.body.runtime).toMatchObject({ applied: 'now', message: 'applied now, no reload', status: 'applied' });
        expect(r.body.runtime.directors[0]).toMatchObject({ director: lab.state.directors[0].name, status: 'applied', weight: 0 });
        const steps = Object.fromEntries(r.body.runtime.directors[0].steps.map((s: Json) => [s.name, s.ms]));
        console.info(
          `[runtime vm lab] drain: call ${callMs} ms; write ${steps.write} ms, verify (weight 0 seen) ${steps.verify} ms after it`,
        );
        // weight 0 is in the table when the call returns
        expect(table()).toEqual({ [k1]: 0, [k2]: 1 });
        expect(activeConn()[k1]).toBe(held[k1]); // established connections kept

        // new connections go to the other real server only
        const names = Array.from({ length: 4 }, () => lab.http(`http://${vip}/`, 5).body.trim());
        expect(names).toEqual(Array(4).fill(r2.name));
        // held connections complete (the drained server answers them to the end)
        holder.stdin.write('finish\n');
        const end = Date.now() + 30_000;
        while (!out.includes('[') && Date.now() < end) await new Promise((res) => setTimeout(res, 100));
        const answers = JSON.parse(out.slice(out.indexOf('['))) as string[];
        expect(answers.map((a) => a.trim()).sort()).toEqual(
          [...Array(held[k1]).fill(r1.name), ...Array(held[k2] ?? 0).fill(r2.name)].sort(),
        );
      } finally {
        holder.kill();
      }
      expect(kaPid()).toBe(pid);
      expect(reloads()).toBe(reloadsBefore);
      expect(lab.vipHolders(vip)).toEqual([lab.state.directors[0].role]);
    }, 180_000);

    it('disable now removes it from the table; enable now restores its weight; still no reload', async () => {
      const [r1] = lab.state.realServers;
      const k1 = `${r1.address}:80`;
      const pid = kaPid();
      const reloadsBefore = reloads();
      const off = await adminState(r1.address, { adminState: 'disabled', apply: 'now' });
      expect(off.body.runtime, off.text).toMatchObject({ status: 'applied', directors: [{ status: 'applied', weight: null }] });
      expect(table()[k1]).toBeUndefined();
      const on = await adminState(r1.address, { adminState: 'enabled', apply: 'now' });
      expect(on.body.runtime, on.text).toMatchObject({ status: 'applied', directors: [{ status: 'applied', weight: 1 }] });
      expect(table()[k1]).toBe(1);
      expect(kaPid()).toBe(pid);
      expect(reloads()).toBe(reloadsBefore);
    }, 120_000);

    it('a deployment after a drain keeps it (the file, not the config, holds the admin state)', async () => {
      const [r1] = lab.state.realServers;
      expect((await adminState(r1.address, { adminState: 'drained', apply: 'now' })).body.runtime.status).toBe('applied');
      const r = await api('POST', `/clusters/${clusterId}/deployments`, { message: 'after a drain' });
      await t.app.get(DeploymentsService).settle(r.body.id);
      expect((await api('GET', `/clusters/${clusterId}/deployments/${r.body.id}`)).body.status).toBe('succeeded');
      const deadline = Date.now() + 20_000;
      while (table()[`${r1.address}:80`] === undefined && Date.now() < deadline) await new Promise((res) => setTimeout(res, 500));
      expect(table()[`${r1.address}:80`]).toBe(0);
    }, 180_000);
  },
);
