import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A mobile digital-literacy point ("điểm Bình dân học vụ số lưu động") of a campaign. */
@Entity('support_point')
export class SupportPointRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int' })
  campaignId: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'int', nullable: true })
  unitId: number | null;

  @Index()
  @Column({ type: 'varchar', length: 255 })
  unitPath: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  /** Who runs it with the ward, e.g. "Ủy ban MTTQ Việt Nam phường Cửa Nam". */
  @Column({ type: 'varchar', length: 200, nullable: true })
  partner: string | null;

  /** In words, e.g. "7:30–11:00 thứ Bảy, Chủ nhật". */
  @Column({ type: 'varchar', length: 200, nullable: true })
  openingHours: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;
}
