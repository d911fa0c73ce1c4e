import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A unit taking part in a campaign (a residential group's team, the ward police, the Youth Union...). */
@Entity('campaign_unit')
@Index(['campaignId', 'unitId'], { unique: true })
export class CampaignUnitRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  campaignId: number;

  @Column({ type: 'int' })
  unitId: number;

  @Index()
  @Column({ type: 'varchar', length: 255 })
  unitPath: string;

  /** Order of listing (as entered). */
  @Column({ type: 'int', default: 0 })
  position: number;
}
