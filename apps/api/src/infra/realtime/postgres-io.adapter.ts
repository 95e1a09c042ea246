import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/postgres-adapter';
import type { Pool } from 'pg';

/**
 * socket.io across API replicas (SCALE_OUT=true): every broadcast and server-side event goes through
 * PostgreSQL LISTEN/NOTIFY (large payloads through the socket_io_attachments table), so a client
 * connected to any replica gets what the replica polling its cluster emits.
 */
export class PostgresIoAdapter extends IoAdapter {
  constructor(
    app: INestApplicationContext,
    private readonly pool: Pool,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: Parameters<IoAdapter['createIOServer']>[1]): ReturnType<IoAdapter['createIOServer']> {
    const server = super.createIOServer(port, options);
    // @nestjs/platform-socket.io carries its own copy of socket.io's types; the adapter is the same at run time.
    server.adapter(createAdapter(this.pool, { tableName: 'socket_io_attachments' }) as unknown as Parameters<typeof server.adapter>[0]);
    return server;
  }
}
