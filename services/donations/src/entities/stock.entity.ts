import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ItemCategoryName } from '../domain/categories';

/**
 * One row per store and category; available = received + transferredIn + returned - transferredOut - handedOver - writtenOff.
 * One row per store and category. `available` is changed only by conditional updates
 * (`... WHERE available >= :quantity`), which is what keeps it from going negative under
 * concurrent handovers.
 */
@Entity('stock')
@Index(['holderPath', 'category'], { unique: true })
export class StockRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', nullable: true })
  holderUnitId: number | null;

  @Column({ type: 'varchar', length: 255 })
  holderPath: string;

  @Column({ type: 'varchar', length: 24 })
  category: ItemCategoryName;

  @Column({ type: 'int', default: 0 })
  received: number;

  @Column({ type: 'int', default: 0 })
  handedOver: number;

  @Column({ type: 'int', default: 0 })
  available: number;

  @Column({ type: 'int', default: 0 })
  transferredIn: number;

  @Column({ type: 'int', default: 0 })
  transferredOut: number;

  /** Came back from teams. */
  @Column({ type: 'int', default: 0 })
  returned: number;

  @Column({ type: 'int', default: 0 })
  writtenOff: number;
}
