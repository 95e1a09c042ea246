import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { clusterSpec } from '../factories';
import { call, login, type Json } from '../http';
import { startKeepalivedNetns, vrrpConfig, type KeepalivedNetns } from '../keepalived-netns';
import { startSshd, type TestSshd } from '../sshd';
import { launchBrowser, signIn, startStack, watchForErrors, type Stack } from './stack';

export const SHOTS = 'test-results/screenshots';

/** The spec's parts a test edits between deployments. */
export interface EditableSpec {
  virtualServices: { scheduler: string; realServers: { weight: number }[] }[];
}

/** The product, one real director (OpenSSH + keepalived in a network namespace) in one cluster, an admin token, and a viewer. */
export interface OneDirector {
  stack: Stack;
  sshd: TestSshd;
  lb1: KeepalivedNetns;
  token: string;
  clusterId: string;
  viewer: { username: string; password: string };
  api(method: string, path: string, body?: unknown): Promise<{ status: number; body: Json; text: string }>;
  /** Deploys the current spec and waits until the audit log records its end (one more deployment.finish); the deployment succeeded. Its id. */
  deployAndWait(message: string): Promise<string>;
  /** Waits until the audit log holds `n` deployment.finish events (a rollback's deployment, say). */
  waitForFinishes(n: number): Promise<void>;
  /** GET /spec, `edit`, PUT /spec. */
  changeSpec(edit: (spec: EditableSpec) => void): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The stack of the confirmation and history browser tests: sshd on 127.0.0.1, keepalived (hand-made
 * config holding `10.213.<net>.100/32`), the console started as users start it, an admin token,
 * the director's key as a credential bound to 127.0.0.1, cluster `name` with director lb1 (its
 * host key pinned), instance VI_WEB (VRID `vrid`) and one service on the VIP with real servers
 * `.21`, `.22`, … of the given weights, and a viewer. Needs root.
 */
export async function startOneDirector(o: {
  name: string;
  net: number;
  vrid: number;
  weights: number[];
  tokenName: string;
  viewer: string;
}): Promise<OneDirector> {
  mkdirSync(SHOTS, { recursive: true });
  const vip = `10.213.${o.net}.100`;
  const sshd = await startSshd({ listen: ['127.0.0.1'] });
  const lb1 = await startKeepalivedNetns(vrrpConfig({ routerId: 'lb', priority: 100, vip: `${vip}/32`, comment: 'hand-made' }));
  const stack = await startStack();
  const admin = await login(stack.webUrl, 'admin', stack.adminPassword);
  const token = (await call(stack.webUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: o.tokenName, role: 'admin' } })).body.secret;
  const api = (method: string, path: string, body?: unknown) => call(stack.webUrl, method, `/api/v1${path}`, { token, body });
  await api('POST', '/credentials', { name: 'lab-key', kind: 'private_key', privateKey: sshd.privateKey, allowedAddresses: ['127.0.0.1'] });
  const c = await api('POST', '/clusters', {
    name: o.name,
    directors: [
      {
        name: 'lb1',
        address: '127.0.0.1',
        sshPort: sshd.port,
        sshUser: sshd.user,
        credential: 'lab-key',
        configPath: lb1.configPath,
        pidFile: lb1.pidFile,
      },
    ],
    vrrpInstances: [
      {
        name: 'VI_WEB',
        interface: 'eth0',
        virtualRouterId: o.vrid,
        members: [{ director: 'lb1', priority: 150, state: 'MASTER' }],
        vips: [{ address: `${vip}/32` }],
      },
    ],
    virtualServices: [
      { vip, port: 80, realServers: o.weights.map((weight, i) => ({ address: `10.213.${o.net}.${21 + i}`, port: 80, weight })) },
    ],
  });
  expect(c.status, c.text).toBe(201);
  const clusterId: string = c.body.id;
  expect((await api('PUT', `/clusters/${clusterId}/host-keys/lb1`, { fingerprint: sshd.fingerprint })).status).toBe(200);
  const viewer = { username: o.viewer, password: 'viewer-passphrase-e2e' };
  expect((await api('POST', '/users', { ...viewer, role: 'viewer' })).status).toBe(201);

  const finishes = async () => (await api('GET', '/audit?action=deployment.finish&limit=1')).body.total as number;
  // A plain loop, not expect.poll: the setup (beforeAll) waits here too.
  const waitForFinishes = async (n: number) => {
    const deadline = Date.now() + 60_000;
    let seen = await finishes();
    while (seen !== n) {
      if (Date.now() > deadline) throw new Error(`the audit log holds ${seen} deployment.finish events, not ${n}, after 60 s`);
      await new Promise((r) => setTimeout(r, 250));
      seen = await finishes();
    }
  };
  return {
    stack,
    sshd,
    lb1,
    token,
    clusterId,
    viewer,
    api,
    waitForFinishes,
    async deployAndWait(message) {
      const before = await finishes();
      const d = await api('POST', `/clusters/${clusterId}/deployments`, { message });
      expect(d.status, d.text).toBe(202);
      await waitForFinishes(before + 1);
      expect((await api('GET', `/clusters/${clusterId}/deployments/${d.body.id}`)).body.status).toBe('succeeded');
      return d.body.id;
    },
    async changeSpec(edit) {
      const spec = (await api('GET', `/clusters/${clusterId}/spec`)).body;
      edit(spec);
      expect((await api('PUT', `/clusters/${clusterId}/spec`, spec)).status).toBe(200);
    },
    async stop() {
      await stack.stop();
      await lb1.stop();
      await sshd.stop();
    },
  };
}

/** Chromium with a fresh profile, one page watched for errors (a 401 from who-am-I while signed out is expected), signed in as admin. */
export async function signedInPage(
  stack: Stack,
): Promise<{ browser: BrowserContext; page: Page; problems: string[]; close(): Promise<void> }> {
  const { browser, close } = await launchBrowser();
  const page = await browser.newPage();
  const problems = watchForErrors(page, (url, status) => status === 401 && url.endsWith('/api/v1/auth/me'));
  await signIn(page, stack);
  return { browser, page, problems, close };
}

/** The editors' browser tests: the console, an admin token, and one cluster to edit. */
export interface EditorStack {
  stack: Stack;
  token: string;
  clusterId: string;
  /** The cluster's spec as the API stores it. */
  spec(): Promise<Json>;
}

/**
 * The console started as users start it, an admin token, and cluster `name`: the factory's VRRP
 * instance (as VI_1) on two directors at loopback ports nothing listens on (telemetry's attempts are
 * refused at once, nothing leaves the machine), with no virtual services.
 */
export async function startEditorStack(name: string): Promise<EditorStack> {
  mkdirSync(SHOTS, { recursive: true });
  const stack = await startStack();
  const admin = await login(stack.webUrl, 'admin', stack.adminPassword);
  const token = (await call(stack.webUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'setup', role: 'admin' } })).body.secret;
  const c = await call(stack.webUrl, 'POST', '/api/v1/clusters', {
    token,
    body: clusterSpec({
      name,
      directors: [
        { name: 'lb1', address: '127.0.0.1', sshPort: 1 },
        { name: 'lb2', address: '127.0.0.2', sshPort: 1 },
      ],
      vrrpInstances: [{ ...clusterSpec().vrrpInstances[0], name: 'VI_1' }],
      virtualServices: [],
    }),
  });
  expect(c.status, c.text).toBe(201);
  const clusterId: string = c.body.id;
  return {
    stack,
    token,
    clusterId,
    spec: async () => (await call(stack.webUrl, 'GET', `/api/v1/clusters/${clusterId}/spec`, { token })).body,
  };
}
