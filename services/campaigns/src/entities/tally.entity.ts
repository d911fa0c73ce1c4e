import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** No support point: the unit's own figure. 0, not NULL, so that the unique key below holds (NULLs never collide). */
export const NO_POINT = 0;

/** One figure of one day: a unit (and optionally a support point) reports one metric. */
@Entity('campaign_tally')
@Index('UQ_tally_day_unit_point_metric', ['campaignId', 'day', 'unitId', 'pointId', 'metricCode'], {
  unique: true,
})
@Index(['campaignId', 'unitPath'])
@Index(['campaignId', 'metricCode', 'day'])
export class TallyRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  campaignId: number;

  /** YYYY-MM-DD, Vietnam calendar day. */
  @Column({ type: 'varchar', length: 10 })
  day: string;

  @Column({ type: 'int' })
  unitId: number;

  @Column({ type: 'varchar', length: 255 })
  unitPath: string;

  @Column({ type: 'int', default: NO_POINT })
  pointId: number;

  @Column({ type: 'varchar', length: 40 })
  metricCode: string;

  @Column({ type: 'double' })
  value: number;

  /** Of the people counted: the elderly, people with disabilities, poor households (metrics that count people). */
  @Column({ type: 'int', nullable: true })
  elderly: number | null;

  @Column({ type: 'int', nullable: true })
  disabled: number | null;

  @Column({ type: 'int', nullable: true })
  poorHouseholds: number | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  recordedBy: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
