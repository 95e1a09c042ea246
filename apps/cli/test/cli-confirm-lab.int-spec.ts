import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { register } from '../../../lab/src/register';
import { CAN_RUN_LAB, LAB_SKIP_REASON, startLab, type StartedLab } from '../../../lab/src/testing';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../test/app';
import { call, type Json, login } from '../../../test/http';
import { sha256 } from '../src/spec-file';
import { lvsctl } from './run';

/**
 * Confirmed apply on the netns lab's directors: not confirmed, the console rolls the directors back
 * to the previous revision's file; confirmed, the new one stays; and with the API restarted during
 * the window (same database, a new process of the app), the rollback still happens.
 * Run under `flock /tmp/lvs-lab.lock`.
 */
describe.skipIf(!CAN_RUN_LAB)(`lvsctl apply --confirm-within on the lab${CAN_RUN_LAB ? '' : ` — skipped: ${LAB_SKIP_REASON}`}`, () => {
  let lab: StartedLab;
  let t: TestApp;
  let env: Record<string, string>;
  let clusterName: string;
  let dir: string;
  // A second app on the same database must open the credentials sealed by the first.
  const appEnv = { LVS_MASTER_KEY: randomBytes(32).toString('base64'), CONFIRMATION_TICK_MS: '500' };
  // The rollback is a new revision: the files equal the old ones but for the header's revision number.
  const body = (text: string) => sha256(text.split('\n').slice(1).join('\n'));
  const files = () => lab.state.directors.map((d) => body(readFileSync(d.configHostPath, 'utf8')));

  async function waitFor(what: string, ok: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      if (await ok()) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`timed out waiting for ${what}`);
  }
  async function edited(edit: (s: Json) => void, name: string): Promise<string> {
    const r = await lvsctl(['export', clusterName], { env });
    expect(r.code, r.err).toBe(0);
    const s = parse(r.out);
    edit(s);
    const f = join(dir, name);
    writeFileSync(f, stringify(s));
    return f;
  }

  beforeAll(async () => {
    lab = await startLab({ directors: 3, realServers: 1 });
    process.env.CONFIRMATION_TICK_MS = appEnv.CONFIRMATION_TICK_MS;
    t = await startTestApp(appEnv);
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    const token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'lab', role: 'admin' } })).body.secret;
    clusterName = (await register(lab.state, { url: t.baseUrl, token })).clusterName;
    env = { LVS_SERVER: t.baseUrl, LVS_TOKEN: token, LVSCTL_CONFIG: '/nonexistent/lvsctl.yaml' };
    dir = mkdtempSync(join(tmpdir(), 'lvsctl-confirm-'));
    const first = await lvsctl(['deploy', clusterName, '-m', 'baseline'], { env });
    expect(first.code, first.out + first.err).toBe(0);
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    lab?.down();
  });

  it('not confirmed in time: the directors are rolled back to the previous file, and the confirmation says so', async () => {
    const before = files();
    const f = await edited((s) => (s.vrrpInstances[0].advertInt = 2), 'advert2.yaml');
    const r = await lvsctl(['apply', '-f', f, '--deploy', '--confirm-within', '3s', '--json'], { env });
    expect(r.code, r.out + r.err).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.at(-1)).toMatchObject({ type: 'confirmation', revertTo: 1 });
    expect(files()).not.toEqual(before);
    await waitFor('the rollback', async () =>
      (await lvsctl(['confirmation', clusterName, '--json'], { env })).out.includes('"rolled_back"'),
    );
    await waitFor('the rolled-back files', () => files().join() === before.join());
    for (const d of lab.state.directors) expect(readFileSync(d.configHostPath, 'utf8')).not.toContain('advert_int 2');
    const late = await lvsctl(['confirm', clusterName], { env });
    expect(late.code).toBe(1); // nothing pending any more
    const audit = await call(t.baseUrl, 'GET', '/api/v1/audit?action=deployment.confirmation_expired', { token: env.LVS_TOKEN });
    expect(audit.body.total).toBeGreaterThan(0);
  }, 180_000);

  it('confirmed in time: the new file stays after the deadline', async () => {
    const f = await edited((s) => (s.vrrpInstances[0].advertInt = 3), 'advert3.yaml');
    const r = await lvsctl(['apply', '-f', f, '--deploy', '--confirm-within', '4s'], { env });
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.err).toContain(`lvsctl confirm`);
    const c = await lvsctl(['confirm', clusterName], { env });
    expect(c.code, c.err).toBe(0);
    const after = files();
    // Past the deadline (4 s) and a few ticks: nothing moved.
    await new Promise((res) => setTimeout(res, 6000));
    expect(files()).toEqual(after);
    expect((await lvsctl(['confirmation', clusterName], { env })).out).toMatch(/^confirmed: /);
    for (const d of lab.state.directors) expect(readFileSync(d.configHostPath, 'utf8')).toContain('advert_int 3');
  }, 180_000);

  it('the API restarted during the window still rolls back when the deadline passes', async () => {
    const before = files();
    const f = await edited((s) => (s.vrrpInstances[0].advertInt = 4), 'advert4.yaml');
    const r = await lvsctl(['apply', '-f', f, '--deploy', '--confirm-within', '5s'], { env });
    expect(r.code, r.out + r.err).toBe(0);
    expect(files()).not.toEqual(before);
    const databaseUrl = t.databaseUrl;
    await t.close(); // the timer's process is gone; its deadline is in the database
    t = await startTestApp(appEnv, { databaseUrl });
    env = { ...env, LVS_SERVER: t.baseUrl };
    await waitFor('the rollback after the restart', () => files().join() === before.join(), 40_000);
    for (const d of lab.state.directors) expect(readFileSync(d.configHostPath, 'utf8')).not.toContain('advert_int 4');
  }, 180_000);
});
