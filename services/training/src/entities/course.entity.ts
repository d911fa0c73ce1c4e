import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const COURSE_MODES = ['IN_PERSON', 'ONLINE', 'MOBILE_POINT'] as const;
export type CourseModeName = (typeof COURSE_MODES)[number];

@Entity('course')
export class CourseRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Index()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Who the course is for, in the coordinator's words ("Thành viên tổ công nghệ số cộng đồng"). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  audience: string | null;

  @Column({ type: 'varchar', length: 16, default: 'IN_PERSON' })
  mode: CourseModeName;

  /** The organising unit; its coordinators (and those above) manage the course. */
  @Column({ type: 'int', nullable: true })
  unitId: number | null;

  @Index()
  @Column({ type: 'varchar', length: 255, default: '/' })
  unitPath: string;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
