import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A campaign such as "45 ngày đêm hỗ trợ chuyển đổi số", owned by a unit (usually a ward). */
@Entity('campaign')
@Index(['startsOn', 'endsOn'])
export class CampaignRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'int' })
  unitId: number;

  /** The owning unit's path ("/1/4/"): scope checks and "campaigns of this unit and below" are a prefix test. */
  @Index()
  @Column({ type: 'varchar', length: 255 })
  unitPath: string;

  /** YYYY-MM-DD, Vietnam calendar days, both included. */
  @Column({ type: 'varchar', length: 10 })
  startsOn: string;

  @Column({ type: 'varchar', length: 10 })
  endsOn: string;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
