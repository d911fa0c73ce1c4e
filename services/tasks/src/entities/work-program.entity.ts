import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The committee's program for one year; its items are top-level tasks. */
@Entity('work_program')
@Index(['committeeId', 'year'], { unique: true })
export class WorkProgramRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  committeeId: number;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'int', nullable: true })
  documentId: number | null;

  @CreateDateColumn()
  createdAt: Date;
}
