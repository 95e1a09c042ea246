import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { register } from '../../../lab/src/register';
import { CAN_RUN_LAB, LAB_SKIP_REASON, startLab, type StartedLab } from '../../../lab/src/testing';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../test/app';
import { call, type Json, login } from '../../../test/http';
import { lvsctl } from './run';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * lvsctl apply --deploy --wait against the netns lab's three directors (real sshd, real keepalived,
 * real VRRP): an edited YAML is deployed for real and the VIP follows the priority change; a
 * deployment whose reload does not take is rolled back and exits 4; rollback --to goes back.
 * Run under `flock /tmp/lvs-lab.lock`.
 */
describe.skipIf(!CAN_RUN_LAB)(`lvsctl against the lab's directors${CAN_RUN_LAB ? '' : ` — skipped: ${LAB_SKIP_REASON}`}`, () => {
  let lab: StartedLab;
  let t: TestApp;
  let env: Record<string, string>;
  let clusterName: string;
  let dir: string;
  const files = () => lab.state.directors.map((d) => sha256(readFileSync(d.configHostPath, 'utf8')));

  beforeAll(async () => {
    lab = await startLab({ directors: 3, realServers: 1 });
    t = await startTestApp({ DEPLOY_RELOAD_TIMEOUT_MS: '2000', TELEMETRY_TICK_MS: '1000' });
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    const token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'lab', role: 'admin' } })).body.secret;
    clusterName = (await register(lab.state, { url: t.baseUrl, token })).clusterName;
    const operator = (
      await call(t.baseUrl, 'POST', '/api/v1/tokens', {
        ...admin,
        body: { name: `ci-${randomBytes(3).toString('hex')}`, role: 'operator' },
      })
    ).body.secret;
    env = { LVS_SERVER: t.baseUrl, LVS_TOKEN: operator, LVSCTL_CONFIG: '/nonexistent/lvsctl.yaml' };
    dir = mkdtempSync(join(tmpdir(), 'lvsctl-lab-'));
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    lab?.down();
  });

  async function exported(): Promise<Json> {
    const r = await lvsctl(['export', clusterName], { env });
    expect(r.code, r.err).toBe(0);
    return parse(r.out);
  }

  it('apply of an edited YAML with --deploy --wait deploys for real (JSON lines per step) and the VIP follows the priority change', async () => {
    const [d1, d2, d3] = lab.state.directors;
    const first = await lvsctl(['deploy', clusterName, '-m', 'baseline'], { env });
    expect(first.code, first.out + first.err).toBe(0);
    const spec = await exported();
    spec.vrrpInstances[0].members = spec.vrrpInstances[0].members.map((m: Json) => ({
      ...m,
      priority: m.director === d2.name ? 200 : m.priority,
      state: m.director === d2.name ? 'MASTER' : 'BACKUP',
    }));
    const f = join(dir, 'cluster.yaml');
    writeFileSync(f, stringify(spec));

    const diff = await lvsctl(['diff', '-f', f, '--exit-code'], { env });
    expect(diff.code).toBe(2);
    expect(diff.out).toContain(`members.${d2.name}.priority:`);
    expect(diff.out).toMatch(/^\+\s+priority 200$/m);

    const r = await lvsctl(['apply', '-f', f, '-m', 'director 2 preferred', '--deploy', '--wait', '--json'], { env });
    expect(r.code, r.out + r.err).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ type: 'apply', applied: true, changed: ['vrrpInstance:VI_LAB'] });
    expect(lines[1]).toMatchObject({ type: 'started', directors: [d1.name, d3.name, d2.name] });
    for (const d of [d1, d2, d3]) {
      expect(lines.some((l) => l.type === 'step' && l.director === d.name && l.step === 'reload' && l.status === 'ok')).toBe(true);
      expect(lines.some((l) => l.type === 'director' && l.director === d.name && l.status === 'succeeded')).toBe(true);
    }
    expect(lines.at(-1)).toMatchObject({ type: 'deployment', status: 'succeeded', exitCode: 0 });
    // What diff predicted is what was pushed: the new revision's rendered files on the directors.
    for (const d of [d1, d2, d3]) expect(readFileSync(d.configHostPath, 'utf8')).toContain(`priority ${d === d2 ? 200 : d.priority}`);
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && lab.vipHolders().join() !== d2.role) await new Promise((res) => setTimeout(res, 200));
    expect(lab.vipHolders()).toEqual([d2.role]);
    // Nothing left to change: diff is clean and apply --deploy is a no-op.
    const clean = await lvsctl(['diff', '-f', f, '--exit-code'], { env });
    expect(clean.code, clean.out).toBe(0);
    const noop = await lvsctl(['apply', '-f', f, '--deploy', '--wait'], { env });
    expect(noop.code).toBe(0);
    expect(noop.err).toContain('nothing to deploy');
  }, 180_000);

  it('status shows the VIP owner and the VRRP MASTER the directors report; --watch streams the snapshot from /live', async () => {
    const [, d2] = lab.state.directors;
    let state: Json;
    const deadline = Date.now() + 30_000;
    for (;;) {
      const r = await lvsctl(['status', clusterName, '--json'], { env });
      if (r.code === 0) {
        state = JSON.parse(r.out);
        if (Object.values(state.vips).length && Object.values(state.vips).every((v: Json) => v.owner === d2.name)) break;
      }
      if (Date.now() > deadline) throw new Error(`status never showed ${d2.name} owning the VIPs: ${r.out}${r.err}`);
      await new Promise((res) => setTimeout(res, 500));
    }
    expect(Object.values(state.instances).map((i: Json) => i.master)).toEqual([d2.name]);
    const table = await lvsctl(['status', clusterName], { env });
    expect(table.out).toMatch(new RegExp(`^${d2.name}\\s+yes\\s+running`, 'm'));
    const w = await lvsctl(['status', clusterName, '--watch', '--for', '3s', '--json'], { env });
    expect(w.code, w.err).toBe(0);
    const first = JSON.parse(w.out.split('\n')[0]);
    expect(first.type).toBe('snapshot');
    expect(Object.values(first.state.vips).every((v: Json) => v.owner === d2.name)).toBe(true);
  }, 60_000);

  it('a reload the director does not take is rolled back to the byte-identical file: apply exits 4 and says so per director', async () => {
    const [, , d3] = lab.state.directors;
    const before = files();
    const spec = await exported();
    spec.vrrpInstances[0].advertInt = 3;
    const f = join(dir, 'advert.yaml');
    writeFileSync(f, stringify(spec));
    await lab.faults.hangKeepalived(d3.role);
    let r;
    try {
      r = await lvsctl(['apply', '-f', f, '--deploy', '--wait'], { env });
    } finally {
      await lab.faults.resumeKeepalived(d3.role);
    }
    expect(r.code, r.out + r.err).toBe(4);
    expect(r.out).toMatch(new RegExp(`^${d3.name}\\s+verify\\s+failed`, 'm'));
    expect(r.out).toMatch(new RegExp(`^${d3.name}\\s+→\\s+rolled_back`, 'm'));
    expect(r.out).toMatch(/deployment [0-9a-f-]{36} failed \(revision \d+\)/);
    expect(files()[2]).toBe(before[2]);
  }, 180_000);

  it('rollback --to an earlier revision deploys it again and waits (exit 0)', async () => {
    const [d1, d2] = lab.state.directors;
    const r = await lvsctl(['rollback', clusterName, '--to', '1'], { env });
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toMatch(/deployment [0-9a-f-]{36} succeeded/);
    expect(readFileSync(d2.configHostPath, 'utf8')).not.toContain('priority 200');
    expect(readFileSync(d1.configHostPath, 'utf8')).toContain(`priority ${d1.priority}`);
  }, 180_000);
});
