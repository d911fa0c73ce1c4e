import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('person')
@Index(['unitPath', 'fullName'])
export class PersonRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ length: 160 })
  fullName: string;

  @Column({ type: 'varchar', length: 160, nullable: true })
  position: string | null;

  @Index()
  @Column({ type: 'int' })
  unitId: number;

  /** Copy of the unit's path, so "people in this subtree" is one indexed range. */
  @Column({ length: 255 })
  unitPath: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  /** PersonCategory (civil servant, community-team member, ...); null: not said. */
  @Index()
  @Column({ type: 'varchar', length: 32, nullable: true })
  category: string | null;

  /** Priority groups, comma-separated (`encodePriorityGroups`); '' for none. */
  @Column({ type: 'varchar', length: 80, default: '' })
  priorityGroups: string;

  /** Folded name, position, email and phone (`searchDocument`), searched by the `person_fts` index. */
  @Column({ type: 'varchar', length: 700, default: '' })
  searchText: string;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
