import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A weighted review criterion of a round, e.g. "Hiệu quả, kết quả đạt được" weighing 50. */
@Entity('award_criterion')
@Index(['roundId', 'position'])
export class AwardCriterionRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  roundId: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'int' })
  weight: number;

  @Column({ type: 'int' })
  position: number;
}
