import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The fleet lint findings open per cluster, so that the timeline records each one once
 * (lint.finding when it appears, lint.resolved when it goes) across API restarts and replicas:
 * the primary key is what an insert-on-conflict of two replicas meets.
 */
export class LintFindingsOpen1764000000810 implements MigrationInterface {
  name = 'LintFindingsOpen1764000000810';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE lint_findings_open (
      cluster_id uuid NOT NULL,
      key varchar(300) NOT NULL,
      code varchar(64) NOT NULL,
      severity varchar(16) NOT NULL,
      finding jsonb NOT NULL,
      opened_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT pk_lint_findings_open PRIMARY KEY (cluster_id, key),
      CONSTRAINT ck_lint_findings_open_severity CHECK (severity IN ('warning', 'error')),
      CONSTRAINT fk_lint_findings_open_cluster FOREIGN KEY (cluster_id) REFERENCES clusters(id) ON DELETE CASCADE
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE lint_findings_open`);
  }
}
