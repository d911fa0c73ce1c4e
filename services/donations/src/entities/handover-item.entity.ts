import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ItemCategoryName } from '../domain/categories';

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
}
