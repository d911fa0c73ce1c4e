import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { RatingStatusName } from '../domain/rating';

/** A civil servant's DX rating for one month: their self-assessment, then the head's decision. */
@Entity('evaluation_rating')
@Index(['personId', 'month'], { unique: true })
@Index(['unitPath', 'month'])
export class EvaluationRatingRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  personId: number;

  @Column({ type: 'int' })
  unitId: number;

  @Column({ type: 'varchar', length: 255 })
  unitPath: string;

  /** YYYY-MM */
  @Column({ type: 'varchar', length: 7 })
  month: string;

  @Column({ type: 'varchar', length: 12 })
  status: RatingStatusName;

  @Column({ type: 'int' })
  selfTasksOnTime: number;

  @Column({ type: 'int' })
  selfTraining: number;

  @Column({ type: 'int' })
  selfDigitalTools: number;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  selfNote: string | null;

  /** The head's points (equal to the self-assessment when approved as is). */
  @Column({ type: 'int', nullable: true })
  finalTasksOnTime: number | null;

  @Column({ type: 'int', nullable: true })
  finalTraining: number | null;

  @Column({ type: 'int', nullable: true })
  finalDigitalTools: number | null;

  /** Why the head corrected the points (required when they differ). */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  reviewReason: string | null;

  @Column({ type: 'int', nullable: true })
  reviewerPersonId: number | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  reviewedOn: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
