import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A member's comment on a draft document, kept with the document (never edited). */
@Entity('committee_document_comment')
@Index(['documentId', 'id'])
export class DocumentCommentRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  documentId: number;

  @Column({ type: 'int', nullable: true })
  byPersonId: number | null;

  @Column({ type: 'varchar', length: 120 })
  byUsername: string;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn()
  at: Date;
}
