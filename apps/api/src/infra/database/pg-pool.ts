import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/** The node-postgres pool under TypeORM's data source (for LISTEN/NOTIFY and session-level advisory locks). */
export function pgPool(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}
