import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ItemCategoryName } from '../domain/categories';

@Entity('stock_movement_line')
export class StockMovementLineRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int' })
  movementId: number;

  @Column({ type: 'varchar', length: 24 })
  category: ItemCategoryName;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'simple-json' })
  serialNumbers: string[];
}
