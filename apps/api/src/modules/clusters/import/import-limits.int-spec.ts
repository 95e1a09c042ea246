import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../../../../../test/app';
import { call, login } from '../../../../../../test/http';
import { ImportParser } from './import-parser';

/** A valid keepalived.conf of about `targetChars` characters: one VRRP instance, virtual services of 20 real servers each. */
function bigKeepalivedConf(director: string, targetChars: number): string {
  const head = `global_defs {\n  router_id ${director}\n}\nvrrp_instance VI_1 {\n  state MASTER\n  interface eth0\n  virtual_router_id 51\n  priority 150\n  advert_int 1\n  virtual_ipaddress {\n    10.213.1.10/32\n  }\n}\n`;
  const parts = [head];
  let size = head.length;
  for (let s = 0; size < targetChars; s++) {
    let block = `virtual_server 10.${200 + Math.floor(s / 65536)}.${Math.floor(s / 256) % 256}.${s % 256} 80 {\n  delay_loop 6\n  lb_algo wrr\n  lb_kind DR\n  protocol TCP\n`;
    for (let r = 0; r < 20; r++)
      block += `  real_server 10.250.${s % 250}.${r + 1} 80 {\n    weight 10\n    TCP_CHECK {\n      connect_timeout 3\n    }\n  }\n`;
    parts.push(`${block}}\n`);
    size += block.length + 2;
  }
  return parts.join('');
}

const SMALL =
  'global_defs {\n  router_id lb1\n}\nvrrp_instance VI_1 {\n  state MASTER\n  interface eth0\n  virtual_router_id 51\n  priority 150\n  virtual_ipaddress {\n    10.213.1.10/32\n  }\n}\n';

/**
 * Imports are parsed off the event loop (a worker thread with time and memory limits) and measured
 * before they are expanded: an include bomb, a pathological glob or a 4 MB file can neither take the
 * API down nor stall it. Real API, real PostgreSQL, real worker threads.
 */
