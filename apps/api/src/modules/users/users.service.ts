import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CredentialEvents, type CredentialChange } from '../../common/auth/credential-events';
import { CommonError, CommonErrorCode } from '../../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Clock } from '../../infra/clock';
import { Crypto } from '../../infra/crypto';
import { VerifiedTokens } from '../tokens/verified-tokens';
import { AuditService } from '../audit/audit.service';
import { LoginThrottlesRepository, throttleKey } from './login-throttles.repository';
import { UserEntity } from './user.entity';
import { passwordIssue, type UserCreateDto, type UserDto, type UserListDto, type UserUpdateDto } from './user.dto';
import { UsersError, UsersErrorCode } from './users.errors';
import { UsersRepository } from './users.repository';

@Injectable()
export class UsersService implements OnApplicationBootstrap {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    private readonly users: UsersRepository,
    private readonly throttles: LoginThrottlesRepository,
    private readonly crypto: Crypto,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly verifiedTokens: VerifiedTokens,
    private readonly credentials: CredentialEvents,
  ) {}

  /** First start on an empty database: create `admin` with ADMIN_PASSWORD, or a generated password printed once. */
  async onApplicationBootstrap(): Promise<void> {
    if ((await this.users.count()) > 0) return;
    const given = this.config.adminPassword;
    const password = given ?? this.crypto.randomBase62(20);
    const admin = new UserEntity();
    admin.username = 'admin';
    admin.role = 'admin';
    admin.passwordHash = await this.crypto.hashPassword(password);
    await this.users.transaction(async (m) => {
      if ((await m.getRepository(UserEntity).count()) > 0) return; // another replica won the race
      await this.users.save(admin, m);
      await this.audit.record({ action: 'user.bootstrap_admin', targetType: 'user', targetId: admin.id, after: this.map(admin) }, m);
    });
    if (!given) {
      // Printed once, to the terminal only (never to the JSON log); change it after signing in.
      process.stderr.write(
        `\nlvs-console: created user "admin" with password ${password}\n  (set ADMIN_PASSWORD before the first start to choose it)\n\n`,
      );
    }
    this.logger.log('created the initial admin user');
  }

  async list(): Promise<UserListDto> {
    const delayed = await this.throttles.delayedUntil(this.clock.now());
    const items = (await this.users.list()).map((u) => this.map(u, delayed.get(throttleKey(u.username))));
    return { items, total: items.length };
  }

  async get(id: string): Promise<UserDto> {
    const u = await this.mustFind(id);
    return this.map(u, (await this.throttles.delayedUntil(this.clock.now())).get(throttleKey(u.username)));
  }

  async create(dto: UserCreateDto): Promise<UserDto> {
    return this.users.transaction(async (m) => {
      if (await this.users.findByUsername(dto.username, m)) {
        throw new UsersError(UsersErrorCode.Duplicate, `A user named "${dto.username}" exists.`, [
          { path: 'body.username', message: 'is already taken' },
        ]);
      }
      const u = new UserEntity();
      u.username = dto.username;
      u.role = dto.role;
      u.passwordHash = await this.crypto.hashPassword(dto.password);
      await this.users.save(u, m);
      await this.audit.record({ action: 'user.create', targetType: 'user', targetId: u.id, after: this.map(u) }, m);
      return this.map(u);
    });
  }

  async update(id: string, dto: UserUpdateDto): Promise<UserDto> {
    const changes: CredentialChange[] = [];
    const out = await this.users.transaction(async (m) => {
      // The admin lock comes before the read, so the role and state checked below are current.
      if ((dto.role && dto.role !== 'admin') || dto.disabled) await this.users.lockAdmins(m);
      const u = await this.mustFind(id, m);
      const before = this.map(u);
      if ((dto.role && dto.role !== 'admin') || dto.disabled) await this.keepOneAdmin(u, m);
      if (dto.password && u.authSource === 'oidc') {
        throw new CommonError(
          CommonErrorCode.Validation,
          'The request body is invalid: body.password is not used by this user, who signs in through single sign-on.',
          [{ path: 'body.password', message: 'is not used: this user signs in through single sign-on' }],
        );
      }
      if (dto.password) {
        const why = passwordIssue(dto.password, u.username);
        if (why)
          throw new CommonError(CommonErrorCode.Validation, `The request body is invalid: body.password ${why}.`, [
            { path: 'body.password', message: why },
          ]);
        u.passwordHash = await this.crypto.hashPassword(dto.password);
        changes.push({ kind: 'user', userId: u.id, reason: 'password' });
      }
      if (dto.role && dto.role !== u.role) changes.push({ kind: 'user', userId: u.id, reason: 'role' });
      if (dto.disabled === true && !u.disabled) changes.push({ kind: 'user', userId: u.id, reason: 'disabled' });
      if (dto.role) u.role = dto.role;
      if (dto.disabled !== undefined) u.disabled = dto.disabled;
      await this.users.save(u, m);
      // A new password, a new role or a disabled account: every session signed in before it ends,
      // so nobody keeps the old rights (or a leaked password's session) until the cookie expires.
      const ended = changes.length > 0 ? await this.users.endSessions(u.id, m) : [];
      await this.audit.record(
        {
          action: 'user.update',
          targetType: 'user',
          targetId: u.id,
          before,
          after: { ...this.map(u), passwordChanged: !!dto.password, sessionsEnded: ended.length },
        },
        m,
      );
      return this.map(u);
    });
    // What the user's tokens may do changed with the user (once committed): the next request checks again.
    this.verifiedTokens.forget();
    for (const c of changes) this.credentials.emit(c);
    return out;
  }

  /** Ends every running sign-in delay of the user (from any address), audited. */
  async unlock(id: string): Promise<UserDto> {
    return this.users.transaction(async (m) => {
      const u = await this.mustFind(id, m);
      const sources = await this.throttles.clearAll(u.username, m);
      await this.audit.record(
        { action: 'user.unlock', targetType: 'user', targetId: u.id, detail: `sign-in delays cleared for ${sources} source address(es)` },
        m,
      );
      return this.map(u);
    });
  }

  async remove(id: string): Promise<void> {
    await this.users.transaction(async (m) => {
      await this.users.lockAdmins(m);
      const u = await this.mustFind(id, m);
      await this.keepOneAdmin(u, m);
      await this.users.remove(id, m);
      await this.audit.record({ action: 'user.delete', targetType: 'user', targetId: id, before: this.map(u) }, m);
    });
    this.verifiedTokens.forget();
    this.credentials.emit({ kind: 'user', userId: id, reason: 'deleted' });
  }

  /** Call with the admin lock held (UsersRepository.lockAdmins) in the same transaction. */
  private async keepOneAdmin(u: UserEntity, m: EntityManager): Promise<void> {
    if (u.role !== 'admin' || u.disabled) return;
    if ((await this.users.countEnabledAdmins(m)) <= 1)
      throw new UsersError(UsersErrorCode.LastAdmin, 'This is the last enabled admin; create another admin first.');
  }

  private async mustFind(id: string, m?: EntityManager): Promise<UserEntity> {
    const u = await this.users.findById(id, m);
    if (!u) throw new UsersError(UsersErrorCode.NotFound, `No user with id ${id}.`);
    return u;
  }

  map(u: UserEntity, delayedUntil?: Date): UserDto {
    return {
      id: u.id,
      username: u.username,
      role: u.role,
      disabled: u.disabled,
      authSource: u.authSource ?? 'local',
      lockedUntil: delayedUntil ? delayedUntil.toISOString() : null,
      lastLoginAt: u.lastLoginAt ? u.lastLoginAt.toISOString() : null,
      createdAt: u.createdAt.toISOString(),
    };
  }
}
