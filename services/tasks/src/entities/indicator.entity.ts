import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { IndicatorMeasureName } from '../domain/indicators';

/** A monthly DX indicator, as in Bình Phước's monthly thematic report. */
@Entity('indicator')
export class IndicatorRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  /** e.g. "cuộc họp", "%" */
  @Column({ type: 'varchar', length: 40 })
  unitOfMeasure: string;

  @Column({ type: 'varchar', length: 8 })
  measure: IndicatorMeasureName;

  @Column({ type: 'varchar', length: 200, nullable: true })
  numeratorLabel: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  denominatorLabel: string | null;

  /** Stored in tenths so that 95.5% stays exact as an integer. */
  @Column({ type: 'int', nullable: true })
  targetTenths: number | null;

  @Column({ type: 'boolean', default: true })
  higherIsBetter: boolean;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;
}
