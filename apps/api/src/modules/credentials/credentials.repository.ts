import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { SshCredentialEntity } from './ssh-credential.entity';

@Injectable()
export class CredentialsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(m?: EntityManager) {
    return (m ?? this.dataSource.manager).getRepository(SshCredentialEntity);
  }

  list(): Promise<SshCredentialEntity[]> {
    return this.repo().find({ order: { name: 'ASC' } });
  }

  findById(id: string, m?: EntityManager): Promise<SshCredentialEntity | null> {
    return this.repo(m).findOneBy({ id });
  }

  findByName(name: string, m?: EntityManager): Promise<SshCredentialEntity | null> {
    return this.repo(m).findOneBy({ name });
  }

  save(c: SshCredentialEntity, m?: EntityManager): Promise<SshCredentialEntity> {
    return this.repo(m).save(c);
  }

  async remove(id: string, m?: EntityManager): Promise<void> {
    await this.repo(m).delete({ id });
  }

  transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }
}
