import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { MetricAggregationName } from '../domain/rollup';

/** What a campaign counts: "citizens helped" (SUM), "online public services share" (LATEST). */
@Entity('campaign_metric')
@Index(['campaignId', 'code'], { unique: true })
export class MetricRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  campaignId: number;

  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 40 })
  unitOfMeasure: string;

  @Column({ type: 'varchar', length: 8 })
  aggregation: MetricAggregationName;

  @Column({ type: 'double', nullable: true })
  baseline: number | null;

  @Column({ type: 'double', nullable: true })
  target: number | null;

  /** The metric counts people: a tally may say how many of them were elderly, disabled or from poor households. */
  @Column({ type: 'boolean', default: false })
  countsPeople: boolean;

  @Column({ type: 'int', default: 0 })
  position: number;
}
