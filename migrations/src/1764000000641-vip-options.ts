import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A VIP's further ip-address options kept verbatim (brd, scope, ...), as a json array; null when none. */
export class VipOptions1764000000641 implements MigrationInterface {
  name = 'VipOptions1764000000641';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE vrrp_vips ADD COLUMN options json');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE vrrp_vips DROP COLUMN options');
  }
}
