import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Clusters. The topology is kept as the validated cluster spec document (jsonb): it is what the API,
 * import/export and revisions exchange, it is replaced in one statement by a declarative PUT, and a
 * 20k-real-server cluster reads and writes as one row.
 */
export class Clusters1764000000150 implements MigrationInterface {
  name = 'Clusters1764000000150';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE clusters (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(64) NOT NULL,
        description text NOT NULL DEFAULT '',
        mode varchar(16) NOT NULL CONSTRAINT ck_clusters_mode CHECK (mode IN ('keepalived', 'ipvsadm')),
        spec jsonb NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_clusters_name ON clusters (name)`);
    await q.query(
      `ALTER TABLE api_tokens ADD CONSTRAINT fk_api_tokens_cluster FOREIGN KEY (cluster_id) REFERENCES clusters (id) ON DELETE CASCADE`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_tokens DROP CONSTRAINT fk_api_tokens_cluster`);
    await q.query(`DROP TABLE clusters`);
  }
}
