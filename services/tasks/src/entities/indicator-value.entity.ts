import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One unit's figures for one indicator in one month (YYYY-MM). */
@Entity('indicator_value')
@Index(['indicatorId', 'unitId', 'month'], { unique: true })
@Index(['month', 'unitPath'])
export class IndicatorValueRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  indicatorId: number;

  @Column({ type: 'int' })
  unitId: number;

  @Column({ type: 'varchar', length: 255 })
  unitPath: string;

  @Column({ type: 'varchar', length: 7 })
  month: string;

  @Column({ type: 'int' })
  numerator: number;

  @Column({ type: 'int', nullable: true })
  denominator: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
