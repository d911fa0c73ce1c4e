import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const TASK_UPDATE_KINDS = [
  'PROGRESS',
  'COMPLETED',
  'REOPENED',
  'EDITED',
  'REASSIGNED',
  'EXTENDED',
  'CANCELLED',
] as const;
export type TaskUpdateKindName = (typeof TASK_UPDATE_KINDS)[number];

/** The history of a task: every report, completion, send-back, edit, reassignment, extension and cancellation, never edited. */
@Entity('task_update')
@Index(['taskId', 'id'])
export class TaskUpdateRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  taskId: number;

  @CreateDateColumn()
  at: Date;

  @Column({ type: 'int', nullable: true })
  byPersonId: number | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  byUsername: string | null;

  @Column({ type: 'varchar', length: 12, default: 'PROGRESS' })
  kind: TaskUpdateKindName;

  @Column({ type: 'int' })
  progress: number;

  @Column({ type: 'text' })
  note: string;

  /** JSON array of links. */
  @Column({ type: 'text', nullable: true })
  evidenceLinks: string | null;

  /** JSON list of { field, from, to } for edits, reassignments and extensions. */
  @Column({ type: 'text', nullable: true })
  changes: string | null;
}
