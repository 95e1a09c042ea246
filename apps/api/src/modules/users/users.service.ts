import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Crypto } from '../../infra/crypto';
import { VerifiedTokens } from '../tokens/verified-tokens';
import { AuditService } from '../audit/audit.service';
import { UserEntity } from './user.entity';
import type { UserCreateDto, UserDto, UserListDto, UserUpdateDto } from './user.dto';
import { UsersError, UsersErrorCode } from './users.errors';
import { UsersRepository } from './users.repository';

@Injectable()
export class UsersService implements OnApplicationBootstrap {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    private readonly users: UsersRepository,
    private readonly crypto: Crypto,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly verifiedTokens: VerifiedTokens,
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
      process.stderr.write(`\nlvs-console: created user "admin" with password ${password}\n  (set ADMIN_PASSWORD before the first start to choose it)\n\n`);
    }
    this.logger.log('created the initial admin user');
  }

  async list(): Promise<UserListDto> {
    const items = (await this.users.list()).map((u) => this.map(u));
    return { items, total: items.length };
  }

  async get(id: string): Promise<UserDto> {
    return this.map(await this.mustFind(id));
  }

  async create(dto: UserCreateDto): Promise<UserDto> {
    return this.users.transaction(async (m) => {
      if (await this.users.findByUsername(dto.username, m)) {
        throw new UsersError(UsersErrorCode.Duplicate, `A user named "${dto.username}" exists.`, [{ path: 'body.username', message: 'is already taken' }]);
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
    const out = await this.users.transaction(async (m) => {
      const u = await this.mustFind(id, m);
      const before = this.map(u);
      if ((dto.role && dto.role !== 'admin') || dto.disabled) await this.keepOneAdmin(u, m);
      if (dto.role) u.role = dto.role;
      if (dto.disabled !== undefined) u.disabled = dto.disabled;
      if (dto.password) {
        u.passwordHash = await this.crypto.hashPassword(dto.password);
        u.failedLogins = 0;
        u.lockedUntil = null;
      }
      await this.users.save(u, m);
      await this.audit.record({ action: 'user.update', targetType: 'user', targetId: u.id, before, after: { ...this.map(u), passwordChanged: !!dto.password } }, m);
      return this.map(u);
    });
    // What the user's tokens may do changed with the user (once committed): the next request checks again.
    this.verifiedTokens.forget();
    return out;
  }

  async remove(id: string): Promise<void> {
    await this.users.transaction(async (m) => {
      const u = await this.mustFind(id, m);
      await this.keepOneAdmin(u, m);
      await this.users.remove(id, m);
      await this.audit.record({ action: 'user.delete', targetType: 'user', targetId: id, before: this.map(u) }, m);
    });
    this.verifiedTokens.forget();
  }

  private async keepOneAdmin(u: UserEntity, m: Parameters<UsersRepository['save']>[1]): Promise<void> {
    if (u.role !== 'admin' || u.disabled) return;
    const admins = (await m!.getRepository(UserEntity).findBy({ role: 'admin', disabled: false })).length;
    if (admins <= 1) throw new UsersError(UsersErrorCode.LastAdmin, 'This is the last enabled admin; create another admin first.');
  }

  private async mustFind(id: string, m?: Parameters<UsersRepository['findById']>[1]): Promise<UserEntity> {
    const u = await this.users.findById(id, m);
    if (!u) throw new UsersError(UsersErrorCode.NotFound, `No user with id ${id}.`);
    return u;
  }

  map(u: UserEntity): UserDto {
    return {
      id: u.id,
      username: u.username,
      role: u.role,
      disabled: u.disabled,
      lockedUntil: u.lockedUntil ? u.lockedUntil.toISOString() : null,
      lastLoginAt: u.lastLoginAt ? u.lastLoginAt.toISOString() : null,
      createdAt: u.createdAt.toISOString(),
    };
  }
}
