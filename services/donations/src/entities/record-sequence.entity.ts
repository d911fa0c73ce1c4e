import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last handover record number given out per year; bumped with a row-locking update. */
@Entity('record_sequence')
export class RecordSequenceRecord {
  @PrimaryColumn({ type: 'int' })
  year: number;

  @Column({ type: 'int', default: 0 })
  lastNumber: number;
}
