import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DataSource, type EntityManager } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/infra/database/data-source';
import { toSpec } from '../../apps/api/src/modules/clusters/spec/topology.model';
import { TopologyRepository } from '../../apps/api/src/modules/clusters/spec/topology.repository';
import { clusterSpec, richClusterSpec } from '../../test/factories';
import { createTestDatabase } from '../../test/pg';
import { MIGRATIONS } from './index';
import { TopologyFromSpec1764000000301 } from './1764000000301-topology-from-spec';

/** The data steps of moving the topology from clusters.spec (jsonb) to tables (and the counts), both ways, on real documents. */
describe('migration: topology from the spec document to tables and back', () => {
  const upTo = MIGRATIONS.findIndex((M) => M === TopologyFromSpec1764000000301);
  const specs = [richClusterSpec(), clusterSpec(), clusterSpec({ directors: [], vrrpInstances: [], virtualServices: [] })];
  let url: string;
  let ds: DataSource;

  beforeAll(async () => {
    url = await createTestDatabase(inject('pgAdminUrl'), { empty: true });
    // The schema as it was before the move, with clusters holding their spec documents.
    const before = new DataSource({ ...dataSourceOptions(url), entities: [], migrations: MIGRATIONS.slice(0, upTo) });
    await before.initialize();
    await before.runMigrations({ transaction: 'each' });
    for (const s of specs) {
      await before.query('INSERT INTO clusters (name, description, mode, spec) VALUES ($1, $2, $3, $4)', [
        s.name,
        s.description,
        s.mode,
        JSON.stringify(s),
      ]);
    }
    await before.destroy();
    ds = new DataSource(dataSourceOptions(url));
    await ds.initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
  });

  it('moves every document into the tables; the tables give each document back', async () => {
    expect((await ds.runMigrations({ transaction: 'each' })).length).toBe(MIGRATIONS.length - upTo);
    const repo = new TopologyRepository(ds);
    for (const s of specs) {
      const [{ id }] = await ds.query('SELECT id FROM clusters WHERE name = $1', [s.name]);
      const back = await ds.transaction(async (m: EntityManager) => toSpec(await repo.load((await repo.head(id, m))!, m)));
      expect(back).toEqual(s);
      const [counts] = await ds.query(
        'SELECT director_count, vrrp_instance_count, virtual_service_count, real_server_count FROM clusters WHERE id = $1',
        [id],
      );
      expect(counts).toEqual({
        director_count: s.directors.length,
        vrrp_instance_count: s.vrrpInstances.length,
        virtual_service_count: s.virtualServices.length,
        real_server_count: s.virtualServices.reduce((n, v) => n + v.realServers.length, 0),
      });
    }
  });

  it('reverting rebuilds the documents from the tables', async () => {
    for (let i = upTo; i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    const rows: { name: string; spec: unknown }[] = await ds.query('SELECT name, spec FROM clusters');
    for (const s of specs) expect(rows.find((r) => r.name === s.name)?.spec).toEqual(s);
    expect(await ds.query('SELECT count(*)::int AS n FROM real_servers')).toEqual([{ n: 0 }]);
  });
});
