import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The topology as tables: directors, VRRP instances (members, VIPs), sync groups (members), virtual
 * services, real servers (admin state) and their health checks. Every row carries a `position`, so
 * the cluster spec document comes back in the order it was written, and a `version` for its ETag.
 * Members reference directors and instances by id (a rename carries over); those references are
 * NO ACTION (the API refuses removing something still in use with 409) and DEFERRABLE INITIALLY
 * DEFERRED: deleting a whole cluster cascades down two paths (cluster → directors, cluster →
 * instances → members) whose order PostgreSQL does not fix, so the check waits for the commit.
 *
 * A real server's health check (at most one, referenced by nothing else) is two columns of its row:
 * the type, and the other options as `json` validated by libs/domain's HealthCheckSchema (json, not
 * jsonb: never queried inside, and it keeps the document's key order). A 1:1 health_checks table
 * was measured first: on this 2-core machine it added ~250-350 ms to writing a 20,000-real-server
 * spec (a second 20k-row insert) and a join to every read, for no gain.
 */
export class TopologyTables1764000000300 implements MigrationInterface {
  name = 'TopologyTables1764000000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE directors (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cluster_id uuid NOT NULL CONSTRAINT fk_directors_cluster REFERENCES clusters (id) ON DELETE CASCADE,
        position integer NOT NULL,
        name varchar(64) NOT NULL,
        address varchar(64) NOT NULL,
        ssh_port integer NOT NULL,
        ssh_user varchar(32) NOT NULL,
        credential varchar(64),
        config_path varchar(255) NOT NULL,
        reload_method varchar(16) NOT NULL CONSTRAINT ck_directors_reload_method CHECK (reload_method IN ('systemctl', 'sighup')),
        pid_file varchar(255) NOT NULL,
        sudo boolean NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_directors_name ON directors (cluster_id, name)`);

    await q.query(`
      CREATE TABLE vrrp_instances (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cluster_id uuid NOT NULL CONSTRAINT fk_vrrp_instances_cluster REFERENCES clusters (id) ON DELETE CASCADE,
        position integer NOT NULL,
        name varchar(64) NOT NULL,
        interface varchar(15) NOT NULL,
        virtual_router_id smallint NOT NULL CONSTRAINT ck_vrrp_instances_vrid CHECK (virtual_router_id BETWEEN 1 AND 255),
        advert_int smallint NOT NULL,
        nopreempt boolean NOT NULL,
        preempt_delay smallint,
        unicast boolean NOT NULL,
        auth_pass varchar(8),
        track_interfaces text array NOT NULL,
        garp_master_delay smallint,
        notify_master varchar(255),
        notify_backup varchar(255),
        notify_fault varchar(255),
        notify_stop varchar(255),
        notify_any varchar(255),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_vrrp_instances_name ON vrrp_instances (cluster_id, name)`);

    await q.query(`
      CREATE TABLE vrrp_members (
        instance_id uuid NOT NULL CONSTRAINT fk_vrrp_members_instance REFERENCES vrrp_instances (id) ON DELETE CASCADE,
        position integer NOT NULL,
        director_id uuid NOT NULL CONSTRAINT fk_vrrp_members_director REFERENCES directors (id) ON DELETE NO ACTION DEFERRABLE INITIALLY DEFERRED,
        priority smallint NOT NULL CONSTRAINT ck_vrrp_members_priority CHECK (priority BETWEEN 1 AND 254),
        state varchar(6) NOT NULL CONSTRAINT ck_vrrp_members_state CHECK (state IN ('MASTER', 'BACKUP')),
        PRIMARY KEY (instance_id, position)
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_vrrp_members_director ON vrrp_members (instance_id, director_id)`);
    await q.query(`CREATE INDEX ix_vrrp_members_director ON vrrp_members (director_id)`);

    await q.query(`
      CREATE TABLE vrrp_vips (
        instance_id uuid NOT NULL CONSTRAINT fk_vrrp_vips_instance REFERENCES vrrp_instances (id) ON DELETE CASCADE,
        position integer NOT NULL,
        address varchar(64) NOT NULL,
        dev varchar(15),
        label varchar(15),
        PRIMARY KEY (instance_id, position)
      )`);

    await q.query(`
      CREATE TABLE vrrp_sync_groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cluster_id uuid NOT NULL CONSTRAINT fk_vrrp_sync_groups_cluster REFERENCES clusters (id) ON DELETE CASCADE,
        position integer NOT NULL,
        name varchar(64) NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_vrrp_sync_groups_name ON vrrp_sync_groups (cluster_id, name)`);

    await q.query(`
      CREATE TABLE vrrp_sync_group_members (
        sync_group_id uuid NOT NULL CONSTRAINT fk_vrrp_sync_group_members_group REFERENCES vrrp_sync_groups (id) ON DELETE CASCADE,
        position integer NOT NULL,
        instance_id uuid NOT NULL CONSTRAINT fk_vrrp_sync_group_members_instance REFERENCES vrrp_instances (id) ON DELETE NO ACTION DEFERRABLE INITIALLY DEFERRED,
        PRIMARY KEY (sync_group_id, position)
      )`);
    // keepalived allows an instance in one sync group only.
    await q.query(`CREATE UNIQUE INDEX uq_vrrp_sync_group_members_instance ON vrrp_sync_group_members (instance_id)`);

    await q.query(`
      CREATE TABLE virtual_services (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cluster_id uuid NOT NULL CONSTRAINT fk_virtual_services_cluster REFERENCES clusters (id) ON DELETE CASCADE,
        position integer NOT NULL,
        key varchar(80) NOT NULL,
        vip varchar(64),
        port integer,
        protocol varchar(4) NOT NULL CONSTRAINT ck_virtual_services_protocol CHECK (protocol IN ('TCP', 'UDP', 'SCTP')),
        fwmark bigint,
        family varchar(5),
        scheduler varchar(5) NOT NULL,
        forwarding varchar(3) NOT NULL CONSTRAINT ck_virtual_services_forwarding CHECK (forwarding IN ('DR', 'NAT', 'TUN')),
        persistence_timeout integer,
        persistence_netmask text,
        quorum bigint,
        hysteresis bigint,
        quorum_up varchar(255),
        quorum_down varchar(255),
        alpha boolean NOT NULL,
        omega boolean NOT NULL,
        delay_loop integer NOT NULL,
        sorry_server_address varchar(64),
        sorry_server_port integer,
        virtualhost varchar(253),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The natural key (VIP:port/protocol or fwmark:N) is unique per cluster.
    await q.query(`CREATE UNIQUE INDEX uq_virtual_services_key ON virtual_services (cluster_id, key)`);

    await q.query(`
      CREATE TABLE real_servers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        virtual_service_id uuid NOT NULL CONSTRAINT fk_real_servers_virtual_service REFERENCES virtual_services (id) ON DELETE CASCADE,
        position integer NOT NULL,
        key varchar(64) NOT NULL,
        address varchar(64) NOT NULL,
        port integer,
        weight integer NOT NULL CONSTRAINT ck_real_servers_weight CHECK (weight BETWEEN 0 AND 65535),
        forwarding varchar(3) CONSTRAINT ck_real_servers_forwarding CHECK (forwarding IN ('DR', 'NAT', 'TUN')),
        upper_threshold integer,
        lower_threshold integer,
        inhibit_on_failure boolean NOT NULL,
        admin_state varchar(8) NOT NULL CONSTRAINT ck_real_servers_admin_state CHECK (admin_state IN ('enabled', 'drained', 'disabled')),
        health_check_type varchar(10) CONSTRAINT ck_real_servers_health_check_type
          CHECK (health_check_type IN ('TCP_CHECK', 'HTTP_GET', 'SSL_GET', 'MISC_CHECK', 'DNS_CHECK', 'SMTP_CHECK', 'UDP_CHECK', 'PING_CHECK')),
        health_check json,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_real_servers_key ON real_servers (virtual_service_id, key)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'real_servers',
      'virtual_services',
      'vrrp_sync_group_members',
      'vrrp_sync_groups',
      'vrrp_vips',
      'vrrp_members',
      'vrrp_instances',
      'directors',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
