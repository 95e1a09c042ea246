import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

const KEY = 'scriptAllowlist';

/** The admin's allowlist of script executables, one row of app_settings. */
@Injectable()
export class ScriptAllowlistRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }

  async get(m?: EntityManager, lock = false): Promise<string[]> {
    const [r] = await (m ?? this.dataSource).query<{ value: string[] }[]>(
      `SELECT value FROM app_settings WHERE key = $1${lock ? ' FOR UPDATE' : ''}`,
      [KEY],
    );
    return Array.isArray(r?.value) ? r.value : [];
  }

  async set(executables: string[], m: EntityManager): Promise<void> {
    await m.query(
      `INSERT INTO app_settings (key, value, updated_at) VALUES ($1, $2::jsonb, now()) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
      [KEY, JSON.stringify(executables)],
    );
  }
}
