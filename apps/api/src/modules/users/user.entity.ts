import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Role } from '../../common/auth/roles';

export type AuthSource = 'local' | 'oidc';

@Entity('users')
@Check('ck_users_role', `role IN ('viewer', 'operator', 'admin')`)
@Check('ck_users_auth_source', `auth_source IN ('local', 'oidc')`)
@Check('ck_users_oidc_identity', `(auth_source = 'oidc') = (oidc_issuer IS NOT NULL AND oidc_subject IS NOT NULL)`)
// Case-insensitive uniqueness is a functional index TypeORM cannot model; the migration owns it.
@Index('uq_users_username', { synchronize: false })
@Index('uq_users_oidc_identity', ['oidcIssuer', 'oidcSubject'], { unique: true, where: 'oidc_issuer IS NOT NULL' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @Column({ type: 'boolean', default: false })
  disabled!: boolean;

  /** `local`: signs in with its password; `oidc`: only through the OpenID provider (the password hash is unusable). */
  @Column({ name: 'auth_source', type: 'varchar', length: 16, default: 'local' })
  authSource!: AuthSource;

  /** The provider's issuer and the user's `sub` there: the account's identity for `oidc` users. */
  @Column({ name: 'oidc_issuer', type: 'varchar', length: 512, nullable: true })
  oidcIssuer!: string | null;

  @Column({ name: 'oidc_subject', type: 'varchar', length: 255, nullable: true })
  oidcSubject!: string | null;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
