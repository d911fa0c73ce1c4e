import { In } from 'typeorm';
import {
  groupBy,
  identityOf,
  isWithinScope,
  loaderFor,
  type RequestContext,
  numericIds,
} from '@dx/subgraph-kit';
import { DonationRecord } from '../entities/donation.entity';
import { DonationItemRecord } from '../entities/donation-item.entity';
import { DonorRecord } from '../entities/donor.entity';
import { HandoverRecord } from '../entities/handover.entity';
import { HandoverItemRecord } from '../entities/handover-item.entity';
import type { Donation, DonationItem, Donor, Handover, HandoverItem } from '../schema/types';
import { toDonation, toDonationItem, toDonor, toHandover, toHandoverItem } from './mappers';

export const donorLoader = (ctx: RequestContext) =>
  loaderFor<Donor>(ctx, 'donorById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(DonorRecord).findBy({ id: In(numericIds(ids)) });
    return new Map(rows.map((r) => [String(r.id), toDonor(r)]));
  });

/** Donations and handovers outside the caller's unit scope load as null, as if they did not exist. */
export const donationLoader = (ctx: RequestContext) =>
  loaderFor<Donation>(ctx, 'donationById', async (ids) => {
    const identity = identityOf(ctx);
    const rows = await ctx.dataSource.getRepository(DonationRecord).findBy({ id: In(numericIds(ids)) });
    return new Map(
      rows.filter((r) => isWithinScope(identity, r.holderPath)).map((r) => [String(r.id), toDonation(r)]),
    );
  });

export const handoverLoader = (ctx: RequestContext) =>
  loaderFor<Handover>(ctx, 'handoverById', async (ids) => {
    const identity = identityOf(ctx);
    const rows = await ctx.dataSource.getRepository(HandoverRecord).findBy({ id: In(numericIds(ids)) });
    return new Map(
      rows.filter((r) => isWithinScope(identity, r.recipientPath)).map((r) => [String(r.id), toHandover(r)]),
    );
  });

export const donationItemsLoader = (ctx: RequestContext) =>
  loaderFor<DonationItem[]>(ctx, 'donationItems', async (ids) => {
    const rows = await ctx.dataSource
      .getRepository(DonationItemRecord)
      .find({ where: { donationId: In(numericIds(ids)) }, order: { id: 'ASC' } });
    const groups = groupBy(rows, (r) => String(r.donationId));
    return new Map([...groups].map(([id, items]) => [id, items.map(toDonationItem)]));
  });

export const handoverItemsLoader = (ctx: RequestContext) =>
  loaderFor<HandoverItem[]>(ctx, 'handoverItems', async (ids) => {
    const rows = await ctx.dataSource
      .getRepository(HandoverItemRecord)
      .find({ where: { handoverId: In(numericIds(ids)) }, order: { id: 'ASC' } });
    const groups = groupBy(rows, (r) => String(r.handoverId));
    return new Map([...groups].map(([id, items]) => [id, items.map(toHandoverItem)]));
  });

/** Unit.handoversReceived for a whole batch of units: one query, active handovers only. */
export const handoversReceivedLoader = (ctx: RequestContext) =>
  loaderFor<Handover[]>(ctx, 'handoversReceived', async (ids) => {
    const identity = identityOf(ctx);
    const rows = await ctx.dataSource.getRepository(HandoverRecord).find({
      where: { recipientUnitId: In(numericIds(ids)), status: 'ACTIVE' },
      order: { handedOverAt: 'ASC', id: 'ASC' },
    });
    const visible = rows.filter((r) => isWithinScope(identity, r.recipientPath));
    const groups = groupBy(visible, (r) => String(r.recipientUnitId));
    return new Map([...groups].map(([id, list]) => [id, list.map(toHandover)]));
  });
