import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A person from the directory helping in a campaign, with their role ("tình nguyện viên Đoàn Thanh niên"). */
@Entity('campaign_volunteer')
@Index(['campaignId', 'personId'], { unique: true })
export class VolunteerRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  campaignId: number;

  @Column({ type: 'int' })
  personId: number;

  /** The person's unit when added (from the directory), for scope and the report per ward. */
  @Column({ type: 'int' })
  unitId: number;

  @Index()
  @Column({ type: 'varchar', length: 255 })
  unitPath: string;

  @Column({ type: 'varchar', length: 120 })
  role: string;

  @Column({ type: 'int', nullable: true })
  pointId: number | null;

  @CreateDateColumn()
  createdAt: Date;
}
