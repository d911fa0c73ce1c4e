import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { RoleName } from '@dx/subgraph-kit';

@Entity('account')
export class AccountRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @Column({ length: 80 })
  username: string;

  @Column({ length: 255 })
  passwordHash: string;

  /** Comma-separated role names; an account holds a handful at most. */
  @Column({ type: 'simple-array' })
  roles: RoleName[];

  /** null: the whole tree. */
  @Column({ type: 'int', nullable: true })
  scopeUnitId: number | null;

  @Column({ type: 'int', nullable: true })
  personId: number | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
