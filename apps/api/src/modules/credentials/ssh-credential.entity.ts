import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

@Entity('ssh_credentials')
@Check('ck_ssh_credentials_kind', `kind IN ('private_key', 'password')`)
@Index('uq_ssh_credentials_name', ['name'], { unique: true })
export class SshCredentialEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: 'private_key' | 'password';

  /** SecretBox envelope of the private key or password (AAD `ssh-credential:<name>`). */
  @Column({ name: 'sealed_secret', type: 'text' })
  sealedSecret!: string;

  @Column({ name: 'sealed_passphrase', type: 'text', nullable: true })
  sealedPassphrase!: string | null;

  @Column({ name: 'public_key_fingerprint', type: 'varchar', length: 100, nullable: true })
  publicKeyFingerprint!: string | null;

  /** Canonical addresses/networks (address-binding.ts) the secret may be sent to; empty = nowhere. */
  @Column({ name: 'allowed_addresses', type: 'text', array: true, default: '{}' })
  allowedAddresses!: string[];

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_ssh_credentials_user' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
