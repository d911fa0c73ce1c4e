import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ItemCategoryName, ItemConditionName } from '../domain/categories';
import type { EquipmentStatusName } from '../domain/equipment';

/**
 * One piece of equipment with a serial number. It is in exactly one place: a store (IN_STORE, at
 * `holderPath`) or a team (HANDED_OVER, `teamUnitId`), or gone (WRITTEN_OFF, VOIDED). Every move is a
 * conditional update on `status` and place, taken after the store's stock row is locked.
 */
@Entity('equipment')
@Index(['holderPath', 'category', 'status'])
export class EquipmentRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 80 })
  serial: string;

  /** The serial upper-cased; null once the piece is voided, so the unique index holds for live pieces only. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 80, nullable: true })
  serialKey: string | null;

  @Column({ type: 'varchar', length: 24 })
  category: ItemCategoryName;

  @Column({ type: 'varchar', length: 300 })
  model: string;

  @Column({ type: 'varchar', length: 16, default: 'NEW' })
  condition: ItemConditionName;

  /** Per piece, in đồng: the donation line's value shared out. */
  @Column({ type: 'int', nullable: true })
  estimatedValueVnd: number | null;

  @Index()
  @Column({ type: 'int' })
  donationId: number;

  @Index()
  @Column({ type: 'varchar', length: 16 })
  status: EquipmentStatusName;

  @Column({ type: 'int', nullable: true })
  holderUnitId: number | null;

  @Column({ type: 'varchar', length: 255 })
  holderPath: string;

  @Index()
  @Column({ type: 'int', nullable: true })
  teamUnitId: number | null;

  @Column({ type: 'int', nullable: true })
  handoverId: number | null;
}
