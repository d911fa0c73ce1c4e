import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One conclusion of a meeting, with the "6 clear" draft of the task it asks for. `taskId` is set
 * once, when the conclusion becomes a task; the unique index makes a second conversion a CONFLICT.
 */
@Entity('meeting_conclusion')
@Index(['meetingId', 'id'])
export class MeetingConclusionRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  meetingId: number;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'int', nullable: true })
  assigneeId: number | null;

  @Column({ type: 'int', nullable: true })
  unitId: number | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  dueDate: string | null;

  @Column({ type: 'text', nullable: true })
  expectedResult: string | null;

  /** Who accepts the result; by default the meeting's chair. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  authority: string | null;

  @Index({ unique: true })
  @Column({ type: 'int', nullable: true })
  taskId: number | null;
}
