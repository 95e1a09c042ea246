import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Optional SSH access to real servers (issue 19, item 4): per address in a cluster, a stored
 * credential (its address binding applies), user, port, sudo and the pinned host key, so the console
 * can check DR/NAT/TUN preparation on the real server itself.
 */
export class RealServerAccess1764000000741 implements MigrationInterface {
  name = 'RealServerAccess1764000000741';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE real_server_access (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      cluster_id uuid NOT NULL CONSTRAINT fk_real_server_access_cluster REFERENCES clusters (id) ON DELETE CASCADE,
      address varchar(64) NOT NULL,
      ssh_port integer NOT NULL DEFAULT 22,
      ssh_user varchar(32) NOT NULL,
      credential varchar(64) NOT NULL,
      sudo boolean NOT NULL DEFAULT false,
      host_key_fingerprint varchar(100),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE UNIQUE INDEX uq_real_server_access_address ON real_server_access (cluster_id, address)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE real_server_access`);
  }
}
