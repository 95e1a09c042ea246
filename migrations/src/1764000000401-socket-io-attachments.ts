import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Where @socket.io/postgres-adapter puts broadcasts larger than a NOTIFY payload (8000 bytes), with SCALE_OUT=true. */
export class SocketIoAttachments1764000000401 implements MigrationInterface {
  name = 'SocketIoAttachments1764000000401';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE IF NOT EXISTS socket_io_attachments (
        id bigserial UNIQUE,
        created_at timestamptz DEFAULT now(),
        payload bytea
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE socket_io_attachments');
  }
}
