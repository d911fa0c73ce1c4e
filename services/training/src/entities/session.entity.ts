import type { SessionStatusName } from '../domain/session-status';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('course_session')
@Index(['courseId', 'startsAt'])
export class SessionRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  courseId: number;

  @Index()
  @Column({ type: 'datetime' })
  startsAt: Date;

  @Column({ type: 'datetime' })
  endsAt: Date;

  @Column({ type: 'varchar', length: 255 })
  location: string;

  @Column({ type: 'int' })
  capacity: number;

  /**
   * Seats held (enrolled, attended, completed, no-show). Kept on the session row so that taking a
   * seat is one conditional UPDATE / one row lock, never a count-then-insert.
   */
  @Column({ type: 'int', default: 0 })
  seatsTaken: number;

  @Column({ type: 'varchar', length: 160, nullable: true })
  trainer: string | null;

  /** The campaigns subgraph's SupportPoint the session is held at (a mobile digital-literacy point); null: none. */
  @Column({ type: 'int', nullable: true })
  supportPointId: number | null;

  /** Copied from the course, so scope checks need no join. */
  @Index()
  @Column({ type: 'varchar', length: 255, default: '/' })
  unitPath: string;

  @Column({ type: 'varchar', length: 12, default: 'SCHEDULED' })
  status: SessionStatusName;

  @Column({ type: 'varchar', length: 500, nullable: true })
  cancelReason: string | null;

  @Column({ type: 'datetime', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
