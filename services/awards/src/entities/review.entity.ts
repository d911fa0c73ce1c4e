import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CriterionScore } from '../domain/scoring';

/** One row per reviewer per nomination: a review, or a recusal (recused, no score). */
@Entity('review')
@Index('UQ_review_nomination_reviewer', ['nominationId', 'reviewerPersonId'], { unique: true })
export class ReviewRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  nominationId: number;

  @Index()
  @Column({ type: 'int' })
  reviewerPersonId: number;

  @Column({ type: 'boolean', default: false })
  recused: boolean;

  @Column({ type: 'int', nullable: true })
  score: number | null;

  @Column({ type: 'simple-json', nullable: true })
  criterionScores: CriterionScore[] | null;

  /** The weighted review score × 100. */
  @Column({ type: 'int', nullable: true })
  weightedScoreHundredths: number | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ type: 'text', nullable: true })
  recusalReason: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
