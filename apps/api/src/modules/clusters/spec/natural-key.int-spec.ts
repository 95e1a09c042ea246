import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../../test/app';
import { clusterSpec } from '../../../../../../test/factories';
import { call, login, type Json } from '../../../../../../test/http';

/** 600 real servers 10.214.{0,1,2}.x:80 — more than one page (the API caps pages at 500). */
const manyReals = Array.from({ length: 600 }, (_, i) => ({
  address: `10.214.${Math.floor(i / 250)}.${(i % 250) + 1}`,
  port: 80,
  weight: 1,
  healthCheck: { type: 'TCP_CHECK', connectTimeout: 3 },
}));

describe('spec objects addressable by natural key: the 600th real server of a service is found and edited without paging', () => {
  let t: TestApp;
  let token: string;
  const api = (method: string, path: string, payload?: unknown, headers?: Record<string, string>) =>
    call(t.baseUrl, method, `/api/v1${path}`, { token, body: payload, headers });

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'ci', role: 'operator' } })).body.secret;
  });
  afterAll(() => t?.close());

  it('GET …?key= finds the virtual service and its last real server, which a PATCH with the ETag then edits', async () => {
    const base = clusterSpec();
    const created = await api('POST', '/clusters', { ...base, virtualServices: [{ ...base.virtualServices[0], realServers: manyReals }] });
    expect(created.status, created.text).toBe(201);
    const c = created.body.id as string;

    // A listing stops at 500: the last real server is not on the first page.
    const firstPage = await api(
      'GET',
      `/clusters/${c}/virtual-services/${(await api('GET', `/clusters/${c}/virtual-services`)).body.items[0].id}/real-servers?limit=500`,
    );
    expect(firstPage.body.total).toBe(600);
    expect(firstPage.body.items.map((r: Json) => r.key)).not.toContain('10.214.2.100:80');

    const services = await api('GET', `/clusters/${c}/virtual-services?key=${encodeURIComponent('10.213.1.10:80/TCP')}`);
    expect(services.status, services.text).toBe(200);
    expect(services.body.items.map((s: Json) => s.key)).toEqual(['10.213.1.10:80/TCP']);
    const serviceId = services.body.items[0].id as string;

    const found = await api(
      'GET',
      `/clusters/${c}/virtual-services/${serviceId}/real-servers?key=${encodeURIComponent('10.214.2.100:80')}`,
    );
    expect(found.status, found.text).toBe(200);
    expect(found.body.total).toBe(1);
    const last = found.body.items[0];
    expect(last).toMatchObject({ key: '10.214.2.100:80', address: '10.214.2.100', weight: 1 });

    const edited = await api(
      'PATCH',
      `/clusters/${c}/virtual-services/${serviceId}/real-servers/${last.id}`,
      { weight: 7 },
      { 'if-match': `W/"${last.version}"` },
    );
    expect(edited.status, edited.text).toBe(200);
    const spec = await api('GET', `/clusters/${c}/spec`);
    const reals = spec.body.virtualServices[0].realServers as Json[];
    expect(reals).toHaveLength(600);
    expect(reals[599]).toMatchObject({ address: '10.214.2.100', weight: 7 });
    expect(reals.filter((r) => r.weight === 7)).toHaveLength(1);
  }, 120_000);

  it('an exact key matches only itself (no substring), and a key that is too long is a 400 naming the field', async () => {
    const c = (await api('POST', '/clusters', clusterSpec())).body.id as string;
    const serviceId = (await api('GET', `/clusters/${c}/virtual-services`)).body.items[0].id as string;
    expect((await api('GET', `/clusters/${c}/virtual-services/${serviceId}/real-servers?key=10.213.0.2`)).body).toEqual({
      items: [],
      total: 0,
    });
    expect((await api('GET', `/clusters/${c}/virtual-services/${serviceId}/real-servers?key=10.213.0.21:80`)).body.total).toBe(1);
    const tooLong = await api('GET', `/clusters/${c}/virtual-services?key=${'x'.repeat(301)}`);
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors).toEqual([expect.objectContaining({ path: expect.stringContaining('key') })]);
  });
});
