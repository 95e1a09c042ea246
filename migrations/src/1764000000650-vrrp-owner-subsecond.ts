import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * keepalived.conf(5) values the first tables refused: priority 255 (the address owner, which
 * preempts at once) and VRRPv3 sub-second advert_int (centiseconds, 0.01-255; VRRPv2 stays whole).
 */
export class VrrpOwnerSubsecond1764000000650 implements MigrationInterface {
  name = 'VrrpOwnerSubsecond1764000000650';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE vrrp_members DROP CONSTRAINT ck_vrrp_members_priority');
    await q.query('ALTER TABLE vrrp_members ADD CONSTRAINT ck_vrrp_members_priority CHECK (priority BETWEEN 1 AND 255)');
    await q.query('ALTER TABLE vrrp_instances ALTER COLUMN advert_int TYPE numeric(5,2)');
  }

  async down(q: QueryRunner): Promise<void> {
    // Back to whole seconds (VRRPv2 rounds the same way) and owners to 254.
    await q.query('ALTER TABLE vrrp_instances ALTER COLUMN advert_int TYPE smallint USING GREATEST(1, round(advert_int))');
    await q.query('UPDATE vrrp_members SET priority = 254 WHERE priority = 255');
    await q.query('ALTER TABLE vrrp_members DROP CONSTRAINT ck_vrrp_members_priority');
    await q.query('ALTER TABLE vrrp_members ADD CONSTRAINT ck_vrrp_members_priority CHECK (priority BETWEEN 1 AND 254)');
  }
}
