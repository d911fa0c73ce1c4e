import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A year's ranking of the units below one unit: its weights, and whether it was published. */
@Entity('evaluation_ranking_year')
@Index(['year', 'parentUnitId'], { unique: true })
export class EvaluationRankingYearRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  parentUnitId: number;

  @Column({ type: 'varchar', length: 255 })
  parentUnitPath: string;

  @Column({ type: 'int' })
  weightTaskDelivery: number;

  @Column({ type: 'int' })
  weightIndicators: number;

  @Column({ type: 'int' })
  weightTraining: number;

  @Column({ type: 'int' })
  weightCampaigns: number;

  /** DRAFT (computed live) or PUBLISHED (frozen lines, as the committee announced them). */
  @Column({ type: 'varchar', length: 12, default: 'DRAFT' })
  status: string;

  @Column({ type: 'varchar', length: 30, nullable: true })
  publishedAt: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  publishedBy: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;
}
