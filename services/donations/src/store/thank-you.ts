import { identityOf, notFound, scopePrefix, type RequestContext } from '@dx/subgraph-kit';
import { In } from 'typeorm';
import { categoryOrder } from '../domain/categories';
import { totalsByCategory } from '../domain/stock';
import { DonationRecord } from '../entities/donation.entity';
import { DonationItemRecord } from '../entities/donation-item.entity';
import { DonorRecord } from '../entities/donor.entity';
import { EquipmentRecord } from '../entities/equipment.entity';
import { toDonation, toDonor } from './mappers';

/**
 * What a donor's gifts became, for the thank-you letter: what was given, and which teams hold
 * which pieces now (pieces are traced by serial; items without serials are counted, not placed).
 */
export async function thankYouLetter(ctx: RequestContext, donorId: string) {
  const donor = await ctx.dataSource.getRepository(DonorRecord).findOneBy({ id: Number(donorId) });
  if (!donor) throw notFound('Donor', donorId);
  const query = ctx.dataSource
    .getRepository(DonationRecord)
    .createQueryBuilder('d')
    .where("d.donorId = :id AND d.status = 'ACTIVE'", { id: donor.id });
  const prefix = scopePrefix(identityOf(ctx));
  if (prefix) query.andWhere('d.holderPath LIKE :prefix', { prefix: `${prefix}%` });
  const donations = await query.orderBy('d.receivedAt', 'ASC').getMany();
  const ids = donations.map((d) => d.id);
  const lines = ids.length
    ? await ctx.dataSource.getRepository(DonationItemRecord).findBy({ donationId: In(ids) })
    : [];
  const pieces = ids.length
    ? await ctx.dataSource
        .getRepository(EquipmentRecord)
        .find({ where: { donationId: In(ids), status: 'HANDED_OVER' }, order: { serial: 'ASC' } })
    : [];
  const placements = new Map<
    string,
    { team: { id: string }; category: EquipmentRecord['category']; quantity: number; serialNumbers: string[] }
  >();
  for (const piece of pieces) {
    const key = `${piece.teamUnitId}:${piece.category}`;
    const entry = placements.get(key) ?? {
      team: { id: String(piece.teamUnitId) },
      category: piece.category,
      quantity: 0,
      serialNumbers: [],
    };
    entry.quantity += 1;
    entry.serialNumbers.push(piece.serial);
    placements.set(key, entry);
  }
  return {
    donor: toDonor(donor),
    donations: donations.map(toDonation),
    given: totalsByCategory(lines),
    estimatedValueVnd: lines.reduce((sum, l) => sum + (l.estimatedValueVnd ?? 0), 0),
    placements: [...placements.values()].sort(
      (a, b) => Number(a.team.id) - Number(b.team.id) || categoryOrder(a.category, b.category),
    ),
  };
}
