import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A steering committee (Ban Chỉ đạo) of a province or ward. */
@Entity('committee')
export class CommitteeRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Column({ type: 'int' })
  unitId: number;

  @Index()
  @Column({ type: 'varchar', length: 255 })
  unitPath: string;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;
}
