import { In } from 'typeorm';
import { groupBy, loaderFor, type RequestContext, numericIds } from '@dx/subgraph-kit';
import { AwardCriterionRecord } from '../entities/award-criterion.entity';
import { AwardRoundRecord } from '../entities/award-round.entity';
import { NominationRecord } from '../entities/nomination.entity';
import { ReviewRecord } from '../entities/review.entity';
import type { AwardRound, Nomination, ReviewCriterion } from '../schema/types';
import { toCriterion, toNomination, toRound } from './mappers';

export const roundLoader = (ctx: RequestContext) =>
  loaderFor<AwardRound>(ctx, 'roundById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(AwardRoundRecord).findBy({ id: In(numericIds(ids)) });
    return new Map(rows.map((r) => [String(r.id), toRound(r)]));
  });

export const nominationLoader = (ctx: RequestContext) =>
  loaderFor<Nomination>(ctx, 'nominationById', async (ids) => {
    const rows = await ctx.dataSource.getRepository(NominationRecord).findBy({ id: In(numericIds(ids)) });
    return new Map(rows.map((r) => [String(r.id), toNomination(r)]));
  });

export const criteriaLoader = (ctx: RequestContext) =>
  loaderFor<ReviewCriterion[]>(ctx, 'criteriaByRound', async (ids) => {
    const rows = await ctx.dataSource
      .getRepository(AwardCriterionRecord)
      .find({ where: { roundId: In(numericIds(ids)) }, order: { position: 'ASC' } });
    const groups = groupBy(rows, (c) => String(c.roundId));
    return new Map([...groups].map(([roundId, list]) => [roundId, list.map(toCriterion)]));
  });

/** Reviews and recusals of a batch of nominations, in the order they were first written. */
export const reviewRowsLoader = (ctx: RequestContext) =>
  loaderFor<ReviewRecord[]>(ctx, 'reviewsByNomination', async (ids) => {
    const rows = await ctx.dataSource
      .getRepository(ReviewRecord)
      .find({ where: { nominationId: In(numericIds(ids)) }, order: { id: 'ASC' } });
    return groupBy(rows, (r) => String(r.nominationId));
  });

const approvedBy = (column: 'nomineeUnitId' | 'nomineePersonId', ctx: RequestContext) =>
  loaderFor<Nomination[]>(ctx, `awardsBy:${column}`, async (ids) => {
    const rows = await ctx.dataSource.getRepository(NominationRecord).find({
      where: { [column]: In(numericIds(ids)), status: 'APPROVED' },
      order: { decidedOn: 'DESC', id: 'DESC' },
    });
    return groupBy(rows.map(toNomination), (n) =>
      String(column === 'nomineeUnitId' ? n.nomineeUnitId : n.nomineePersonId),
    );
  });

/** Honours a unit or person received, for `Unit.awards` / `Person.awards` (one query per batch of entities). */
export const unitAwardsLoader = (ctx: RequestContext) => approvedBy('nomineeUnitId', ctx);
export const personAwardsLoader = (ctx: RequestContext) => approvedBy('nomineePersonId', ctx);
