import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { MovementKindName, WriteOffReasonName } from '../domain/movements';

/**
 * A stock movement with its own record: a transfer between stores (PX), a write-off (TL) or a return
 * from a team to a store (TH). The lines are in `stock_movement_line`.
 */
@Entity('stock_movement')
@Index(['kind', 'occurredOn'])
export class StockMovementRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 24 })
  recordNo: string;

  @Column({ type: 'varchar', length: 12 })
  kind: MovementKindName;

  /** The store (or, for a return, the team) the items leave. */
  @Column({ type: 'int', nullable: true })
  fromUnitId: number | null;

  @Index()
  @Column({ type: 'varchar', length: 255 })
  fromPath: string;

  /** The store the items go to; null for a write-off. */
  @Column({ type: 'int', nullable: true })
  toUnitId: number | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  toPath: string | null;

  @Column({ type: 'varchar', length: 10 })
  occurredOn: string;

  @Column({ type: 'varchar', length: 24, nullable: true })
  reason: WriteOffReasonName | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  recordedBy: string | null;

  @CreateDateColumn()
  createdAt: Date;
}
