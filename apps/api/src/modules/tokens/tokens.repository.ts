import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ApiTokenEntity } from './api-token.entity';

@Injectable()
export class TokensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(m?: EntityManager) {
    return (m ?? this.dataSource.manager).getRepository(ApiTokenEntity);
  }

  findByPrefix(prefix: string): Promise<ApiTokenEntity | null> {
    return this.repo().findOne({ where: { prefix }, relations: { creator: true } });
  }

  /** Scoped by owner unless `ownerId` is undefined (admins see all). */
  findById(id: string, ownerId?: string, m?: EntityManager): Promise<ApiTokenEntity | null> {
    return this.repo(m).findOneBy(ownerId ? { id, createdBy: ownerId } : { id });
  }

  list(ownerId?: string): Promise<ApiTokenEntity[]> {
    return this.repo().find({ where: ownerId ? { createdBy: ownerId } : {}, order: { createdAt: 'DESC' } });
  }

  save(t: ApiTokenEntity, m?: EntityManager): Promise<ApiTokenEntity> {
    return this.repo(m).save(t);
  }

  async clusterExists(id: string, m?: EntityManager): Promise<boolean> {
    const rows: unknown[] = await (m ?? this.dataSource.manager).query('SELECT 1 FROM clusters WHERE id = $1', [id]);
    return rows.length > 0;
  }

  async touch(id: string, at: Date, ip: string): Promise<void> {
    await this.repo().update({ id }, { lastUsedAt: at, lastUsedIp: ip });
  }

  transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }
}
