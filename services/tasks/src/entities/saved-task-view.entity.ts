import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A task-list filter an account saved under a name ("Quá hạn ở các phường của tôi"), kept on the server. */
@Entity('saved_task_view')
@Index(['accountId', 'name'], { unique: true })
export class SavedTaskViewRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64 })
  accountId: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** JSON of a TaskFilter. */
  @Column({ type: 'text' })
  filter: string;

  @Column({ type: 'varchar', length: 16, default: 'DUE_DATE_ASC' })
  orderBy: string;

  @CreateDateColumn()
  createdAt: Date;
}
