import { MIGRATIONS } from '@lvs/migrations';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';

/**
 * The one data source definition, shared by the app, the migration CLI (scripts/migrate.mjs) and
 * the tests. Schema changes go through migrations/; `synchronize` is never on.
 */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    uuidExtension: 'pgcrypto',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    applicationName: 'lvs-console',
    extra: { max: 20, connectionTimeoutMillis: 5000 },
  };
}

export function createDataSource(url: string): DataSource {
  return new DataSource(dataSourceOptions(url));
}
