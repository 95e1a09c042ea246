import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../../test/app';
import { largeClusterSpec, topologySnapshot } from '../../../../../../test/factories';
import { call, type Json, login } from '../../../../../../test/http';
import { adminQuery } from '../../../../../../test/pg';
import { type KillablePostgres, startKillablePostgres } from '../../../../../../test/pg-killable';

// The audit chain's transaction-level advisory lock (audit.repository.ts): a topology write takes it
// last, after its row writes and the version bump, just before COMMIT.
const AUDIT_CHAIN_LOCK = 734_211_001;

/**
 * PostgreSQL SIGKILLed under a topology write (a spec PUT of a 1,000-real-server cluster): the
 * client gets a 503 problem+json, not a 500 and not a hang; after Postgres restarts (crash
 * recovery), the API answers again without being restarted, and the database holds the whole old
 * state or the whole new state — spec, every topology row and the version (ETag) agree.
 */
describe('PostgreSQL killed during a topology write (its own killable Postgres)', () => {
  let pg: KillablePostgres;
  let t: TestApp;
  let token: string;
  let clusterId: string;
  const api = (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
    call(t.baseUrl, method, `/api/v1${path}`, { token, body, headers });
  /** Read with a connection of its own (never the app's pool, which the kill also broke). */
  const snapshot = () => topologySnapshot({ query: (sql: string) => adminQuery<{ h: string }>(pg.databaseUrl, sql) });
  /** Row counts per table (ids change when rows are replaced, counts do not). */
  const counts = (s: Record<string, string>) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v.split(':')[0]]));
  const specA = largeClusterSpec(40, 25);
  const specB = { ...largeClusterSpec(50, 25), name: specA.name };
  for (const vs of specB.virtualServices) for (const r of vs.realServers) r.weight = 100 + r.weight;

  /** The spec, its ETag and the cluster version, once the API answers again. */
  async function state(): Promise<{ spec: Json; etag: string; version: number }> {
    await expect.poll(async () => (await api('GET', `/clusters/${clusterId}/spec`)).status, { timeout: 30_000, interval: 100 }).toBe(200);
    const r = await api('GET', `/clusters/${clusterId}/spec`);
    const c = await api('GET', `/clusters/${clusterId}`);
    return { spec: r.body, etag: r.headers.get('etag')!, version: c.body.version };
  }
  const successfulReplaces = async () =>
    Number(
      (
        await adminQuery<{ n: string }>(
          pg.databaseUrl,
          "SELECT count(*) AS n FROM audit_events WHERE action = 'cluster.spec.replace' AND outcome = 'success'",
        )
      )[0].n,
    );

  beforeAll(async () => {
    pg = await startKillablePostgres();
    t = await startTestApp({}, { databaseUrl: pg.databaseUrl });
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'ci', role: 'operator' } })).body.secret;
    const created = await api('POST', '/clusters', specA);
    expect(created.status, created.text).toBe(201);
    clusterId = created.body.id;
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await pg?.stop();
  }, 60_000);

  let normA: Json;
  let countsA: Record<string, string>;

  it('killed mid-transaction (rows written, COMMIT not reached): 503 problem+json, and after the restart the old state, whole', async () => {
    const before = await state();
    normA = before.spec;
    const rowsBefore = await snapshot();
    countsA = counts(rowsBefore);
    const replacesBefore = await successfulReplaces();

    // Hold the audit chain lock from outside: the PUT writes its rows, bumps the version, then waits
    // for the lock — in the middle of its transaction — where the kill finds it.
    const holder = new Client({ connectionString: pg.databaseUrl });
    holder.on('error', () => undefined); // the kill cuts this connection too
    await holder.connect();
    await holder.query('SELECT pg_advisory_lock($1)', [AUDIT_CHAIN_LOCK]);
    const put = api('PUT', `/clusters/${clusterId}/spec`, specB, { 'if-match': before.etag });
    // Evidence that the write is under way and has written: its backend holds a transaction id
    // (assigned at the first row written) and waits on the advisory lock.
    await expect
      .poll(
        async () =>
          (
            await holder.query(
              "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'lvs-console' AND wait_event_type = 'Lock' AND wait_event = 'advisory' AND backend_xid IS NOT NULL",
            )
          ).rows[0].n,
        { timeout: 30_000, interval: 50 },
      )
      .toBe(1);
    await pg.kill();

    const r = await put;
    expect(r.status, r.text).toBe(503);
    expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(r.body).toMatchObject({
      status: 503,
      code: 'common.database_unavailable',
      type: expect.stringMatching(/common\.database_unavailable$/),
      instance: `/api/v1/clusters/${clusterId}/spec`,
    });
    expect(r.headers.get('retry-after')).toBe('5');
    // While it is down, reads are 503 too (the pool cannot connect), not 500.
    const down = await api('GET', `/clusters/${clusterId}/spec`);
    expect(down.status, down.text).toBe(503);
    expect(down.body.code).toBe('common.database_unavailable');

    await pg.start();
    // The same API process (its pool reconnects), and nothing of the killed transaction.
    const after = await state();
    expect(after.spec).toEqual(normA);
    expect(after.etag).toBe(before.etag);
    expect(after.version).toBe(before.version);
    expect(await snapshot()).toEqual(rowsBefore);
    expect(await successfulReplaces()).toBe(replacesBefore);
    const chain = await api('GET', '/audit/verify');
    expect(chain.status, chain.text).toBe(200);
    expect(chain.body).toMatchObject({ valid: true, firstBroken: null });
    await holder.end().catch(() => undefined);
  }, 120_000);

  let normB: Json;
  let countsB: Record<string, string>;
  /** How long an undisturbed replace took: where the kills of the next test land (not asserted on). */
  let putMs = 1000;

  it('the same API then writes the whole new state', async () => {
    const before = await state();
    const sent = Date.now();
    const r = await api('PUT', `/clusters/${clusterId}/spec`, specB, { 'if-match': before.etag });
    putMs = Date.now() - sent;
    expect(r.status, r.text).toBe(200);
    const after = await state();
    expect(after.version).toBe(before.version + 1);
    expect(after.spec.virtualServices).toHaveLength(50);
    expect(after.spec.virtualServices.every((vs: Json) => vs.realServers.every((rs: Json) => rs.weight > 100))).toBe(true);
    normB = after.spec;
    countsB = counts(await snapshot());
    expect(countsB.real_servers).toBe('1250');
    expect(countsA.real_servers).toBe('1000');
  }, 60_000);

  it('killed at moments through the write, COMMIT included: each time the whole old or the whole new state, never a mix', async () => {
    const outcomes: string[] = [];
    // From "request just sent" to "answered", spread over the time an undisturbed replace took.
    for (const share of [0, 0.4, 0.7, 0.9, 1.1]) {
      const delayMs = Math.round(share * putMs);
      const before = await state();
      const fromA = before.spec.virtualServices.length === 40;
      const put = api('PUT', `/clusters/${clusterId}/spec`, fromA ? specB : specA, { 'if-match': before.etag });
      await new Promise((res) => setTimeout(res, delayMs));
      await pg.kill();
      const r = await put;
      // Either it finished before the kill, or it failed cleanly as an outage.
      expect([200, 503], r.text).toContain(r.status);
      if (r.status === 503) expect(r.body.code).toBe('common.database_unavailable');
      await pg.start();
      const after = await state();
      const isA = after.spec.virtualServices.length === 40;
      expect(after.spec).toEqual(isA ? normA : normB);
      expect(counts(await snapshot())).toEqual(isA ? countsA : countsB);
      const changed = isA !== fromA;
      expect(after.version).toBe(before.version + (changed ? 1 : 0));
      // A 200 means committed; a 503 may still have committed (the kill between COMMIT and its
      // answer), but then the whole new state is there — which the checks above established.
      if (r.status === 200) expect(changed).toBe(true);
      outcomes.push(`${delayMs} ms: ${r.status} ${changed ? 'new' : 'old'}`);
    }
    console.info(`[pg-fault] kills through a spec PUT: ${outcomes.join('; ')}`);
    const chain = await api('GET', '/audit/verify');
    expect(chain.body).toMatchObject({ valid: true, firstBroken: null });
  }, 240_000);
});
