import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const UNIT_KINDS = [
  'PROVINCE',
  'WARD',
  'COMMUNE',
  'RESIDENTIAL_GROUP',
  'COMMUNITY_TEAM',
  'DEPARTMENT',
] as const;
export type UnitKindName = (typeof UNIT_KINDS)[number];

@Entity('unit')
export class UnitRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @Column({ length: 40 })
  code: string;

  @Column({ length: 200 })
  name: string;

  @Index()
  @Column({ type: 'varchar', length: 24 })
  kind: UnitKindName;

  @Index()
  @Column({ type: 'int', nullable: true })
  parentId: number | null;

  /** "/1/4/17/": ids from the root down to this unit, for subtree queries with an indexed LIKE. */
  @Index()
  @Column({ length: 255 })
  path: string;

  /** Folded code and name (`searchDocument`), searched by the `unit_fts` index. */
  @Column({ type: 'varchar', length: 400, default: '' })
  searchText: string;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
