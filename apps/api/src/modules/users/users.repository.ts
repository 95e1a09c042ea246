import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { UserEntity } from './user.entity';

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

  list(): Promise<UserEntity[]> {
    return this.repo().find({ order: { username: 'ASC' } });
  }

  save(user: UserEntity, m?: EntityManager): Promise<UserEntity> {
    return this.repo(m).save(user);
  }

  async remove(id: string, m?: EntityManager): Promise<void> {
    await this.repo(m).delete({ id });
  }

  /** Counts a failed login; returns the new count. Atomic, so parallel guesses cannot slip past the lockout. */
  async countFailure(id: string, lockAfter: number, lockUntil: Date): Promise<number> {
    // TypeORM's postgres driver answers UPDATE … RETURNING with [rows, affectedCount].
    const [rows]: [{ failed_logins: number }[], number] = await this.dataSource.query(
      `UPDATE users SET failed_logins = failed_logins + 1,
         locked_until = CASE WHEN failed_logins + 1 >= $2 THEN $3::timestamptz ELSE locked_until END
       WHERE id = $1 RETURNING failed_logins`,
      [id, lockAfter, lockUntil],
    );
    return rows[0]?.failed_logins ?? 0;
  }

  async recordLogin(id: string, at: Date): Promise<void> {
    await this.repo().update({ id }, { failedLogins: 0, lockedUntil: null, lastLoginAt: at });
  }

  transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }
}
