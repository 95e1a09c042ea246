import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Key/value settings of the console itself (schema version notes, generated secrets' fingerprints, ...). */
export class AppSettings1764000000000 implements MigrationInterface {
  name = 'AppSettings1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_settings (
        key text PRIMARY KEY,
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE app_settings`);
  }
}
