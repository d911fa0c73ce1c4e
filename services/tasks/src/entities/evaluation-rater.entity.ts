import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The unit head who approves the monthly ratings of the people of a unit and the units below it. */
@Entity('evaluation_rater')
@Index(['unitId'], { unique: true })
@Index(['personId'])
export class EvaluationRaterRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  unitId: number;

  @Column({ type: 'varchar', length: 255 })
  unitPath: string;

  @Column({ type: 'int' })
  personId: number;

  @Column({ type: 'int', default: 1 })
  version: number;
}