describe('import limits (real API, PostgreSQL, worker threads)', () => {
  let t: TestApp;
  let token: string;
  const api = (method: string, path: string, body?: unknown) => call(t.baseUrl, method, `/api/v1${path}`, { token, body });
  const health = async () => (await call(t.baseUrl, 'GET', '/api/v1/health')).status;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await login(t.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
    token = (await call(t.baseUrl, 'POST', '/api/v1/tokens', { ...admin, body: { name: 'ci', role: 'operator' } })).body.secret;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses the include fan-out bomb (40 files that each include conf.d/*.conf) with a 422 naming the file and the limit; the API stays up', async () => {
    const includes = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`conf.d/${String(i).padStart(2, '0')}.conf`, 'include conf.d/*.conf\n']),
    );
    const r = await api('POST', '/clusters/import', {
      name: 'bomb',
      dryRun: true,
      directors: [{ name: 'lb1', address: '10.0.0.1', config: `${SMALL}include conf.d/*.conf\n`, includes }],
    });
    expect(r.status, r.text).toBe(422);
    expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(r.body).toMatchObject({ code: 'import.limit_exceeded', limit: 'cycle', file: 'conf.d/00.conf', director: 'lb1' });
    expect(r.body.errors).toEqual([
      { path: 'body.directors.0.includes.conf.d/00.conf', message: expect.stringContaining('conf.d/00.conf includes itself') },
    ]);
    expect(await health()).toBe(200);
  });

  it('refuses an acyclic fan-out that would splice in 10^8 files, by counting (maxIncludes)', async () => {
    const includes: Record<string, string> = {};
    for (let level = 0; level < 8; level++)
      for (let i = 0; i < 10; i++)
        includes[`l${level}/${i}.conf`] = level < 7 ? `include l${level + 1}/*.conf\n` : 'vrrp_script chk {\n  script "/bin/true"\n}\n';
    const r = await api('POST', '/clusters/import', {
      name: 'fan',
      dryRun: true,
      directors: [{ name: 'lb1', address: '10.0.0.1', config: `${SMALL}include l0/*.conf\n`, includes }],
    });
    expect(r.status, r.text).toBe(422);
    expect(r.body).toMatchObject({ code: 'import.limit_exceeded', limit: 'maxIncludes' });
    expect(r.body.errors[0].message).toMatch(/splices in 1,110 included files; at most 1,000 \(maxIncludes\)/);
    expect(await health()).toBe(200);
  });

  it('matches a 2,000-star include glob against a long file name (it does not match) and answers', async () => {
    const r = await api('POST', '/clusters/import', {
      name: 'stars',
      dryRun: true,
      directors: [
        {
          name: 'lb1',
          address: '10.0.0.1',
          config: `${SMALL}include ${'*a'.repeat(1000)}*b\n`,
          includes: { [`${'a'.repeat(4000)}.conf`]: '' },
        },
      ],
    });
    expect(r.status, r.text).toBe(200);
    expect(r.body.warnings).toContainEqual(
      expect.objectContaining({ director: 'lb1', message: expect.stringMatching(/^include \*a\*a.*could not be resolved/) }),
    );
  });

  it('answers /health while a 4 MB import is parsed, then answers the import', async () => {
    const config = bigKeepalivedConf('lb1', 3_900_000);
    let done = false;
    const imported = api('POST', '/clusters/import', {
      name: 'big',
      dryRun: true,
      directors: [{ name: 'lb1', address: '10.0.0.1', config }],
    }).finally(() => {
      done = true;
    });
    // One probe at a time: with the parse on the event loop none is answered until the import is,
    // so at most one could slip in after it; each one answered while the import runs is evidence.
    let answeredDuring = 0;
    while (!done) {
      const status = await health();
      if (!done) {
        expect(status).toBe(200);
        answeredDuring++;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    const r = await imported;
    expect(r.status, r.text.slice(0, 500)).toBe(200);
    expect(r.body.spec.virtualServices.length).toBeGreaterThan(1000);
    expect(answeredDuring).toBeGreaterThanOrEqual(2);
  }, 120_000);

  it('answers an import whose parser runs out of its heap (IMPORT_HEAP_MB) with a 422 problem, and the API stays up', async () => {
    const small = await startTestApp({ IMPORT_HEAP_MB: '8' });
    try {
      const admin = await login(small.baseUrl, 'admin', TEST_ADMIN_PASSWORD);
      const r = await call(small.baseUrl, 'POST', '/api/v1/clusters/import', {
        ...admin,
        body: { name: 'big', dryRun: true, directors: [{ name: 'lb1', address: '10.0.0.1', config: bigKeepalivedConf('lb1', 3_900_000) }] },
      });
      expect(r.status, r.text.slice(0, 500)).toBe(422);
      expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(r.body).toMatchObject({
        code: 'import.out_of_memory',
        errors: [{ path: 'body.directors', message: 'parsing needed more than 8 MB' }],
      });
      expect((await call(small.baseUrl, 'GET', '/api/v1/health')).status).toBe(200);
      expect((await call(small.baseUrl, 'GET', '/api/v1/clusters', admin)).status).toBe(200);
    } finally {
      await small.close();
    }
  }, 120_000);

  describe('the parser worker', () => {
    const files = (config: string) => ({ name: 'w', files: [{ director: 'lb1', address: '10.0.0.1', text: config }] });

    it('stops a worker past its heap limit and answers 422 import.out_of_memory; the next parse works', async () => {
      const parser = new ImportParser({ maxOldGenerationSizeMb: 8 });
      await expect(parser.parse(files(bigKeepalivedConf('lb1', 3_900_000)))).rejects.toMatchObject({
        status: 422,
        code: 'import.out_of_memory',
      });
      expect(await new ImportParser().parse(files(SMALL))).toMatchObject({ ok: true, spec: { name: 'w' } });
    }, 60_000);

    it('stops a worker past its time limit and answers 422 import.too_slow', async () => {
      const parser = new ImportParser({ timeoutMs: 300 });
      await expect(parser.parse(files(bigKeepalivedConf('lb1', 3_900_000)))).rejects.toMatchObject({
        status: 422,
        code: 'import.too_slow',
        errors: [{ path: 'body.directors' }],
      });
    }, 60_000);

    it('parses at most `concurrency` imports at once, queues `queue` more and refuses the rest with 503', async () => {
      const parser = new ImportParser({ concurrency: 1, queue: 1 });
      const outcomes = await Promise.allSettled([parser.parse(files(SMALL)), parser.parse(files(SMALL)), parser.parse(files(SMALL))]);
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
      expect((outcomes[2] as PromiseRejectedResult).reason).toMatchObject({ status: 503, code: 'import.busy' });
      // the slots were handed back: it parses again
      expect(await parser.parse(files(SMALL))).toMatchObject({ ok: true });
    }, 60_000);

    it('answers files that make no cluster as an outcome, not an error', async () => {
      expect(await new ImportParser().parse({ name: 'bad name', files: [{ director: 'lb1', text: SMALL }] })).toMatchObject({
        ok: false,
        message: expect.stringContaining('cluster name'),
      });
    });
  });
});
