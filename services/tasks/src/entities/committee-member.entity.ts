import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { CommitteeRoleName } from '../domain/committee-roles';

@Entity('committee_member')
@Index(['committeeId', 'personId'], { unique: true })
export class CommitteeMemberRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  committeeId: number;

  @Index()
  @Column({ type: 'int' })
  personId: number;

  @Column({ type: 'varchar', length: 24 })
  role: CommitteeRoleName;

  @Column({ type: 'text', nullable: true })
  responsibilities: string | null;

  /** The decision that appointed the member (required for the support team). */
  @Column({ type: 'int', nullable: true })
  appointedByDocumentId: number | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;
}
