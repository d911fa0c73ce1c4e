import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EnrolmentStatusName } from '../domain/enrolment-status';

@Entity('enrolment')
@Index(['sessionId', 'personId'], { unique: true })
@Index(['sessionId', 'status'])
@Index(['unitPath', 'status'])
export class EnrolmentRecord {
  /** Ties in the waitlist order are broken by id: first come, first served. */
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  sessionId: number;

  /** Denormalised from the session for "completed this course" counts. */
  @Index()
  @Column({ type: 'int' })
  courseId: number;

  @Index()
  @Column({ type: 'int' })
  personId: number;

  /** The person's unit when enrolled (from the directory), for scope and progress roll-ups. */
  @Column({ type: 'int' })
  unitId: number;

  @Column({ type: 'varchar', length: 255 })
  unitPath: string;

  @Column({ type: 'varchar', length: 16 })
  status: EnrolmentStatusName;

  /** The waitlist order: lower is promoted sooner; set on joining the waitlist and by hand. */
  @Column({ type: 'int', default: 0 })
  waitRank: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  certificateNo: string | null;

  @Column({ type: 'datetime', nullable: true })
  attendanceRecordedAt: Date | null;

  @Column({ type: 'datetime', nullable: true })
  completedAt: Date | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
