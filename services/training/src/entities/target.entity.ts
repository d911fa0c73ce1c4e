import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** "100% of community team members of Lĩnh Nam trained by 2026-12-31". */
@Entity('training_target')
@Index(['unitId', 'audienceKind', 'category', 'courseId', 'year'], { unique: true })
export class TargetRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  unitId: number;

  @Index()
  @Column({ type: 'varchar', length: 255 })
  unitPath: string;

  /** Only people of units of this kind count (e.g. COMMUNITY_TEAM); null: everyone in the unit. */
  @Column({ type: 'varchar', length: 24, nullable: true })
  audienceKind: string | null;

  /** Only people of this PersonCategory count (e.g. CIVIL_SERVANT); null: every category. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  category: string | null;

  /** The year the target is for: the year of `dueDate` (one target per unit, audience, category, course and year). */
  @Column({ type: 'int', default: 0 })
  year: number;

  /** Only completions of this course count; null: any course. */
  @Column({ type: 'int', nullable: true })
  courseId: number | null;

  @Column({ type: 'int' })
  targetPercent: number;

  /** YYYY-MM-DD */
  @Column({ type: 'varchar', length: 10 })
  dueDate: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  note: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
