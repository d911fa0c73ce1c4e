import type { DataSource } from 'typeorm';
import { DonationRecord } from '../entities/donation.entity';
import { DonationItemRecord } from '../entities/donation-item.entity';
import { HandoverRecord } from '../entities/handover.entity';
import { HandoverItemRecord } from '../entities/handover-item.entity';
import type { ReportFilter } from './reports';

// MySQL returns SUM/COUNT as strings.
const int = (value: unknown) => Number(value ?? 0);

/** Per calendar year: what came in (items, gifts, value) and what went out to units (items, handovers). */
export async function perYear(db: DataSource, filter: ReportFilter) {
  const received = db
    .getRepository(DonationItemRecord)
    .createQueryBuilder('i')
    .innerJoin(DonationRecord, 'd', "d.id = i.donationId AND d.status = 'ACTIVE'")
    .select('SUBSTR(d.receivedAt, 1, 4)', 'year')
    .addSelect('SUM(i.quantity)', 'quantity')
    .addSelect('COUNT(DISTINCT d.id)', 'donations')
    .addSelect('SUM(COALESCE(i.estimatedValueVnd, 0))', 'value');
  filter.pathPrefixes.forEach((p, n) =>
    received.andWhere(`d.holderPath LIKE :p${n}`, { [`p${n}`]: `${p}%` }),
  );
  const handed = db
    .getRepository(HandoverItemRecord)
    .createQueryBuilder('i')
    .innerJoin(HandoverRecord, 'h', "h.id = i.handoverId AND h.status = 'ACTIVE'")
    .select('SUBSTR(h.handedOverAt, 1, 4)', 'year')
    .addSelect('SUM(i.quantity)', 'quantity')
    .addSelect('COUNT(DISTINCT h.id)', 'handovers')
    .addSelect('COUNT(DISTINCT h.recipientUnitId)', 'recipients');
  filter.pathPrefixes.forEach((p, n) =>
    handed.andWhere(`h.recipientPath LIKE :p${n}`, { [`p${n}`]: `${p}%` }),
  );
  const [inRows, outRows] = await Promise.all([
    received.groupBy('year').getRawMany(),
    handed.groupBy('year').getRawMany(),
  ]);
  const years = [...new Set([...inRows, ...outRows].map((r) => int(r.year)))].sort((a, b) => b - a);
  return years.map((year) => {
    const got = inRows.find((r) => int(r.year) === year);
    const gave = outRows.find((r) => int(r.year) === year);
    return {
      year,
      received: int(got?.quantity),
      donations: int(got?.donations),
      estimatedValueVnd: int(got?.value),
      handedOver: int(gave?.quantity),
      handovers: int(gave?.handovers),
      recipients: int(gave?.recipients),
    };
  });
}
