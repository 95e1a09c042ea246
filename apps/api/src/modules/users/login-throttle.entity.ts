import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per (user name, source address). The key is the lower-cased name as typed, so an
 * unknown name slows down exactly like a real one and the answer never tells which names exist.
 */
@Entity('login_throttles')
@Index('ix_login_throttles_last_failure', ['lastFailureAt'])
export class LoginThrottleEntity {
  @PrimaryColumn({ name: 'username_key', type: 'varchar', length: 64 })
  usernameKey!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  source!: string;

  @Column({ type: 'integer', default: 0 })
  failures!: number;

  @Column({ name: 'last_failure_at', type: 'timestamptz', default: () => 'now()' })
  lastFailureAt!: Date;

  @Column({ name: 'blocked_until', type: 'timestamptz', nullable: true })
  blockedUntil!: Date | null;
}
