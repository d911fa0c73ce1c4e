import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A signed-in browser. Its secret lives only in an httpOnly cookie set by the gateway; here only
 * its SHA-256 is kept. Short access tokens are renewed from it until `expiresAt`, unless ended
 * (sign-out, a password change, the account deactivated): then renewal is refused.
 */
@Entity('session')
export class SessionRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int' })
  accountId: number;

  /** Hex SHA-256 of the secret (the secret is 32 random bytes: a slow hash adds nothing). */
  @Column({ type: 'varchar', length: 64 })
  secretHash: string;

  @Column({ type: 'datetime' })
  expiresAt: Date;

  @Column({ type: 'datetime', nullable: true })
  endedAt: Date | null;

  @CreateDateColumn()
  createdAt: Date;
}
