import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { UserEntity } from './user.entity';

/** The advisory lock key of the admin set: any fixed bigint no other lock uses ("LVSADMIN" in ASCII). */
const ADMINS_LOCK = '5500675534663534926';

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(m?: EntityManager) {
    return (m ?? this.dataSource.manager).getRepository(UserEntity);
  }

  count(): Promise<number> {
    return this.repo().count();
  }

  findById(id: string, m?: EntityManager): Promise<UserEntity | null> {
    return this.repo(m).findOneBy({ id });
  }

  findByUsername(name: string, m?: EntityManager): Promise<UserEntity | null> {
    return this.repo(m).createQueryBuilder('u').where('lower(u.username) = lower(:name)', { name }).getOne();
  }

  /** The user an OpenID provider names by (issuer, sub). */
  findByOidcIdentity(issuer: string, subject: string, m?: EntityManager): Promise<UserEntity | null> {
    return this.repo(m).findOneBy({ authSource: 'oidc', oidcIssuer: issuer, oidcSubject: subject });
  }

  list(): Promise<UserEntity[]> {
    return this.repo().find({ order: { username: 'ASC' } });
  }

  save(user: UserEntity, m?: EntityManager): Promise<UserEntity> {
    return this.repo(m).save(user);
  }

  async remove(id: string, m?: EntityManager): Promise<void> {
    await this.repo(m).delete({ id });
  }

  /**
   * Serialises every change that could leave no enabled admin (demote, disable, delete), across
   * transactions and replicas: the last-admin check reads the admins only after taking this lock,
   * so two concurrent demotions cannot both see "two admins". Released at commit or rollback.
   */
  async lockAdmins(m: EntityManager): Promise<void> {
    await m.query('SELECT pg_advisory_xact_lock($1)', [ADMINS_LOCK]);
  }

  countEnabledAdmins(m: EntityManager): Promise<number> {
    return this.repo(m).countBy({ role: 'admin', disabled: false });
  }

  /** Ends the user's sessions (all but `keepSessionId`); returns the ids that ended. */
  async endSessions(userId: string, m: EntityManager, keepSessionId?: string): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await m.query(
      'DELETE FROM sessions WHERE user_id = $1 AND ($2::varchar IS NULL OR id <> $2) RETURNING id',
      [userId, keepSessionId ?? null],
    );
    return rows.map((r) => r.id);
  }

  async recordLogin(id: string, at: Date): Promise<void> {
    await this.repo().update({ id }, { lastLoginAt: at });
  }

  transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }
}
