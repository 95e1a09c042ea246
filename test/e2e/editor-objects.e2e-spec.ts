import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type Json } from '../http';
import { axeFindings } from './axe';
import { SHOTS, startEditorStack } from './fixtures';
import { launchBrowser, signIn, watchForErrors, type Stack } from './stack';

const VIP = '10.213.1.10';

/**
 * The keepalived constructs issue 14 modelled, made in the editors on the real stack (no lab: the
 * directors are loopback ports nothing listens on, the config is only rendered): a track_file and a
 * vrrp_track_process, tracked by VI_1 with weights and with use_vmac; a real server with two checks
 * (HTTP_GET with status codes `200-299 503`, and a TCP_CHECK on its own port); a
 * virtual_server_group and a service that answers on it alone; lvs_sync_daemon in global_defs.
 * Each is asserted in the spec the API holds and in the keepalived.conf a revision renders. No
 * console errors; axe clean; a screenshot of each new form.
 */
describe('every modelled keepalived construct from the editors (Chromium, real API)', () => {
  let stack: Stack;
  let token: string;
  let clusterId: string;
  let close: () => Promise<void>;
  let page: Page;
  let problems: string[];

  const dialog = () => page.getByRole('dialog');
  const field = (label: string) => dialog().getByLabel(label, { exact: true });
  const click = (name: string) => page.getByRole('button', { name, exact: true }).click();
  let spec: () => Promise<Json>;
  /** Opens a dialog with `button`, waits for its heading. */
  async function open(button: string, heading: string) {
    await click(button);
    await dialog().getByRole('heading', { name: heading }).waitFor();
  }
  /** Screenshot of the open dialog (after an axe check), then submits it and waits until it closes. */
  async function submit(shot: string, label: 'Add' | 'Save') {
    await page.screenshot({ path: `${SHOTS}/${shot}.png` });
    expect(await axeFindings(page)).toEqual([]);
    await dialog().getByRole('button', { name: label, exact: true }).click();
    await dialog().waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
  }

  beforeAll(async () => {
    ({ stack, token, clusterId, spec } = await startEditorStack('constructs'));
    const ctx = await launchBrowser();
    close = ctx.close;
    page = await ctx.browser.newPage();
    problems = watchForErrors(page, (url, status) => status === 401 && url.endsWith('/api/v1/auth/me'));
    await signIn(page, stack, 'admin', stack.adminPassword);
    await page.goto(`${stack.webUrl}/clusters/${clusterId}/configuration`);
    await page.getByRole('heading', { name: 'Track files' }).waitFor();
  }, 180_000);
  afterAll(async () => {
    await close?.();
    await stack?.stop();
  });

  it('adds a track_file and a vrrp_track_process from their forms', async () => {
    expect(await page.getByText(/No track_file: one lets a file/).count()).toBe(1);
    await open('Add track file', 'Add a track file');
    await field('Name').fill('maint');
    await field('File').fill('/run/lvs/maint');
    await field('Create the file at start-up (init_file)').check();
    await field('Initial value').fill('0');
    await submit('editor-track-file', 'Add');
    await expect.poll(() => page.getByRole('row', { name: /^maint / }).textContent()).toContain('/run/lvs/maint');

    await open('Add tracked process', 'Add a tracked process');
    await field('Name').fill('haproxy');
    await field('Process').fill('haproxy');
    await field('Quorum').fill('1');
    await submit('editor-track-process', 'Add');
    await page.getByRole('row', { name: /^haproxy / }).waitFor();

    const s = await spec();
    expect(s.trackFiles).toEqual([{ name: 'maint', file: '/run/lvs/maint', initFile: { value: 0 } }]);
    expect(s.trackProcesses).toEqual([{ name: 'haproxy', process: ['haproxy'], quorum: 1 }]);
  });

  it('VI_1 tracks the file (weight -60) and the process (weight -40), with use_vmac', async () => {
    await open('Edit VRRP instance VI_1', 'Edit VRRP instance VI_1');
    await click('Track a file');
    await field('Tracked file 1').selectOption('maint');
    await field('Tracked file 1 weight').fill('-60');
    await click('Track a process');
    await field('Tracked process 1').selectOption('haproxy');
    await field('Tracked process 1 weight').fill('-40');
    await field('use_vmac (VIPs and adverts on a macvlan with the VRRP MAC)').check();
    await field('VMAC interface').fill('vrrp.51');
    // The Remove buttons are compact and say which row they remove.
    const remove = dialog().getByRole('button', { name: 'Remove tracked file 1' });
    expect((await remove.boundingBox())!.width).toBeLessThan(48);
    await remove.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/editor-instance-tracked-rows.png` });
    await field('VMAC interface').scrollIntoViewIfNeeded();
    await submit('editor-instance-tracking-vmac', 'Save');

    const vi = (await spec()).vrrpInstances[0];
    expect(vi.trackFiles).toEqual([{ name: 'maint', weight: -60 }]);
    expect(vi.trackProcesses).toEqual([{ name: 'haproxy', weight: -40 }]);
    expect(vi.useVmac).toEqual({ name: 'vrrp.51' });
  });

  it('a real server with two checks: HTTP_GET with status codes 200-299 503, and a TCP_CHECK', async () => {
    await open('Add virtual service', 'Add a virtual service');
    await field('VIP').fill(VIP);
    await submit('editor-service', 'Add');
    await open('Add real server', 'Add a real server');
    await field('Address').fill('10.213.0.21');
    await field('Check').selectOption('HTTP_GET');
    await field('URL 1 path').fill('/health');
    await field('URL 1 status').fill('600');
    // A bad code is named on its field before any request.
    await dialog().getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => field('URL 1 status').getAttribute('aria-invalid')).toBe('true');
    await field('URL 1 status').fill('200-299 503');
    await click('Add another check');
    await field('Check 2 type').selectOption('TCP_CHECK');
    await field('Check 2 connect port').fill('8080');
    await field('Check 2 delay loop (s)').fill('3');
    await field('Check 2 connect port').scrollIntoViewIfNeeded();
    await submit('editor-real-server-two-checks', 'Add');

    const rs = (await spec()).virtualServices[0].realServers[0];
    expect(rs.healthCheck).toMatchObject({ type: 'HTTP_GET', urls: [{ path: '/health', statusCodes: ['200-299', '503'] }] });
    expect(rs.additionalChecks).toEqual([{ type: 'TCP_CHECK', connectPort: 8080, delayLoop: 3 }]);
  });

  it('a virtual_server_group and a service that answers on it alone', async () => {
    await open('Add virtual server group', 'Add a virtual server group');
    await field('Name').fill('web_vips');
    await field('Member 1 address').fill('10.213.1.20-29');
    await field('Member 1 port').fill('443');
    await click('Add member');
    await field('Member 2 kind').selectOption('fwmark');
    await field('Member 2 firewall mark').fill('7');
    await submit('editor-virtual-server-group', 'Add');
    await expect.poll(() => page.getByRole('row', { name: /^web_vips / }).textContent()).toContain('10.213.1.20-29 443, fwmark 7');

    await open('Add virtual service', 'Add a virtual service');
    await field('Identified by').selectOption('group');
    await field('Virtual server group').selectOption('web_vips');
    await field('Scheduler').selectOption('sh');
    await dialog().getByLabel('sh-port').check();
    await submit('editor-group-service', 'Add');
    // A service is rendered once it has a real server.
    await page
      .getByRole('row', { name: /group:web_vips/ })
      .getByRole('button', { name: 'Add real server' })
      .click();
    await dialog().getByRole('heading', { name: 'Add a real server' }).waitFor();
    expect(await dialog().getByText('group:web_vips').count()).toBe(1);
    await field('Address').fill('10.213.0.31');
    await field('Port').fill('443');
    await submit('editor-group-service-real-server', 'Add');

    const s = await spec();
    expect(s.virtualServerGroups).toEqual([{ name: 'web_vips', members: [{ address: '10.213.1.20-29', port: 443 }, { fwmark: 7 }] }]);
    const vs = s.virtualServices.find((v: Json) => v.group === 'web_vips');
    expect(vs).toMatchObject({ group: 'web_vips', scheduler: 'sh', schedulerFlags: ['sh-port'] });
    expect(vs.vip).toBeUndefined();
    expect(vs.realServers).toMatchObject([{ address: '10.213.0.31', port: 443 }]);
  });

  it('global settings: lvs_sync_daemon following VI_1', async () => {
    await open('Edit global settings', 'Edit the global settings (global_defs)');
    await field('Sync IPVS connections between directors (a failover keeps established connections)').check();
    await field('Sync interface').fill('eth1');
    await field('Follows instance').selectOption('VI_1');
    await submit('editor-global-defs', 'Save');
    await expect.poll(() => page.getByTestId('global-defs').textContent()).toContain('lvs_sync_daemon on eth1');
    expect((await spec()).globalDefs).toEqual({ lvsSyncDaemon: { interface: 'eth1', instance: 'VI_1' } });
  });

  it('the keepalived.conf a revision renders carries every keyword', async () => {
    const rev = await call(stack.webUrl, 'POST', `/api/v1/clusters/${clusterId}/revisions`, { token, body: { message: 'constructs' } });
    expect(rev.status, rev.text).toBe(201);
    const got = await call(stack.webUrl, 'GET', `/api/v1/clusters/${clusterId}/revisions/${rev.body.number}`, { token });
    expect(got.status).toBe(200);
    for (const director of ['lb1', 'lb2']) {
      const text: string = got.body.rendered[director].text;
      expect(text).toMatch(/track_file maint \{\s*file "\/run\/lvs\/maint"\s*init_file 0\s*\}/);
      expect(text).toMatch(/vrrp_track_process haproxy \{\s*process "?haproxy"?\s*quorum 1\s*\}/);
      expect(text).toMatch(/track_file \{[^}]*maint weight -60[^}]*\}/);
      expect(text).toMatch(/track_process \{\s*haproxy weight -40\s*\}/);
      expect(text).toMatch(/^\s*use_vmac vrrp\.51$/m);
      expect(text).toMatch(/status_code 200-299 503/);
      expect(text).toMatch(/TCP_CHECK \{[^}]*connect_port 8080[^}]*\}/);
      expect(text).toMatch(/TCP_CHECK \{[^}]*delay_loop 3[^}]*\}/);
      expect(text).toMatch(/virtual_server_group web_vips \{\s*10\.213\.1\.20-29 443\s*fwmark 7\s*\}/);
      expect(text).toMatch(/virtual_server group web_vips \{\s*delay_loop 6\s*lvs_sched sh\s*sh-port\s*lvs_method DR/);
      // DR over a group with a fwmark member: the real server's port is kept in the spec (it round-trips) but not
      // rendered — keepalived 2.2.7's --config-test refuses it there (libs/keepalived rendersServerPort); NAT renders it
      expect(text).toMatch(/virtual_server group web_vips \{[^]*?real_server 10\.213\.0\.31 \{/);
      expect(text).toMatch(/lvs_sync_daemon eth1 VI_1/);
    }
    expect(problems).toEqual([]);
  });
});
