import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ItemCategoryName, ItemConditionName } from '../domain/categories';

@Entity('handover_item')
export class HandoverItemRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int' })
  handoverId: number;

  /** The stock row the items were taken from, and go back to on a void. */
  @Column({ type: 'int' })
  stockId: number;

  @Index()
  @Column({ type: 'varchar', length: 24 })
  category: ItemCategoryName;

  @Column({ type: 'varchar', length: 300, nullable: true })
  description: string | null;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'simple-json' })
  serialNumbers: string[];

  @Column({ type: 'varchar', length: 16, nullable: true })
  condition: ItemConditionName | null;

  /** Of the whole line, in đồng: the picked pieces' values, or as the desk estimated. */
  @Column({ type: 'int', nullable: true })
  estimatedValueVnd: number | null;
}
