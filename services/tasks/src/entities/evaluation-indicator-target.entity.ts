import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An indicator's target for one year (2025: 85% adult digital literacy; 2026: 100% of officials). */
@Entity('evaluation_indicator_target')
@Index(['indicatorId', 'year'], { unique: true })
export class EvaluationIndicatorTargetRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  indicatorId: number;

  @Column({ type: 'int' })
  year: number;

  /** In tenths, as the indicator's own target. */
  @Column({ type: 'int' })
  targetTenths: number;

  @Column({ type: 'varchar', length: 300, nullable: true })
  note: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}
