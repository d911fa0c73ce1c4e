import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A meeting of the committee: who chaired it, who attended, the agenda; its conclusions are rows of their own. */
@Entity('committee_meeting')
@Index(['committeeId', 'heldOn'])
export class MeetingRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  committeeId: number;

  @Column({ type: 'varchar', length: 10 })
  heldOn: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  location: string | null;

  @Column({ type: 'int' })
  chairPersonId: number;

  /** Members who attended, comma-separated person ids (all of them are members of the committee). */
  @Column({ type: 'varchar', length: 2000, default: '' })
  attendeePersonIds: string;

  @Column({ type: 'text' })
  agenda: string;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;
}
