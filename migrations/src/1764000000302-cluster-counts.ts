import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Object counts on the cluster row, kept by every topology write in its transaction: the cluster
 * list and GET /clusters/:id are read far more often than the topology changes, and counting a
 * 20,000-real-server cluster's rows on every read cost ~15 ms on this machine.
 */
export class ClusterCounts1764000000302 implements MigrationInterface {
  name = 'ClusterCounts1764000000302';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE clusters
        ADD COLUMN director_count integer NOT NULL DEFAULT 0,
        ADD COLUMN vrrp_instance_count integer NOT NULL DEFAULT 0,
        ADD COLUMN virtual_service_count integer NOT NULL DEFAULT 0,
        ADD COLUMN real_server_count integer NOT NULL DEFAULT 0`);
    await q.query(`
      UPDATE clusters c SET
        director_count = (SELECT count(*) FROM directors d WHERE d.cluster_id = c.id),
        vrrp_instance_count = (SELECT count(*) FROM vrrp_instances i WHERE i.cluster_id = c.id),
        virtual_service_count = (SELECT count(*) FROM virtual_services s WHERE s.cluster_id = c.id),
        real_server_count = (SELECT count(*) FROM real_servers r JOIN virtual_services s ON s.id = r.virtual_service_id WHERE s.cluster_id = c.id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE clusters DROP COLUMN director_count, DROP COLUMN vrrp_instance_count, DROP COLUMN virtual_service_count, DROP COLUMN real_server_count',
    );
  }
}
