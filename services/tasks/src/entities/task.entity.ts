import {
  BeforeInsert,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { searchDocument } from '@dx/subgraph-kit';
import type { TaskPriorityName, TaskStatusName } from '../domain/task-rules';
import type { TaskSectorName } from '../domain/sectors';

/**
 * One assigned task under the "6 clear" rule. Every filter of the task list has an index that
 * ends in (dueDate, id), the default order, so a page is an index range read; (status, unitPath)
 * lets the list's COUNT for a status within the caller's scope be read from the index alone.
 */
@Entity('task')
@Index(['dueDate', 'id'])
@Index(['status', 'dueDate', 'id'])
@Index(['unitId', 'dueDate', 'id'])
@Index(['assigneeId', 'dueDate', 'id'])
@Index(['committeeId', 'dueDate', 'id'])
@Index(['unitPath', 'dueDate'])
@Index(['status', 'unitPath'])
@Index(['parentId'])
export class TaskRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'int', nullable: true })
  committeeId: number | null;

  @Column({ type: 'int', nullable: true })
  workProgramId: number | null;

  @Column({ type: 'int', nullable: true })
  parentId: number | null;

  @Column({ type: 'int' })
  assigneeId: number;

  /** The lead unit (clear responsibility). */
  @Column({ type: 'int' })
  unitId: number;

  @Column({ type: 'varchar', length: 255 })
  unitPath: string;

  /** Units that share the responsibility, comma-separated ids. */
  @Column({ type: 'varchar', length: 500, default: '' })
  coordinatingUnitIds: string;

  @Column({ type: 'varchar', length: 10 })
  dueDate: string;

  @Column({ type: 'text' })
  expectedResult: string;

  @Column({ type: 'varchar', length: 300 })
  authority: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  sourceDocument: string | null;

  /** The field of a work-program item: e-government, digital economy, digital society, ... */
  @Column({ type: 'varchar', length: 24, nullable: true })
  sector: TaskSectorName | null;

  @Column({ type: 'varchar', length: 8, default: 'NORMAL' })
  priority: TaskPriorityName;

  @Column({ type: 'varchar', length: 12, default: 'NOT_STARTED' })
  status: TaskStatusName;

  @Column({ type: 'int', default: 0 })
  progress: number;

  /** The Hà Nội calendar day the task was marked done; null while open. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  completedOn: string | null;

  /** The Hà Nội calendar day the task was cancelled; cancelled tasks leave the scorecard. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  cancelledOn: string | null;

  /** The folded title (`taskSearchText`), searched through the `task_fts` index (the kit's search module). */
  @Column({ type: 'varchar', length: 700, default: '' })
  searchText: string;

  @BeforeInsert()
  fillSearchText() {
    this.searchText = taskSearchText(this.title);
  }

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}

export const TASK_SEARCH = { table: 'task', column: 'searchText' };
export const taskSearchText = (title: string) => searchDocument(title);
