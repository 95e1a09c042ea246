import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The keepalived settings the model grew (tracked scripts/files/processes, weights, auth_type,
 * virtual_server_group membership, several checkers, verbatim `extra` lines, ...): one `options`
 * json column per topology table for the fields of its object that have no column of their own, and
 * one on clusters for the cluster-wide ones (vrrp_script, track_file, vrrp_track_process,
 * virtual_server_group, global_defs, top-level verbatim blocks). json, not jsonb: never queried
 * inside, and it keeps the document's key order (as real_servers.health_check). Null = none.
 */
export class KeepalivedOptions1764000000640 implements MigrationInterface {
  name = 'KeepalivedOptions1764000000640';

  async up(q: QueryRunner): Promise<void> {
    for (const t of ['vrrp_instances', 'vrrp_sync_groups', 'virtual_services', 'real_servers'])
      await q.query(`ALTER TABLE ${t} ADD COLUMN options json`);
    await q.query('ALTER TABLE clusters ADD COLUMN keepalived json');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE clusters DROP COLUMN keepalived');
    for (const t of ['vrrp_instances', 'vrrp_sync_groups', 'virtual_services', 'real_servers'])
      await q.query(`ALTER TABLE ${t} DROP COLUMN options`);
  }
}
