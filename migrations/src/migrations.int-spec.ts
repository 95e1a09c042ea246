import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../apps/api/src/infra/database/data-source';
import { adminQuery, createTestDatabase } from '../../test/pg';
import { MIGRATIONS } from './index';

async function userTables(url: string): Promise<string[]> {
  const rows = await adminQuery<{ table_name: string }>(
    url,
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
  );
  return rows.map((r) => r.table_name);
}

describe('migrations on a real PostgreSQL', () => {
  let url: string;
  let ds: DataSource;

  beforeAll(async () => {
    url = await createTestDatabase(inject('pgAdminUrl'), { empty: true });
    ds = createDataSource(url);
    await ds.initialize();
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('applies every migration to an empty database', async () => {
    expect(await userTables(url)).toEqual([]);
    const applied = await ds.runMigrations({ transaction: 'each' });
    expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((M) => new M().name));
    expect(await ds.showMigrations()).toBe(false);
    expect(await userTables(url)).toContain('app_settings');
  });

  it('matches the entities exactly (no schema drift)', async () => {
    const sql = await ds.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('reverts every migration back to an empty schema', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    expect(await userTables(url)).toEqual(['schema_migrations']);
    expect(await ds.showMigrations()).toBe(true);
  });
});
