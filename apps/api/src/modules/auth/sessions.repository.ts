import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan, type EntityManager } from 'typeorm';
import { SessionEntity } from './session.entity';

@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(SessionEntity);
  }

  save(s: SessionEntity, m?: EntityManager): Promise<SessionEntity> {
    return (m ?? this.dataSource.manager).getRepository(SessionEntity).save(s);
  }

  findWithUser(id: string): Promise<SessionEntity | null> {
    return this.repo.findOne({ where: { id }, relations: { user: true } });
  }

  async remove(id: string): Promise<void> {
    await this.repo.delete({ id });
  }

  async removeExpired(now: Date): Promise<void> {
    await this.repo.delete({ expiresAt: LessThan(now) });
  }
}
