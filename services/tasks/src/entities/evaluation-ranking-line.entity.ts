import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One unit's line of a published yearly ranking, frozen as announced. */
@Entity('evaluation_ranking_line')
@Index(['rankingYearId', 'unitId'], { unique: true })
@Index(['unitId', 'year'])
export class EvaluationRankingLineRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  rankingYearId: number;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  unitId: number;

  /** Score in tenths (null: no data). */
  @Column({ type: 'int', nullable: true })
  scoreTenths: number | null;

  @Column({ type: 'int', nullable: true })
  rank: number | null;

  /** How many units were ranked (had a score) that year. */
  @Column({ type: 'int' })
  rankedUnits: number;

  /** JSON of the parts [{criterion, weight, value, points}]. */
  @Column({ type: 'text' })
  parts: string;
}
