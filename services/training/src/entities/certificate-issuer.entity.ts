import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * Who issues and signs the certificates of the courses a unit (and the units below it) organises:
 * "UBND PHƯỜNG CỬA NAM", signed by "CHỦ TỊCH" Nguyễn Văn A, at "Cửa Nam".
 */
@Entity('certificate_issuer')
export class CertificateIssuerRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @Column({ type: 'int' })
  unitId: number;

  @Index()
  @Column({ type: 'varchar', length: 255 })
  unitPath: string;

  /** As printed at the top left, e.g. "UBND PHƯỜNG CỬA NAM". */
  @Column({ type: 'varchar', length: 200 })
  issuingBody: string;

  /** The superior body printed above it, e.g. "UBND THÀNH PHỐ HÀ NỘI"; optional. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  parentBody: string | null;

  /** The place of the place-and-date line: "Cửa Nam, ngày … tháng … năm …". */
  @Column({ type: 'varchar', length: 100 })
  place: string;

  @Column({ type: 'varchar', length: 200 })
  signerTitle: string;

  @Column({ type: 'varchar', length: 160 })
  signerName: string;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
