import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ItemCategoryName, ItemConditionName } from '../domain/categories';

@Entity('donation_item')
export class DonationItemRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int' })
  donationId: number;

  @Index()
  @Column({ type: 'varchar', length: 24 })
  category: ItemCategoryName;

  @Column({ type: 'varchar', length: 300 })
  description: string;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'simple-json' })
  serialNumbers: string[];

  @Column({ type: 'varchar', length: 16, default: 'NEW' })
  condition: ItemConditionName;

  /** Of the whole line, in đồng. */
  @Column({ type: 'int', nullable: true })
  estimatedValueVnd: number | null;
}
