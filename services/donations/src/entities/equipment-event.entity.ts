import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { EquipmentEventKindName } from '../domain/equipment';

/** One line of a serial's history: received from a donor, transferred, handed to a team, returned, written off. */
@Entity('equipment_event')
export class EquipmentEventRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int' })
  equipmentId: number;

  @Column({ type: 'varchar', length: 20 })
  kind: EquipmentEventKindName;

  /** YYYY-MM-DD, Vietnam time */
  @Column({ type: 'varchar', length: 10 })
  occurredOn: string;

  @Column({ type: 'int', nullable: true })
  fromUnitId: number | null;

  @Column({ type: 'int', nullable: true })
  toUnitId: number | null;

  /** The record behind the move: donation id, handover/transfer/write-off/return number. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  documentNo: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  recordedBy: string | null;

  @CreateDateColumn()
  recordedAt: Date;
}
