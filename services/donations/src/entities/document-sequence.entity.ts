import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last number given out per series (PX transfers, TL write-offs, TH returns) and year. */
@Entity('document_sequence')
export class DocumentSequenceRecord {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  series: string;

  @PrimaryColumn({ type: 'int' })
  year: number;

  @Column({ type: 'int', default: 0 })
  lastNumber: number;
}
