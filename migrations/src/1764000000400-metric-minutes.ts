import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-minute rollups of each real server's IPVS counters (what a minute added, not the running
 * totals, so a counter reset on a director restart does not show as a cliff), kept for the
 * retention period (METRICS_RETENTION_DAYS) and read by GET /clusters/:id/metrics for charts.
 */
export class MetricMinutes1764000000400 implements MigrationInterface {
  name = 'MetricMinutes1764000000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE metric_minutes (
        cluster_id uuid NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        service text NOT NULL,
        real_server text NOT NULL,
        minute timestamptz NOT NULL,
        conns bigint NOT NULL DEFAULT 0,
        in_pkts bigint NOT NULL DEFAULT 0,
        out_pkts bigint NOT NULL DEFAULT 0,
        in_bytes bigint NOT NULL DEFAULT 0,
        out_bytes bigint NOT NULL DEFAULT 0,
        active_conns_max integer NOT NULL DEFAULT 0,
        samples integer NOT NULL DEFAULT 0,
        PRIMARY KEY (cluster_id, minute, service, real_server)
      )`);
    await q.query('CREATE INDEX metric_minutes_minute ON metric_minutes (minute)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE metric_minutes');
  }
}
