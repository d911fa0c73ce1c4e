import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { DocumentKindName, DocumentStatusName } from '../domain/committee-roles';

/** A regulation, working rules, work program, assignment notice or decision the committee issued. */
@Entity('committee_document')
@Index(['committeeId', 'issuedOn'])
export class CommitteeDocumentRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  committeeId: number;

  @Column({ type: 'varchar', length: 24 })
  kind: DocumentKindName;

  /** e.g. "05-QĐ/BCĐ" */
  @Column({ type: 'varchar', length: 60 })
  number: string;

  @Column({ type: 'varchar', length: 10 })
  issuedOn: string;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  /** A link to the signed file. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  url: string | null;

  @Column({ type: 'varchar', length: 8, default: 'ISSUED' })
  status: DocumentStatusName;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;
}
